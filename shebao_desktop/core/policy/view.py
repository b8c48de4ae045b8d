"""Looking parameters up for one estimate: regional chain, user overrides, projections.

A :class:`PolicyView` answers ``get(name, region, month)`` with a :class:`ParamValue` that says
where the value came from (a file's dated entry, a projection, a back-cast or a user override)
and records every answer, so an estimate can list each parameter it used with its source.
"""

from __future__ import annotations

from array import array
from bisect import bisect_right
from contextlib import contextmanager
from ..record import dataclass  # frozen value classes without importing dataclasses
from functools import cached_property
from decimal import Decimal
from typing import Any, Callable, Iterator, Optional, Union

from ..money import YUAN, power
from ..yearmonth import YearMonth
from .loader import NATIONAL, PolicyData, PolicyDataError
from .derivation import (ASSUMPTION, FIRST_HELD, GROWN, HELD, OVERRIDE, SCALED,
                         Derivation)
from .lookups import MEMO_LIMIT, LookupCache, _Months, shared_cache  # noqa: F401 - re-exported
from .schema import ParameterFile, Reference

NATIONAL_WAGE_SERIES = "statistics/urban_average_wage"
#: an answer found for a month is kept for the following months it holds for, at most this
#: many ahead (a cold 45-year estimate asked ~11,000 months one by one: ~160 ms)
FILL_AHEAD = 240
CALIBER_FACTOR = "statistics/caliber_factor"


class PolicyLookupError(PolicyDataError):
    """No value is in force for that parameter, region and month."""

    def __init__(self, name: str, region: str, month: YearMonth, why: str):
        super().__init__(f"{name} ({region}, {month}): {why}")
        self.name, self.region, self.month, self.why = name, region, month, why


@dataclass(frozen=True)
class ParamValue:
    name: str
    region: str  # the region whose file (or override) supplied it, or "national"
    effective_from: YearMonth
    value: Any
    status: str  # enacted | estimated | override
    reference: Optional[Reference] = None
    #: how it was estimated: the data's own note (text), or the core's derivation (figures)
    method: Union[str, Derivation, None] = None

    @property
    def estimated(self) -> bool:
        return self.status == "estimated"

    @cached_property
    def key(self) -> tuple:
        return (self.name, self.region, self.effective_from, self.status, str(self.value))


@dataclass(frozen=True)
class Override:
    """A user's own value for a parameter, from a month on (or always), in one region (or all)."""

    name: str
    value: Any
    from_month: Optional[YearMonth] = None
    region: Optional[str] = None


class PolicyView:
    def __init__(self, data: PolicyData, assumptions: dict[str, Decimal],
                 overrides: tuple[Override, ...] = (), cache: Optional[LookupCache] = None):
        self.data = data
        self.assumptions = assumptions
        self.overrides = overrides
        self.used: dict[tuple, ParamValue] = {}
        #: the names of the estimated values answered since the caller last cleared it
        self.estimated_names: set[str] = set()
        #: names (or name prefixes ending in "/") left out of ``estimated_names``: figures that
        #: change no account or pension (employer-only costs) and rules
        self.uncounted: tuple[str, ...] = ()
        self._counted: dict[str, bool] = {}  # name -> noted (from ``uncounted``)
        self._cache = cache or LookupCache()
        self._recording: Optional[list[ParamValue]] = None
        #: when a list: (name, region, month index) of each look-up (core/month_reuse.py)
        self._asking: Optional[list[tuple[str, str, int]]] = None
        self._replayed: dict[int, dict[tuple, ParamValue]] = {}
        self._seen: set[int] = set()  # ids of the answers already in ``used``
        #: when a dict: every answer given outside a memoised computation, and the parameters
        #: dict of each memoised one, by id, in the order first given (``replay`` notes them
        #: again in another view; a repeated answer adds nothing, so it is kept once)
        self.trace: Optional[dict[int, Any]] = None

    # -- public -----------------------------------------------------------------------------
    def branch(self) -> "PolicyView":
        """A copy that shares the data and the answers (the cache) and from here on records
        its own use: what was used so far is used by both."""
        other = PolicyView.__new__(PolicyView)
        other.__dict__.update(self.__dict__)
        other.used = dict(self.used)
        other._replayed = dict(self._replayed)
        other._seen = set(self._seen)
        other.estimated_names = set(self.estimated_names)
        other.trace = None
        other._asking = None
        return other

    def replay(self, trace: dict[int, Any]) -> None:
        """Note what a ``trace`` of another view over the same cache used, as if this view had
        given those answers and memoised results itself."""
        for entry in trace.values():  # each once, in the order first given
            if type(entry) is dict:
                self._replayed[id(entry)] = entry
            else:
                self.used.setdefault(entry.key, entry)

    def get(self, name: str, region: str, month: YearMonth) -> ParamValue:
        if self._asking is not None:
            self._asking.append((name, region, month.index))
        months = self._cache.values.get((name, region))
        found = None
        if months is not None:  # the answer kept for that month, if any
            i = month.index - months.first
            if 0 <= i < len(months.answers):
                found = months.answers[i]
        if found is None:
            found = self._override(name, region, month)
            until = month.index + 1
            if found is None:
                found, until = self._lookup_span(name, region, month)
            found = self._cache.answers.setdefault(
                (found.key, found.method, id(found.reference)), found)  # its citation is alive
            if months is None:
                months = self._cache.values[name, region] = _Months(month.index, [found])
            elif month.index < months.first:
                months = self._cache.values[name, region] = months.with_earlier(month.index, found)
            else:
                months.put(month.index, found)
            if until > month.index + 1 and not any(o.name == name for o in self.overrides):
                months.fill(month.index + 1, min(until, month.index + FILL_AHEAD), found)
        if id(found) not in self._seen:  # the cache keeps every answer alive: ids are stable
            self._note(found)
        elif found.status == "estimated" and self._counts(found):
            self.estimated_names.add(found.name)
        if self._recording is not None:
            self._recording.append(found)
        elif self.trace is not None:
            self.trace[id(found)] = found
        return found

    def memo(self, key: tuple, compute: Callable[[], Any]) -> Any:
        """``compute()`` once per key for this cache; later calls replay the parameters it used
        (so each estimate still lists them) and return the same, unchanged result."""
        memo = self._cache.memo
        hit = memo.get(key)
        if hit is not None:
            memo.pop(key, None)  # now the most recently used (the last to go past MEMO_LIMIT)
            memo[key] = hit
            result, used, estimated = hit
            self._replayed[id(used)] = used  # merged into ``used`` when asked for
            self.estimated_names |= estimated
            if self._recording is not None:
                self._recording.extend(used.values())
            elif self.trace is not None:
                self.trace[id(used)] = used
            return result
        outer, self._recording = self._recording, []
        # the ※ names the computation counts, all of them (not only those new here: a result
        # replayed in another year or estimate must bring each name it rests on)
        names_outside, self.estimated_names = self.estimated_names, set()
        try:
            result = compute()
        finally:
            recorded, self._recording = self._recording, outer
            counted_here, self.estimated_names = self.estimated_names, names_outside
            names_outside |= counted_here
        if outer is not None:
            outer.extend(recorded)
        elif self.trace is not None:
            self.trace.update((id(found), found) for found in recorded)
        ids = array("Q", map(id, recorded)).tobytes()  # 8 bytes an answer, no int objects
        used = self._cache.used_sets.get(ids)
        if used is None:
            used = self._cache.used_sets[ids] = {found.key: found for found in recorded}
        # the estimated answers the computation counted (it may have counted some quietly):
        # one frozenset per distinct set (most are empty), not one per memoised result
        counted = frozenset(counted_here)
        self._cache.memo[key] = (result, used,
                                 self._cache.shared.setdefault(("counted", counted), counted))
        if len(self._cache.memo) > MEMO_LIMIT:
            self._cache.trim()
        return result

    def kept(self) -> dict[tuple, Any]:
        """The cache's objects by what they are (a key that says everything about its value,
        e.g. a band's figures as text): the many memoised months with equal figures (a band,
        an insurance's amounts) hold one object, not one each. Kept objects are immutable, or
        never changed once made."""
        return self._cache.shared

    @contextmanager
    def quiet(self) -> Iterator[None]:
        """Look-ups inside are not noted in ``estimated_names``: the caller notes the ones a
        figure really rests on (a band edge only when it binds)."""
        names = set(self.estimated_names)
        try:
            yield
        finally:
            self.estimated_names = names

    def _note(self, found: ParamValue) -> None:
        self._seen.add(id(found))
        self.used.setdefault(found.key, found)
        if self._counts(found):
            self.estimated_names.add(found.name)

    def _counts(self, found: ParamValue) -> bool:
        """An estimated answer that the ※ marks should reflect."""
        if found.status != "estimated":
            return False
        counted = self._counted.get(found.name)
        if counted is None:
            counted = self._counted[found.name] = not any(
                found.name == u or (u.endswith("/") and found.name.startswith(u))
                for u in self.uncounted)
        return counted

    def overridden(self, name: str, region: str, month: YearMonth) -> bool:
        """Whether a user's own value answers ``name`` in ``region`` and ``month``."""
        return self._override(name, region, month) is not None

    def value(self, name: str, region: str, month: YearMonth) -> Any:
        return self.get(name, region, month).value

    def has(self, name: str, region: str) -> bool:
        return self.data.has(name, region) or any(o.name == name for o in self.overrides)

    def parameters_used(self) -> tuple[ParamValue, ...]:
        for used in self._replayed.values():
            self.used.update(used)
        self._replayed.clear()
        # by the whole key: two answers from one dated entry (a back-cast year) come in one
        # order whatever order they were looked up in; the same set (most estimates after an
        # edit use the same answers) is the same tuple
        ids = frozenset(map(id, self.used.values()))
        ordered = self._cache.ordered.get(ids)
        if ordered is None:
            if len(self._cache.ordered) > 64:
                self._cache.ordered.clear()
            ordered = self._cache.ordered[ids] = tuple(sorted(self.used.values(), key=_order))
        return ordered

    # -- resolution -------------------------------------------------------------------------
    def _override(self, name: str, region: str, month: YearMonth) -> Optional[ParamValue]:
        for item in reversed(self.overrides):
            if item.name != name or (item.region not in (None, region)):
                continue
            if item.from_month is not None and month < item.from_month:
                continue
            # one record a year (not a month) when the override has no start of its own
            return ParamValue(name, item.region or region, item.from_month or YearMonth(month.year, 1),
                              item.value, "override", None, Derivation(OVERRIDE))
        return None

    def _lookup(self, name: str, region: str, month: YearMonth) -> ParamValue:
        return self._lookup_span(name, region, month)[0]

    def _lookup_span(self, name: str, region: str, month: YearMonth) -> tuple[ParamValue, int]:
        """The answer for ``month`` and the month index up to which (not included) the same
        answer holds: to the next dated entry, and for a yearly value to the end of its year
        (then projected a year further each time); a back-cast holds for its month only."""
        answer = self._resolve(name, region, month)
        source, pfile = self.data.find(name, region)
        dates = self.data.dates_of(pfile)
        position = bisect_right(dates, month)
        until = dates[position].index if position < len(dates) else month.index + FILL_AHEAD
        method = answer.method
        if method is not None and not isinstance(method, str) \
                and method.kind not in (GROWN, HELD, ASSUMPTION):  # a back-cast (_backcast)
            return answer, min(until, self._backcast_until(name, source, month, method))
        if pfile.period == "year":  # a published year, or a projected one: to its year's end
            until = min(until, answer.effective_from.index + 12)
        return answer, until

    def _backcast_until(self, name: str, source: str, month: YearMonth,
                        method: Derivation) -> int:
        """The month index up to which a back-cast of ``month`` gives the same answer: a held
        first value is dated by the month's year, so to the next January; a scaled one is of
        its whole period (``_backcast``), so to the next period."""
        if method.kind != SCALED:
            return YearMonth(month.year + 1, 1).index
        return _period(month, method.start).index + 12

    def _resolve(self, name: str, region: str, month: YearMonth) -> ParamValue:
        source, pfile = self.data.find(name, region)
        start = self.data.start_of(pfile, month)
        if start is None:
            return self._backcast(name, source, pfile, month, next(iter(pfile.values)))
        entry = pfile.values[start]
        if entry is None:
            raise PolicyLookupError(name, region, month, f"not in force since {start}")
        if pfile.period == "year" and month - start >= 12:
            later = self._later_across_caliber(source, pfile, start, month)
            if later is not None:  # a gap across the 2019 caliber switch: back from the later value
                return self._backcast(name, source, pfile, month, later)
            return self._project(name, source, pfile, month, start)
        return ParamValue(name, source, start, entry.value, entry.status, entry.reference,
                          entry.method)

    def _project(self, name: str, source: str, pfile: ParameterFile, month: YearMonth,
                 start: YearMonth) -> ParamValue:
        entry = pfile.values[start]
        assert entry is not None
        years = (month - start) // 12
        period_start = start + 12 * years
        if pfile.projection == "none":
            raise PolicyLookupError(name, source, month, f"last value covers only from {start}")
        if pfile.projection == "hold":
            value, method = entry.value, Derivation(HELD, start)
        elif pfile.projection == "assumption":
            value = self.assumptions[pfile.assumption or ""]
            method = Derivation(ASSUMPTION, start, assumption=pfile.assumption)
        else:
            growth = self.assumptions["average_wage_growth"]
            value = (entry.value * power(Decimal(1) + growth, years)).quantize(YUAN)
            method = Derivation(GROWN, start, entry.value, years=years, rate=growth)
        return ParamValue(name, source, period_start, value, "estimated", None, method)

    def _backcast(self, name: str, source: str, pfile: ParameterFile, month: YearMonth,
                  first: YearMonth) -> ParamValue:
        entry = pfile.values[first]
        if pfile.backcast == "none" or entry is None:
            raise PolicyLookupError(name, source, month, f"no value before {first}")
        if pfile.backcast == "hold":
            return ParamValue(name, source, YearMonth(month.year, 1), entry.value, "estimated", None,
                              Derivation(FIRST_HELD, first))
        series = self.data.files[NATIONAL][NATIONAL_WAGE_SERIES]
        # the whole period the month is in, as a published value covers its period (a July-to-
        # June region's March is of last July's): that year's wage index (the month's own in a
        # period that starts before the index does), the caliber then
        period = _period(month, first)
        then = self._series_value(series, period.year if YearMonth(period.year, 1) in series.values
                                  else month.year)
        ref = self._series_value(series, first.year)
        factor = Decimal(1)
        if not name.startswith("housing_fund/"):  # housing fund bands never changed caliber
            caliber = self.data.find(CALIBER_FACTOR, source)[1]  # a region may have its own
            factor = self._caliber(caliber, period) / self._caliber(caliber, first)
        value = (entry.value * then / ref * factor).quantize(YUAN)
        # a back-cast year never exceeds the published year that follows it
        capped = value > entry.value
        return ParamValue(
            name, source, period, min(value, entry.value), "estimated", None,
            Derivation(SCALED, first, entry.value, year=period.year, then=then, ref=ref,
                       factor=factor if factor != 1 else None, capped=capped))

    def _later_across_caliber(self, source: str, pfile: ParameterFile, start: YearMonth,
                              month: YearMonth) -> Optional[YearMonth]:
        """The next published month after ``month`` when the gap since ``start`` spans a change
        of wage caliber: a pre-2019 value grown forward would mix the two series."""
        if pfile.backcast != "national_wage_index":
            return None
        later = next((m for m in pfile.values if m > month and pfile.values[m] is not None), None)
        if later is None:
            return None
        caliber = self.data.find(CALIBER_FACTOR, source)[1]
        return later if self._caliber(caliber, start) != self._caliber(caliber, later) else None

    def _caliber(self, caliber: ParameterFile, month: YearMonth) -> Decimal:
        """The caliber factor in force in ``month`` (named in the back-cast's method text)."""
        start = self.data.start_of(caliber, month)
        entry = caliber.values.get(start) if start is not None else None
        return entry.value if entry is not None else Decimal(1)

    def _series_value(self, series: ParameterFile, year: int) -> Decimal:
        entry = series.values.get(YearMonth(year, 1))
        if entry is None:
            latest = max(series.values)
            if year > latest.year:
                entry = series.values[latest]
            else:
                raise PolicyLookupError(NATIONAL_WAGE_SERIES, NATIONAL, YearMonth(year, 1),
                                        "no national average wage for that year")
        return entry.value


def _period(month: YearMonth, first: YearMonth) -> YearMonth:
    """The start of the yearly period ``month`` is in, periods starting in ``first``'s month."""
    return YearMonth(month.year if month.month >= first.month else month.year - 1, first.month)


def _order(p: ParamValue) -> tuple:
    """The order of ``parameters_used``: name, region, month, then the rest of the key."""
    name, region, start, status, value = p.key
    return (name, region, start.year, start.month, status, value)
