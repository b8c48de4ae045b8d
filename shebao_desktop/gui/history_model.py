"""The contribution history as an editable table: a thin adapter over ``profile.history``
driven by a column spec. Text that does not parse stays in its cell, marked, with the reason;
the profile keeps the last valid value until the cell is corrected (nothing typed is lost)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any, Callable, Optional

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from ..core.policy.loader import default_policy_data
from ..core.profile import MAX_MONEY, HistoryRow, Profile
from .labels import employment_labels, region_name
from .session import Session


translate = QCoreApplication.translate

Index = QModelIndex | QPersistentModelIndex




class CellError(ValueError):
    pass


def parse_period(text: str) -> str:
    t = text.strip().replace("年", "-").replace("月", "").replace("/", "-").replace(".", "-")
    t = t.rstrip("-")
    if re.fullmatch(r"\d{6}", t):  # 202401 as in provincial exports
        t = f"{t[:4]}-{t[4:]}"
    if re.fullmatch(r"\d{4}", t):
        year = int(t)
        if not 1950 <= year <= 2100:
            raise CellError(translate("history", "年份应在1950到2100之间"))
        return t
    match = re.fullmatch(r"(\d{4})-(\d{1,2})", t)
    if not match:
        raise CellError(translate("history", "期间应写成 2024（整年）或 2024-03（单月）"))
    year, month = int(match.group(1)), int(match.group(2))
    if not 1 <= month <= 12:
        raise CellError(translate("history", "月份应在1到12之间"))
    if not 1950 <= year <= 2100:
        raise CellError(translate("history", "年份应在1950到2100之间"))
    return f"{year:04d}-{month:02d}"


def parse_region(text: str) -> str:
    t = text.strip()
    data = default_policy_data()
    if t in data.regions:
        return t
    for slug, index in data.regions.items():
        if t in (index.name_zh, index.name_en, index.name_zh.rstrip("市省"), index.code) or \
                t.endswith(f"({slug})"):
            return slug
    raise CellError(translate("history", "未知地区：{0}").format(t))


def parse_amount(text: str) -> Decimal:
    t = text.strip().replace(",", "").replace("，", "").replace("元", "").replace("¥", "")
    try:
        value = Decimal(t)
    except InvalidOperation:
        raise CellError(translate("history", "金额应为数字，例如 8500 或 8500.50")) from None
    if not value.is_finite() or value < 0:
        raise CellError(translate("history", "金额不能为负数"))
    if value > MAX_MONEY:
        raise CellError(translate("history", "金额过大（超过每月一千万元），请检查"))
    if value != value.quantize(Decimal("0.01")):
        raise CellError(translate("history", "金额最多两位小数"))
    return value


def parse_months(text: str) -> Optional[int]:
    t = text.strip()
    if not t:
        return None
    if not t.isdigit() or not 0 <= int(t) <= 12:
        raise CellError(translate("history", "缴费月数应为0到12的整数"))
    return int(t)


def parse_kind(text: str) -> str:
    t = text.strip().lower()
    if t in ("wage", "工资", ""):
        return "wage"
    if t in ("base", "基数", "缴费基数"):
        return "base"
    raise CellError(translate("history", "金额类型应为“工资”或“基数”"))


def parse_employment(text: str) -> Optional[str]:
    t = text.strip().lower()
    for key, label in employment_labels().items():
        if t in (key, label.lower()):
            return key
    if not t:
        return None
    raise CellError(translate("history", "身份应为“职工”或“灵活就业”"))


@dataclass(frozen=True)
class Column:
    key: str
    title: Callable[[], str]
    parse: Callable[[str], Any]
    show: Callable[[HistoryRow], str]
    tip: Callable[[], str]


COLUMNS = [
    Column("period", lambda: translate("history", "期间"), parse_period, lambda r: r.period,
           lambda: translate("history", "整年写 2024，单月写 2024-03")),
    Column("region", lambda: translate("history", "地区"), parse_region, lambda r: region_name(r.region),
           lambda: translate("history", "缴费所在的统筹地区")),
    Column("amount", lambda: translate("history", "月工资/基数（元）"), parse_amount, lambda r: f"{r.amount:,.2f}",
           lambda: translate("history", "月平均工资（系统按上下限折算缴费基数），或直接填缴费基数")),
    Column("amount_kind", lambda: translate("history", "金额类型"), parse_kind,
           lambda r: translate("history", "工资") if r.amount_kind == "wage" else translate("history", "基数"),
           lambda: translate("history", "工资或缴费基数")),
    Column("months", lambda: translate("history", "缴费月数"), parse_months, lambda r: str(r.paid_months),
           lambda: translate("history", "整年行缴费的月数（0-12，从1月起算）；单月行为1")),
    Column("employment", lambda: translate("history", "身份"), parse_employment,
           lambda r: employment_labels().get(r.employment or "", translate("history", "（同身份类别）")),
           lambda: translate("history", "职工或灵活就业；留空则按身份类别")),
]


class HistoryModel(QAbstractTableModel):
    message = Signal(str)  # a validation message for the status line

    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.session = session
        self.overlay: dict[tuple[int, int], tuple[str, str]] = {}
        self._rows = list(session.profile.history)
        session.profile_changed.connect(self._profile_changed)

    # -- Qt model ------------------------------------------------------------------------
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
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def flags(self, index: Index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows) \
                or not 0 <= index.column() < len(COLUMNS):
            return None
        row, column = self._rows[index.row()], COLUMNS[index.column()]
        bad = self.overlay.get((index.row(), index.column()))
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if bad:
                return bad[0]
            if role == Qt.ItemDataRole.EditRole and column.key == "amount":
                return str(row.amount)
            return column.show(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return bad[1] if bad else column.tip()
        if role == Qt.ItemDataRole.BackgroundRole and bad:
            return QBrush(QColor(255, 205, 205))
        if role == Qt.ItemDataRole.ForegroundRole and bad:
            return QBrush(QColor(120, 0, 0))
        if role == Qt.ItemDataRole.TextAlignmentRole and column.key in ("amount", "months"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        r, c = index.row(), index.column()
        text = str(value)
        column = COLUMNS[c]
        try:
            parsed = column.parse(text)
            fields = self._rows[r].model_dump()
            fields[column.key] = parsed
            if column.key == "period" and len(parsed) == 7 and (fields.get("months") or 0) > 1:
                fields["months"] = None
            rows = list(self._rows)
            rows[r] = HistoryRow.model_validate(fields)
            self._commit(rows, translate("history", "编辑缴费记录"))
        except (CellError, ValueError) as exc:
            self.overlay[(r, c)] = (text, _reason(exc))
            self.dataChanged.emit(index, index)
            self.message.emit(translate("history", "第{0}行“{1}”：{2}").format(r + 1, column.title(), _reason(exc)))
            return False
        self.overlay.pop((r, c), None)
        self.dataChanged.emit(index, index)
        self.message.emit("" if not self.overlay else translate(
            "history", "还有 {0} 个单元格有误（标红）").format(len(self.overlay)))
        return True

    # -- editing operations (each one undo step) -------------------------------------------
    def insert_row(self, position: int) -> None:
        rows = list(self._rows)
        rows.insert(position, self._new_row(rows, position))
        self._shift_overlay(position, 1)
        self._commit(rows, translate("history", "插入缴费记录"))

    def remove_rows(self, positions: list[int]) -> None:
        keep = set(range(len(self._rows))) - set(positions)
        rows = [row for i, row in enumerate(self._rows) if i in keep]
        self.overlay = {}
        self._commit(rows, translate("history", "删除缴费记录"))

    def paste_text(self, text: str, position: Optional[int] = None) -> tuple[int, int]:
        """Add rows from spreadsheet text (tab- or comma-separated: period, amount[, region
        [, months]]). Returns (accepted, marked) counts; bad cells stay marked in their row."""
        rows = list(self._rows)
        position = len(rows) if position is None else position
        marks: dict[tuple[int, int], tuple[str, str]] = {}
        added = 0
        for line in text.replace("\r", "").split("\n"):
            cells = [c.strip() for c in re.split(r"\t|,|，", line)]
            if not any(cells):
                continue
            if added == 0 and not re.match(r"^\d{4}", cells[0]):
                continue  # a header line
            new, bad = self._row_from_cells(cells, rows)
            rows.insert(position + added, new)
            for column, pair in bad.items():
                marks[(position + added, column)] = pair
            added += 1
        if not added:
            self.message.emit(translate("history", "剪贴板中没有可识别的行（需要：期间、金额[、地区[、月数]]）"))
            return 0, 0
        self._shift_overlay(position, added)
        try:
            self._commit(rows, translate("history", "粘贴缴费记录"))
        except ValueError as exc:
            self.message.emit(translate("history", "粘贴的行有冲突：{0}").format(_reason(exc)))
            return 0, 0
        self.overlay.update(marks)
        if marks:
            self.layoutChanged.emit()
            self.message.emit(translate("history", "已粘贴 {0} 行，其中 {1} 个单元格有误，已标红").format(added, len(marks)))
        return added, len(marks)

    def fill_future(self, growth: Decimal, until_year: int) -> int:
        rows = [r for r in self._rows if len(r.period) == 4]
        if not rows:
            self.message.emit(translate("history", "请先填写至少一个整年的记录"))
            return 0
        last = max(rows, key=lambda r: r.period)
        new_rows = list(self._rows)
        count = 0
        for year in range(int(last.period) + 1, until_year + 1):
            factor = (1 + growth) ** (year - int(last.period))
            new_rows.append(last.model_copy(update={
                "period": str(year), "months": None,
                "amount": (last.amount * factor).quantize(Decimal("0.01"))}))
            count += 1
        if count:
            self._commit(new_rows, translate("history", "按增长率填充未来年份"))
        return count

    # -- internals -----------------------------------------------------------------------
    def _commit(self, rows: list[HistoryRow], text: str) -> None:
        data = self.session.profile.model_dump()
        data["history"] = [r.model_dump() for r in rows]
        new = Profile.model_validate(data)  # raises ValueError on overlaps and the like
        self.session.apply(new, text)

    def _profile_changed(self) -> None:
        rows = list(self.session.profile.history)
        if rows == self._rows:
            return
        if len(rows) == len(self._rows):  # an edit in place: repaint just the changed rows
            changed = [n for n, (a, b) in enumerate(zip(rows, self._rows)) if a != b]
            self._rows = rows
            self.dataChanged.emit(self.index(changed[0], 0),
                                  self.index(changed[-1], len(COLUMNS) - 1))
            return
        self.beginResetModel()
        self._rows = rows
        self.overlay = {k: v for k, v in self.overlay.items() if k[0] < len(rows)}
        self.endResetModel()

    def _shift_overlay(self, position: int, count: int) -> None:
        self.overlay = {((r + count) if r >= position else r, c): v
                        for (r, c), v in self.overlay.items()}

    def _free_year(self, rows: list[HistoryRow], start: int) -> int:
        taken = {m for r in rows for m in r.months_covered()}
        year = start
        while any(m.year == year for m in taken):
            year += 1
        return year

    def _new_row(self, rows: list[HistoryRow], position: int) -> HistoryRow:
        p = self.session.profile
        above = rows[position - 1] if position > 0 else (rows[0] if rows else None)
        start = int(above.period[:4]) + 1 if above else max(p.birth.year + 18, 2000)
        year = self._free_year(rows, start)
        return HistoryRow(period=str(year), region=above.region if above else p.region,
                          amount=above.amount if above else Decimal("8000"))

    def _row_from_cells(self, cells: list[str], rows: list[HistoryRow]):
        p = self.session.profile
        values: dict[str, Any] = {"region": p.region, "amount": Decimal("0")}
        bad: dict[int, tuple[str, str]] = {}
        plan = [("period", 0, parse_period), ("amount", 2, parse_amount),
                ("region", 1, parse_region), ("months", 4, parse_months)]
        for (key, column, parser), text in zip(plan, cells):
            try:
                values[key] = parser(text)
            except CellError as exc:
                bad[column] = (text, str(exc))
        if "period" not in values:
            values["period"] = str(self._free_year(rows, self.session.as_of.year))
        row = HistoryRow(**values)
        taken = {m for r in rows for m in r.months_covered()}
        if any(m in taken for m in row.months_covered()):
            original = bad.get(0, (values["period"], ""))[0]
            row = row.model_copy(update={"period": str(self._free_year(rows, row.first_month.year))})
            bad[0] = (original, translate("history", "与已有记录的月份重叠"))
        return row, bad


def _reason(exc: Exception) -> str:
    """The reason in the user's words (the profile's own checks speak English codes)."""
    errors = getattr(exc, "errors", None)
    text = str(errors()[0].get("msg", exc)) if callable(errors) else str(exc)
    text = text.removeprefix("Value error, ")
    overlap = re.search(r"month (\d{4}-\d{2}) is also in history\.(\d+)", text)
    if overlap:
        return translate("history", "月份 {0} 与第{1}行重复").format(
            overlap.group(1), int(overlap.group(2)) + 1)
    if "before age 14" in text:
        return translate("history", "期间早于14周岁")
    return text
