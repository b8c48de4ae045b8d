"""The pension at retirement from its inputs, shared by ``estimate`` and the ``pension`` command.

Which index and which years the transitional pension counts, the years before the personal
account opened, the add-ons and the rounding of the total are the region's rules (policy data
under ``pension/``); this module applies them, the same way for every region.
"""

from __future__ import annotations

from .record import dataclass  # frozen value classes without importing dataclasses
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING, Optional

from .account_start import first_credited, start_month
from .money import ZERO, round_to
from .pension import (account_pension, account_pension_divisor, contribution_years,
                      indexed_basic_pension, whole_months)
from .pension_addons import AddonFigures, addons
from .policy.view import PolicyLookupError, PolicyView
from .provisional_base import companion_rule
from .replacement import replacement_wage
from .result import PensionBreakdown
from .retirement import Age
from .yearmonth import YearMonth

if TYPE_CHECKING:
    from .profile import Profile

RATIO = Decimal("0.0001")
#: an index as a formula used it, written out (PensionBreakdown.average_index_used)
USED = Decimal("1E-10")
PAID_WINDOW = "pension/transitional_paid_window"
LOW_INDEX = "pension/low_index_threshold"
NOTIONAL_DIVISOR = "pension/notional_account_divisor"
PHASE_IN = "pension/transitional_phase_in"
PHASE_IN_ROUNDING = "pension/transitional_phase_in_rounding"


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
    #: the month of ``last_wage`` (None: not known; taken as just before retirement)
    last_wage_month: Optional[YearMonth] = None
    deflator: Decimal = Decimal(1)
    pension_base: Optional[Decimal] = None  # user-given C; else the region's value
    #: 建账前缴费年限 (deemed included) when the user gives it; else derived (see below)
    pre_account_years: Optional[Decimal] = None
    #: 过渡性指数 when the user gives it (used where the region's rule asks for it)
    transitional_index: Optional[Decimal] = None
    work_start: Optional[YearMonth] = None
    #: history mode: the months paid according to the record (None: not known, e.g. before a
    #: statement); years before the account and in the paid window are counted from them
    record: Optional[frozenset] = None
    #: months of ``record`` before the account start that another region credited to its
    #: account (account_start.credited_elsewhere): not 建账前缴费年限 here
    credited_elsewhere: frozenset = frozenset()
    #: the minimum years for a monthly pension (None: not checked here)
    minimum_years: Optional[Decimal] = None
    #: 虚账实记 balance (上海), used where the region has pension/notional_account_divisor
    notional_account: Optional[Decimal] = None
    #: the month whose age sets the account divisor when not the retirement month (a late
    #: claim: the statutory month)
    divisor_month: Optional[YearMonth] = None
    #: the transitional pension by the region's former method (江苏 原办法), printed on the form;
    #: where the region phases the new method in (pension/transitional_phase_in)
    old_transitional: Optional[Decimal] = None
    #: personal statuses the user states (core.person.PERSONAL_STATUSES): add-ons reserved for
    #: them (``personal``) and pension/personal_transitional_coefficient apply
    personal: frozenset = frozenset()
    #: years worked in the region (a personal input; add-ons on region_years need it)
    region_years: Optional[Decimal] = None


@dataclass(frozen=True)
class Derived:
    """The derived inputs of the transitional pension, and how each was found."""

    pre_account_years: Decimal
    pre_account_source: str
    account_start: Optional[YearMonth]
    index: Decimal
    index_rule: str
    index_source: str
    #: the 过渡性指数 wherever a rule names it: the user's, else the region's fallback
    typed_index: Decimal
    typed_source: str
    counting: str  # pension/year_counting: years from months are rounded as it says


def years_of(months: Decimal, counting: str) -> Decimal:
    """Years from months for the transitional terms: to 2 decimals (months_2dp) or up to the
    half year (halves_up, 福建 建账前年限) where the region counts years so, else exact."""
    return contribution_years(months, counting if counting in ("months_2dp", "months_4dp",
                                                               "halves_up")
                              else "exact_months", None)


def transitional_inputs(profile: "Profile", months, retire: YearMonth) -> dict:
    """What the transitional pension needs beyond the figures: the user's 建账前缴费年限 and
    过渡性指数 (the profile's own, else the statement's; None: the region's rule derives them),
    the statement's 虚账实记 balance, the personal statuses stated, the work start, and the
    months the history records (not known before a statement)."""
    st = profile.statement
    pick = lambda name: getattr(profile, name) if getattr(profile, name) is not None \
        else (getattr(st, name) if st else None)  # noqa: E731
    return {"pre_account_years": pick("pre_account_years"),
            "transitional_index": pick("transitional_index"), "work_start": profile.work_start,
            "notional_account": st.notional_account if st else None,
            "personal": frozenset(profile.personal), "region_years": profile.region_years,
            "record": None if st else frozenset(m for m in months if m < retire)}


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


def pre_account_years(view: PolicyView, inputs: PensionInputs) -> tuple[Decimal, str, YearMonth]:
    """建账前缴费年限: the deemed years plus the years paid before the region's personal
    account opened (pension/account_start). Given > counted from the history > elapsed from
    the work start to the account start (at least the deemed years, at most all years) >
    the deemed years alone (source ``work_start_after_account`` when the work start is not
    before the account start, ``work_start_within_deemed`` when it adds nothing to the deemed
    years, ``deemed`` when neither a record nor a work start is known)."""
    start = start_month(view, inputs.region, inputs.retire)
    # months before the first credited one: the account start, or its back-fill's start
    credited = first_credited(view, inputs.region, inputs.retire)
    counting = view.value("pension/year_counting", inputs.region, inputs.retire)
    all_years = inputs.deemed_years + Decimal(inputs.actual_months) / 12
    if inputs.pre_account_years is not None:
        return inputs.pre_account_years, "given", start
    before = _count(inputs.record, None, credited + -1)
    if before:  # less those another region's account took (none counted twice)
        less = len(inputs.credited_elsewhere)
        return inputs.deemed_years + years_of(Decimal(before - less), counting), \
            "history_credited" if less else "history", start
    if inputs.work_start is not None:
        if inputs.work_start >= credited:  # began work after the account opened: nothing before
            return inputs.deemed_years, "work_start_after_account", start
        elapsed = years_of(Decimal(credited - inputs.work_start), counting)
        if elapsed > inputs.deemed_years:
            return min(elapsed, all_years), "work_start", start
        return inputs.deemed_years, "work_start_within_deemed", start
    return inputs.deemed_years, "deemed", start


def derive(view: PolicyView, inputs: PensionInputs, average: Decimal) -> Derived:
    """What the transitional pension counts for this person, from the region's rules."""
    value = lambda name: view.value(name, inputs.region, inputs.retire)  # noqa: E731
    years, years_source, start = pre_account_years(view, inputs)
    rule = value("pension/transitional_index_rule")
    if inputs.transitional_index is not None:
        typed, typed_source = inputs.transitional_index, "given"
    else:
        fallback = value("pension/transitional_index_fallback")
        typed, typed_source = _rule_index(fallback, average), "fallback"
    if rule == "transitional_index":
        index, source = typed, typed_source
    elif rule == "half_one_plus_average" and inputs.transitional_index is not None:
        # the typed index takes Ī's place (辽宁 沈阳: (1 + 建账前缴费指数) / 2)
        index, source = _rule_index(rule, inputs.transitional_index), "given"
    else:
        index, source = _rule_index(rule, average), "rule"
    return Derived(years, years_source, start, index, rule, source, typed, typed_source,
                   value("pension/year_counting"))


def _rule_index(rule: str, average: Decimal) -> Decimal:
    """Z for an index rule: 1, Ī, or (1 + Ī) / 2 (四川, 重庆: the basic pension's weighting)."""
    return {"one": Decimal(1), "average_index": average,
            "half_one_plus_average": (1 + average) / 2,
            "average_index_floor_one": max(Decimal(1), average)}[rule]


def low_index_factor(view: PolicyView, inputs: PensionInputs, index: Decimal) -> Decimal:
    """a in basic = C x (a + Ī) / 2 x N x 1%: Ī / threshold to 4 decimals when Ī is below the
    region's pension/low_index_threshold (广东: 0.6), else 1."""
    try:
        threshold = view.value(LOW_INDEX, inputs.region, inputs.retire) \
            if view.has(LOW_INDEX, inputs.region) else None
    except PolicyLookupError:  # not in force for this retirement month
        threshold = None
    if not threshold or index >= threshold:
        return Decimal(1)
    return (index / threshold).quantize(RATIO, rounding=ROUND_HALF_UP)


def paid_years_coefficient(view: PolicyView, inputs: PensionInputs, default: Decimal) -> Decimal:
    """k from pension/transitional_coefficient_by_paid_years where the region has it: the
    coefficient of the highest threshold of years actually paid that the person reaches (吉林:
    {0: 1.2%, 20: 1.4%}); else the region's transitional coefficient."""
    schedule = optional_rule(view, "pension/transitional_coefficient_by_paid_years", inputs, None)
    if not schedule:
        return default
    paid = Decimal(inputs.actual_months) / 12
    reached = [Decimal(k) for k in schedule if Decimal(k) <= paid]
    return Decimal(schedule[str(max(reached))]) if reached else default


def personal_coefficient(view: PolicyView, inputs: PensionInputs, default: Decimal) -> Decimal:
    """The transitional coefficient of a personal status the user states, where the region has
    one (pension/personal_transitional_coefficient, 宁夏 知识分子 1.43%); else ``default``."""
    table = optional_rule(view, "pension/personal_transitional_coefficient", inputs, None) \
        if inputs.personal else None
    found = [Decimal(str(table[s])) for s in sorted(inputs.personal) if table and s in table]
    return max(found) if found else default


def phase_in(view: PolicyView, inputs: PensionInputs, new: Decimal, rounding: str) -> Decimal:
    """The new method phased in over the former one where the region does so (江苏, 苏人社发
    〔2024〕4号: old + (new - old) x 40% / 70% / 100% in 2024 / 2025 / 2026 on; the form shows
    the share of the retirement month's year), when the former method's figure is given and is
    below the new one."""
    old = inputs.old_transitional
    if old is None or old >= new or not view.has(PHASE_IN, inputs.region):
        return new
    try:
        share = view.value(PHASE_IN, inputs.region, inputs.retire)
    except PolicyLookupError:  # before the phase-in began
        return new
    step = optional_rule(view, PHASE_IN_ROUNDING, inputs, None) if share < 1 else None
    if step:  # 江苏: the new figure, then the share of the excess, each up to the jiao
        new = round_to(new, step)
        return old + round_to((new - old) * share, step) if new > old else new
    return round_to(old + (new - old) * share, rounding)


def optional_rule(view: PolicyView, name: str, inputs: PensionInputs, default):
    """A rule only some regions have (pension/rounding_basic, pension/indexed_wage_base ...):
    its value in force at retirement, else ``default``."""
    if not view.has(name, inputs.region):
        return default
    try:
        return view.value(name, inputs.region, inputs.retire)
    except PolicyLookupError:  # not in force for this retirement month
        return default


def _count(record: Optional[frozenset], first: Optional[YearMonth], last: YearMonth) -> int:
    """How many recorded months fall in first..last (no first: from the start)."""
    if not record:
        return 0
    hi = last.index  # month numbers: no comparison method called per recorded month
    if first is None:
        return sum(1 for m in record if m.index <= hi)
    lo = first.index
    return sum(1 for m in record if lo <= m.index <= hi)


def _named_index(name: str, average: Decimal, derived: Derived) -> Decimal:
    """The index a rule names: the typed 过渡性指数 (else the fallback), or an index rule's Z."""
    if name == "transitional_index":
        return derived.typed_index
    return _rule_index(name, average)


def _window_years(inputs: PensionInputs, window: dict, counting: str) -> Decimal:
    """Years paid inside the paid window (Beijing G实 1992-10..1998-06): counted from the
    history in history mode; from statement figures, from the first paid month (the work start
    plus the service before the account, N同: the pre-account years, else the deemed years) or
    the window's start, whichever is later, to the window's end, at most the years actually
    paid."""
    first, last = YearMonth.parse(str(window["from"])), YearMonth.parse(str(window["to"]))
    if inputs.record is not None:  # history mode: the record is what was paid
        return years_of(Decimal(_count(inputs.record, first, last)), counting)
    if inputs.work_start is not None:
        before = inputs.pre_account_years if inputs.pre_account_years is not None \
            else inputs.deemed_years
        first = max(first, inputs.work_start + int(whole_months(before)))
    elif inputs.deemed_years <= 0 and not inputs.pre_account_years:
        return ZERO
    last = min(last, inputs.retire + -1)
    months = max(0, last - first + 1)
    return years_of(min(Decimal(months), Decimal(inputs.actual_months)), counting)


def _paid_window(view: PolicyView, inputs: PensionInputs) -> Optional[dict]:
    if not view.has(PAID_WINDOW, inputs.region):
        return None
    try:
        return view.value(PAID_WINDOW, inputs.region, inputs.retire)
    except PolicyLookupError:  # not in force for this retirement month
        return None


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
    if optional_rule(view, "pension/years_summed_in_months", inputs, False):
        # typed years become whole months before they are added up (天津: 23.92 + 9.42 ->
        # 287 + 113 = 400 months = 33年4月)
        total_months = whole_months(Decimal(inputs.actual_months) / 12) + \
            whole_months(inputs.deemed_years)
    years = contribution_years(total_months, counting, weight)
    index = combined_index(view, inputs)
    age = Age.between(inputs.birth, month)
    by_whole_years = optional_rule(view, "pension/divisor_by_whole_years", inputs, False)
    d_age = Age.between(inputs.birth, inputs.divisor_month) if inputs.divisor_month else age
    divisor = account_pension_divisor(value("pension/account_pension_divisor"),
                                      Age(d_age.years, 0) if by_whole_years else d_age)
    # the indexed wage on its own base where the region has one (河南: the city's), rounded to
    # the fen first where the region does so (pension/indexed_wage_rounding)
    wage_base = companion_rule(view, "pension/indexed_wage_base", inputs, base)
    fen_first = optional_rule(view, "pension/indexed_wage_rounding", inputs, "none")
    per_part = lambda part: optional_rule(view, f"pension/rounding_{part}", inputs, rounding)  # noqa: E731
    indexed_wage = round_to(wage_base * index, fen_first)
    factor = low_index_factor(view, inputs, index)
    basic = indexed_basic_pension(base, indexed_wage, years, per_part("basic"), factor)
    account = account_pension(inputs.balance, divisor, per_part("account"))
    coefficient = personal_coefficient(view, inputs, paid_years_coefficient(
        view, inputs, value("pension/transitional_coefficient")))
    derived = derive(view, inputs, index)
    years_rule = value("pension/transitional_years_rule")
    t_years = derived.pre_account_years if years_rule == "pre_account_years" \
        else inputs.deemed_years
    # the transitional pension on a base of its own where the region has one (河南 开封, 洛阳:
    # the city's, while the indexed wage stays on the provincial base)
    t_base = companion_rule(view, "pension/transitional_wage_base", inputs, wage_base)
    raw = round_to(t_base * derived.index, fen_first) * t_years * coefficient \
        if t_years > 0 else ZERO
    window = _paid_window(view, inputs)
    w_years = w_index = ZERO
    if window is not None:
        w_years = _window_years(inputs, window, derived.counting)
        w_index = _named_index(str(window.get("index", "average_index")), index, derived)
        # G同 and G实 are two lines of the form, each to the fen (北京 2022-08: 113.77 + 1383.07)
        part = per_part("transitional")
        raw = round_to(raw, part) + round_to(round_to(t_base * w_index, fen_first) * w_years *
                                             Decimal(window.get("coefficient", coefficient)), part)
    notional_divisor = optional_rule(view, NOTIONAL_DIVISOR, inputs, None)
    notional = None
    if notional_divisor and inputs.notional_account is not None:  # 上海: its own term
        notional = inputs.notional_account / notional_divisor
        raw += notional
    transitional = phase_in(view, inputs, round_to(raw, per_part("transitional")),
                            per_part("transitional"))
    payable = inputs.minimum_years is None or total_months >= inputs.minimum_years * 12
    extras = addons(view, inputs, AddonFigures(
        base, derived.pre_account_years, years, total_months, payable,
        (factor * base + indexed_wage) / 2, transitional, indexed_wage),
        lambda name: _named_index(name, index, derived))
    wage, wage_from = replacement_wage(view, inputs, base)
    total_rule = value("pension/total_rounding")
    total = round_to(basic + account + transitional + sum((e.amount for e in extras), ZERO),
                     total_rule)
    return PensionBreakdown(
        retirement_month=month, age_years=age.years, age_months=age.months, region=region,
        pension_base=base, pension_base_estimated=base_estimated,
        average_index=index.quantize(RATIO), average_index_used=index.quantize(USED),
        contribution_months=inputs.actual_months,
        deemed_years=inputs.deemed_years, contribution_years=years.quantize(RATIO),
        account_balance=inputs.balance, account_pension_divisor=divisor,
        basic_pension=basic, account_pension=account, transitional_pension=transitional,
        total=total, transitional_coefficient=coefficient,
        transitional_index=derived.index.quantize(RATIO),
        transitional_index_used=derived.index.quantize(USED),
        replacement_rate=(total / wage).quantize(RATIO) if wage else None,
        replacement_rate_vs_average=(total / base).quantize(RATIO) if base else ZERO,
        replacement_wage=wage, replacement_wage_from=wage_from,
        total_today=(total / inputs.deflator).quantize(Decimal("0.01")),
        transitional_index_rule=derived.index_rule, transitional_index_source=derived.index_source,
        transitional_years_rule=years_rule, transitional_years=t_years.quantize(RATIO),
        pre_account_years=derived.pre_account_years.quantize(RATIO),
        pre_account_source=derived.pre_account_source, account_start=derived.account_start,
        transitional_window_years=w_years.quantize(RATIO),
        transitional_window_index=w_index.quantize(RATIO), extra_pension=extras,
        total_rounding=total_rule, payable=payable, basic_base_factor=factor,
        indexed_wage=indexed_wage, indexed_wage_base=wage_base,
        notional_account=inputs.notional_account if notional is not None else None,
        notional_account_pension=notional.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        if notional is not None else None,
        notional_account_divisor=notional_divisor if notional is not None else None)
