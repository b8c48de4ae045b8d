"""Companion bases of a typed pension base on a provisional form (预核定 / 预发).

A region that publishes its bases late computes a provisional pension on the previous year's
bases. Where a region has companion bases beside its pension base (长春: the provincial base for
the indexed wage and the transitional pension), the form uses the companions of that same year.
So when the typed pension base is the region's published base of an earlier year, a companion
rule is read in that year; otherwise at retirement.
"""

from __future__ import annotations

from typing import Any

from .policy.view import PolicyLookupError, PolicyView
from .yearmonth import YearMonth

#: how many years back a typed base is looked for (a provisional base is last year's)
LOOK_BACK = 2


def base_month(view: PolicyView, region: str, retire: YearMonth, typed) -> YearMonth:
    """The month whose bases the typed pension base belongs to: the end of the latest earlier
    year whose published region base equals it, else the retirement month."""
    if typed is None or not view.has("pension_base", region):
        return retire
    for back in range(LOOK_BACK + 1):
        month = retire if back == 0 else YearMonth(retire.year - back, 12)
        try:
            found = view.get("pension_base", region, month)
        except PolicyLookupError:
            return retire
        if not found.estimated and found.value == typed:
            return month
    return retire


def companion_rule(view: PolicyView, name: str, inputs: Any, default: Any) -> Any:
    """A companion-base rule (pension/indexed_wage_base, pension/transitional_wage_base) in
    force in the year of the typed base; ``default`` where the region has none."""
    if not view.has(name, inputs.region):
        return default
    month = base_month(view, inputs.region, inputs.retire, inputs.pension_base)
    try:
        return view.value(name, inputs.region, month)
    except PolicyLookupError:  # not in force then
        return default
