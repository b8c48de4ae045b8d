"""A calendar month, the unit every social-security rule in this program counts in."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pydantic is imported only where a model needs the schema
    from pydantic import GetCoreSchemaHandler

_PATTERN = re.compile(r"^\s*(\d{4})[-/.年](\d{1,2})月?\s*$")
MIN_YEAR = 1900
MAX_YEAR = 2200


class YearMonth:
    """A month such as 2025-07. Frozen and ordered; ``ym + n`` adds months.

    Written out rather than a dataclass: it is the most used value of the program, and the
    dataclasses module costs a short command more to import than this class takes to write.
    ``index`` (months since year 0) is kept with the two numbers: hashing and ordering use that
    one int (a month is hashed and compared tens of thousands of times an estimate)."""

    __slots__ = ("year", "month", "index")
    year: int
    month: int
    #: months since year 0, for arithmetic
    index: int

    def __init__(self, year: int, month: int) -> None:
        if not isinstance(year, int) or not isinstance(month, int):
            raise ValueError("year and month must be whole numbers")
        if not 1 <= month <= 12:
            raise ValueError(f"month {month} is out of range 1-12")
        if not MIN_YEAR <= year <= MAX_YEAR:
            raise ValueError(f"year {year} is out of range {MIN_YEAR}-{MAX_YEAR}")
        _set(self, "year", year)
        _set(self, "month", month)
        _set(self, "index", year * 12 + month - 1)

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"cannot assign to field {name!r}: a month is frozen")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"cannot delete field {name!r}: a month is frozen")

    def __eq__(self, other: Any) -> bool:
        if type(other) is not YearMonth:
            return NotImplemented
        return self.index == other.index

    def __hash__(self) -> int:
        return self.index

    def __lt__(self, other: Any) -> bool:
        if type(other) is not YearMonth:
            return NotImplemented
        return self.index < other.index

    def __le__(self, other: Any) -> bool:
        if type(other) is not YearMonth:
            return NotImplemented
        return self.index <= other.index

    def __gt__(self, other: Any) -> bool:
        if type(other) is not YearMonth:
            return NotImplemented
        return self.index > other.index

    def __ge__(self, other: Any) -> bool:
        if type(other) is not YearMonth:
            return NotImplemented
        return self.index >= other.index

    @classmethod
    def parse(cls, text: str) -> "YearMonth":
        """Parse ``YYYY-MM`` (also ``YYYY/MM``, ``YYYY.MM``, ``YYYY年MM月``)."""
        match = _PATTERN.match(str(text))
        if not match:
            raise ValueError(f"'{text}' is not a month in the form YYYY-MM")
        return cls(int(match.group(1)), int(match.group(2)))

    @classmethod
    def from_index(cls, index: int) -> "YearMonth":
        return cls(index // 12, index % 12 + 1)

    def __add__(self, months: int) -> "YearMonth":
        return YearMonth.from_index(self.index + months)

    def __sub__(self, other: "YearMonth") -> int:
        return self.index - other.index

    def __str__(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"

    def __repr__(self) -> str:
        return f"YearMonth({self})"

    def __reduce__(self) -> tuple:  # pickled as its two numbers (the policy bundle holds ~1000)
        return YearMonth, (self.year, self.month)

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: "GetCoreSchemaHandler"):
        from pydantic_core import core_schema

        def validate(value: Any) -> "YearMonth":
            if isinstance(value, YearMonth):
                return value
            if isinstance(value, str):
                return cls.parse(value)
            raise ValueError("expected a month in the form YYYY-MM")

        return core_schema.no_info_plain_validator_function(
            validate,
            serialization=core_schema.plain_serializer_function_ser_schema(str),
            json_schema_input_schema=core_schema.str_schema(pattern=r"^\d{4}-\d{2}$"),
        )


_set = object.__setattr__


def months_between(start: YearMonth, end: YearMonth) -> int:
    """Months from ``start`` to ``end`` inclusive of both (0 if end precedes start)."""
    return max(0, end - start + 1)
