"""Interest-bearing personal accounts (pension, medical, housing fund).

An account collects deposits and withdrawals during an interest *segment* (a calendar year for
the pension and medical accounts, a July-June settlement year for the housing fund, cut short at
retirement) and credits interest at the segment's end:

* the opening balance earns ``rate x months / 12``;
* each deposit or withdrawal of month n earns (or loses) ``rate x (end - n + 1) / 12``
  (月积数法, 劳办发〔1997〕116号);
* under the ``annual_1083`` convention a full year with a deposit in each of its 12 months
  instead earns ``deposits x rate x 1.083 / 2`` (年度计算法, same document);
* under ``no_current_year_interest`` the year's deposits earn nothing until the next year.

Interest is rounded to the fen when credited. Months are kept as month numbers
(``YearMonth.index``) inside a segment: the interest weights are whole-number differences.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from decimal import Decimal

from .money import ZERO, fen
from .result import AccountYear
from .yearmonth import YearMonth

ANNUAL_FACTOR = Decimal("1.083") / 2  # the 年度计算法 factor of 劳办发〔1997〕116号


@dataclass
class Account:
    balance: Decimal = ZERO
    segment_start: YearMonth | None = None
    segment_opening: Decimal = ZERO
    deposits: list[tuple[int, Decimal]] = field(default_factory=list)  # (month index, amount)
    withdrawals: list[tuple[int, Decimal]] = field(default_factory=list)
    # calendar-year report
    year_opening: Decimal = ZERO
    year_in: Decimal = ZERO
    year_out: Decimal = ZERO
    year_interest: Decimal = ZERO

    def start_segment(self, month: YearMonth) -> None:
        self.segment_start = month
        self.segment_opening = self.balance
        self.deposits.clear()
        self.withdrawals.clear()

    def deposit(self, month: YearMonth, amount: Decimal) -> None:
        if amount <= 0:
            return
        if self.segment_start is None:
            self.start_segment(month)
        self.balance += amount
        self.year_in += amount
        self.deposits.append((month.index, amount))

    def deposit_many(self, month: YearMonth, items: list[tuple[int, Decimal]]) -> None:
        """The deposits of several months (month index, amount > 0) with nothing else between
        them: the same balance and interest as one ``deposit`` each (``month`` is the first)."""
        if not items:
            return
        if self.segment_start is None:
            self.start_segment(month)
        total = ZERO
        for _, amount in items:
            total += amount
        self.balance += total
        self.year_in += total
        self.deposits.extend(items)

    def withdraw_many(self, month: YearMonth, items: list[tuple[int, Decimal]]) -> None:
        """Withdrawals (month index, amount > 0) the balance covers in full, with nothing else
        between them: the same as one ``withdraw`` each (``month`` is the first)."""
        if self.segment_start is None:
            self.start_segment(month)
        total = ZERO
        for _, amount in items:
            total += amount
        self.balance -= total
        self.year_out += total
        self.withdrawals.extend(items)

    def withdraw(self, month: YearMonth, amount: Decimal) -> Decimal:
        """Take out up to ``amount`` (never below zero); returns what was taken."""
        taken = min(amount, self.balance)
        if taken <= 0:
            return ZERO
        if self.segment_start is None:
            self.start_segment(month)
        self.balance -= taken
        self.year_out += taken
        self.withdrawals.append((month.index, taken))
        return taken

    def credit(self, end: YearMonth, rate: Decimal, convention: str = "monthly_product",
               deposit_rate: Decimal | None = None) -> Decimal:
        """Credit the segment's interest at ``end`` and start a new segment after it."""
        if self.segment_start is None:
            self.start_segment(end + 1)
            return ZERO
        deposit_rate = rate if deposit_rate is None else deposit_rate
        last = end.index + 1
        length = last - self.segment_start.index
        interest = self.segment_opening * rate * length / 12
        if convention == "annual_1083" and length == 12 and len({m for m, _ in self.deposits}) == 12:
            interest += sum((a for _, a in self.deposits), ZERO) * deposit_rate * ANNUAL_FACTOR
        elif convention != "no_current_year_interest":
            interest += sum((a * (last - m) for m, a in self.deposits), ZERO) * deposit_rate / 12
        if self.withdrawals:
            interest -= sum((a * (last - m) for m, a in self.withdrawals), ZERO) * rate / 12
        interest = max(ZERO, fen(interest))
        self.balance += interest
        self.year_interest += interest
        self.start_segment(end + 1)
        return interest

    def copy(self) -> "Account":
        return replace(self, deposits=list(self.deposits), withdrawals=list(self.withdrawals))

    def open_year(self) -> None:
        self.year_opening = self.balance
        self.year_in = self.year_out = self.year_interest = ZERO

    def year_report(self) -> AccountYear:
        return AccountYear.model_construct(opening=self.year_opening, contributions=self.year_in,
                           interest=self.year_interest, withdrawals=self.year_out,
                           closing=self.balance)
