"""The printed summary's 养老金计算过程: each part of the pension with the figures an approval form
(养老金核定表) shows -- C, the average contribution index Ī, N, the balance and the divisor
(计发月数) -- worded as the 计算过程 tab words them (explain.py, explain_pension.py).

A transitional pension that counts no years is one line saying why; the sources of every factor
are in the summary's 使用的参数及来源 table."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..core.profile import Profile
from ..core.result import Estimate
from .explain import account_pension_html, basic_pension_html, formula_result, todays_money_note
from .explain_pension import addons_html, transitional_html, transitional_none_text
from .labels import english

translate = QCoreApplication.translate
_SMALL = "font-size:small; color:#555555;"


def _part(title: str) -> str:
    """A part's title: a heading, so the page breaks keep it with its formula (pagination)."""
    return f'<h4 style="margin-top:6px; margin-bottom:2px; color:#1f3b57;">{title}</h4>'


def pension_calculation_html(profile: Profile, estimate: Estimate, today_money: bool) -> str:
    """The section's body: a note, then the basic, account and transitional pensions and the
    regional add-ons with their figures (nominal, as the form; today's money in brackets)."""
    result = formula_result(estimate, today_money)
    note = translate("report", "各项数字可与社会保险经办机构的养老金核定表对照；各参数的来源见“使用的参数及来源”。")
    if today_money:
        note += (" " if english() else "") + todays_money_note(estimate)
    out = [f'<p style="{_SMALL}">{note}</p>',
           _part(translate("explain", "基础养老金")), basic_pension_html(profile, estimate, result),
           _part(translate("explain", "个人账户养老金")), account_pension_html(estimate, result),
           _part(translate("report", "过渡性养老金与地方加发项目"))]
    none = transitional_none_text(estimate)
    out.append(f"<p>{none}</p>" if none else transitional_html(estimate, result))
    out.append(addons_html(estimate, result, english=english()))
    return "".join(out)
