"""The rules an estimate applied, worded for 计算过程 and the PDF: the conventions' labels, the
entry of a rule in force at retirement, each part's rounding, and the account pension's line,
which names its rounding where the quotient was rounded (trial 11: 1,449.13 was shown as the
quotient of 186,213.36 ÷ 128.5 before any rounding was named)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication

from ..core.result import Estimate
from ..presentation.formats import money, number
from .labels import age_text, english

translate = QCoreApplication.translate


def convention_labels() -> dict[str, str]:
    return {
        "annual_1083": translate("explain", "年度计算法"),
        "monthly_product": translate("explain", "月积数法"),
        "no_current_year_interest": translate("explain", "当年缴费当年不计息"),
        "fen_half_up": translate("explain", "四舍五入到分"),
        "jiao_half_up": translate("explain", "四舍五入到角"),
        "jiao_up": translate("explain", "进位到角"),
        "fen_down_jiao_up": translate("explain", "舍去分以下后进位到角"),
        "yuan_half_up": translate("explain", "四舍五入到元"),
        "none": translate("explain", "不舍入"),
        "exact_months": translate("explain", "累计月数 ÷ 12"),
        "whole_years_plus_months": translate("explain", "整年数 + 零头月数折算"),
        "one": translate("explain", "按 1 计"),
        "average_index": translate("explain", "本人平均缴费指数"),
        "half_one_plus_average": translate("explain", "(1 + 本人平均缴费指数) ÷ 2"),
        "months_2dp": translate("explain", "累计月数 ÷ 12，保留两位小数"),
        "months_4dp": translate("explain", "累计月数 ÷ 12，保留四位小数"),
        "tenths_up": translate("explain", "累计月数 ÷ 12，向上取到 0.1 年"),
        "halves_up": translate("explain", "累计月数 ÷ 12，不足半年按半年、超过半年按一年"),
        "transitional_index": translate("explain", "过渡性指数"),
        "deemed_years": translate("explain", "视同缴费年限"),
        "pre_account_years": translate("explain", "建账前缴费年限"),
    }


def rule(estimate: Estimate, name: str) -> Any:
    """The latest entry of a rule the estimate applied (``Estimate.rules``), or ``None``."""
    found = [p for p in estimate.rules if p.name == name]
    return max(found, key=lambda p: p.effective_from).value if found else None


def part_rule(estimate: Estimate, name: str) -> Any:
    """A part's own rounding rule where the region has one: among the parameters used (the
    entry in force at retirement), as the table under the formulas lists it."""
    found = [q for q in estimate.parameters if q.name == name] or \
        [q for q in estimate.rules if q.name == name]
    due = [q for q in found if q.effective_from <= estimate.pension.retirement_month] or found
    return max(due, key=lambda q: q.effective_from).value if due else None


def part_rounding(estimate: Estimate, part: str) -> Any:
    """The rounding a part had (``basic``, ``account``, ``transitional``): the region's own rule
    for it (pension/rounding_<part>) where it has one, else the general pension/rounding."""
    return part_rule(estimate, f"pension/rounding_{part}") or rule(estimate, "pension/rounding")


def part_roundings(estimate: Estimate) -> str:
    """The rounding each part had (``part_rounding``); one label when all agree."""
    labels = convention_labels()
    parts = ((translate("explain", "基础养老金"), "basic"),
              (translate("explain", "个人账户养老金"), "account"),
              (translate("explain", "过渡性养老金"), "transitional"))
    rules = [(title, part_rounding(estimate, part)) for title, part in parts]
    if all(kind is None for _title, kind in rules):
        return ""
    if len({kind for _title, kind in rules}) == 1:
        return labels.get(rules[0][1], str(rules[0][1]))
    colon = ": " if english() else " "
    return translate("explain", "；").join(f"{title}{colon}{labels.get(kind, str(kind))}"
                                          for title, kind in rules if kind is not None)


def account_pension_html(estimate: Estimate, result: Callable[[Decimal], str]) -> str:
    """个人账户养老金: the balance at retirement ÷ 计发月数 at the age, with the figures."""
    p = estimate.pension
    return "<p>" + translate("explain", "个人账户养老金 = 退休时个人账户余额 ÷ 计发月数。退休时年龄 {age}，"
                             "计发月数 {divisor}（国发〔2005〕38号计发月数表；不满整岁按相邻整岁线性插值）。").format(
        age=age_text(estimate.retirement.chosen_age),  # the pension's age: the chosen month
        divisor=number(p.account_pension_divisor, 1)) + "</p><p>" + _quotient_line(estimate, result) + "</p>"


def _quotient_line(estimate: Estimate, result: Callable[[Decimal], str]) -> str:
    """``balance ÷ divisor = result``; where the part was rounded, the quotient first and then
    the rounding that made the result (``= 1,449.1312，四舍五入到分：1,449.13``)."""
    p = estimate.pension
    return translate("explain", "{balance} ÷ {divisor} = {result}").format(
        balance=money(p.account_balance), divisor=number(p.account_pension_divisor, 1),
        result=rounded_result(estimate, "account", p.account_balance / p.account_pension_divisor,
                              p.account_pension, result))


def rounded_result(estimate: Estimate, part: str, exact: Decimal, value: Decimal,
                   result: Callable[[Decimal], str]) -> str:
    """A part's figure after its formula: ``result(value)``, or where the part was rounded
    (``exact``, what the formula multiplies out to, differs from ``value`` at 4 decimals), the
    exact figure, the rounding, then the result (``12,714.2068，进位到角：12,714.30``: trials 11
    and 16, a rounded figure shown as what the numbers before it multiply out to)."""
    if money(exact, 4) == money(value, 4):
        return result(value)
    kind = part_rounding(estimate, part)
    return translate("explain", "{exact}，{rounding}：{result}").format(
        exact=money(exact, 4), rounding=convention_labels().get(kind, translate("explain", "舍入")),
        result=result(value))


def window_index_text(p) -> str:
    """Where a paid window's index (北京 Z实) came from: the person's average index Ī, which
    the Beijing approval forms print as Z实 (tests/core/forms/beijing.yaml: 东城 2026-03, 1.1629;
    trial 17 took it for the career's index put in the wrong place), unless a 过渡性指数 is typed."""
    if p.transitional_window_index == p.average_index:
        return translate("explain", "本人平均缴费指数 Ī：北京核定表上的 Z实 即此数；核定表另列过渡性指数时，"
                         "可在“个人信息”填写")
    return translate("explain", "您填写的过渡性指数")
