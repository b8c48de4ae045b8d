"""How the core derived a value the data does not publish: the kind of derivation and its
figures, as data. ``presentation.methods`` words it in the user's language; the core writes no
sentence (the hand-written ``method:`` notes of the YAML stay the data's own English notes).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Optional

from ..record import dataclass  # frozen value classes without importing dataclasses
from ..yearmonth import YearMonth

#: the kinds, with the figures each one sets
HELD = "held"  # the last value (``start``) held on
ASSUMPTION = "assumption"  # an assumption (``assumption``) after the last value (``start``)
GROWN = "grown"  # ``value`` of ``start`` grown ``years`` years at ``rate`` (average wage growth)
FIRST_HELD = "first_held"  # the first known value (``start``) held for earlier months
SCALED = "scaled"  # ``value`` of ``start`` x national wage ``then``/``ref`` (``year``/start's
#                   year) x ``factor`` (pre-2019 caliber, None: 1), ``capped`` at ``value``
OVERRIDE = "override"  # the user's own value
KINDS = (HELD, ASSUMPTION, GROWN, FIRST_HELD, SCALED, OVERRIDE)


@dataclass(frozen=True)
class Derivation:
    kind: str
    start: Optional[YearMonth] = None
    value: Optional[Decimal] = None
    years: int = 0
    rate: Optional[Decimal] = None
    assumption: Optional[str] = None
    year: Optional[int] = None
    then: Optional[Decimal] = None
    ref: Optional[Decimal] = None
    factor: Optional[Decimal] = None
    capped: bool = False

    @property
    def assumed(self) -> bool:
        """Rests on an assumption of the estimate (an assumed rate, or growth at the assumed
        average-wage growth), not on published figures alone."""
        return self.kind in (ASSUMPTION, GROWN)
