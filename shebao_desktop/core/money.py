"""Decimal helpers. Money is Decimal; it is rounded only where a rule rounds."""

from __future__ import annotations

from decimal import ROUND_CEILING, ROUND_DOWN, ROUND_HALF_UP, Decimal, localcontext

FEN = Decimal("0.01")
JIAO = Decimal("0.1")
YUAN = Decimal("1")
ZERO = Decimal("0")
ONE = Decimal("1")

#: rounding rules that policy data may name (regional rounding is data, see pension/rounding.yaml)
ROUNDINGS = {
    "fen_half_up": (FEN, ROUND_HALF_UP),
    "jiao_up": (JIAO, ROUND_CEILING),
    "yuan_half_up": (YUAN, ROUND_HALF_UP),
    "jiao_half_up": (JIAO, ROUND_HALF_UP),
    "none": (None, None),
    # 广西: the fen first cut off, then up to the jiao (97150.21 / 195 = 498.2062 -> 498.20 -> 498.2)
    "fen_down_jiao_up": (JIAO, ROUND_CEILING),
}


def round_to(value: Decimal, rule: str) -> Decimal:
    """Round ``value`` by a named rule (``fen_half_up``, ``jiao_up``, ``yuan_half_up``...)."""
    quantum, mode = ROUNDINGS[rule]
    if quantum is None:
        return value
    if rule == "fen_down_jiao_up":
        value = value.quantize(FEN, rounding=ROUND_DOWN)
    return value.quantize(quantum, rounding=mode)


def fen(value: Decimal) -> Decimal:
    """Round half-up to the fen (0.01 yuan), the common rule for money."""
    return value.quantize(FEN, rounding=ROUND_HALF_UP)


def half_up(value: Decimal, places: int) -> Decimal:
    return value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def power(base: Decimal, exponent: int) -> Decimal:
    """``base ** exponent`` for a whole exponent, at high precision."""
    with localcontext() as ctx:
        ctx.prec = 34
        return base ** exponent


def clamp(value: Decimal, low: Decimal, high: Decimal) -> Decimal:
    return max(low, min(high, value))
