"""A month's contributions taken over from the month before when nothing they rest on changes.

``Walk.contributions`` computes each paid month once per look-up cache (memoised by month). A
cold 45-year estimate computed ~460 months, each ~26 look-ups and its Decimal arithmetic, ~40 %
of the first estimate after a start (issue 10), while most months of a year pay the same wage
under the same rules. A month's figures depend on the month through two things only:

* the answers of its look-ups (``PolicyView.get``): the answers the month before was given,
  asked at that month, must be the very same objects for this month, as the look-up cache
  holds them (an answer is kept for the months it holds for: ``PolicyView._lookup_span``);
* comparisons of the month with dated points (a band's first recorded month, the account's
  start and back-fill, a user's value from a month on): this month must be none of the dated
  months of the region's data (every dated entry of every file of the region, its parents and
  national, and every month a value names) nor a month a user's value starts from.

When both hold, and the month before, in the same year, was paid in the same region, kind of
work, amount (as written) and housing-fund rates, its result is this month's too (its month
changed), with the parameters it used and the ※ names it counted: put into the memo as if
computed (a name it counted is already among its year's then). A look-up asked at another month (a recorded band
the ratio is taken from, a rule before its first entry) or not kept for this month yet, a
user's value of that parameter (never kept ahead), or any doubt: computed as before.
``ENABLED`` off computes every month (tests/core/test_month_reuse.py compares both).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Optional

from .contributions import MonthResult, month_contributions
from .policy.loader import NATIONAL
from .yearmonth import YearMonth

if TYPE_CHECKING:
    from .policy.view import PolicyView

ENABLED = True


def contributions(walk: Any, month: YearMonth, work: Any) -> MonthResult:
    """The month's contributions through the view's memo (``Walk.contributions``)."""
    view = walk.view
    key = ("month", work.region, month, work.employment, work.amount, walk.housing)
    if ENABLED:
        _take_over(walk, view, key, month)
    return view.memo(key, lambda: _computed(walk, view, key, month, work))


def _computed(walk: Any, view: "PolicyView", key: tuple, month: YearMonth,
              work: Any) -> MonthResult:
    outer, view._asking = view._asking, []
    try:
        result = month_contributions(view, work.region, month, work.employment, work.amount,
                                     walk.housing)
        asked = view._asking
    finally:
        view._asking = outer
    at = month.index  # only look-ups of this very month can be checked for the next one
    walk._month_before = (key, month, frozenset((name, region) for name, region, index in asked)
                          if all(index == at for _n, _r, index in asked) else None)
    return result


def _take_over(walk: Any, view: "PolicyView", key: tuple, month: YearMonth) -> None:
    before = getattr(walk, "_month_before", None)
    if before is None:
        return
    before_key, before_month, asked = before
    # the month before in the same year: the ※ names a month counts are the ones new to its
    # year's (``Walk.year_line`` starts each year afresh), so a January is always computed
    if asked is None or month.month == 1 or before_month.index + 1 != month.index \
            or before_key[1] != key[1] \
            or before_key[3:] != key[3:] or str(before_key[4]) != str(key[4]):
        return  # the amount as written too: 13280 and 13280.00 are equal, not shown alike
    memo = view._cache.memo
    entry = memo.get(before_key)
    if entry is None or key in memo or month.index in dated_months(view, key[1]):
        return
    values = view._cache.values
    for pair in asked:
        months = values.get(pair)
        if months is None:
            return
        i = before_month.index - months.first
        answers = months.answers
        if i < 0 or i + 1 >= len(answers) or answers[i] is None or answers[i + 1] is not answers[i]:
            return
    r = entry[0]
    memo[key] = (MonthResult(month, r.region, r.employment, r.base, r.index, r.band, r.lines,
                             r.notices, r.medical_to_account), entry[1], entry[2])
    walk._month_before = (key, month, asked)


def dated_months(view: "PolicyView", region: str) -> frozenset:
    """The month indices a month's figures may change at in ``region`` other than through its
    look-ups' answers: every dated entry of the region's data (its parents' and national's
    too), every month an entry's value names, and the start of each user's value. Kept with
    the view's cache (its overrides are part of its key)."""
    kept = view.kept()
    found = kept.get(("dated months", region))
    if found is None:
        data = view.data
        chain = data.chain(region) if region != NATIONAL else [NATIONAL]
        months: set[int] = set()
        for source in chain:
            for pfile in data.files.get(source, {}).values():
                for at, entry in pfile.values.items():
                    months.add(at.index)
                    if entry is not None:
                        _named_months(entry.value, months)
        for override in view.overrides:
            if override.from_month is not None:
                months.add(override.from_month.index)
            _named_months(override.value, months)
        found = kept[("dated months", region)] = frozenset(months)
    return found


def _named_months(value: Any, into: set[int], depth: int = 0) -> None:
    """Each month ``value`` names (a month, "YYYY-MM" text, or one inside a rule's table)."""
    if isinstance(value, YearMonth):
        into.add(value.index)
    elif isinstance(value, str) and len(value) == 7:
        month: Optional[YearMonth]
        try:
            month = YearMonth.parse(value)
        except ValueError:
            month = None
        if month is not None:
            into.add(month.index)
    elif depth < 4 and isinstance(value, dict):
        for item in value.values():
            _named_months(item, into, depth + 1)
    elif depth < 4 and isinstance(value, (list, tuple)):
        for item in value:
            _named_months(item, into, depth + 1)
    elif depth < 4 and hasattr(value, "_field_names"):  # a rule record (an add-on)
        for name in value._field_names:
            _named_months(getattr(value, name), into, depth + 1)
