"""Today's money, in one place for the cards, the year table, the charts, the explanation, the
PDF and the notices. The estimate carries every figure in the money of its year and, per year
line, the deflator (cumulative assumed inflation since the estimate's month); a figure in today's
money is the nominal one divided by its year's deflator. Qt-free."""

from __future__ import annotations

from decimal import Decimal
from typing import Optional

ONE = Decimal(1)


def deflator(estimate, year: Optional[int] = None) -> Decimal:
    """The deflator of ``year`` (the retirement year when ``None``) from ``estimate``'s own year
    lines; 1 for a year the estimate does not cover."""
    if year is None:
        year = estimate.retirement.chosen_month.year
    for line in estimate.years:
        if line.year == year:
            return line.deflator
    return ONE


def shown(value: Optional[Decimal], divisor: Optional[Decimal]) -> Optional[Decimal]:
    """``value`` as a view shows it: in today's money when ``divisor`` (a year's deflator) is
    given, else as it is. ``None`` stays ``None``."""
    if value is None or not divisor:
        return value
    return Decimal(value) / divisor
