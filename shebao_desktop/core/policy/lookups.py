"""The look-up caches a policy data set keeps for its views (``PolicyData.lookups``): the
answers by parameter and month, the memoised results with the parameters they used, and the
objects those results share. One per set of assumptions and overrides, a few kept; each bounded
(``MEMO_LIMIT``)."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .loader import PolicyData
    from .view import Override, ParamValue


class LookupCache:
    """Answers shared by every view over the same data, assumptions and overrides, so that a
    recompute after one edit looks nothing up twice. Entries never change once made: the data
    is read-only and the key holds everything an answer depends on. Memoised results past
    ``MEMO_LIMIT`` go, the least recently used first (``trim``)."""

    def __init__(self) -> None:
        #: (name, region) -> the answer of each month asked for, by month (``_Months``): one
        #: slot a month, not one dict entry keyed by a tuple (a cold 45-year estimate asks for
        #: ~11,000 months; most share one of a few hundred answers)
        self.values: dict[tuple[str, str], _Months] = {}
        #: one answer object per distinct answer (key, method, citation): the months of one
        #: dated entry share it, so a trace or a ``used`` list holds each answer once
        self.answers: dict[tuple, ParamValue] = {}
        #: the ids of a ``used`` set -> its answers in order (they keep those ids their own)
        self.ordered: dict[frozenset, tuple[ParamValue, ...]] = {}
        #: key -> (result, parameters used by key, how many of them are estimated)
        self.memo: dict[tuple, tuple[Any, dict[tuple, ParamValue], int]] = {}
        #: the ids of the answers a memoised computation recorded, in order -> its parameters
        #: dict: the many computations that use the same answers (the months of a year) share
        #: one dict (it keeps those answers, so the ids stay theirs)
        self.used_sets: dict[bytes, dict[tuple, ParamValue]] = {}
        #: one object per distinct figure the memoised results hold (``PolicyView.kept``)
        self.shared: dict[tuple, Any] = {}

    def trim(self) -> None:
        """Past ``MEMO_LIMIT`` results, the least recently used quarter goes (computed again if
        asked for: an unchanged year hit by every estimate stays); the tables that only
        deduplicate (``used_sets``, ``shared``) start again past the same size. Without it each
        edit of a wage adds ~40 results for good (~5 MiB per 100 edits)."""
        keys = list(self.memo)  # one call: safe while another thread adds to it
        for key in keys[:len(keys) // 4]:
            self.memo.pop(key, None)
        for table in (self.used_sets, self.shared):
            if len(table) > MEMO_LIMIT:
                table.clear()


class _Months:
    """The answers of one parameter in one region, by month: ``answers[i]`` is the month of
    index ``first + i`` (None: not asked for yet). ``first`` never changes: a month before it
    gets a new object (:meth:`with_earlier`), so a reader in another thread (a sweep, the
    bands) never sees the list shifted under an index computed from ``first``; answers are
    only added at the end or put into empty slots."""

    __slots__ = ("first", "answers")

    def __init__(self, index: int, answers: list) -> None:
        self.first, self.answers = index, answers

    def with_earlier(self, index: int, found: ParamValue) -> "_Months":
        """A copy that starts at ``index`` (before ``first``) with ``found`` there."""
        return _Months(index, [found] + [None] * (self.first - index - 1) + self.answers)

    def put(self, index: int, found: ParamValue) -> None:
        """``found`` at ``index`` (not before ``first``)."""
        i = index - self.first
        if i >= len(self.answers):
            self.answers.extend([None] * (i + 1 - len(self.answers)))
        self.answers[i] = found

    def fill(self, start: int, stop: int, found: ParamValue) -> None:
        """``found`` for the months of index ``start`` to ``stop`` (not included) that have no
        answer yet (``start`` is past ``first``: a month already asked for)."""
        end = stop - self.first
        if end > len(self.answers):
            self.answers.extend([None] * (end - len(self.answers)))
        answers = self.answers
        for i in range(start - self.first, end):
            if answers[i] is None:
                answers[i] = found


_CACHE_SLOTS = 8
#: memoised results one cache keeps (a cold 45-year estimate makes ~550, its low and high
#: bands ~370 each, an edit of one wage ~40): then the least recently used go (``trim``)
MEMO_LIMIT = 3000


def shared_cache(data: PolicyData, assumptions: dict[str, Decimal],
                 overrides: tuple["Override", ...]) -> LookupCache:
    """The cache of ``data`` for these assumptions and overrides, kept by the data set itself
    (``data.lookups``, most recently used last): its answers, citations included, never reach
    another data set (a cache keyed by ``id(data)`` could outlive its data)."""
    caches = data.lookups
    key = (tuple(sorted(assumptions.items())), overrides)
    cache = caches.pop(key, None) or LookupCache()
    caches[key] = cache
    while len(caches) > _CACHE_SLOTS:
        del caches[next(iter(caches))]
    return cache
