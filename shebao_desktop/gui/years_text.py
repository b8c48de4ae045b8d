"""Years as a statement prints them, for a field of years (trial 20: "19年4个月" was refused, and
so was 19.3333, "not a number between 0.00 and 60.00"): "19年4个月", "19年4月", "19 years 4
months", "4个月" are years and months; a figure with more decimals than the field is rounded to
it (a statement counts whole months: the core takes 19.33 years as 232 months)."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal
from typing import Callable, Optional

YEAR_UNITS = ("年", "years", "year")
_YEARS_MONTHS = re.compile(
    r"^(?:(?P<years>\d+(?:\.\d+)?)\s*(?:年|years?|y)\s*)?"
    r"(?:(?P<months>\d+)\s*(?:个月|月|months?|m))?$", re.IGNORECASE)


def is_years_field(suffix: str) -> bool:
    return suffix.strip().lower() in YEAR_UNITS


def read_years(text: str, places: int, read: Callable[[str], Optional[Decimal]]) -> Optional[Decimal]:
    """The years ``text`` stands for, to ``places`` decimals (half up); None if it is not years.
    A plain figure is read by ``read``, the reader of every other field (full-width digits, a
    decimal comma refused: storage.tables.decimal_of)."""
    core = text.strip()
    match = _YEARS_MONTHS.match(core) if core else None
    if match and (match.group("years") or match.group("months")):
        months = int(match.group("months") or 0)
        if months >= 12:
            return None
        value = Decimal(match.group("years") or 0) + Decimal(months) / 12
    else:
        value = read(core) if core else None
        if value is None:
            return None
    return value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
