"""Contribution history (editable table) and, instead of or before it, statement figures."""

from __future__ import annotations

from decimal import Decimal
from typing import Optional

from PySide6.QtCore import QEvent, QItemSelection, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QFormLayout, QGridLayout, QGroupBox,
                               QHeaderView, QInputDialog, QLabel, QPushButton, QScrollArea,
                               QTableView, QVBoxLayout, QWidget)

from ..core.pension_at_retirement import NOTIONAL_DIVISOR
from ..core.queries import has_rule
from .history_cells import COLUMN_OF, pasted_cells, unpaid_lines
from .history_model import HistoryModel
from .labels import error_color
from .month_field import CheckedMonth
from .choice_delegate import ChoiceDelegate
from .session import Session
from .transitional_box import OptionalSpin, TransitionalFields
from .widgets import DecimalSpin, rows_height


class HistoryTable(QTableView):
    """The table view; Ctrl+V pastes rows (as the 粘贴 button does) and Ctrl+C copies the
    selected rows as tab-separated text, even while another shortcut claims those keys.

    Its columns fit their texts (``FIT_ROWS`` rows, as Qt's ResizeToContents did) when rows
    come or go, and widen when an edited cell needs more room: ResizeToContents measured
    every column of those rows (about 1,000 ``data()`` calls) on every edited cell."""

    FIT_ROWS = 24
    paste_requested = Signal()
    copy_requested = Signal()
    fits = 0  # columns fitted over the rows (counted: an edit must not cost one)

    def setModel(self, model) -> None:  # noqa: N802 - Qt's name
        super().setModel(model)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setResizeContentsPrecision(self.FIT_ROWS)
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved,
                       model.layoutChanged):
            signal.connect(self.fit_columns)
        model.dataChanged.connect(self._widen)
        model.headerDataChanged.connect(
            lambda orientation, _first, _last: self.fit_columns()
            if orientation == Qt.Orientation.Horizontal else None)
        self.fit_columns()

    def fit_columns(self, *_args) -> None:
        """Each column as wide as its widest text over the measured rows, or its title."""
        self.fits += 1
        header, model = self.horizontalHeader(), self.model()
        for column in range(model.columnCount()):
            header.resizeSection(column, min(header.maximumSectionSize(), max(
                self.sizeHintForColumn(column), header.sectionSizeHint(column))))

    def _widen(self, top_left, bottom_right, _roles=()) -> None:
        """The edited cells only: a column grows when one of them needs more room."""
        if bottom_right.row() - top_left.row() >= self.FIT_ROWS:  # a paste: fit them all
            self.fit_columns()
            return
        header, model, grid = self.horizontalHeader(), self.model(), int(self.showGrid())
        for column in range(top_left.column(), bottom_right.column() + 1):
            need = max(self.sizeHintForIndex(model.index(row, column)).width() + grid
                       for row in range(top_left.row(), bottom_right.row() + 1))
            if need > header.sectionSize(column):
                header.resizeSection(column, min(need, header.maximumSectionSize()))

    def _clipboard_key(self, event: QKeyEvent) -> Optional[Signal]:
        if event.matches(QKeySequence.StandardKey.Paste):
            return self.paste_requested
        if event.matches(QKeySequence.StandardKey.Copy):
            return self.copy_requested
        return None

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and \
                self._clipboard_key(event) is not None:  # type: ignore[arg-type]
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        signal = self._clipboard_key(event)
        if signal is None:
            super().keyPressEvent(event)
            return
        event.accept()
        signal.emit()


#: rows the table shows at the least (new-user trial: 2-6 rows at 1440×900 under an open 快速估算):
#: when the column is lower, its page scrolls (the tab's scroll area) -- the table stays on
#: top, the statement box under it is scrolled to -- instead of the table being squeezed
MIN_ROWS = 8


class HistoryPanel(QWidget):
    def __init__(self, session: Session, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.session = session
        self.model = HistoryModel(session, self)
        layout = QVBoxLayout(self)
        buttons = QGridLayout()
        self.add_button = QPushButton(self.tr("添加行"), self)
        self.insert_button = QPushButton(self.tr("插入行"), self)
        self.delete_button = QPushButton(self.tr("删除行"), self)
        self.paste_button = QPushButton(self.tr("粘贴"), self)
        self.fill_button = QPushButton(self.tr("按增长率填充未来…"), self)
        self.paste_button.setToolTip(self.tr("从电子表格复制多行后粘贴（在表格中也可按 Ctrl+V）。可带表头（如 年份、月份、月工资、缴费月数）；"
                                             "没有表头时按“期间、金额、地区、月数”的顺序，“年份、月份、金额”和“期间、金额、月数”按内容认出。"
                                             "金额可写 6,500、7,600.50、1.2万；有误的单元格标红，该行改正前不计入计算"))
        for n, button in enumerate((self.add_button, self.insert_button, self.delete_button,
                                    self.paste_button, self.fill_button)):
            buttons.addWidget(button, n // 3, n % 3)
        layout.addLayout(buttons)
        self.table = HistoryTable(self)
        self.table.setModel(self.model)
        self.table.setItemDelegate(ChoiceDelegate(self.table))  # 金额类型, 身份, 地区: lists
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # as in a spreadsheet: arrow keys move between cells; typing replaces the selected
        # cell's text; F2 or a double click edits it in place (never opened by merely moving)
        triggers = QAbstractItemView.EditTrigger
        self.table.setEditTriggers(triggers.DoubleClicked | triggers.EditKeyPressed
                                   | triggers.AnyKeyPressed)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAlternatingRowColors(True)
        self.table.setMinimumHeight(rows_height(self.table, MIN_ROWS))
        layout.addWidget(self.table, 1)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {error_color()};")
        layout.addWidget(self.message)
        layout.addWidget(self._statement_box())
        self.add_button.clicked.connect(lambda: self._insert_at(self.model.rowCount()))
        self.insert_button.clicked.connect(self._insert)
        self.delete_button.clicked.connect(self._delete)
        self.paste_button.clicked.connect(self.paste)
        self.fill_button.clicked.connect(self._fill)
        self.model.message.connect(self._say)
        self.model.moved.connect(self._follow)
        self.table.paste_requested.connect(self.paste)
        self.table.copy_requested.connect(self.copy)
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self._delete)
        #: (statement, region) the statement fields show: refreshed when either changes
        self._statement_shown: Optional[tuple] = None
        session.profile_changed.connect(self._refresh_statement)
        session.profile_loaded.connect(self._clear_unused_statement)
        session.estimate_changed.connect(self._explain_transitional)  # a method: disconnected with the panel
        session.profile_changed.connect(self._show_left_out)
        session.profile_loaded.connect(self._to_top)
        self._refresh_statement()
        self._show_left_out()

    # -- history ---------------------------------------------------------------------------
    def _selected_rows(self) -> list[int]:
        return sorted({i.row() for i in self.table.selectionModel().selectedIndexes()})

    def _explain_transitional(self) -> None:
        session = self.session
        self.st_transitional.explain(session.estimate if session.estimate is not None
                                     and session.profile.statement is not None else None)

    def _show_left_out(self) -> None:
        self._say(*self.model.status_text())  # a warning alone is not red

    def _to_top(self) -> None:
        """Another profile opened: its page from the top, where 添加行 and 粘贴 are, and its
        table from the first row (trial 3: the page stayed scrolled down to the last one's)."""
        self.table.scrollToTop()
        page = self.parentWidget()
        while page is not None and not isinstance(page, QScrollArea):
            page = page.parentWidget()
        if page is not None:
            page.verticalScrollBar().setValue(0)

    def _insert(self) -> None:
        rows = self._selected_rows()
        self._insert_at(rows[0] if rows else 0)

    def _insert_at(self, position: int) -> None:
        """A new row, selected and scrolled into view (trial 8: 添加行 below the rows shown left
        it out of sight)."""
        self.model.insert_row(position)
        row = min(position, self.model.rowCount() - 1)
        self._select([row])
        if self.model.is_draft(row):  # nothing to copy: its amount is asked for at once
            cell = self.model.index(row, COLUMN_OF["amount"])
            self.table.selectionModel().setCurrentIndex(
                cell, QItemSelectionModel.SelectionFlag.NoUpdate)
            self.table.edit(cell)

    def _delete(self) -> None:
        rows = self._selected_rows()
        if rows:
            self.model.remove_rows(rows)

    def paste(self) -> None:
        """Rows from the clipboard: by period among the rows there (a row without a period below
        the last selected row, or at the end), then selected and scrolled to. A line with a
        period and a blank wage is a month not paid (a gap), said, not a row."""
        rows = self._selected_rows()
        text, unpaid = unpaid_lines(QGuiApplication.clipboard().text())
        added = marked = 0
        if not unpaid or pasted_cells(text):
            added, marked = self.model.paste_text(text, rows[-1] + 1 if rows else None)
            self._select(self.model.pasted)
        said = self.message.text() if added or not unpaid else ""
        if unpaid:
            said += ("\n" if said else "") + self.tr(
                "{0} 的工资为空：按未缴费月份处理（断缴，不加入表格）；如果这些月份其实缴了费，"
                "请补上工资。").format(self.tr("、").join(unpaid))
        self._say(said, error=bool(marked) or not (added or unpaid))

    def _select(self, rows: list[int]) -> None:
        """Select ``rows`` (the pasted ones) and scroll them into view, the first at least."""
        if not rows:
            return
        model, flags = self.model, QItemSelectionModel.SelectionFlag
        selection = QItemSelection()
        last = model.columnCount() - 1
        start = rows[0]
        for n, row in enumerate(rows):  # a range per run of rows
            if n + 1 == len(rows) or rows[n + 1] != row + 1:
                selection.select(model.index(start, 0), model.index(row, last))
                start = rows[n + 1] if n + 1 < len(rows) else row
        chosen = self.table.selectionModel()
        chosen.setCurrentIndex(model.index(rows[0], 0), flags.NoUpdate)
        chosen.select(selection, flags.ClearAndSelect | flags.Rows)
        self.table.scrollTo(model.index(rows[-1], 0))
        self.table.scrollTo(model.index(rows[0], 0))

    def _follow(self, row: int) -> None:
        """A corrected row went to its place by period: the selection goes with it."""
        self._select([row])

    def _say(self, text: str, error: bool = True) -> None:
        """A message under the table: red only when something needs correcting. Hidden when
        there is none: the empty line's height goes to the table (trial s11: 3½ rows shown)."""
        sheet = f"color: {error_color()};" if error else ""
        if self.message.styleSheet() != sheet:  # set again, the same sheet polishes it again
            self.message.setStyleSheet(sheet)
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def copy(self) -> None:
        """The selected rows (or the current one) to the clipboard as tab-separated text."""
        rows = self._selected_rows()
        current = self.table.currentIndex()
        if not rows and current.isValid():
            rows = [current.row()]
        if rows:
            QGuiApplication.clipboard().setText(self.model.copy_text(rows))

    def _fill(self) -> None:
        if not any(len(row.period) == 4 for row in self.session.profile.history):
            self._say(self.tr(
                "没有可以延续的整年记录：按增长率填充要从最后一个整年（如 2024）的工资往后推。"
                "请先在表格中填写至少一个整年的工资，或用“编辑 → 快速填写过去的记录…”生成过去各年。"))
            return
        growth, ok = QInputDialog.getDouble(self, self.tr("填充未来年份"),
                                            self.tr("每年工资增长率（%）"), 3.0, -20.0, 50.0, 1)
        if not ok:
            return
        estimate = self.session.estimate
        until = (estimate.retirement.chosen_month.year - 1) if estimate else \
            self.session.as_of.year + 10
        count = self.model.fill_future(Decimal(f"{growth:.1f}") / 100, until)
        if count:
            self._say(self.tr("已添加 {0} 年").format(count), error=False)
        elif not self.message.text():
            self._say(self.tr("没有添加：记录已经到 {0} 年（退休前一年），无需填充。").format(until),
                      error=False)

    # -- statement -------------------------------------------------------------------------
    def _statement_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("个人权益记录单（对账单）数据"), self)
        form = QFormLayout(box)
        self.use_statement = QCheckBox(self.tr("使用对账单数据（该日期及以前的记录以对账单为准）"), box)
        self.st_as_of = CheckedMonth(box, 1990, 2100, self.tr("截至月份"))
        self.st_balance = DecimalSpin("0", "100000000", 2, "1000", self.tr(" 元"), box)
        # how the balance is read (an assumption, said where it is typed): as of the statement
        # month, so the year's interest runs from that month to December only
        self.st_balance.setToolTip(self.tr(
            "对账单上的个人账户累计储存额（截至所填月份）。本程序把它作为该月的余额：当年利息只从该月算到"
            "年末。对账单的余额通常含上年末余额，其当年前几个月的利息因此未计，估算略偏低。"))
        self.st_years = DecimalSpin("0", "60", 2, "1", self.tr(" 年"), box)
        self.st_index = DecimalSpin("0", "5", 4, "0.1", "", box)
        # greyed until the box is ticked: 1.0000, paid on the average wage (as after a profile
        # switch), in every language; it was 0.0000 until another profile was opened
        self.st_index.set_decimal(Decimal(1))
        self.st_index.setToolTip(self.tr("平均缴费指数：各年缴费基数 ÷ 当年社平工资的平均值；"
                                         "1.0000 即按社平工资缴费"))
        # blank: unknown, the history before the statement date keeps feeding the account
        unknown = self.tr("未填（按缴费记录推算）")
        self.st_medical = OptionalSpin("100000000", 2, "100", self.tr(" 元"), unknown, box)
        self.st_housing = OptionalSpin("100000000", 2, "1000", self.tr(" 元"), unknown, box)
        form.addRow(self.use_statement)
        self.st_as_of.add_to(form, self.tr("截至"))
        form.addRow(self.tr("养老保险个人账户余额"), self.st_balance)
        form.addRow(self.tr("实际缴费年限（不含视同）"), self.st_years)
        form.addRow(self.tr("平均缴费指数（实际缴费年限）"), self.st_index)
        form.addRow(self.tr("医保个人账户余额"), self.st_medical)
        form.addRow(self.tr("住房公积金余额"), self.st_housing)
        self.st_transitional = TransitionalFields(self, form)  # 建账前缴费年限, 过渡性指数
        # 虚账实记 (上海): shown only where the region's data has the rule
        self.st_notional = OptionalSpin("100000000", 2, "1000", self.tr(" 元"), self.tr("无"), box)
        self.st_notional.setToolTip(self.tr(
            "虚账实记余额：核定表或对账单上 1993–1997 年的虚账部分；"
            "按本地区计发月数折算后计入过渡性养老金"))
        form.addRow(self.tr("虚账实记余额"), self.st_notional)
        self._statement_form = form
        self.use_statement.toggled.connect(self._statement_edited)
        for widget in (self.st_balance, self.st_years, self.st_index, self.st_medical,
                       self.st_housing, self.st_transitional.pre_account,
                       self.st_transitional.index, self.st_notional):
            widget.valueChanged.connect(self._statement_edited)
        self.st_as_of.month_changed.connect(self._statement_edited)
        return box

    def _statement_edited(self, *_args) -> None:
        statement = None
        if self.use_statement.isChecked():
            statement = {
                "as_of": str(self.st_as_of.month()),
                "pension_balance": str(self.st_balance.decimal()),
                "contribution_years": str(self.st_years.decimal()),
                "average_index": str(self.st_index.decimal()),
                "medical_balance": _optional(self.st_medical.optional()),
                "housing_fund_balance": _optional(self.st_housing.optional()),
                "pre_account_years": _optional(self.st_transitional.pre_account.optional()),
                "transitional_index": _optional(self.st_transitional.index.optional()),
                "notional_account": _optional(self.st_notional.optional())
                if _has_notional_rule(self.session.profile.region) else None,
            }
        self.session.update(self.tr("修改对账单数据"), "statement", statement=statement)

    def _clear_unused_statement(self) -> None:
        """Another profile opened: a statement it does not use shows blank fields, never the
        previous person's figures (ticking the box would have copied them in)."""
        self._statement_shown = None  # the form shown again from this profile, whatever it was
        self._refresh_statement()
        if self.session.profile.statement is not None:
            return
        self.st_balance.set_decimal(Decimal(0))
        self.st_years.set_decimal(Decimal(0))
        self.st_index.set_decimal(Decimal(1))
        for spin in (self.st_medical, self.st_housing, self.st_notional,
                     self.st_transitional.pre_account, self.st_transitional.index):
            spin.blockSignals(True)
            spin.set_optional(None)
            spin.blockSignals(False)

    def _refresh_statement(self) -> None:
        st, region = self.session.profile.statement, self.session.profile.region
        if self._statement_shown is not None and self._statement_shown[0] is st \
                and self._statement_shown[1] == region:
            return  # an edit elsewhere (a wage in the table) keeps the statement object
        self._statement_shown = (st, region)
        widgets = (self.st_as_of, self.st_balance, self.st_years, self.st_index, self.st_medical,
                   self.st_housing)
        self.use_statement.blockSignals(True)
        self.use_statement.setChecked(st is not None)
        self.use_statement.blockSignals(False)
        for widget in widgets:
            widget.setEnabled(st is not None)
        self.st_transitional.set_enabled(st is not None)
        self._statement_form.setRowVisible(self.st_notional,
                                           _has_notional_rule(self.session.profile.region))
        self.st_notional.setEnabled(st is not None)
        self.st_notional.set_optional(st.notional_account if st else None)
        if st is None:
            self.st_transitional.show(None, None)
            self.st_as_of.set_month(self.session.as_of + -1)
            return
        self.st_as_of.set_month(st.as_of)
        self.st_balance.set_decimal(st.pension_balance)
        self.st_years.set_decimal(st.contribution_years)
        self.st_index.set_decimal(st.average_index)
        self.st_medical.set_optional(st.medical_balance)
        self.st_housing.set_optional(st.housing_fund_balance)
        self.st_transitional.show(st.pre_account_years, st.transitional_index)


def _has_notional_rule(region: str) -> bool:
    """Whether the region's data has the 虚账实记 rule (pension/notional_account_divisor)."""
    return has_rule(NOTIONAL_DIVISOR, region)


def _optional(value: Optional[Decimal]) -> Optional[str]:
    return None if value is None else str(value)
