"""The pension at retirement from its inputs, shared by ``estimate`` and the ``pension`` command."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Optional

from .money import ZERO, round_to
from .pension import (account_pension, account_pension_divisor, basic_pension,
                      contribution_years, transitional_pension)
from .policy.view import PolicyView
from .result import PensionBreakdown
from .retirement import Age
from .yearmonth import YearMonth

RATIO = Decimal("0.0001")


@dataclass(frozen=True)
class PensionInputs:
    birth: YearMonth
    retire: YearMonth
    region: str
    actual_months: Decimal  # months actually paid (statement years may give fractions)
    deemed_years: Decimal
    balance: Decimal  # pension account at retirement
    #: Σ monthly indices over the paid months (the average is derived here), or ``None`` when
    #: ``average_index`` is given directly (statement figures)
    index_sum: Optional[Decimal] = None
    average_index: Optional[Decimal] = None
    last_wage: Optional[Decimal] = None
    deflator: Decimal = Decimal(1)
    pension_base: Optional[Decimal] = None  # user-given C; else the region's value


def combined_index(view: PolicyView, inputs: PensionInputs) -> Decimal:
    """Ī over paid and deemed months, deemed months at the region's deemed-years index."""
    if inputs.average_index is not None:
        return inputs.average_index
    deemed_months = inputs.deemed_years * 12
    total = Decimal(inputs.actual_months) + deemed_months
    if total == 0:
        return ZERO
    deemed_index = view.value("pension/deemed_years_index", inputs.region, inputs.retire)
    return ((inputs.index_sum or ZERO) + deemed_index * deemed_months) / total


def pension_at_retirement(view: PolicyView, inputs: PensionInputs) -> PensionBreakdown:
    region, month = inputs.region, inputs.retire
    value = lambda name: view.value(name, region, month)  # noqa: E731
    if inputs.pension_base is not None:
        base, base_estimated = inputs.pension_base, False
    else:
        found = view.get("pension_base", region, month)
        base, base_estimated = found.value, found.estimated
    rounding = value("pension/rounding")
    counting = value("pension/year_counting")
    weight = value("pension/month_weight") if counting == "whole_years_plus_months" else None
    total_months = Decimal(inputs.actual_months) + inputs.deemed_years * 12
    years = contribution_years(total_months, counting, weight)
    index = combined_index(view, inputs)
    age = Age.between(inputs.birth, month)
    divisor = account_pension_divisor(value("pension/account_pension_divisor"), age)
    basic = basic_pension(base, index, years, rounding)
    account = account_pension(inputs.balance, divisor, rounding)
    coefficient = value("pension/transitional_coefficient")
    z = index if value("pension/transitional_index_rule") == "average_index" else Decimal(1)
    transitional = transitional_pension(base, z, inputs.deemed_years, coefficient, rounding) \
        if inputs.deemed_years > 0 else round_to(ZERO, rounding)
    total = basic + account + transitional
    return PensionBreakdown(
        retirement_month=month, age_years=age.years, age_months=age.months, region=region,
        pension_base=base, pension_base_estimated=base_estimated,
        average_index=index.quantize(RATIO), contribution_months=inputs.actual_months,
        deemed_years=inputs.deemed_years, contribution_years=years.quantize(RATIO),
        account_balance=inputs.balance, account_pension_divisor=divisor,
        basic_pension=basic, account_pension=account, transitional_pension=transitional,
        total=total, transitional_coefficient=coefficient, transitional_index=z.quantize(RATIO),
        replacement_rate=(total / inputs.last_wage).quantize(RATIO) if inputs.last_wage else None,
        replacement_rate_vs_average=(total / base).quantize(RATIO) if base else ZERO,
        total_today=(total / inputs.deflator).quantize(Decimal("0.01")))
