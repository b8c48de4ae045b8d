"""The regional add-ons to the monthly pension (``pension/addons/*``): which apply to a person
and how much each pays. Split out of ``pension_at_retirement``, which calls :func:`addons`."""

from __future__ import annotations

from .record import dataclass  # frozen value classes without importing dataclasses
from decimal import Decimal
from typing import TYPE_CHECKING, Callable

from .money import ZERO
from .pension import addon_pension, band_shares
from .policy.view import PolicyLookupError, PolicyView
from .result import ExtraPension

if TYPE_CHECKING:
    from .pension_at_retirement import PensionInputs

ADDONS = "pension/addons/"
RATIO = Decimal("0.0001")


@dataclass(frozen=True)
class AddonFigures:
    """What the add-ons are computed from, as the pension found it."""

    base: Decimal  # the pension base C
    pre_account_years: Decimal
    years: Decimal  # all years as counted for the basic pension
    total_months: Decimal
    payable: bool  # the minimum years are met
    basic_base: Decimal  # (a x C + indexed wage) / 2
    transitional: Decimal = ZERO
    indexed_wage: Decimal = ZERO  # C x Ī, the base of stepped add-ons


def applies(rule, inputs: "PensionInputs", f: AddonFigures) -> bool:
    """Whether an add-on is paid to this person: its ``requires`` condition, the years actually
    paid it asks for, and the personal status it is reserved for (``personal``: a status the
    user states, e.g. 宁夏 知识分子)."""
    if rule.requires == "no_pre_account" and f.pre_account_years > 0:
        return False
    if rule.requires == "pre_account" and f.pre_account_years <= 0:
        return False
    if rule.requires == "minimum_years" and not f.payable:
        return False
    if rule.min_paid_years is not None and \
            Decimal(inputs.actual_months) < rule.min_paid_years * 12:
        return False  # only with so many years actually paid (吉林 增发: 20)
    if rule.min_deemed_years is not None and inputs.deemed_years < rule.min_deemed_years:
        return False  # only with so many deemed years (甘肃 调节金: 15)
    if rule.years == "region_years" and inputs.region_years is None:
        return False  # on the years worked in the region, which the user did not give
    return rule.personal is None or rule.personal in inputs.personal


def stepped(rule, years: Decimal, indexed_wage: Decimal) -> Decimal:
    """The rate of the highest step ``years`` reach, of the indexed wage (0 below the first)."""
    reached = [step.rate for step in rule.steps if years >= step.years]
    return reached[-1] * indexed_wage if reached else ZERO


def addons(view: PolicyView, inputs: "PensionInputs", f: AddonFigures,
           named_index: Callable[[str], Decimal]) -> list[ExtraPension]:
    lines = []
    for name in view.data.listed(ADDONS, inputs.region):
        try:
            found = view.get(name, inputs.region, inputs.retire)
        except PolicyLookupError:  # before it began or after it stopped
            continue
        rule = found.value
        if not applies(rule, inputs, f):
            continue
        counted = {"total_years": f.years, "full_total_years": Decimal(int(f.total_months // 12)),
                   "deemed_years": inputs.deemed_years,
                   "pre_account_years": f.pre_account_years,
                   "region_years": inputs.region_years}[rule.years]
        index = named_index(rule.index)
        band_base = {"basic_base": f.basic_base, "indexed_wage": f.indexed_wage}.get(
            rule.band_base, f.base)
        banded = sum((band.rate * share * band_base for band, share in
                      zip(rule.bands, band_shares(counted, rule.bands))), ZERO) + \
            stepped(rule, counted, f.indexed_wage)
        amount = addon_pension(rule.fixed, rule.per_year, rule.per_index_year, rule.base_rate,
                               f.base, index, counted, rule.rounding, banded)
        if rule.steps and amount == 0:
            continue  # below the first step
        if rule.top_up:  # only as far as it exceeds the transitional pension (广东: the larger)
            amount = max(ZERO, amount - f.transitional)
            if amount == 0:
                continue
        ref = found.reference
        lines.append(ExtraPension(
            parameter=name, name_zh=rule.name_zh, name_en=rule.name_en, amount=amount,
            years=counted, index=index.quantize(RATIO), region=found.region,
            effective_from=found.effective_from, status=found.status,
            title=ref.title if ref else None, number=ref.number if ref else None,
            url=ref.url if ref else None, confidence=ref.confidence if ref else None,
            method=found.method, fixed=rule.fixed, per_year=rule.per_year,
            years_rule=rule.years, top_up=bool(rule.top_up)))
    return lines
