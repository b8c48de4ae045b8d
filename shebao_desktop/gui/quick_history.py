"""快速填写过去的记录 (issue 11): "从 2013-07 起 6,000，每年 +6 % 到现在" or "每年同一指数" fills
the past rows in one step (core.decide.quick_history), instead of typing them one by one.

The rows replace the rows of the months they cover (the others stay), are ordinary rows
afterwards (editable in the table) and come in as one undo step.

Also the question the 快速估算 panel asks before its "用作完整记录 →" writes its four numbers
as the profile's statement (``replace_question``): which rows they would stand in for and which
statement figures, future wage and deemed years they would replace; cancel is the default.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Optional

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (QButtonGroup, QDialog, QDialogButtonBox, QFormLayout, QLabel,
                               QMessageBox, QRadioButton, QVBoxLayout, QWidget)

from ..core.errors import ProfileError
from ..core.profile import Profile
from ..core.yearmonth import YearMonth
from .glossary import term_tip
from .labels import money, region_name
from .month_field import CheckedMonth
from .notices import error_text
from .session import Session
from .widgets import DecimalSpin

translate = QCoreApplication.translate


def _spin(parent: QWidget, high: str, places: int, value: str, suffix: str = "") -> DecimalSpin:
    box = DecimalSpin("0", high, places, suffix=suffix, parent=parent)
    box.set_decimal(Decimal(value))
    box.setGroupSeparatorShown(True)
    return box


def default_wage(session: Session) -> tuple[str, str]:
    """The first month's wage and the yearly growth (%) the dialog offers: the latest row's
    amount and the own-wage growth the estimate uses, so that pressing 确定 continues the
    record (trial 14: 6,000 and 6 % beside a last wage of 25,000); an example without rows."""
    profile, e = session.profile, session.estimate
    amount, growth = "6000", "6"
    if profile.history:
        latest = max(profile.history, key=lambda row: max(row.months_covered()))
        amount = str(latest.amount)
    used = e.assumption("own_wage_growth") if e is not None else None
    if used is not None:
        growth = str((used * 100).normalize())
    return amount, growth


def default_start(session: Session):
    """Where the person's past begins: the work start entered, else the month after the last
    row, else the 16th birthday (the youngest working age); never after last month."""
    profile = session.profile
    if profile.work_start is not None:
        start = profile.work_start
    elif profile.history:
        start = max(m for row in profile.history for m in row.months_covered()) + 1
    else:
        start = profile.birth + 12 * 16
    return min(start, session.as_of + -1)


class QuickHistoryDialog(QDialog):
    def __init__(self, session: Session, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.session = session
        self.rows: list = []
        self.setWindowTitle(self.tr("快速填写过去的记录"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("按一句话生成过去各年的记录（地区：{0}），到本月以前为止。生成的行可以在表格中逐行修改，"
                               "也可以撤销。").format(region_name(session.profile.region)), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.start = CheckedMonth(self, 1950, session.as_of.year, self.tr("起始年月"))
        self.start.set_month(default_start(session))
        self.start.add_to(form, self.tr("起始年月"))
        self.by_amount = QRadioButton(self.tr("按金额，每年增长"), self)
        self.by_index = QRadioButton(self.tr("每年同一缴费指数"), self)
        self.by_index.setToolTip(term_tip("contribution_index"))
        group = QButtonGroup(self)
        group.addButton(self.by_amount)
        group.addButton(self.by_index)
        self.by_amount.setChecked(True)
        amount, growth = default_wage(session)
        self.amount = _spin(self, "1000000", 2, amount, self.tr(" 元/月"))
        self.growth = _spin(self, "50", 1, growth, " %")
        self.index = _spin(self, "3", 2, "1")
        form.addRow(self.by_amount)
        form.addRow(self.tr("起始月工资"), self.amount)
        form.addRow(self.tr("每年增长"), self.growth)
        form.addRow(self.by_index)
        form.addRow(self.tr("缴费指数"), self.index)
        layout.addLayout(form)
        self.preview = QLabel(self)
        self.preview.setWordWrap(True)
        layout.addWidget(self.preview)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for box in (self.amount, self.growth, self.index):
            box.valueChanged.connect(self.refresh)
        self.start.month_changed.connect(self.refresh)
        self.by_amount.toggled.connect(self.refresh)
        self.refresh()

    def generate(self) -> list:
        from ..core.decide.quick_history import generated_rows
        profile, as_of = self.session.profile, self.session.as_of
        if self.by_index.isChecked():
            return generated_rows(self.start.month(), None, None, profile.region,
                                  index=self.index.decimal(), as_of=as_of)
        return generated_rows(self.start.month(), self.amount.decimal(), None, profile.region,
                              growth=self.growth.decimal() / 100, as_of=as_of)

    def refresh(self, *_args) -> None:
        self.amount.setEnabled(self.by_amount.isChecked())
        self.growth.setEnabled(self.by_amount.isChecked())
        self.index.setEnabled(self.by_index.isChecked())
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        try:
            self.rows = [g.row for g in self.generate()]
        except ProfileError as exc:
            self.rows = []
            self.preview.setText(error_text(exc))
            ok.setEnabled(False)
            return
        first, last = self.rows[0], self.rows[-1]
        self.preview.setText(self.tr("将生成 {0} 行：{1} 起 {2} 元 … {3} {4} 元；这些月份原有的行被替换。").format(
            len(self.rows), first.period, money(first.amount), last.period, money(last.amount)))
        ok.setEnabled(bool(self.rows))

    def apply(self) -> None:
        """The rows in place of those of the months they cover, as one undo step (not while the
        start field shows a text it refused: Enter there must not generate from the old month)."""
        if not self.rows or self.start.refused_text is not None:
            return
        covered = {m for row in self.rows for m in row.months_covered()}
        kept = [row for row in self.session.profile.history
                if not covered.intersection(row.months_covered())]
        rows = sorted(kept + self.rows, key=lambda row: row.first_month)
        if self.session.update(self.tr("快速填写过去的记录"), None,
                               history=[row.model_dump(mode="json") for row in rows]):
            self.accept()


def quick_history(session: Session, parent: Optional[QWidget] = None) -> QuickHistoryDialog:
    dialog = QuickHistoryDialog(session, parent)
    dialog.open()
    return dialog


def replace_question(parent: QWidget, profile: Profile, statement: dict, base: Decimal,
                     deemed: Decimal, unpaid: tuple = ()) -> Optional[QMessageBox]:
    """The question before 用作完整记录 writes ``statement`` (the four numbers, as
    ``Statement`` fields), ``base`` (the wage from now on) and ``deemed`` into ``profile``:
    None when it has neither rows nor a statement (nothing is replaced), else a message box
    naming what would be replaced (and the ``unpaid`` rows added); its ``replace`` button
    writes, 取消 (the default) does not."""
    from ..core.decide.quick_history import rows_before
    end = YearMonth.parse(statement["as_of"])
    rows, old = rows_before(profile, end), profile.statement
    if not profile.history and old is None:
        return None
    lines = []
    if rows:
        lines.append(translate("QuickRecord", "缴费记录中的 {0} 行（{1} 至 {2}）：{3} 及以前的月份不再按这些行"
                                              "计算，改按这四个数字（这些行仍留在表格中）。").format(
            len(rows), rows[0].period, rows[-1].period, end))
    if old is not None:
        lines.append(translate("QuickRecord", "现有对账单数据（截至 {0}：实际缴费 {1} 年，平均缴费指数 {2}，"
                                              "个人账户余额 {3} 元）被替换。").format(
            old.as_of, old.contribution_years, old.average_index, money(old.pension_balance)))
    lines.append(translate("QuickRecord", "写入的对账单数据：截至 {0}，实际缴费 {1} 年，平均缴费指数 {2}，"
                                          "个人账户余额 {3} 元。").format(
        end, statement["contribution_years"], statement["average_index"],
        money(Decimal(statement["pension_balance"]))))
    was = profile.future.monthly_wage
    if was is None:
        lines.append(translate("QuickRecord", "今后月工资改为 {0} 元（原由记录推算）。").format(money(base)))
    elif was != base:
        lines.append(translate("QuickRecord", "今后月工资改为 {0} 元（原为 {1} 元）。").format(
            money(base), money(was)))
    if profile.deemed_years != deemed:
        lines.append(translate("QuickRecord", "视同缴费年限改为 {0} 年（原为 {1} 年）。").format(
            deemed, profile.deemed_years))
    for row in unpaid:  # core unpaid_rows: the months the full estimate left unpaid stay so
        lines.append(translate("QuickRecord", "添加一行“{0} 年，0 个月”：{0} 年到上个月没有缴费记录，"
                                              "仍按未缴费计算（与现在的完整计算相同）。").format(row["period"]))
    lines.append(translate("QuickRecord", "写入后可以撤销（“撤销写入”按钮或 编辑 → 撤销）。"))
    box = QMessageBox(QMessageBox.Icon.Warning, translate("QuickRecord", "用这四个数字替换档案的记录？"),
                      translate("QuickRecord", "档案已有缴费记录或对账单数据。用作完整记录会："),
                      parent=parent)
    box.setInformativeText("\n\n".join(["• " + line for line in lines[:-1]] + lines[-1:]))
    box.replace = box.addButton(translate("QuickRecord", "替换"), QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(translate("QuickRecord", "取消"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    return box
