"""Formatters shared by the CLI, the window and the PDF (Qt-free).

``language`` is ``"zh"`` or ``"en"``; anything starting with ``zh`` counts as Chinese."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Optional, Union

Number = Union[Decimal, int, str]

#: marks a figure that rests on an estimated value (the notices say "标 ※")
ESTIMATE_MARK = "※"


def escape(text: str, quote: bool = True) -> str:
    """Text for HTML, as ``html.escape`` writes it (``& < >``, and ``" '`` when ``quote``): the
    explanation, the glossary and the printed summary. The ``html`` module would also bring its
    table of 2,231 named entities (~0.7 MiB resident) for this one function."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if quote:
        text = text.replace('"', "&quot;").replace("'", "&#x27;")
    return text


def is_zh(language: str) -> bool:
    return not str(language).lower().startswith("en")


def money(value: Optional[Number], places: int = 2, grouping: bool = True) -> str:
    """``1234567.5`` -> ``1,234,567.50`` (``1234567.50`` without grouping, for machine-read
    output); ``None`` -> ``—``."""
    if value is None:
        return "—"
    if type(value) is Decimal:  # the common case, formatted as it is (no round trip via str)
        return f"{value:{',' if grouping else ''}.{places}f}"
    return f"{Decimal(str(value)):{',' if grouping else ''}.{places}f}"


def percent(value: Optional[Number], places: int = 1) -> str:
    """A rate ``0.4531`` -> ``45.3%``; ``None`` (not applicable) -> ``—``."""
    if value is None:
        return "—"
    return f"{Decimal(str(value)) * 100:.{places}f}%"


def rate(value: Optional[Number], places: int = 4) -> str:
    """A policy rate or an assumption as published, trailing zeros dropped: ``0.08`` -> ``8%``,
    ``0.0525`` -> ``5.25%`` (at most ``places`` decimals of the percent). Results such as a
    replacement rate use ``percent`` (one decimal everywhere: card, PDF, command line)."""
    if value is None:
        return "—"
    return f"{number(Decimal(str(value)) * 100, places)}%"


def number(value: Number, places: int = 4) -> str:
    """A coefficient, an index or a count of years in a formula, trailing zeros dropped:
    ``1.2000`` -> ``1.2``, ``139.0`` -> ``139``."""
    text = f"{Decimal(str(value)):.{places}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def years(value: Optional[Number], places: int = 2) -> str:
    """Contribution years to 2 decimals: ``37.7500`` -> ``37.75``."""
    if value is None:
        return "—"
    return f"{Decimal(str(value)):.{places}f}"


def index(value: Optional[Number], places: int = 4) -> str:
    """A contribution index as the offices print it (4 decimals)."""
    return years(value, places)


def age(value: object, language: str) -> str:
    """An age (``core.age.Age``, anything with ``years`` and ``months``; or its text ``60y3m``):
    ``Age(63, 0)`` -> 63岁 / 63 y; ``Age(60, 3)`` -> 60岁3个月 / 60 y 3 m."""
    if hasattr(value, "years") and hasattr(value, "months"):
        whole, months = int(value.years), int(value.months)
    else:
        try:
            head, tail = str(value).rstrip("m").split("y")
            whole, months = int(head), int(tail or 0)
        except ValueError:
            return str(value)
    if is_zh(language):
        return f"{whole}岁" + (f"{months}个月" if months else "")
    return f"{whole} y" + (f" {months} m" if months else "")


def period(first: object, last: object, language: str) -> str:
    """Two months as a period, both included: ``2025-01 至 2027-06`` / ``2025-01 to 2027-06``."""
    return f"{first} {'至' if is_zh(language) else 'to'} {last}"


_PHASES = {"working": ("缴费", "working"), "retired": ("退休", "retired"),
           "mixed": ("退休当年", "retiring"),
           "not_paid": ("未缴费", "no contributions"),  # storage.year_phase: a gap year
           "not_drawing": ("未领取", "not drawing")}  # from retirement, no pension paid


def phase(code: str, language: str) -> str:
    """A year's phase code (working/retired/mixed; not_paid for a working year with no month
    paid, storage.year_phase) in the user's words."""
    pair = _PHASES.get(code)
    return code if pair is None else pair[0 if is_zh(language) else 1]


def decimal_or_none(text: object) -> Optional[Decimal]:
    try:
        return Decimal(str(text))
    except (InvalidOperation, ValueError):
        return None


def runs(numbers: list[int]) -> list[tuple[int, int]]:
    """Sorted ``numbers`` as runs of consecutive ones: ``[3, 7, 8, 9]`` -> ``[(3, 3), (7, 9)]``
    (years of a notice, rows of a table)."""
    out: list[list[int]] = []
    for n in numbers:
        if out and n == out[-1][1] + 1:
            out[-1][1] = n
        else:
            out.append([n, n])
    return [(a, b) for a, b in out]


def used_index(used: Optional[Decimal], shown: Decimal) -> Decimal:
    """The index a formula used (an estimate of an older version: the one shown)."""
    return shown if used is None else used


def index_text(value: Decimal) -> str:
    """An index as the formula used it: up to 6 decimals (1.04987, not 1.0499, so the product
    multiplies out), "…" after it where it has more digits than that."""
    text = number(value, 6)
    return text if Decimal(text) == value else text + "…"
