"""The printed summary's 基本情况 in words: the contribution record, the statement, the personal
inputs, the future contributions, the housing fund and the assumptions (report.py lays them out)."""

from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QCoreApplication

from ..core.profile import Profile
from ..core.result import Estimate
from ..presentation.formats import escape, money, number, rate
from ..presentation.messages import assumption_parts
from .explain import region_label
from .i18n import catalogue_language
from .personal_fields import status_labels

translate = QCoreApplication.translate


def history_text(profile: Profile) -> str:
    rows = profile.history
    if not rows:
        return translate("report", "无")
    periods = sorted(rows, key=lambda r: r.first_month)
    months = sum(r.paid_months for r in rows)
    regions = translate("report", "、").join(dict.fromkeys(region_label(r.region) for r in periods))
    last = periods[-1]
    kind = translate("report", "缴费基数") if last.amount_kind == "base" else translate("report", "月工资")
    if len(rows) == 1:  # not "1 rows, 2025 to 2025" (trial 11, the English PDF)
        return translate("report", "1 行：{period}，缴费 {months} 个月（{regions}），{kind} {amount} 元").format(
            period=last.period, months=months, regions=escape(regions), kind=kind,
            amount=money(last.amount))
    return translate("report", "{n} 行，{first} 至 {last}，共记录 {months} 个月（{regions}；已缴与预计见估算结果）；"
                     "最近一行 {period} {kind} {amount} 元").format(
        n=len(rows), first=periods[0].period, last=last.period, months=months,
        regions=escape(regions), period=last.period, kind=kind, amount=money(last.amount))


def statement_text(profile: Profile) -> Optional[str]:
    st = profile.statement
    if st is None:
        return None
    text = translate("report", "截至 {as_of}：养老个人账户 {balance} 元，实际缴费 {years} 年，"
                     "平均缴费指数 {index}").format(
        as_of=st.as_of, balance=money(st.pension_balance), years=number(st.contribution_years, 2),
        index=number(st.average_index))
    if st.medical_balance is not None:
        text += translate("report", "；医保个人账户 {v} 元").format(v=money(st.medical_balance))
    if st.housing_fund_balance is not None:
        text += translate("report", "；住房公积金 {v} 元").format(v=money(st.housing_fund_balance))
    if st.pre_account_years is not None:
        text += translate("report", "；建账前缴费年限 {n} 年").format(n=number(st.pre_account_years, 2))
    if st.transitional_index is not None:
        text += translate("report", "；过渡性指数 {i}").format(i=number(st.transitional_index))
    return text


def personal_text(profile: Profile) -> Optional[str]:
    """The personal inputs some regions' rules pay for (知识分子, years worked in the region)."""
    labels = status_labels()
    parts = [labels.get(s, s) for s in profile.personal]
    if profile.region_years is not None:
        parts.append(translate("report", "在本地区工作 {n} 年").format(n=number(profile.region_years, 2)))
    return translate("report", "；").join(parts) or None


def future_text(profile: Profile, estimate: Estimate) -> str:
    """What the estimate assumes about contributions from now on (nothing once retired: trial
    7, the woman who retired in 2025-12 read "继续缴费至退休…")."""
    future = profile.future
    if estimate.retired_by_as_of:
        return translate("report", "已于 {month} 退休，不再缴费").format(
            month=estimate.retirement.chosen_month)
    if not future.continue_contributing:
        return translate("report", "不再缴费")
    if future.monthly_wage is not None:
        return translate("report", "继续缴费至退休，月工资 {w} 元起按本人工资增长率增长").format(
            w=money(future.monthly_wage))
    return translate("report", "继续缴费至退休，按最近一行的金额及本人工资增长率推算")


def housing_text(profile: Profile) -> str:
    hf = profile.housing_fund
    if not hf.enabled:
        return translate("report", "未缴存")
    employee = rate(hf.employee_rate) if hf.employee_rate is not None else \
        translate("report", "当地最低比例")
    employer = rate(hf.employer_rate) if hf.employer_rate is not None else \
        translate("report", "同个人")
    return translate("report", "个人 {employee}，单位 {employer}").format(
        employee=employee, employer=employer)


def assumptions_text(profile: Profile, estimate: Estimate) -> str:
    # the values the estimate ran with, in the catalogue's words (shared with the command line)
    parts = assumption_parts(estimate.assumptions, catalogue_language())
    spending = profile.assumptions.medical_monthly_spending
    if spending:
        parts.append(translate("report", "医保账户月支出 {v} 元").format(v=money(spending)))
    return translate("report", "；").join(parts)
