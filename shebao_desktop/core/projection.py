"""The future-wage projection, in one place for the estimate's plan (months after the last
record) and the window's "fill future years" action: the anchor wage grown by the own-wage growth
assumption once a year, to the fen."""

from __future__ import annotations

from decimal import Decimal

from .money import power

FEN = Decimal("0.01")


def projected_wage(anchor: Decimal, anchor_year: int, year: int, growth: Decimal) -> Decimal:
    """``anchor`` (a monthly wage of ``anchor_year``) in ``year``: ``anchor x (1 + growth) ^
    (year - anchor_year)``, never below the anchor's own year, rounded to the fen."""
    return (anchor * power(1 + growth, max(0, year - anchor_year))).quantize(FEN)
