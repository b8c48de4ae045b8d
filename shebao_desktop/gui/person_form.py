"""The personal form: name, birth, gender and category, region, work start, deemed years, the
approval-form inputs (建账前缴费年限, 过渡性指数, personal status, years worked in the region),
retirement choice (statutory age shown at once, elective month within the window).

The two month fields (出生年月, 参加工作时间) say under them why a typed text is refused
(``month_field.CheckedMonth``)."""

from __future__ import annotations


from typing import Optional

from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from ..core.age import Age
from ..core.sweep import open_months, retirement_months
from ..core.yearmonth import YearMonth
from ..presentation import formats
from .labels import age_text, category_labels, gender_labels
from .personal_fields import PersonalFields
from .sample import shown_name
from .session import Session
from .transitional_box import TransitionalFields
from .month_field import CheckedMonth
from .widgets import DecimalSpin, RegionCombo


class PersonForm(QWidget):
    def __init__(self, session: Session, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.session = session
        form = QFormLayout(self)
        self.name = QLineEdit(self)
        self.name.setMaxLength(100)
        self.name.setPlaceholderText(self.tr("例如：我自己"))
        self.birth = CheckedMonth(self, 1930, 2015, self.tr("出生年月"))
        self.gender = QComboBox(self)
        for key, label in gender_labels().items():
            self.gender.addItem(label, key)
        self.category = QComboBox(self)
        for key, label in category_labels().items():
            self.category.addItem(label, key)
        self.region = RegionCombo(self)
        self.has_work_start = QCheckBox(self.tr("填写参加工作时间"), self)
        self.work_start = CheckedMonth(self, 1945, 2100, self.tr("参加工作时间"))
        self.deemed = DecimalSpin("0", "50", 2, "0.5", self.tr(" 年"), self)
        self.deemed.setToolTip(self.tr("视同缴费年限：个人账户建立前的连续工龄（多见于1992-1998年以前参加工作的人）"))
        self.statutory = QLabel(self)
        self.statutory.setWordWrap(True)
        self.retirement = QComboBox(self)
        self.retirement.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.retirement.setMinimumContentsLength(16)
        self.retirement.setToolTip(self.tr("弹性退休：满足最低缴费年限后可提前最多3年（不早于原法定年龄），或经单位同意推迟最多3年"))
        form.addRow(self.tr("姓名/档案名"), self.name)
        self.birth.add_to(form, self.tr("出生年月"))
        form.addRow(self.tr("性别"), self.gender)
        form.addRow(self.tr("身份类别"), self.category)
        form.addRow(self.tr("参保地区"), self.region)
        self.work_start.add_to(form, self.has_work_start)
        form.addRow(self.tr("视同缴费年限"), self.deemed)
        # 建账前缴费年限 and 过渡性指数: derived (shown under them), or the user's own
        self.transitional = TransitionalFields(self, form)
        # 知识分子 and the years worked in the region (only some regions' rules use them), above
        # the hint saying what the estimate derived and paid
        self.personal = PersonalFields(self, form, at=form.rowCount() - 1)
        form.addRow(self.tr("法定退休"), self.statutory)
        form.addRow(self.tr("计划退休"), self.retirement)
        self.name.editingFinished.connect(self._name_typed)
        self.birth.month_changed.connect(self._birth_typed)
        self.gender.activated.connect(lambda _i: self._update(
            self.tr("修改性别"), None, gender=self.gender.currentData(), retirement=None))
        self.category.activated.connect(lambda _i: self._update(
            self.tr("修改身份类别"), None, category=self.category.currentData(), retirement=None))
        self.region.region_changed.connect(
            lambda slug: self._update(self.tr("修改参保地区"), None, region=slug))
        self.has_work_start.toggled.connect(self._work_start_toggled)
        self.work_start.month_changed.connect(
            lambda m: self._update(self.tr("修改参加工作时间"), "work_start", work_start=str(m)))
        self.deemed.valueChanged.connect(lambda _v: self._update(
            self.tr("修改视同缴费年限"), "deemed", deemed_years=str(self.deemed.decimal())))
        self.retirement.activated.connect(self._retirement_chosen)
        self.transitional.pre_account.valueChanged.connect(lambda _v: self._update(
            self.tr("修改建账前缴费年限"), "pre_account", pre_account_years=_text(
                self.transitional.pre_account.optional())))
        self.transitional.index.valueChanged.connect(lambda _v: self._update(
            self.tr("修改过渡性指数"), "transitional_index", transitional_index=_text(
                self.transitional.index.optional())))
        for box in self.personal.statuses.values():
            box.toggled.connect(lambda _on: self._update(
                self.tr("修改个人身份"), None, personal=self.personal.personal()))
        self.personal.region_years.valueChanged.connect(lambda _v: self._update(
            self.tr("修改在本地区工作年限"), "region_years", region_years=_text(
                self.personal.region_years.optional())))
        session.profile_changed.connect(self.refresh)
        session.estimate_changed.connect(self._refresh_statutory)
        #: what the retirement window was built for, and how often it was (an edit of a wage
        #: must not rebuild the combo's ~70 months)
        self._window_key: tuple = ()
        self.retirement_fills = 0
        self._statutory_stale, self.statutory_refreshes = True, 0
        self.refresh()
        if session.estimate is not None:  # a form rebuilt (language switch) over a shown estimate
            self._refresh_statutory(hidden_too=True)  # worded at once, shown or not

    def _name_typed(self) -> None:
        typed = self.name.text().strip()
        if typed != shown_name(self.session.profile.name):  # not the example's name as shown
            self._update(self.tr("修改姓名"), "name", name=typed)

    def _update(self, text: str, merge_key: Optional[str], **changes) -> None:
        self.session.update(text, merge_key, **changes)

    def _birth_typed(self, month) -> None:
        said: list[str] = []

        def heard(message: str) -> None:
            said.append(message)
        self.session.error_raised.connect(heard)
        try:
            taken = self.session.update(self.tr("修改出生年月"), "birth", birth=str(month),
                                        retirement=None)
        finally:
            self.session.error_raised.disconnect(heard)
        if not taken:  # the profile keeps its birth: the field shows it, the reason under it
            self.birth.refuse_month(self.session.profile.birth, "；".join(said))

    def _work_start_toggled(self, on: bool) -> None:
        self.work_start.setEnabled(on)
        if not on:  # greyed out: the month in use, without a refused text or its note
            self.work_start.put_back()
        value = str(self.work_start.month()) if on else None
        if (self.session.profile.work_start is not None) != on:
            self._update(self.tr("修改参加工作时间"), None, work_start=value)

    def _retirement_chosen(self, _index: int) -> None:
        month = self.retirement.currentData()
        self._update(self.tr("修改计划退休时间"), None, retirement=month)

    def refresh(self) -> None:
        p = self.session.profile
        if not self.name.hasFocus():  # the example's name in the window's language (trial 11)
            self.name.setText(shown_name(p.name))
        self.birth.set_month(p.birth)
        self._select(self.gender, p.gender)
        self._select(self.category, p.category)
        self.region.set_slug(p.region)
        self.has_work_start.blockSignals(True)
        self.has_work_start.setChecked(p.work_start is not None)
        self.has_work_start.blockSignals(False)
        self.work_start.setEnabled(p.work_start is not None)
        # unticked: this person's first paid month as the rows place it (a part year's first,
        # trial 20: "2010, 10 months" is 2010-03.., not 2010-01, which ticking would impose),
        # else the month they turned 18 -- never the month typed for another profile (trial
        # 2026-12-02); ticking takes the month shown
        self.work_start.set_month(p.work_start if p.work_start is not None else
                                  _first_paid(p, self.session.as_of))
        if self.deemed.decimal() != p.deemed_years:
            self.deemed.set_decimal(p.deemed_years)
        self.transitional.show(p.pre_account_years, p.transitional_index)
        self.personal.show(p.region, p.personal, p.region_years)
        past = p.retirement if p.retirement is not None and p.retirement <= self.session.as_of \
            else None  # a month chosen that has passed is listed as such
        key = (p.birth, p.retirement_group, p.region, p.overrides, p.assumptions,
               self.session.as_of, past)
        if key != self._window_key:  # the window changes with these only, not with a wage
            self._window_key = key
            self._fill_retirement()
        else:
            self._select_retirement(p.retirement)

    @staticmethod
    def _select(combo: QComboBox, key: str) -> None:
        position = combo.findData(key)
        if position >= 0:
            combo.setCurrentIndex(position)

    def _fill_retirement(self) -> None:
        self.retirement_fills += 1
        p = self.session.profile
        window = retirement_months(p, as_of=self.session.as_of)  # the core's window for the profile
        self.retirement.blockSignals(True)
        self.retirement.clear()
        self.retirement.addItem((self.tr("按法定退休年龄（{0}，已过去）") if window.statutory_month
                                 <= self.session.as_of else self.tr("按法定退休年龄（{0}）")).format(
            str(window.statutory_month)), None)
        # retiring cannot be in the past: from the month after today, none later once the
        # statutory month passed with nothing paid since (core.sweep.open_months); a past month
        # the profile chose is still listed, said to be past (the estimate's notice says so too)
        month, last = open_months(p, window, self.session.as_of)
        if p.retirement is not None and window.earliest_month <= p.retirement <= window.latest_month \
                and not month <= p.retirement <= last:
            self.retirement.addItem((self.tr("{0}（已过去）") if p.retirement <= self.session.as_of
                                     else self.tr("{0}（法定退休时间已过，不能再延迟）")).format(
                p.retirement), str(p.retirement))
        while month <= last:
            if month != window.statutory_month:
                label = "{0}  {1}".format(month, age_text(Age.between(p.birth, month)))
                tag = self.tr("延迟") if month > window.statutory_month else self.tr("提前") \
                    if month > self.session.as_of else self.tr("提前，已过去")  # retired already
                self.retirement.addItem(f"{label}  ({tag})", str(month))
            month = month + 1
        self.retirement.blockSignals(False)
        self._select_retirement(p.retirement)
        self.retirement.setEnabled(self.retirement.count() > 1)
        self.statutory.setText(self.tr("{0}（{1}），延迟 {2} 个月").format(
            window.statutory_month, age_text(Age.between(p.birth, window.statutory_month)),
            window.delay_months))

    def _select_retirement(self, month: Optional[YearMonth]) -> None:
        position = max(0, self.retirement.findData(str(month)) if month else 0)
        if position != self.retirement.currentIndex():
            self.retirement.blockSignals(True)
            self.retirement.setCurrentIndex(position)
            self.retirement.blockSignals(False)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._statutory_stale:
            self._refresh_statutory()

    def _refresh_statutory(self, hidden_too: bool = False) -> None:
        """The derived transitional figures and the minimum years: after an estimate made while
        the form is hidden (another input tab in front), when it is shown again."""
        self._statutory_stale = not (hidden_too or self.isVisible())
        if self._statutory_stale:
            return
        self.statutory_refreshes += 1
        e = self.session.estimate
        self.transitional.explain(e)
        if e is None:
            return
        need = e.retirement.minimum_years
        self.statutory.setToolTip(self.tr("最低缴费年限：{0} 年").format(formats.years(need)))


def _text(value) -> Optional[str]:
    return None if value is None else str(value)


def _first_paid(profile, as_of) -> YearMonth:
    """The first month the rows pay for (as placed), else the month the person turned 18."""
    try:
        months = profile.placed_months(as_of).months
    except ValueError:  # rows that clash: their first period
        months = [row.first_month for row in profile.history]
    return min(months, default=profile.birth + 12 * 18)
