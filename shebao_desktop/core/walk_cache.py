"""Year-start snapshots of the last walk, so that an estimate after an edit walks again only
from the first year whose paid months changed.

Before retirement a year's figures depend on the balances it starts with, its paid months and
settings that do not change from year to year (region, housing-fund rates and withdrawals,
medical spending, the statement, today, the first month walked, and the policy view's data,
assumptions and overrides). A walk records, at the start of each year before the retirement
year, the state of its accounts and counters, how many notices it had given and how many
parameter answers it had used (the view's ``trace``). The next walk with the same settings (the record lives in the
view's look-up cache, which is per data set, assumptions and overrides) compares its years'
paid months with the recorded ones and starts from the snapshot of the first year that differs:
the year lines, notices and parameters of the years before are the recorded ones. Retirement
and the years after it are always walked. ``tests/core/test_walk_cache.py`` checks that any
edit gives the same estimate as a walk from the start.
"""

from __future__ import annotations

from itertools import islice
from typing import Any, Optional

from .accounts import Account
from .result import YearLine


class _Snapshot:
    __slots__ = ("accounts", "counts", "notices", "traced")

    def __init__(self, accounts: tuple, counts: tuple, notices: int, traced: int):
        self.accounts, self.counts, self.notices, self.traced = accounts, counts, notices, traced


class _Record:
    """One finished walk: its settings, each year's paid months, the snapshots at the start of
    each year before retirement (one more than the years), what it used and said, its lines."""

    __slots__ = ("config", "first_year", "keys", "snapshots", "trace", "notices", "lines")

    def __init__(self, config: tuple, first_year: int, keys: list, snapshots: list,
                 trace: list, notices: list, lines: list[YearLine]):
        self.config, self.first_year, self.keys = config, first_year, keys
        self.snapshots, self.trace, self.notices, self.lines = snapshots, trace, notices, lines


def _account_state(a: Account) -> tuple:
    return (a.balance, a.segment_start, a.segment_opening, tuple(a.deposits), tuple(a.withdrawals))


def _set_account(a: Account, state: tuple) -> None:
    a.balance, a.segment_start, a.segment_opening, deposits, withdrawals = state
    a.deposits, a.withdrawals = list(deposits), list(withdrawals)


def _config(walk: Any) -> tuple:
    """Everything besides the paid months that the years before retirement depend on."""
    p, plan, first = walk.profile, walk.plan, walk.first_month()
    st = p.statement
    return (walk.region, p.birth.year, p.birth.month, walk.housing,
            tuple((m.year, m.month, a) for m, a in walk.withdrawals.items()),
            p.assumptions.medical_monthly_spending, walk.as_of.year, walk.as_of.month,
            first.year, first.month,
            None if st is None else (st.as_of.year, st.as_of.month, st.pension_balance,
                                     st.medical_balance, st.housing_fund_balance),
            tuple((m.year, m.month, w.region, w.employment, w.amount, w.projected)
                  for m, w in plan.before_statement.items()))


def year_key(walk: Any, year: int) -> tuple:
    return tuple((m.month, w.region, w.employment, w.amount, w.projected)
                 for m, w in walk.year_months(year))


def advance(walk: Any, until: int, remember: bool) -> list[YearLine]:
    """``walk``'s year lines from its ``next_year`` up to ``until`` (not included), starting
    from the last record's snapshot where the years agree; with ``remember`` the walk becomes
    the record (a walk that raises records nothing)."""
    view = walk.view
    cache = view._cache
    first_year, base = walk.next_year, len(walk.notices)
    stop = min(until, walk.retire.year)
    keys = [year_key(walk, y) for y in range(first_year, stop)]
    config = _config(walk)
    prev: Optional[_Record] = getattr(cache, "walk_record", None)
    trace: dict = {}
    lines: list[YearLine] = []
    snapshots: list[_Snapshot] = []
    if prev is not None and prev.config == config and prev.first_year == first_year:
        n, limit = 0, min(len(keys), len(prev.keys))
        while n < limit and keys[n] == prev.keys[n]:
            n += 1
        if n:
            trace, lines, snapshots = _restore(walk, prev, n)
    outer, view.trace = view.trace, trace
    try:
        for year in range(walk.next_year, until):
            if year <= stop and year - first_year == len(snapshots):
                snapshots.append(_Snapshot(
                    tuple(_account_state(a) for a in walk.accounts()),
                    (walk.index_sum, walk.months_paid, walk.last_wage),
                    len(walk.notices) - base, len(trace)))
            lines.append(walk.year_line(year))
    finally:
        view.trace = outer
    if outer is not None:
        outer.update(trace)
    walk.next_year = max(walk.next_year, until)
    if remember:
        cache.walk_record = _Record(config, first_year, keys, snapshots, trace,
                                    walk.notices[base:], lines)
    return lines


def _restore(walk: Any, prev: _Record, n: int) -> tuple[list, list, list]:
    """Put ``walk`` where ``prev`` was at the start of its year ``n`` (counted from its first)."""
    snap = prev.snapshots[n]
    for account, state in zip(walk.accounts(), snap.accounts):
        _set_account(account, state)
    walk.index_sum, walk.months_paid, walk.last_wage = snap.counts
    walk.notices.extend(prev.notices[:snap.notices])
    trace = dict(islice(prev.trace.items(), snap.traced))
    walk.view.replay(trace)
    walk.next_year = prev.first_year + n
    return trace, prev.lines[:n], prev.snapshots[:n + 1]
