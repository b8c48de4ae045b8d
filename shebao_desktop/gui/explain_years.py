"""The N line of 基础养老金 in 计算过程 and the PDF (explain.basic_pension_html): the years
counted, the months and deemed years they come from, and the region's way of counting them;
where the region weighs the months beyond whole years (上海: pension/month_weight, 0.083 year a
month), the weight the data gives, so that 426 months reading 35.498 years is worked out."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from ..core.result import Estimate
from ..presentation.formats import escape, number
from .explain_sources import used

translate = QCoreApplication.translate
WEIGHT = "pension/month_weight"


def years_line(estimate: Estimate, counting: str, label: str) -> str:
    """``counting``: the rule (pension/year_counting); ``label``: its words."""
    p = estimate.pension
    figures = {"n": number(p.contribution_years), "months": number(p.contribution_months, 2),
               "deemed": number(p.deemed_years)}
    weight = used(estimate, WEIGHT) if counting == "whole_years_plus_months" else None
    if weight is None or not weight.value:
        return translate("explain", "N 缴费年限 = {n} 年（实际 {months} 个月 + 视同 {deemed} 年；{counting}）").format(
            counting=escape(label), **figures)
    whole = int(p.contribution_years)
    rest = ((p.contribution_years - whole) / Decimal(str(weight.value))).to_integral_value()
    # the card and the minimum-years check count months / 12: said, so 40.498 beside 40.50
    # does not read as a mistake (new-user trial 8)
    return translate("explain", "N 缴费年限 = {n} 年（实际 {months} 个月 + 视同 {deemed} 年；"
                     "整年数 {whole} + 零头 {rest} 个月 × 每月 {weight} 年 = {n} 年；"
                     "“缴费年限”卡片和最低缴费年限按月数 ÷ 12 计，为 {plain} 年）").format(
        whole=whole, rest=rest, weight=number(weight.value),
        plain=f"{estimate.retirement.years_at_retirement:.2f}", **figures)  # as the card
