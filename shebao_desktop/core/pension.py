"""The monthly pension at retirement: basic + account + transitional (国发〔2005〕38号).

Each function is one named quantity; the figures they use come from the policy data.
"""

from __future__ import annotations

from decimal import ROUND_CEILING, ROUND_HALF_UP, Decimal

from .money import FEN, round_to
from .retirement import Age

ONE_PERCENT = Decimal("0.01")


def account_pension_divisor(table: dict[int, Decimal], age: Age) -> Decimal:
    """计发月数 for an exact age in years and months.

    Whole ages read the table of 国发〔2005〕38号; ages with months are interpolated linearly
    between the two whole ages and rounded half-up to 0.1 month (60y3m -> 137.25 -> 137.3),
    the practice on 2025-26 approval forms. Ages outside the table are refused, not clamped.
    """
    low, high = min(table), max(table)
    if not low <= age.years <= high or (age.years == high and age.months):
        raise ValueError(f"retirement age {age} is outside the divisor table ({low}-{high})")
    start = table[age.years]
    if age.months == 0:
        return start
    step = start - table[age.years + 1]
    value = start - step * age.months / Decimal(12)
    return value.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def whole_months(years: Decimal) -> Decimal:
    """Typed years as whole months, round(years x 12) half-up: 23.92 -> 287, 9.42 -> 113 (the
    forms count months, 累计 33年4月, so typed years are months before they are added up)."""
    return (Decimal(years) * 12).quantize(Decimal(1), rounding=ROUND_HALF_UP)


def contribution_years(total_months: Decimal, counting: str,
                       month_weight: Decimal | None) -> Decimal:
    """Years N in the basic pension. ``exact_months``: months / 12 (unrounded);
    ``tenths_up``: months / 12 rounded up to 0.1 (401 months -> 33.5); ``halves_up``: months / 12
    rounded up to 0.5 (148 months = 12年4月 -> 12.5, 486 -> 40.5, 492 -> 41);
    ``months_2dp``: months / 12 rounded half-up to 2 decimals (年限计算到月，保留两位小数:
    400 months -> 33.33); ``months_4dp``: to 4 decimals (海南 琼府〔2022〕40号: 442 months ->
    36.8333); ``whole_years_plus_months``: whole years + remaining months x a regional month
    weight (Shanghai: 0.083 year per month, i.e. 0.083% of the base each)."""
    if counting == "tenths_up":  # 安徽: months / 12 rounded up to 0.1 year
        return (Decimal(total_months) / Decimal(12)).quantize(Decimal("0.1"), rounding=ROUND_CEILING)
    if counting == "halves_up":  # 福建: a remainder up to 6 months is half a year, more a year
        months = Decimal(total_months).quantize(Decimal(1), rounding=ROUND_HALF_UP)  # whole months
        return (months / 6).to_integral_value(rounding=ROUND_CEILING) / 2
    if counting == "months_2dp":
        return (Decimal(total_months) / Decimal(12)).quantize(FEN, rounding=ROUND_HALF_UP)
    if counting == "months_4dp":
        return (Decimal(total_months) / Decimal(12)).quantize(Decimal("0.0001"),
                                                               rounding=ROUND_HALF_UP)
    if counting == "whole_years_plus_months":
        if month_weight is None:
            raise ValueError("whole_years_plus_months needs pension/month_weight")
        return Decimal(total_months // 12) + Decimal(total_months % 12) * month_weight
    return Decimal(total_months) / Decimal(12)


def basic_pension(pension_base: Decimal, average_index: Decimal, years: Decimal,
                  rounding: str, base_factor: Decimal = Decimal(1)) -> Decimal:
    """基础养老金 = C x (a + Ī) / 2 x N x 1% (国发〔2005〕38号 §6: a = 1; 广东 scales the base
    term by a = Ī / 0.6 when Ī < 0.6).

    Example: C 10000, Ī 1.0, N 35 -> 3500.00.
    """
    raw = pension_base * (base_factor + average_index) / 2 * years * ONE_PERCENT
    return round_to(raw, rounding)


def indexed_basic_pension(pension_base: Decimal, indexed_wage: Decimal, years: Decimal,
                          rounding: str, base_factor: Decimal = Decimal(1)) -> Decimal:
    """基础养老金 = (a x C + 指数化月平均缴费工资) / 2 x N x 1%, the form where the indexed wage
    is its own figure: another base than C (河南: C of the province, indexed wage on the city's
    base) or rounded to the fen first. With indexed wage C x Ī it equals :func:`basic_pension`.

    Example: C 6738, indexed wage 6260 x 0.8 = 5008, N 30 -> (6738 + 5008) / 2 x 30% = 1761.90.
    """
    raw = (base_factor * pension_base + indexed_wage) / 2 * years * ONE_PERCENT
    return round_to(raw, rounding)


def account_pension(balance: Decimal, divisor: Decimal, rounding: str) -> Decimal:
    """个人账户养老金 = balance / 计发月数. Example: 200000 / 139 -> 1438.85."""
    return round_to(balance / divisor, rounding)


def transitional_pension(pension_base: Decimal, index: Decimal, deemed_years: Decimal,
                         coefficient: Decimal, rounding: str) -> Decimal:
    """过渡性养老金 = C x Z x N视同 x k, the common provincial form (Z: 1, Ī or a separate
    过渡性指数 by region; N视同 the deemed years or all years before the personal account)."""
    return round_to(pension_base * index * deemed_years * coefficient, rounding)


def banded_years(years: Decimal, over: Decimal, upto: Decimal | None) -> Decimal:
    """Years of ``years`` beyond ``over`` and up to ``upto``: 44.42 over 25 up to 30 -> 5."""
    top = years if upto is None else min(years, upto)
    return max(Decimal(0), top - over)


def band_shares(years: Decimal, bands: list) -> list[Decimal]:
    """Years in each band, in order (:func:`banded_years`); a band whose ``starts_at`` the years
    have not reached gets none and the band before it runs on to ``years``."""
    begun = [b.starts_at is None or years >= b.starts_at for b in bands]
    return [banded_years(years, b.over, b.upto if i + 1 == len(bands) or begun[i + 1] else None)
            if begun[i] else Decimal(0) for i, b in enumerate(bands)]


#: an add-on's rounding name -> the money rule (money.ROUNDINGS)
ADDON_ROUNDING = {"fen": "fen_half_up", "jiao_up": "jiao_up", "yuan": "yuan_half_up"}


def addon_pension(fixed: Decimal, per_year: Decimal, per_index_year: Decimal, base_rate: Decimal,
                  pension_base: Decimal, index: Decimal, years: Decimal, rounding: str,
                  banded: Decimal = Decimal(0)) -> Decimal:
    """A regional add-on (e.g. 浙江 过渡性调节金 480 + Ī x N x 3):
    fixed + per_year x Y + per_index_year x Z x Y + base_rate x C x Y (+ ``banded``: the banded
    rates' sum, see :func:`banded_years`), rounded by its rule.

    Example: fixed 480, per_index_year 3, Z 1.2, Y 10 -> 480 + 36 = 516.00.
    """
    raw = fixed + per_year * years + per_index_year * index * years + \
        base_rate * pension_base * years + banded
    return round_to(raw, ADDON_ROUNDING[rounding])
