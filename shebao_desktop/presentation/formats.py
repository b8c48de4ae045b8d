"""Formatters shared by the CLI, the window and the PDF (Qt-free).

``language`` is ``"zh"`` or ``"en"``; anything starting with ``zh`` counts as Chinese."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Optional, Union

Number = Union[Decimal, int, str]

#: marks a figure that rests on an estimated value (the notices say "标 ※")
ESTIMATE_MARK = "※"


def is_zh(language: str) -> bool:
    return not str(language).lower().startswith("en")


def money(value: Optional[Number], places: int = 2, grouping: bool = True) -> str:
    """``1234567.5`` -> ``1,234,567.50`` (``1234567.50`` without grouping, for machine-read
    output); ``None`` -> ``—``."""
    if value is None:
        return "—"
    return f"{Decimal(str(value)):{',' if grouping else ''}.{places}f}"


def percent(value: Optional[Number], places: int = 1) -> str:
    """A rate ``0.4531`` -> ``45.3%``; ``None`` (not applicable) -> ``—``."""
    if value is None:
        return "—"
    return f"{Decimal(str(value)) * 100:.{places}f}%"


def years(value: Optional[Number], places: int = 2) -> str:
    """Contribution years to 2 decimals: ``37.7500`` -> ``37.75``."""
    if value is None:
        return "—"
    return f"{Decimal(str(value)):.{places}f}"


def index(value: Optional[Number], places: int = 4) -> str:
    """A contribution index as the offices print it (4 decimals)."""
    return years(value, places)


def age(text: str, language: str) -> str:
    """``63y0m`` -> 63岁 / 63 y; ``60y3m`` -> 60岁3个月 / 60 y 3 m."""
    try:
        whole, months = str(text).rstrip("m").split("y")
    except ValueError:
        return str(text)
    if is_zh(language):
        return f"{whole}岁" + (f"{months}个月" if months not in ("0", "") else "")
    return f"{whole} y" + (f" {months} m" if months not in ("0", "") else "")


_PHASES = {"working": ("缴费", "working"), "retired": ("退休", "retired"),
           "mixed": ("退休当年", "retiring")}


def phase(code: str, language: str) -> str:
    """A year's phase code (working/retired/mixed) in the user's words."""
    pair = _PHASES.get(code)
    return code if pair is None else pair[0 if is_zh(language) else 1]


def decimal_or_none(text: object) -> Optional[Decimal]:
    try:
        return Decimal(str(text))
    except (InvalidOperation, ValueError):
        return None
