"""An age to the month (``Age(60, 3)``: 60 years and 3 months), a plain value the estimate carries
so no reader reparses a text. Its JSON form is ``{"years": 60, "months": 3}``."""

from __future__ import annotations

from .record import dataclass  # frozen value classes without importing dataclasses
from .yearmonth import YearMonth


@dataclass(frozen=True)
class Age:
    years: int
    months: int

    @classmethod
    def between(cls, birth: YearMonth, month: YearMonth) -> "Age":
        total = month - birth
        return cls(total // 12, total % 12)

    @property
    def total_months(self) -> int:
        return self.years * 12 + self.months

    def __str__(self) -> str:
        return f"{self.years}y{self.months}m"
