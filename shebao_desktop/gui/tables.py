"""Result tables as thin Qt models over the estimate, each driven by a column spec."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Callable, Optional

from PySide6.QtCore import (QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex,
                            Qt, Signal)

from ..core.result import Estimate, InsuranceAmounts, YearLine
from ..presentation import values
from ..presentation.formats import escape, is_zh
from ..presentation.methods import english_note, method_text
from ..storage.year_phase import year_phase
from .estimated_parts import estimated_parts
from .i18n import current_language
from .parameter_labels import parameter_label, parameter_labels
from .labels import insurance_labels, money, phase_labels, region_name
from .session import Session


translate = QCoreApplication.translate

Index = QModelIndex | QPersistentModelIndex
ESTIMATE_MARK = "※"
#: the roles the tables answer; a view asks for about ten per cell
_ROLES = frozenset((Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.TextAlignmentRole,
                    Qt.ItemDataRole.ToolTipRole))


class Words:
    """The translated words the tables show, built once per language (not per recompute, not
    per cell): column titles are cached per model class, the rest here."""

    def __init__(self) -> None:
        self.phases = phase_labels()
        self.estimated_tip = translate(
            "tables", "※ 这一年的数字用到了估计值（未公布的工资、基数或利率按假设推算）")
        self.parameters = {name: label for name, (label, _kind) in parameter_labels().items()}
        #: a parameter's line in the hover text of a ※ year
        self.estimated_line = translate("tables", "{0}：{1}")
        #: in Chinese, instead of a method note of the data (written in English only)
        self.note_elsewhere = translate("tables", "按数据附注估计（附注为英文原文，见“计算过程”）")
        self.note_translated = translate("tables", "按数据附注估计（见“计算过程”）")
        self.more_lines = translate("tables", "另有 {0} 项，见“计算过程”")
        self.titles: dict[type, list[str]] = {}

    def parameter(self, name: str) -> str:
        label = self.parameters.get(name)
        if label is None:  # rare names (regional add-ons): worded once each
            label = self.parameters[name] = parameter_label(name)
        return label


_WORDS: dict[str, Words] = {}


def words() -> Words:
    """The words of the language installed now."""
    language = current_language()
    if language not in _WORDS:
        _WORDS[language] = Words()
    return _WORDS[language]


class _Texts(tuple):
    """A row's cell texts, with the values they were made from (``keys``)."""

    keys: tuple = ()


@dataclass(frozen=True)
class Column:
    title: Callable[[], str]
    value: Callable[[Any, "SpecModel"], Any]  # row object -> Decimal | str | int
    money: bool = False
    #: the part of the estimate this figure belongs to (``YearLine.estimated_parts``): marked ※
    #: when that part rests on an estimate
    part: Optional[str] = None
    #: the header's hover text: what the figure adds up (None: the title says it)
    tip: Optional[Callable[[], str]] = None


class SpecModel(QAbstractTableModel):
    """Rows of any object, columns from a spec; no business logic in ``data``."""

    columns: list[Column] = []
    #: after each reload (a reset or the changed cells signalled): the view may fit its columns
    reloaded = Signal()

    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.session = session
        self.rows: list[Any] = []
        #: whether a view shows the table now: then an edit words the changed rows at once and
        #: signals only the cells whose text changed (else they are worded when asked for)
        self.shown: Callable[[], bool] = lambda: False
        session.estimate_changed.connect(self.reload)
        self.reload()

    def fetch(self, estimate: Estimate) -> list[Any]:
        raise NotImplementedError

    def reload(self) -> None:
        """The rows of the estimate now. The same number of rows as before, in the same money:
        ``dataChanged`` for the rows that are not the objects shown already (the core hands the
        years before an edited one over again), whose texts are kept; so the view repaints the
        changed rows it shows, not the table. Otherwise a model reset."""
        e = self.session.estimate
        old_rows, old_texts = self.rows, getattr(self, "_texts", {})
        rows = self.fetch(e) if e is not None else []
        today = self.session.today_money
        if rows and len(rows) == len(old_rows) and getattr(self, "_texts_today", None) == today:
            changed = [n for n, (new, old) in enumerate(zip(rows, old_rows)) if new is not old]
            self.rows = rows
            if changed:
                self._changed(changed)
            self.reloaded.emit()
            return
        self.beginResetModel()
        self.rows = rows
        self._texts: dict[str, list[Optional[tuple[str, ...]]]] = {}  # language -> row texts
        if old_texts and getattr(self, "_texts_today", None) == today:
            # rows handed over again keep their texts: a text depends on the row, the language
            # and the money only
            was = {id(row): n for n, row in enumerate(old_rows)}  # old_rows alive: ids unique
            where = [was.get(id(row)) for row in self.rows]
            self._texts = {language: [None if n is None else made[n] for n in where]
                           for language, made in old_texts.items()}
        self._texts_today = today
        self.endResetModel()
        self.reloaded.emit()

    def _changed(self, changed: list[int]) -> None:
        """Rows ``changed`` are new objects. Shown: their texts made now, and ``dataChanged``
        for each run of columns whose texts changed over the same rows (an edited wage changes
        a few columns of the later years: the view repaints those cells, not whole rows).
        Hidden: their texts dropped, made when asked for; one ``dataChanged`` for the rows."""
        shown = self._texts.get(current_language()) if self.shown() else None
        for made in self._texts.values():
            if made is not shown:
                for n in changed:
                    made[n] = None
        if shown is None:
            self.dataChanged.emit(self.index(changed[0], 0),
                                  self.index(changed[-1], len(self.columns) - 1))
            return
        width = len(self.columns)
        spans: list[Optional[list[int]]] = [None] * width  # column -> [first row, last row]
        for n in changed:
            old = shown[n]
            new = shown[n] = self._texts_of(self.rows[n], old)
            for c in range(width):
                if old is None or old[c] is not new[c] and old[c] != new[c]:
                    span = spans[c]
                    if span is None:
                        spans[c] = [n, n]
                    else:
                        span[1] = n
        c = 0
        while c < width:
            if spans[c] is None:
                c += 1
                continue
            last = c
            while last + 1 < width and spans[last + 1] == spans[c]:
                last += 1
            first_row, last_row = spans[c]  # type: ignore[misc]
            self.dataChanged.emit(self.index(first_row, c), self.index(last_row, last))
            c = last + 1

    def deflate(self, value: Decimal, row: Any) -> Decimal:
        return values.shown(value, row.deflator if self.session.today_money
                            and isinstance(row, YearLine) else None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(self.columns):
            cached = words().titles
            if type(self) not in cached:
                cached[type(self)] = [column.title() for column in self.columns]
            return cached[type(self)][section]
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(self.columns) and self.columns[section].tip is not None:
            return self.columns[section].tip()
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if role not in _ROLES or not index.isValid() or not 0 <= index.row() < len(self.rows) \
                or not 0 <= index.column() < len(self.columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(index.row(), index.column())
        column, row = self.columns[index.column()], self.rows[index.row()]
        if role == Qt.ItemDataRole.TextAlignmentRole and column.money:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and getattr(row, "estimated", False):
            return _tip([words().estimated_tip, *self.estimate_detail(row)])
        return None

    def display(self, row: int, column: int) -> str:
        """The text of a cell, made once per reload (a view asks many times: sizing, paint)."""
        return self._row_texts(row)[column]

    def _row_texts(self, row_number: int) -> tuple[str, ...]:
        """The texts of a row's cells, made together the first time one is asked for."""
        language = current_language()
        made = self._texts.get(language)
        if made is None:
            made = self._texts[language] = [None] * len(self.rows)
        texts = made[row_number]
        if texts is None:
            texts = made[row_number] = self._texts_of(self.rows[row_number])
        return texts

    def all_texts(self) -> list[tuple[str, ...]]:
        """The texts of every row (made for the rows that have none yet)."""
        return [self._row_texts(r) for r in range(len(self.rows))]

    def _texts_of(self, row: Any, was: Optional[tuple[str, ...]] = None) -> tuple[str, ...]:
        """The texts of a row's cells; ``was`` (the texts of the row it replaces): a cell whose
        value is what it was keeps its text (an edited wage changes a few figures of a later
        year, not its fifteen)."""
        parts = getattr(row, "estimated_parts", ())
        today = self.session.today_money and isinstance(row, YearLine)  # else deflate is a no-op
        before = getattr(was, "keys", None)
        out, keys = [], []
        for c, column in enumerate(self.columns):
            value = column.value(row, self)
            key: Any = value
            if type(value) is Decimal:
                if today and column.money:
                    key = value = self.deflate(value, row)
                if column.part:
                    key = (value, column.part in parts)
            if before is not None and type(before[c]) is type(key) and before[c] == key:
                text = was[c]  # type: ignore[index]
            elif type(value) is Decimal:
                text = money(value)
                if column.part and column.part in parts:
                    text += f" {ESTIMATE_MARK}"
            else:
                text = "" if value is None else str(value)
            out.append(text)
            keys.append(key)
        texts = _Texts(out)
        texts.keys = tuple(keys)
        return texts

    def estimate_detail(self, row: Any) -> list[str]:
        """The lines under the ※ hover text's first (bullets added by ``_tip``)."""
        return []


def _tip(lines: list[str]) -> str:
    """A hover text as rich text: Qt wraps it at a readable width (about 80 characters)
    instead of one window-wide line; a line's continuation stays right of its bullet."""
    first, *rest = lines
    rows = "".join(f"<tr><td>•&nbsp;</td><td>{escape(line, quote=False)}</td></tr>"
                   for line in rest)
    table = f'<table cellspacing="0" cellpadding="1">{rows}</table>' if rest else ""
    return f"<qt>{escape(first, quote=False)}{table}</qt>"


def _year(row: YearLine, _m) -> str:
    return f"{row.year}{ESTIMATE_MARK if row.estimated else ''}"


class YearTableModel(SpecModel):
    columns = [
        Column(lambda: translate("tables", "年份"), _year),
        Column(lambda: translate("tables", "年龄"), lambda r, _m: r.age_at_end),
        Column(lambda: translate("tables", "阶段"), lambda r, _m: words().phases.get(year_phase(r), r.phase)),
        Column(lambda: translate("tables", "地区"), lambda r, _m: region_name(r.region)),
        Column(lambda: translate("tables", "缴费月数"), lambda r, _m: r.months_contributed),
        Column(lambda: translate("tables", "平均缴费基数"), lambda r, _m: r.average_base, True),
        Column(lambda: translate("tables", "缴费指数"), lambda r, _m: r.average_index),
        # what the totals add up (trial 12: 14.2 % of the wage, the housing fund in it unsaid)
        Column(lambda: translate("tables", "个人缴费合计"), lambda r, _m: sum(
            (a.employee for a in r.contributions.values()), Decimal(0)), True,
            tip=lambda: translate("tables", "全年本人缴纳的养老、医疗、失业保险费和住房公积金（个人部分）之和；"
                                            "各项见“五险一金月缴费”")),
        Column(lambda: translate("tables", "单位缴费合计"), lambda r, _m: sum(
            (a.employer for a in r.contributions.values()), Decimal(0)), True,
            tip=lambda: translate("tables", "全年单位缴纳的五险和住房公积金（单位部分）之和；"
                                            "各项见“五险一金月缴费”")),
        Column(lambda: translate("tables", "养老账户记入"), lambda r, _m: r.pension_account.contributions, True),
        Column(lambda: translate("tables", "养老账户利息"), lambda r, _m: r.pension_account.interest, True),
        Column(lambda: translate("tables", "养老账户年末"), lambda r, _m: r.pension_account.closing, True),
        Column(lambda: translate("tables", "医保账户年末"), lambda r, _m: r.medical_account.closing, True,
               "medical"),
        Column(lambda: translate("tables", "公积金年末"), lambda r, _m: r.housing_fund.closing, True,
               "housing_fund"),
        Column(lambda: translate("tables", "当年领取养老金"), lambda r, _m: r.pension_paid, True),
    ]

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        """The rows are headed by their year (the view hides the year column): it stays in
        sight when the table scrolls sideways to the balances (trial 20)."""
        if orientation == Qt.Orientation.Vertical and role in (Qt.ItemDataRole.DisplayRole,
                                                               Qt.ItemDataRole.ToolTipRole):
            return self.data(self.index(section, 0), role) if 0 <= section < len(self.rows) else None
        return super().headerData(section, orientation, role)

    def fetch(self, estimate: Estimate) -> list[YearLine]:
        self._parameters = estimate.parameters
        self._estimated: Optional[tuple[str, dict[int, list[str]]]] = None  # made on hover
        return list(estimate.years)

    def _estimated_by_year(self) -> dict[int, list[str]]:
        """The estimated parameters by the year they took effect, worded in the language
        shown: built at the first hover after a recompute, not by the recompute."""
        language = current_language()
        if self._estimated is None or self._estimated[0] != language:
            by_year: dict[int, list[str]] = {}
            w, zh = words(), is_zh(language)
            for p in self._parameters:
                if p.status == "estimated" and p.method:
                    # a note of the data (a paragraph; English if not translated): where to read it
                    how = (w.note_elsewhere if english_note(p.method, language)
                           else w.note_translated) if zh and isinstance(p.method, str) \
                        else method_text(p.method, language)
                    line = w.estimated_line.format(w.parameter(p.name), how)
                    lines = by_year.setdefault(p.effective_from.year, [])
                    if line not in lines:  # values of several months in a year, one method
                        lines.append(line)
            self._estimated = (language, by_year)
        return self._estimated[1]

    def estimate_detail(self, row: YearLine) -> list[str]:
        """The estimates that took effect in this year, with their methods, each once."""
        lines = self._estimated_by_year().get(row.year, [])
        if len(lines) <= 6:
            return lines
        return lines[:5] + [words().more_lines.format(len(lines) - 5)]


@dataclass(frozen=True)
class BreakdownRow:
    key: str
    amounts: InsuranceAmounts
    #: the amounts resting on an estimated rate in force that month (marked ※): employee,
    #: employer, account
    estimated_parts: tuple[str, ...] = ()


class BreakdownModel(SpecModel):
    """The monthly contributions of the five insurances and the housing fund."""

    columns = [
        Column(lambda: translate("tables", "项目"), lambda r, _m: insurance_labels().get(r.key, r.key)),
        Column(lambda: translate("tables", "个人每月"), lambda r, _m: r.amounts.employee, True,
               "employee"),
        Column(lambda: translate("tables", "单位每月"), lambda r, _m: r.amounts.employer, True,
               "employer"),
        Column(lambda: translate("tables", "计入个人账户"), lambda r, _m: r.amounts.to_personal_account, True,
               "account"),
        Column(lambda: translate("tables", "有无个人账户"), lambda r, _m: translate("tables", "有") if r.key in (
            "pension", "medical", "housing_fund") else translate("tables", "无（统筹基金）")),
    ]

    def fetch(self, estimate: Estimate) -> list[BreakdownRow]:
        mc = estimate.monthly_contributions
        if mc is None:
            return []
        from .summary_cards import no_housing_fund  # the card's rule: 不适用 everywhere
        left_out = ("housing_fund",) if no_housing_fund(estimate, self.session.profile) else ()
        parts = estimated_parts(estimate, self.session.profile)
        return [BreakdownRow(key, amounts, parts[key]) for key, amounts in mc.lines.items()
                if key not in left_out]

    def marked(self) -> bool:
        """Whether an amount shown is marked ※ (the mark is explained under the table)."""
        return any(row.estimated_parts for row in self.rows)


def breakdown_totals(estimate: Optional[Estimate]) -> tuple[Decimal, Decimal]:
    if estimate is None or estimate.monthly_contributions is None:
        return Decimal(0), Decimal(0)
    return (estimate.monthly_contributions.total_employee,
            estimate.monthly_contributions.total_employer)
