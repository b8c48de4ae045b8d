"""Approval-form inputs of the transitional pension in the window: 建账前缴费年限 and 过渡性指数,
each optional (empty: the region's rule derives it, and the hint says what it derived and how),
and the regional add-ons the region pays with the pension."""

from __future__ import annotations

from decimal import Decimal
from typing import Optional

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from ..core.result import Estimate, PensionBreakdown
from .labels import english, money
from .widgets import DecimalSpin

translate = QCoreApplication.translate

#: the lowest value of an optional spin box shows "empty" (None: derived by the region's rule)
EMPTY = Decimal("-1")


class OptionalSpin(DecimalSpin):
    """A Decimal spin box that can be empty: its lowest value reads as the ``empty_text``."""

    def __init__(self, high: str, places: int, step: str, suffix: str, empty_text: str,
                 parent: Optional[QWidget] = None):
        super().__init__(str(EMPTY), high, places, step, suffix, parent)
        self.setSpecialValueText(empty_text)
        self.set_optional(None)  # empty until a value is typed

    def optional(self) -> Optional[Decimal]:
        if self.value() <= float(EMPTY) + 1e-9:
            return None
        value = self.decimal()
        return None if value < 0 else value

    def set_optional(self, value: Optional[Decimal]) -> None:
        if value != self.optional():  # the same value shown already: nothing to repaint
            self.set_decimal(EMPTY if value is None else value)


def pre_account_hint(p: PensionBreakdown) -> str:
    """What the estimate used for 建账前缴费年限 and where it came from."""
    how = {
        "given": translate("transitional", "已填写"),
        "history": translate("transitional", "按缴费记录中 {0} 以前的月份加视同缴费年限推算"),
        "history_credited": translate(
            "transitional", "按缴费记录中 {0} 以前的月份加视同缴费年限推算；已记入其他地区个人账户的月份不计"
            "（见提示），如当地审批表计入，请在此填写"),
        "work_start": translate("transitional", "按参加工作时间至 {0} 推算"),
        "deemed": translate("transitional", "等于视同缴费年限（未填参加工作时间，无 {0} 以前的缴费记录）"),
        "work_start_after_account": translate(
            "transitional", "等于视同缴费年限（参加工作时间在 {0} 个人账户建立之后）"),
        "work_start_within_deemed": translate(
            "transitional", "等于视同缴费年限（参加工作时间至 {0} 的年限不多于视同缴费年限）"),
    }[p.pre_account_source].format(str(p.account_start) if p.account_start else "-")
    if p.pre_account_source == "work_start" and not p.deemed_years:  # trial 17: 4.25 years missed
        how += translate("transitional", "。这段工龄通常认定为视同缴费年限，它也计入缴费年限："
                         "记录单或审批表上有视同缴费年限的，请在“视同缴费年限”填写（本程序不自行认定）")
    return translate("transitional", "建账前缴费年限 {0} 年：{1}").format(_years(p.pre_account_years), how)


def index_hint(p: PensionBreakdown, named: bool = True) -> str:
    """What the estimate used as the transitional index and why (``named``: as a sentence
    that names it; else the value and why, for a line the name labels)."""
    value = f"{p.transitional_index:.4f}"
    if p.transitional_index_rule == "one":
        how = translate("transitional", "本地区过渡性养老金按指数 1 计")
    elif p.transitional_index_rule == "average_index":
        how = translate("transitional", "本地区过渡性养老金使用平均缴费指数")
    elif p.transitional_index_rule == "half_one_plus_average" and p.transitional_index_source == "given":
        how = translate("transitional", "本地区过渡性养老金使用 (1 + 过渡性指数) ÷ 2，过渡性指数已填写")
    elif p.transitional_index_rule == "half_one_plus_average":
        how = translate("transitional", "本地区过渡性养老金使用 (1 + 平均缴费指数) ÷ 2")
    elif p.transitional_index_rule == "average_index_floor_one":
        how = translate("transitional", "本地区过渡性养老金使用平均缴费指数，低于 1 时按 1")
    elif p.transitional_index_source == "given":
        how = translate("transitional", "已填写")
    else:
        how = translate("transitional", "未填写，按本地区默认（{0}）").format(
            translate("transitional", "平均缴费指数") if p.transitional_index == p.average_index
            else translate("transitional", "指数 1"))
    if not named:
        return translate("transitional", "{0}（{1}）").format(value, how)
    return translate("transitional", "过渡性指数 {0}：{1}").format(value, how)


def years_hint(p: PensionBreakdown) -> str:
    rule = translate("transitional", "建账前缴费年限", "in a sentence") \
        if p.transitional_years_rule == "pre_account_years" \
        else translate("transitional", "视同缴费年限")
    text = translate("transitional", "过渡性养老金计算年限 {0} 年（本地区按{1}计）").format(
        _years(p.transitional_years), rule)
    if p.transitional_window_years:
        text += (translate("transitional", "；另计 {0} 年实际缴费（指数为本人平均缴费指数 {1}）")
                 if p.transitional_window_index == p.average_index else
                 translate("transitional", "；另计 {0} 年实际缴费（指数 {1}，已填写）")).format(
            _years(p.transitional_window_years), f"{p.transitional_window_index:.4f}")
    if p.notional_account_pension is not None:
        text += translate("transitional", "；另加虚账实记 {0} ÷ {1} = {2} 元").format(
            money(p.notional_account), p.notional_account_divisor, money(p.notional_account_pension))
    return text


def addons_hint(estimate: Estimate) -> str:
    """The region's add-ons: those paid, with their rule; else that the region has none, or
    that those it has were not counted (why: 计算过程). Below the minimum years they are what
    would be paid once the years are made up (trial 13: listed as paid to someone not payable)."""
    p = estimate.pension
    if not p.extra_pension:
        from .explain_pension import not_paid_addons
        if not not_paid_addons(estimate):
            return translate("transitional", "地方加发项目：本地区没有")
        return translate("transitional", "地方加发项目：本次未计入（原因见“计算过程”）")
    from .explain_pension import addon_rule_text  # an amount paid by the years says its rule

    def line(e) -> str:
        rule = addon_rule_text(e, transitional=p.transitional_pension)
        return f"{e.name_en if english() else e.name_zh} {money(e.amount)}" + (
            f"（{rule}）" if rule and not english() else f" ({rule})" if rule else "")
    lines = [line(e) for e in p.extra_pension]
    label = translate("transitional", "地方加发项目（每月）：{0}") if p.payable else \
        translate("transitional", "地方加发项目（每月，补足最低缴费年限后才发）：{0}")
    text = label.format("，".join(lines) if not english() else ", ".join(lines))
    from .explain_pension import form_line_text  # 广东: printed in the transitional line
    return "\n".join([text] + [t for t in (form_line_text(p, e) for e in p.extra_pension) if t])


def _years(value: Decimal) -> str:
    return f"{value.quantize(Decimal('0.01'))}"


class TransitionalFields:
    """The two optional inputs and a hint label, added to a form layout; the owner writes them
    to the profile (person form: the profile's own values; statement panel: the statement's)."""

    def __init__(self, owner: QWidget, form: QFormLayout):
        self.owner = owner
        self.pre_account = OptionalSpin("60", 2, "0.5", translate("transitional", " 年"), translate("transitional", "按地区规则推算"),
                                        owner)
        self.pre_account.setToolTip(translate("transitional", 
            "建账前缴费年限：当地建立个人账户以前的年限（含视同缴费年限），核定表上常见；"
            "不填时按参加工作时间、缴费记录和本地区建账时间推算"))
        self.index = OptionalSpin("5", 4, "0.1", "", translate("transitional", "按地区默认"), owner)
        self.index.setToolTip(translate("transitional", 
            "过渡性指数（又称视同缴费指数、1997年底指数），核定表上常见；不填时按本地区默认"))
        self.hint = QLabel(owner)
        self.hint.setWordWrap(True)
        form.addRow(translate("transitional", "建账前缴费年限"), self.pre_account)
        form.addRow(translate("transitional", "过渡性指数"), self.index)
        form.addRow(self.hint)

    def show(self, pre_account: Optional[Decimal], index: Optional[Decimal]) -> None:
        self.pre_account.set_optional(pre_account)
        self.index.set_optional(index)

    def explain(self, estimate: Optional[Estimate]) -> None:
        if estimate is None:
            self.hint.setText("")
            return
        pension = estimate.pension
        self.hint.setText("\n".join([pre_account_hint(pension), index_hint(pension),
                                     years_hint(pension), addons_hint(estimate)]))

    def set_enabled(self, on: bool) -> None:
        self.pre_account.setEnabled(on)
        self.index.setEnabled(on)
