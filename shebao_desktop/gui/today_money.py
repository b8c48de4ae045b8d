"""The monthly pension in the other money beside the one shown (trial item 4): a nominal
figure for a retirement decades away (22,378 元 in 2053) reads as far more than it buys, so the
pension card and the report's headline give today's money next to it, naming the inflation
assumption that converts them
(``Estimate.assumptions``; the figures are the estimate's own, ``pension.total_today``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..presentation.messages import assumption_parts
from .i18n import catalogue_language
from .labels import money

translate = QCoreApplication.translate


def inflation_text(e) -> str:
    """The inflation assumption as the parameter list words it: ``通货膨胀 ※2%``."""
    used = [a for a in e.assumptions if a.name == "inflation"]
    parts = assumption_parts(used, catalogue_language())
    return parts[0] if parts else translate("today_money", "通货膨胀")


def both_monies_line(e) -> str:
    """The pension in both monies (the report's first page): the nominal figure of the
    retirement year and today's, with the assumption that converts them."""
    p = e.pension
    return translate("today_money", "{0} 年 {1} 元 ≈ 今日 {2} 元（{3}）").format(
        p.retirement_month.year, money(p.total), money(p.total_today), inflation_text(e))


def other_money_line(e, today_money: bool) -> str:
    """The pension card's line under its figure: the pension in the money the figure is not in
    -- today's beside the nominal one, the retirement year's beside today's -- short, so the
    card needs one line more at most (the 1366 x 768 layout keeps its tables unclipped)."""
    p = e.pension
    if today_money:
        return translate("today_money", "≈ {0} 年 {1} 元（{2}）").format(
            p.retirement_month.year, money(p.total), inflation_text(e))
    return translate("today_money", "≈ 今日 {0} 元（{1}）").format(money(p.total_today),
                                                                 inflation_text(e))
