"""The contribution history as an editable table: a thin adapter over the profile's history
table (``storage.drafts.table_rows``) driven by the column spec in history_cells.py.

A row whose cells do not all read, or that clashes with another row, is kept as a draft row
(the text as typed, saved with the profile) and left out of the calculation; its wrong cells
are marked with the reason. The marks are worked out from the profile, so they come back after
undo, redo, and saving and reopening."""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Iterable, Optional

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from ..core.profile import HistoryRow, Profile
from ..core.projection import projected_wage
from ..storage.drafts import DraftRow, TableRow, draft_rows, table_rows
from .history_cells import (COLUMN_OF, COLUMNS, CellError, cells_of, copy_text, layout_note,
                            pasted_cells, row_from_cells, shown_amount)
from .history_settle import Entry, _clash, _reason, _settle, place_again, place_pasted, row_runs
from .history_wage_check import high_amounts, warning_lines
from .history_work_start import early_rows, first_row_fields, refreshed
from .i18n import current_language
from .labels import WRONG_INK, WRONG_PAPER
from .session import Session

translate = QCoreApplication.translate

Index = QModelIndex | QPersistentModelIndex
Marks = dict[tuple[int, int], tuple[str, str]]
_DISPLAY, _EDIT, _TIP = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole
_BACKGROUND, _FOREGROUND = Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole
_ROLES = frozenset((_DISPLAY, _EDIT, _TIP, _BACKGROUND, _FOREGROUND, Qt.ItemDataRole.TextAlignmentRole))
_AMOUNT, _PERIOD = COLUMN_OF["amount"], COLUMN_OF["period"]
_RIGHT_COLUMNS = frozenset((COLUMN_OF["amount"], COLUMN_OF["months"]))
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
#: rows made by quick history entry (HistoryRow.generated): a pale blue row, a blue "*" number
_GENERATED_PAPER, _GENERATED_INK = QColor(228, 238, 252), QColor(30, 80, 160)
#: an amount far above the ceiling (history_wage_check): counted, but worth a second look
_WARNING_PAPER = QColor(255, 236, 179)
_SAID = 6  # wrong cells whose reason the message under the table gives (the others: tooltips)


def generated_tip() -> str:
    return translate("history", "自动生成，可修改（改动金额后即为您自己的记录）")


def _generated(row: TableRow) -> bool:
    return type(row) is HistoryRow and row.generated


class HistoryModel(QAbstractTableModel):
    message = Signal(str)  # a validation message for the status line
    #: an edited row moved to its place by period (a corrected row left out): its new row
    moved = Signal(int)

    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.session = session
        self._rows: list[TableRow] = table_rows(session.profile)
        self._texts: tuple[str, dict[int, tuple[str, ...]], tuple[str, ...]] = ("", {}, ())
        #: the table rows the last paste went to (selected and shown by the panel)
        self.pasted: list[int] = []
        self.overlay: Marks = self._marks(session.profile, self._rows)
        #: {row: why its amount is worth a second look}: valid rows, still counted
        self.warnings: dict[int, str] = high_amounts(self._rows)
        #: {row: which of its months are before the work start}: valid rows, still counted
        self.early: dict[int, str] = early_rows(self._rows, session.profile.work_start)
        self._work_start = session.profile.work_start
        session.profile_changed.connect(self._profile_changed)

    # -- Qt model ------------------------------------------------------------------------
    def is_draft(self, row: int) -> bool:
        """Whether table row ``row`` is not a valid row (yet): left out of the figures."""
        return 0 <= row < len(self._rows) and type(self._rows[row]) is DraftRow

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return COLUMNS[section].title()
            if role == Qt.ItemDataRole.ToolTipRole:
                return COLUMNS[section].tip()
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._rows):
            left_out = isinstance(self._rows[section], DraftRow)
            made = _generated(self._rows[section])
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{section + 1} ✗" if left_out else f"{section + 1} *" if made else str(section + 1)
            if role == Qt.ItemDataRole.ToolTipRole and (left_out or made):
                return translate("history", "此行有误，未计入计算；改正标红的单元格后计入") if left_out \
                    else generated_tip()
            if role == Qt.ItemDataRole.ForegroundRole and (left_out or made):
                return QBrush(QColor(170, 0, 0) if left_out else _GENERATED_INK)
        return None

    def flags(self, index: Index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if role not in _ROLES:  # most of what a view asks for (fonts, icons, size hints…)
            return None
        r, c = index.row(), index.column()
        if not index.isValid() or not 0 <= r < len(self._rows) or not 0 <= c < len(COLUMNS):
            return None
        row = self._rows[r]
        draft = type(row) is DraftRow
        if role == _DISPLAY or role == _EDIT:
            if draft:  # an amount that reads is shown as in valid rows (12,500.00)
                return shown_amount(row.text("amount")) if c == _AMOUNT and role == _DISPLAY \
                    else row.text(COLUMNS[c].key)
            if role == _EDIT and c == _AMOUNT:
                return str(row.amount)
            return self._shown(r)[c]
        bad = self.overlay.get((r, c))
        made = not draft and row.generated
        warn = self.warnings.get(r) if c == _AMOUNT else self.early.get(r) if c == _PERIOD else None
        if role == _TIP:
            return bad[1] if bad else (warn + "\n" if warn else "") + \
                (generated_tip() + "\n" if made else "") + self._words()[1][c]
        if role == _BACKGROUND:
            return QBrush(QColor(WRONG_PAPER)) if bad else QBrush(_WARNING_PAPER) if warn \
                else QBrush(_GENERATED_PAPER) if made else None
        if role == _FOREGROUND:
            return QBrush(QColor(WRONG_INK) if bad else QColor(110, 110, 110)) if bad or draft else None
        return _RIGHT if c in _RIGHT_COLUMNS else None  # alignment

    def _words(self) -> tuple[dict[int, tuple[str, ...]], tuple[str, ...]]:
        """(the cell texts of valid rows shown so far, the column tips), in the language
        installed now: made once per row, not at every paint."""
        language = current_language()
        if self._texts[0] != language:
            self._texts = (language, {}, tuple(column.tip() for column in COLUMNS))
        return self._texts[1], self._texts[2]

    def _shown(self, r: int) -> tuple[str, ...]:
        shown = self._words()[0]
        texts = shown.get(r)
        if texts is None:
            row = self._rows[r]
            texts = shown[r] = tuple(column.show(row) for column in COLUMNS)  # type: ignore[arg-type]
        return texts

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        """Edit one cell. Text that does not read stays in the cell, marked; its row is then
        left out of the calculation until it is corrected. False when the row is not valid."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        r, c = index.row(), index.column()
        text, column = str(value), COLUMNS[c]
        rows: list[Entry] = list(self._rows)
        current = rows[r]
        if isinstance(current, HistoryRow):
            try:
                parsed = column.parse(text)
                fields = current.model_dump()
                fields[column.key] = parsed if parsed is not None else self.session.profile.region
                if column.key == "amount":  # the user's own figure now: no longer generated
                    fields["generated"] = False
                if column.key == "period" and len(parsed) == 7 and (fields.get("months") or 0) > 1:
                    fields["months"] = None
                rows[r] = HistoryRow.model_validate(fields)
            except (CellError, ValueError):
                cells = cells_of(current)
                cells["amount"] = str(current.amount)
                rows[r] = {**cells, column.key: text}
        else:
            rows[r] = {**current.cells, column.key: text}
        was = r
        if type(current) is DraftRow:  # corrected, it goes to its place by period
            rows, r = place_again(rows, r)
        before = self.session.profile
        self._commit(rows, translate("history", "编辑缴费记录"), {r})
        if r != was and self.session.profile is not before:
            self.moved.emit(r)
        marks = {k: v for k, v in self.overlay.items() if k[0] == r}
        if marks:  # every wrong cell of the table, this one first (trial 3: only the last was said)
            column_hit = c if (r, c) in marks else min(k[1] for k in marks)
            self.message.emit("\n".join([self.left_out_text((r, column_hit))]
                                         + self.warning_lines([r])).strip())
            return False
        self.message.emit("\n".join([self.left_out_text()] + self.warning_lines([r])).strip())
        return True

    def warning_lines(self, rows: Iterable[int]) -> list[str]:
        """The warnings of ``rows``: an amount far too high, months before the work start."""
        rows = list(rows)
        return warning_lines(self.warnings, rows, COLUMNS[_AMOUNT].title()) + \
            warning_lines(self.early, rows, COLUMNS[_PERIOD].title())

    def status_text(self) -> tuple[str, bool]:
        """(the message under the table after a change: rows left out, months before the work
        start; whether it is an error, not only a warning)."""
        left_out = self.left_out_text()
        return "\n".join(line for line in [left_out] + warning_lines(
            self.early, list(self.early), COLUMNS[_PERIOD].title()) if line), bool(left_out)

    def left_out_text(self, first: Optional[tuple[int, int]] = None) -> str:
        """"" or which rows are left out of the calculation and why: each wrong cell's
        reason on a line (the first six; the cell ``first``, just edited, before the others),
        then the rows (new-user trial: "第3、10行有误" explained row 3 only)."""
        drafts = self.session.left_out_rows  # [] at once when the profile has no draft rows
        rows = sorted({r for r, _ in self.overlay} | {n for n in drafts if n < len(self._rows)
                                                      and type(self._rows[n]) is DraftRow})
        if not rows:
            return ""
        cells = sorted(self.overlay, key=lambda cell: (cell != first, cell))
        lines = [translate("history", "第{0}行“{1}”：{2}。").format(
            r + 1, COLUMNS[c].title(), self.overlay[(r, c)][1]) for r, c in cells[:_SAID]]
        if len(cells) > _SAID:
            lines.append(translate("history", "另有 {0} 个单元格有误，原因见标红单元格的提示。").format(
                len(cells) - _SAID))
        return "\n".join(lines + [translate("history", "第 {0} 行有误（标红），未计入计算；改正后计入").format(
            translate("history", "、").join(str(r + 1) for r in rows[:10]) + ("…" if len(rows) > 10 else ""))])

    # -- editing operations (each one undo step) -------------------------------------------
    def insert_row(self, position: int) -> None:
        rows: list[Entry] = list(self._rows)
        rows.insert(position, self._new_row(position))
        self._commit(rows, translate("history", "插入缴费记录"), {position})

    def remove_rows(self, positions: list[int]) -> None:
        gone = set(positions)
        rows: list[Entry] = [row for i, row in enumerate(self._rows) if i not in gone]
        self._commit(rows, translate("history", "删除缴费记录"), set())

    def paste_text(self, text: str, position: Optional[int] = None) -> tuple[int, int]:
        """Add rows from spreadsheet text (see ``history_cells.pasted_cells``). Returns (rows
        added, cells marked wrong in them); rows with a wrong cell are kept, marked and left out
        of the calculation. Rows with a period go in by period (``place_pasted``), the others
        at ``position`` (the end when None); ``pasted`` is where they all went."""
        self.pasted = []
        pasted = pasted_cells(text)
        if not pasted:
            self.message.emit(translate("history", "剪贴板中没有可识别的行（需要：期间、金额[、地区[、月数]]）"))
            return 0, 0
        region = self.session.profile.region
        new: list[Entry] = []
        for cells in pasted:
            row, errors = row_from_cells(cells, region)
            new.append(row if row is not None else cells)
        rows, added = place_pasted(list(self._rows), new,
                                   len(self._rows) if position is None else position)
        before = self.session.profile
        self._commit(rows, translate("history", "粘贴缴费记录"), set(added))
        if self.session.profile is before:  # refused: the reason is said
            return 0, 0
        self.pasted = added
        marked = sum(1 for (r, _c) in self.overlay if r in set(added))
        where = row_runs(added)
        read = [note] if (note := layout_note(text)) else []  # which column was read as what
        if marked:  # each wrong cell's reason in the message, not only in its tooltip
            self.message.emit("\n".join([translate("history", "已粘贴 {0} 行（第 {1} 行），其中 {2} 个单元格有误。").format(
                len(new), where, marked)] + read + [self.left_out_text()] + self.warning_lines(added)))
        else:
            self.message.emit("\n".join([translate("history", "已粘贴 {0} 行（第 {1} 行）").format(
                len(new), where)] + read + self.warning_lines(added)))
        return len(new), marked

    def copy_text(self, positions: Iterable[int]) -> str:
        """The rows at ``positions`` as tab-separated text (pasting it back gives them again)."""
        out = []
        for n in sorted(set(positions)):
            if 0 <= n < len(self._rows):
                row = self._rows[n]
                out.append(dict(row.cells) if isinstance(row, DraftRow) else cells_of(row))
        return copy_text(out)

    def fill_future(self, growth: Decimal, until_year: int) -> int:
        rows = [r for r in self._rows if isinstance(r, HistoryRow) and len(r.period) == 4]
        if not rows:
            self.message.emit(translate("history", "请先填写至少一个整年的记录"))
            return 0
        last = max(rows, key=lambda r: r.period)
        new_rows: list[Entry] = list(self._rows)
        count = 0
        for year in range(int(last.period) + 1, until_year + 1):
            new_rows.append(HistoryRow.model_validate({  # not model_copy: it keeps cached months
                **last.model_dump(), "period": str(year), "months": None, "generated": False,
                "amount": projected_wage(last.amount, int(last.period), year, growth)}))
            count += 1
        if count:
            self._commit(new_rows, translate("history", "按增长率填充未来年份"),
                         set(range(len(self._rows), len(new_rows))))
        return count

    # -- internals -----------------------------------------------------------------------
    def _commit(self, rows: list[Entry], text: str, touched: set[int]) -> None:
        """Settle which rows are valid (rows nobody touched first, then the touched ones, then
        draft rows that may have become valid) and apply the table as one undo step."""
        try:
            settled = _settle(self.session.profile, rows, touched)
        except ValueError as exc:  # the profile refuses the table for a reason of its own
            self.message.emit(translate("history", "未能修改缴费记录：{0}").format(_reason(exc)))
            return
        self.session.apply(settled, text)

    def _profile_changed(self) -> None:
        profile = self.session.profile
        rows = table_rows(profile)
        marks = self._marks(profile, rows)
        same, self._work_start = profile.work_start == self._work_start, profile.work_start
        self.early, redo = refreshed(rows, profile.work_start, self._rows, self.early, same)
        if redo:  # a period cell's warning came or went (the cell's text may be the same)
            self.dataChanged.emit(self.index(redo[0], _PERIOD), self.index(redo[-1], _PERIOD))
        if rows == self._rows and marks == self.overlay:
            return
        self.warnings = high_amounts(rows, self._rows, self.warnings)
        if len(rows) == len(self._rows):  # an edit in place: repaint just the changed rows
            changed = [n for n, (a, b) in enumerate(zip(rows, self._rows)) if a is not b and a != b]
            changed += [r for r, _ in set(marks) ^ set(self.overlay)]
            # the row header says which rows are left out: asked again (for every row, to size
            # the header) only when that changed
            kinds = [n for n in changed if type(rows[n]) is not type(self._rows[n])
                     or _generated(rows[n]) != _generated(self._rows[n])]
            old_rows, self._rows, self.overlay = self._rows, rows, marks
            columns = self._changed_columns(changed, old_rows)
            if changed:
                self.dataChanged.emit(self.index(min(changed), columns[0]),
                                      self.index(max(changed), columns[1]))
            if kinds:
                self.headerDataChanged.emit(Qt.Orientation.Vertical, min(kinds), max(kinds))
            return
        self.beginResetModel()
        self._rows, self.overlay = rows, marks
        self._texts = ("", {}, ())
        self.endResetModel()

    def _changed_columns(self, changed: list[int], old_rows: list[TableRow]) -> tuple[int, int]:
        """The first and last column whose cells show something else in the ``changed`` rows
        (their shown texts dropped): an edited amount is that one cell, so the view measures and
        repaints it, not the row. Every column when a row changed kind, colour or mark."""
        shown, every = self._texts[1], (0, len(COLUMNS) - 1)
        first, last = len(COLUMNS), -1
        dropped = {n: shown.pop(n, None) for n in changed}  # all of them (trial 6: a row moved
        for n, was in dropped.items():  # up left the rows below showing their old texts)
            old, new = old_rows[n], self._rows[n]
            if type(old) is not HistoryRow or type(new) is not HistoryRow \
                    or old.generated != new.generated or any(k[0] == n for k in self.overlay):
                return every
            if was is None:  # not shown yet: its old texts made to compare (cheaper than sizing)
                was = tuple(column.show(old) for column in COLUMNS)  # type: ignore[arg-type]
            now = self._shown(n)
            cells = [c for c in range(len(COLUMNS)) if was[c] != now[c]]
            if cells:
                first, last = min(first, cells[0]), max(last, cells[-1])
        return (first, last) if last >= 0 else every

    @staticmethod
    def _marks(profile: Profile, rows: list[TableRow]) -> Marks:
        """The wrong cells of the draft rows, with the reason, in the user's language."""
        marks: Marks = {}
        if not draft_rows(profile):  # the table is the valid history: nothing marked
            return marks
        valid = [(n, row) for n, row in enumerate(rows) if isinstance(row, HistoryRow)]
        for n, row in enumerate(rows):
            if not isinstance(row, DraftRow):
                continue
            parsed, errors = row_from_cells(dict(row.cells), profile.region)
            if parsed is not None:
                errors = {"period": _clash(profile, valid, parsed)}
            for key, reason in errors.items():
                marks[(n, COLUMN_OF[key])] = (row.text(key), reason)
        return marks

    def _free_year(self, rows: list[TableRow], start: int) -> int:
        taken = {m for r in rows if isinstance(r, HistoryRow) for m in r.months_covered()}
        year = start
        while any(m.year == year for m in taken):
            year += 1
        return year

    def _new_row(self, position: int) -> Entry:
        p, rows = self.session.profile, self._rows
        valid = [r for r in rows[:position] if isinstance(r, HistoryRow)] or \
            [r for r in rows if isinstance(r, HistoryRow)][:1]
        above = valid[-1] if valid else None
        first = None if above else first_row_fields(p.work_start)  # from the work start
        start = int(above.period[:4]) + 1 if above else first[0] if first else max(p.birth.year + 18, 2000)
        year = self._free_year(rows, start)
        months = first[1] if first and year == first[0] else None
        if above is None:  # nothing to copy: the amount is the person's to type, and the row
            # counts from then on (trial 10: an invented 8,000 counted at once as a year paid)
            shown = cells_of(HistoryRow(period=str(year), region=p.region, amount=Decimal(0),
                                        months=months))  # the region's name, as rows show it
            return DraftRow.of(position, {key: shown[key] for key in ("period", "region", "months")
                                          if months is not None or key != "months"})
        # the amount of the row above, marked as the program's until typed over (trial 6)
        return HistoryRow(period=str(year), region=above.region, amount=above.amount,
                          months=months, generated=True)

