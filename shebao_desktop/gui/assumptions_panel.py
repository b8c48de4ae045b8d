"""Assumptions (growth, interest, inflation), future contributions, housing fund rates. The
defaults and the housing-fund bounds come from the policy data through ``core.queries``."""

from __future__ import annotations

from decimal import Decimal
from typing import Optional

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QGroupBox, QLabel, QVBoxLayout,
                               QWidget)

from ..core.queries import default_assumptions, housing_fund_bounds
from ..core.summary import ASSUMPTION_NAMES as ASSUMPTIONS
from ..presentation import formats
from ..presentation.methods import method_words
from .i18n import catalogue_language
from .session import Session
from .widgets import DecimalSpin, PercentSpin

LABELS = {
    "own_wage_growth": QT_TRANSLATE_NOOP("AssumptionsPanel", "本人工资年增长率"),
    "average_wage_growth": QT_TRANSLATE_NOOP("AssumptionsPanel", "社会平均工资年增长率"),
    "credited_interest_rate": QT_TRANSLATE_NOOP("AssumptionsPanel", "未来记账利率"),
    "inflation": QT_TRANSLATE_NOOP("AssumptionsPanel", "通货膨胀率"),
    "pension_adjustment": QT_TRANSLATE_NOOP("AssumptionsPanel", "退休后养老金年调整幅度"),
}


class AssumptionsPanel(QWidget):
    def __init__(self, session: Session, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.session = session
        layout = QVBoxLayout(self)
        box = QGroupBox(self.tr("假设（留空即用默认估计值）"), self)
        form = QFormLayout(box)
        self.spins: dict[str, PercentSpin] = {}
        self.customs: dict[str, QCheckBox] = {}
        defaults = default_assumptions(session.as_of)
        for name in ASSUMPTIONS:
            found = defaults[name]
            check = QCheckBox(self.tr(LABELS[name]), box)
            check.setToolTip(self.tr("默认 {0}：{1}").format(
                formats.rate(found.value), method_words(found.method, catalogue_language())))
            spin = PercentSpin("-0.2", "0.5", box)
            spin.set_rate(found.value)
            self.spins[name], self.customs[name] = spin, check
            form.addRow(check, spin)
            check.toggled.connect(lambda _on, n=name: self._changed(n))
            spin.valueChanged.connect(lambda _v, n=name: self._changed(n))
        self.spending = DecimalSpin("0", "100000", 2, "50", self.tr(" 元/月"), box)
        form.addRow(self.tr("医保个人账户每月支出"), self.spending)
        self.spending.valueChanged.connect(lambda _v: self.session.update(
            self.tr("修改医保支出"), "spending", assumptions={
                **self.session.profile.assumptions.model_dump(),
                "medical_monthly_spending": str(self.spending.decimal())}))
        layout.addWidget(box)
        layout.addWidget(self._future_box())
        layout.addWidget(self._housing_box())
        self.money_mode = QComboBox(self)
        self.money_mode.addItem(self.tr("名义金额（当年的元）"), False)
        self.money_mode.addItem(self.tr("今日购买力（按通胀折算）"), True)
        self.money_mode.activated.connect(
            lambda _i: session.set_today_money(bool(self.money_mode.currentData())))
        layout.addWidget(self.money_mode)
        note = QLabel(self.tr("※ 标记的数字依赖估计值；默认假设可在此修改，政策参数可在“计算过程”中查看来源。"), self)
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addStretch(1)
        session.profile_changed.connect(self.refresh)
        session.profile_loaded.connect(self._clear_unset)  # never the previous person's figures
        session.estimate_changed.connect(self._money_mode_refresh)
        session.estimate_changed.connect(self._housing_hint)
        self.refresh()
        self._housing_hint()

    def _changed(self, name: str) -> None:
        values = self.session.profile.assumptions.model_dump()
        values[name] = str(self.spins[name].rate()) if self.customs[name].isChecked() else None
        self.spins[name].setEnabled(self.customs[name].isChecked())
        self.session.update(self.tr("修改假设"), f"assumption-{name}", assumptions=values)

    def _future_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("未来缴费（从今天到退休）"), self)
        form = QFormLayout(box)
        self.continue_check = QCheckBox(self.tr("继续缴费至退休"), box)
        # the wage of this month, grown after it (trial 12: read as a flat wage to retirement)
        self.future_wage_check = QCheckBox(self.tr("指定未来月工资（本月起，逐年增长）"), box)
        self.future_wage = DecimalSpin("0", "10000000", 2, "500", self.tr(" 元"), box)
        for field in (self.future_wage_check, self.future_wage):
            field.setToolTip(self.tr("本月的月工资；以后各年按“本人工资增长”假设增长（逐年明细中可见）。"
                                     "不指定时，从最后一行缴费记录的金额推算。"))
        form.addRow(self.continue_check)
        form.addRow(self.future_wage_check, self.future_wage)
        self.continue_check.toggled.connect(self._future_changed)
        self.future_wage_check.toggled.connect(self._future_changed)
        self.future_wage.valueChanged.connect(self._future_changed)
        return box

    def _future_changed(self, *_args) -> None:
        future = self.session.profile.future.model_dump()
        future["continue_contributing"] = self.continue_check.isChecked()
        future["monthly_wage"] = str(self.future_wage.decimal()) \
            if self.future_wage_check.isChecked() else None
        self.future_wage.setEnabled(self.future_wage_check.isChecked())
        self.session.update(self.tr("修改未来缴费"), "future", future=future)

    def _housing_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("住房公积金"), self)
        form = QFormLayout(box)
        self.hf_enabled = QCheckBox(self.tr("缴存住房公积金"), box)
        low, high = self._hf_bounds()  # the region's bounds (policy data), set again on refresh
        self.hf_minimum = QCheckBox(self.tr("地区最低比例"), box)
        self.hf_rate = PercentSpin(str(low), str(high), box)
        self.hf_employer_same = QCheckBox(self.tr("单位比例与个人相同"), box)
        self.hf_employer = PercentSpin(str(low), str(high), box)
        form.addRow(self.hf_enabled)
        # ticked for a flexible worker, whom it does not apply to: said, the box left as it is
        self.hf_hint = QLabel(self.tr("灵活就业人员通常没有住房公积金：估算中此项不适用"), box)
        self.hf_hint.setWordWrap(True)
        self.hf_hint.setStyleSheet("font-size: 12px;")
        self.hf_hint.hide()
        form.addRow(self.hf_hint)
        form.addRow(self.hf_minimum)
        form.addRow(self.tr("个人缴存比例"), self.hf_rate)
        form.addRow(self.hf_employer_same)
        form.addRow(self.tr("单位缴存比例"), self.hf_employer)
        for signal in (self.hf_enabled.toggled, self.hf_minimum.toggled, self.hf_employer_same.toggled):
            signal.connect(self._housing_changed)
        for spin in (self.hf_rate, self.hf_employer):
            spin.valueChanged.connect(self._housing_changed)
        return box

    def _housing_changed(self, *_args) -> None:
        hf = self.session.profile.housing_fund.model_dump()
        hf["enabled"] = self.hf_enabled.isChecked()
        # "地区最低比例": no rate of one's own (None), the estimate takes the region's minimum
        hf["employee_rate"] = None if self.hf_minimum.isChecked() else str(self.hf_rate.rate())
        hf["employer_rate"] = None if self.hf_employer_same.isChecked() else str(self.hf_employer.rate())
        self.session.update(self.tr("修改住房公积金"), "housing", housing_fund=hf)

    def refresh(self) -> None:
        p = self.session.profile
        for name in ASSUMPTIONS:
            value = getattr(p.assumptions, name)
            check, spin = self.customs[name], self.spins[name]
            check.blockSignals(True)
            check.setChecked(value is not None)
            check.blockSignals(False)
            spin.setEnabled(value is not None)
            if value is not None and spin.rate() != value:
                spin.set_rate(value)
        self.spending.set_decimal(p.assumptions.medical_monthly_spending)
        for widget, on in ((self.continue_check, p.future.continue_contributing),
                           (self.future_wage_check, p.future.monthly_wage is not None),
                           (self.hf_enabled, p.housing_fund.enabled),
                           (self.hf_minimum, p.housing_fund.employee_rate is None),
                           (self.hf_employer_same, p.housing_fund.employer_rate is None)):
            widget.blockSignals(True)
            widget.setChecked(on)
            widget.blockSignals(False)
        self.future_wage.setEnabled(p.future.monthly_wage is not None)
        if p.future.monthly_wage is not None:
            self.future_wage.set_decimal(p.future.monthly_wage)
        low, high = self._hf_bounds()
        for spin in (self.hf_rate, self.hf_employer):
            spin.blockSignals(True)
            spin.setRange(float(low * 100), float(high * 100))
            spin.blockSignals(False)
        self.hf_rate.setEnabled(p.housing_fund.employee_rate is not None)
        self.hf_rate.set_rate(p.housing_fund.employee_rate or low)
        self.hf_employer.setEnabled(p.housing_fund.employer_rate is not None)
        self.hf_employer.set_rate(p.housing_fund.employer_rate or p.housing_fund.employee_rate or low)

    def _clear_unset(self) -> None:
        """Another profile opened: the greyed fields it leaves unset show what it would use
        (the default assumption; the wage its last row pays), not the previous person's."""
        p = self.session.profile
        defaults = default_assumptions(self.session.as_of)
        for name in ASSUMPTIONS:
            if getattr(p.assumptions, name) is None:
                self.spins[name].set_rate(defaults[name].value)
        if p.future.monthly_wage is None:
            self.future_wage.set_decimal(p.history[-1].amount if p.history else Decimal(0))

    def _hf_bounds(self) -> tuple[Decimal, Decimal]:
        """The housing-fund rate bounds of the profile's region (policy data)."""
        return housing_fund_bounds(self.session.profile.region, self.session.as_of)

    def _housing_hint(self) -> None:
        """The hint under 缴存住房公积金 when it is ticked and the result cards say 不适用 (by
        their own rule), so the box and the card do not disagree silently."""
        from .summary_cards import no_housing_fund
        e = self.session.estimate
        self.hf_hint.setVisible(self.session.profile.housing_fund.enabled and e is not None
                                and no_housing_fund(e, self.session.profile))

    def _money_mode_refresh(self) -> None:
        self.money_mode.setCurrentIndex(1 if self.session.today_money else 0)
