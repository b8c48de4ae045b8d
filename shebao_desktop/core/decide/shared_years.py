"""The bands' three estimates share the years that do not depend on the assumptions.

An estimate starts from the last walk of its own look-up cache where the years agree
(core/walk_cache.py); each set of assumptions has its own cache, so after an edit each of the
three cases would walk again from the edited year. But the years before the first one that
uses an assumed figure are the same under any assumptions: their published values, their paid
months (a projected wage is part of a year's key, so a year whose projected months differ is
not restored), their balances. ``lend`` gives another case's cache the central walk's record cut
before that year -- when it agrees with more years than the case's own record would -- so the
low and high cases start from there. The result is the same either way (a restore equals a
walk: tests/core/test_walk_cache.py; the bands against three plain estimates:
tests/core/test_decide_fast.py); only the years walked change.

An answer uses an assumption when the policy view projected it past the last published value
with one (core/policy/view.py ``_project``: an assumed rate, or a value grown at the average-wage
growth); any other estimated or published answer does not.
"""

from __future__ import annotations

from itertools import islice
from typing import Any

from ..policy.derivation import Derivation
from ..policy.view import ParamValue
from ..walk_cache import _Record


def _assumed(answer: ParamValue) -> bool:
    method = answer.method
    return answer.status == "estimated" and answer.reference is None and \
        isinstance(method, Derivation) and method.assumed


def _free_years(record: _Record) -> int:
    """How many of the record's first years use no assumed answer."""
    first_assumed = len(record.trace)
    for number, entry in enumerate(record.trace.values()):
        answers = entry.values() if isinstance(entry, dict) else (entry,)
        if any(_assumed(a) for a in answers):
            first_assumed = number
            break
    years = 0
    while years < len(record.keys) and record.snapshots[years + 1].traced <= first_assumed:
        years += 1
    return years


def _agreeing(a: _Record, b: _Record) -> int:
    if a.config != b.config or a.first_year != b.first_year:
        return 0
    n, limit = 0, min(len(a.keys), len(b.keys))
    while n < limit and a.keys[n] == b.keys[n]:
        n += 1
    return n


def lend(source: Any, target: Any) -> None:
    """Give the look-up cache ``target`` the assumption-free first years of ``source``'s last
    walk, unless its own last walk already agrees with that walk for as many years."""
    record = getattr(source, "walk_record", None)
    if record is None or source is target or not isinstance(record.trace, dict):
        return
    years = _free_years(record)
    own = getattr(target, "walk_record", None)
    if not years or (own is not None and _agreeing(own, record) >= years):
        return
    snap = record.snapshots[years]
    target.walk_record = _Record(record.config, record.first_year, record.keys[:years],
                                 record.snapshots[:years + 1],
                                 dict(islice(record.trace.items(), snap.traced)),
                                 record.notices[:snap.notices], record.lines[:years])
