"""``estimate(profile, policy, as_of)``: the year-by-year projection and the pension.

Pure: no clock, no files, no Qt. Months drive everything; years are the report's unit.
"""

from __future__ import annotations

import math
from decimal import Decimal
from operator import attrgetter
from typing import Optional

from .account_start import credited_elsewhere, uncredited_elsewhere
from .contributions import housing_fund_base
from .cancel import checkpoint
from .drawing_place import years_by_province
from .errors import ProfileError
from .money import ZERO
from .plan import Plan, build_plan
from .policy.loader import NATIONAL, PolicyData, default_policy_data
from .policy.view import Override, PolicyView, shared_cache
from .profile import Profile
from .result import (AtRetirement, Estimate, MonthlyContributions, Notice, ParameterUsed,
                     PensionBreakdown, RetirementInfo)
from .retirement import Age, RetirementWindow, minimum_years, open_months, retirement_window
from .walk import Walk
from .summary import summary
from .yearmonth import YearMonth

#: what a region must publish (itself or through its parent) for an estimate
REQUIRED_REGIONAL = ("average_wage", "pension_base")
#: estimated values that change no account balance or pension (employer-only costs, small
#: employee costs) and rules: a year's ※ does not rest on them (they are still listed with
#: their methods in the explanation)
EMPLOYER_ONLY = ("pension/employer_rate", "medical/employer_rate", "unemployment/employer_rate",
                 "injury/", "maternity/", "medical/employee_fixed", "unemployment/employee_rate",
                 # rules rather than figures: stated in the explanation, not marked per year
                 "pension/interest_convention", "pension/rounding", "pension/total_rounding",
                 "housing_fund/rounding", "housing_fund/rate_max", "housing_fund/rate_min",
                 "pension/retired_account_interest", "pension/transitional_index_fallback",
                 "pension/deemed_years_index", "medical/retiree_credit_rate")
_INDEX = attrgetter("index")  # a month's number: months compared without a call
ASSUMPTIONS = ("average_wage_growth", "own_wage_growth", "credited_interest_rate", "inflation",
               "pension_adjustment")


def make_view(profile: Profile, data: PolicyData, as_of: YearMonth) -> PolicyView:
    """A policy view with the profile's assumptions (or the data's defaults) and overrides."""
    overrides = tuple(Override(o.parameter, o.value, o.from_month, o.region)
                      for o in profile.overrides)
    defaults = PolicyView(data, {}, overrides, shared_cache(data, {}, overrides))
    assumptions = {}
    for name in ASSUMPTIONS:
        own = getattr(profile.assumptions, name)
        assumptions[name] = own if own is not None else \
            defaults.value(f"assumptions/{name}", NATIONAL, as_of)
    view = PolicyView(data, assumptions, overrides, shared_cache(data, assumptions, overrides))
    view.uncounted = EMPLOYER_ONLY
    view.used.update(defaults.used)
    return view


def check_regions(profile: Profile, data: PolicyData) -> None:
    if profile.region not in data.regions:
        raise ProfileError("region", "UNKNOWN_REGION", f"unknown region '{profile.region}'",
                           region=profile.region)
    for name in REQUIRED_REGIONAL:
        if not data.has(name, profile.region):
            raise ProfileError("region", "REGION_DATA_INCOMPLETE",
                               f"region '{profile.region}' has no {name} data",
                               region=profile.region)
    for number, row in enumerate(profile.history):
        if row.region not in data.regions:
            raise ProfileError(f"history.{number}.region", "UNKNOWN_REGION",
                               f"unknown region '{row.region}'", region=row.region)


def resolve_retirement(profile: Profile, view: PolicyView) -> tuple[RetirementWindow, YearMonth]:
    window = retirement_window(profile.birth, profile.retirement_group, profile.region, view)
    chosen = profile.retirement or window.statutory_month
    if not window.earliest_month <= chosen <= window.latest_month:
        raise ProfileError("retirement", "RETIREMENT_OUTSIDE_WINDOW",
                           f"{chosen} is outside the allowed window "
                           f"{window.earliest_month} to {window.latest_month}",
                           earliest=str(window.earliest_month), latest=str(window.latest_month))
    return window, chosen


def _monthly_breakdown(run: Walk) -> Optional[MonthlyContributions]:
    """The contributions of this month (the first paid month from ``as_of`` on, else the last)."""
    retire, as_of = run.retire.index, run.as_of.index  # months compared as numbers
    months = [m for m in run.plan.months if m.index < retire]
    if not months:
        return None
    later = [m for m in months if m.index >= as_of]
    month = min(later, key=_INDEX) if later else max(months, key=_INDEX)
    work = run.plan.months[month]
    result = run.contributions(month, work)  # memoised: the walk computed it already
    housing = result.lines.get("housing_fund")
    with run.view.quiet():  # the fund's own band (trial 20: 5 % of the wage, not of the base)
        fund_base = housing_fund_base(run.view, work.region, month, work.amount,
                                      result.band.average_wage) if housing and housing.employee else None
    return MonthlyContributions(
        month=month, region=work.region, base=result.base, lines=result.lines,
        housing_fund_base=fund_base,
        total_employee=sum((a.employee for a in result.lines.values()), ZERO),
        total_employer=sum((a.employer for a in result.lines.values()), ZERO))


def estimate(profile: Profile, policy: Optional[PolicyData] = None, *,
             as_of: YearMonth) -> Estimate:
    """Project ``profile`` from its history or statement, month by month, to retirement and
    ``walk.YEARS_AFTER_RETIREMENT`` years beyond, and compute the pension at retirement."""
    checkpoint()  # a decision view's computation asked to stop (core/cancel.py)
    data = policy or default_policy_data()
    check_regions(profile, data)
    view = make_view(profile, data, as_of)
    window, retire = resolve_retirement(profile, view)
    plan = build_plan(profile, as_of, retire, view)
    run = Walk(profile, view, as_of, window, retire, plan)
    return finish(profile, data, run, run.run())


def years_at_retirement(profile: Profile, pension: PensionBreakdown) -> Decimal:
    """Contribution years at retirement: the months paid plus the deemed years, to 0.01."""
    months = Decimal(pension.contribution_months) + profile.deemed_years * 12
    return (months / 12).quantize(Decimal("0.01"))


def _recorded_months(profile: Profile, plan: Plan, as_of: YearMonth,
                     pension: PensionBreakdown) -> Decimal:
    before = as_of.index
    recorded = sum(1 for month, work in plan.months.items()
                   if not work.projected and month.index < before)
    statement = profile.statement.contribution_months if profile.statement else 0
    return min(Decimal(recorded) + statement, Decimal(pension.contribution_months)) \
        + profile.deemed_years * 12


def years_recorded(profile: Profile, plan: Plan, as_of: YearMonth,
                   pension: PensionBreakdown) -> Decimal:
    """Of the contribution years at retirement, those paid before ``as_of`` by the records and
    the statement (deemed years included), to 0.01: not the months continuing contributions
    count (``Work.projected``) nor the planned rows of ``as_of`` and later."""
    return (_recorded_months(profile, plan, as_of, pension) / 12).quantize(Decimal("0.01"))


def minimum_reached_month(profile: Profile, plan: Plan, as_of: YearMonth,
                          pension: PensionBreakdown, required: Decimal) -> Optional[YearMonth]:
    """The month whose contribution brings the years to ``required`` when those paid before
    ``as_of`` do not and the months to come (projected or planned, in order) do."""
    missing = required * 12 - _recorded_months(profile, plan, as_of, pension)
    if missing <= 0:
        return None
    before = as_of.index
    to_come = sorted(month for month, work in plan.months.items()
                     if work.projected or month.index >= before)
    wanted = math.ceil(missing)  # whole months: 13.5 missing is reached with the 14th
    return to_come[wanted - 1] if wanted <= len(to_come) else None


def years_projected(profile: Profile, plan: Plan, as_of: YearMonth,
                    pension: PensionBreakdown) -> Decimal:
    """The rest of the years at retirement, to 0.01 of their own months (74 months: 6.17, not
    29.58 - 23.42 = 6.16 of two rounded figures; new-user trial 12)."""
    total = Decimal(pension.contribution_months) + profile.deemed_years * 12
    return ((total - _recorded_months(profile, plan, as_of, pension)) / 12).quantize(Decimal("0.01"))


def finish(profile: Profile, data: PolicyData, run: Walk, years: list) -> Estimate:
    """The estimate of a walk that has reached its last year (``years``: its year lines)."""
    checkpoint()
    view, window, retire, as_of = run.view, run.window, run.retire, run.as_of
    assert run.pension is not None
    pension = run.pension
    required = minimum_years(window, retire, profile.region, view)
    shortfall = run.shortfall
    notices = run.notices
    if shortfall:
        notices.append(("BELOW_MINIMUM_YEARS", {"required": str(required),
                                                "shortfall_months": str(shortfall)}))
        if retire < window.statutory_month:
            notices.append(("EARLY_RETIREMENT_NEEDS_MINIMUM_YEARS", {}))
    if profile.retirement is not None and retire <= as_of < window.latest_month \
            and not _within(retire, open_months(profile, window, as_of)):
        # a month chosen earlier that is now past: retiring cannot be in the past (unless it is
        # the month one did retire in: the statutory month past, nothing paid since, open_months)
        notices.append(("RETIREMENT_MONTH_IN_PAST", {
            "month": str(retire), "as_of": str(as_of),
            "earliest": str(max(window.earliest_month, as_of + 1))}))
    if profile.retirement is None and window.statutory_month <= as_of:
        # the default month is past: a retirement the person did not state (trial 9)
        paid = [m for m in profile.placed_months(as_of).months if m < as_of]
        last = max([*paid, *([profile.statement.as_of] if profile.statement else [])], default=None)
        notices.append(("RETIRED_AT_STATUTORY_ASSUMED", {  # records after it: said (trial 19)
            "month": str(window.statutory_month),
            **({"paid_until": str(last), "women": str(int(profile.gender == "female"))}
               if last is not None and last >= window.statutory_month else {})}))
    paid_before = pension.pre_account_years - pension.deemed_years
    from_record = pension.pre_account_source in ("history", "history_credited")
    if (pension.account_start is not None and from_record
            and pension.transitional_years_rule == "pre_account_years" and paid_before > 0):
        # those months went to no account (core/account_start.py): say so, with the start
        notices.append(("PAID_BEFORE_ACCOUNT_START", {"start": str(pension.account_start),
                                                      "years": str(paid_before)}))
    if from_record and pension.transitional_years_rule == "pre_account_years":
        def entered(count: int) -> str:  # the 建账前缴费年限 to enter if the office counts them
            return str((pension.pre_account_years + Decimal(count) / 12).quantize(Decimal("0.01")))
        # months that went to no account elsewhere and are not pre-account years here
        for other, first, last, count, start in uncredited_elsewhere(view, run.plan.months,
                                                                     profile.region, retire):
            notices.append(("PRE_ACCOUNT_ELSEWHERE", {
                "region": other, "from": str(first), "to": str(last), "months": str(count),
                "start": str(start), "local_start": str(pension.account_start),
                "years": entered(count)}))
        # months before the local start that another region's account took (not counted here)
        for other, months in credited_elsewhere(view, run.plan.months, profile.region, retire):
            notices.append(("CREDITED_ELSEWHERE", {
                "region": other, "from": str(months[0]), "to": str(months[-1]),
                "months": str(len(months)), "local_start": str(pension.account_start),
                "years": entered(len(months))}))
    provinces = years_by_province(data, run.plan.months)
    if len(provinces) > 1:  # where the pension is drawn is not this estimate's to decide
        notices.append(("PAID_IN_SEVERAL_PROVINCES", {
            "region": profile.region,
            "provinces": ",".join(f"{p}={years}" for p, years in provinces.items()),
            "projected": "1" if any(m > as_of for m in run.plan.months) else "0"}))
    if pension.extra_pension and retire > as_of:
        # a regional add-on is today's rule: that it still applies at retirement is assumed
        notices.append(("ADDONS_UNDER_CURRENT_RULES", {
            "count": len(pension.extra_pension), "month": str(retire),
            "amount": pension.extra_total}))
    info = RetirementInfo(
        group=window.group, old_age_month=window.old_age_month,
        statutory_month=window.statutory_month,
        statutory_age=Age.between(profile.birth, window.statutory_month),
        delay_months=window.delay_months, earliest_month=window.earliest_month,
        latest_month=window.latest_month, chosen_month=retire,
        chosen_age=Age.between(profile.birth, retire), minimum_years=required,
        years_at_retirement=years_at_retirement(profile, pension),
        years_recorded=years_recorded(profile, run.plan, as_of, pension),
        years_projected=years_projected(profile, run.plan, as_of, pension),
        minimum_reached_month=None if shortfall else minimum_reached_month(
            profile, run.plan, as_of, pension, required),
        shortfall_months=shortfall)
    parameters, said = _parameters(view.parameters_used(), data.records)
    notices.extend(said)
    return Estimate.model_construct(  # every part is already a typed, validated value
        as_of=as_of, retirement=info,
        at_retirement=AtRetirement(pension_account=pension.account_balance,
                                   medical_account=run.medical_at_retirement,
                                   housing_fund=run.housing_at_retirement), pension=pension, years=years,
        monthly_contributions=_monthly_breakdown(run),
        inheritable_at_retirement=pension.account_balance,
        parameters=parameters, notices=_dedupe(notices), **summary(profile, view, parameters))


def _dedupe(notices: list[tuple[str, dict]]) -> list[Notice]:
    seen, out = set(), []
    for code, params in notices:
        # most parameters dicts are the memoised ones of a year's paid months, given estimate
        # after estimate: their set of items and their Notices are kept with them
        known = _BY_PARAMS.get(id(params))
        if known is None or known[0] is not params:
            if len(_BY_PARAMS) > 20_000:
                _BY_PARAMS.clear()
            known = _BY_PARAMS[id(params)] = (params, frozenset(params.items()), {})
        key = (code, known[1])  # the same parameters in any order
        if key not in seen:
            seen.add(key)
            notice = known[2].get(code)
            if notice is None:
                notice = known[2][code] = _notice(code, params)
            out.append(notice)
    return out


#: id(parameters dict) -> (the dict, kept alive: its id stays its own; its items as a set;
#: code -> its Notice)
_BY_PARAMS: dict[int, tuple] = {}


def _notice(code: str, params: dict) -> Notice:
    """The Notice of ``code`` and ``params``, made once (the same notices come estimate after
    estimate; a Notice is frozen)."""
    key = (code, tuple(params.items()))
    found = _NOTICES.get(key)
    if found is None:
        if len(_NOTICES) > 20_000:
            _NOTICES.clear()
        found = _NOTICES[key] = Notice(code=code, params={k: str(v) for k, v in params.items()})
    return found


#: (code, parameters in their order) -> Notice
_NOTICES: dict[tuple, Notice] = {}


def _parameters(answers: tuple, records: dict) -> tuple[list[ParameterUsed], list]:
    """The records of ``answers`` and the notices they give (estimated values, overrides),
    made once per tuple of answers (the view hands the same tuple for the same answers)."""
    known = _BY_ANSWERS.get(id(answers))
    if known is None or known[0] is not answers:
        parameters = [_parameter_used(p, records) for p in answers]
        said: list[tuple[str, dict]] = []
        estimated = sorted({p.name for p in parameters if p.status == "estimated"})
        if estimated:
            said.append(("USES_ESTIMATED_VALUES", {"names": ",".join(estimated)}))
        said.extend(("OVERRIDE_USED", {"name": p.name, "value": str(p.value)})
                    for p in parameters if p.status == "override")
        if len(_BY_ANSWERS) > 64:
            _BY_ANSWERS.clear()
        known = _BY_ANSWERS[id(answers)] = (answers, parameters, said)
    return list(known[1]), [(code, dict(params)) for code, params in known[2]]


#: id(tuple of answers) -> (that tuple, its records, its notices)
_BY_ANSWERS: dict[int, tuple] = {}


def _parameter_used(p, records: dict) -> ParameterUsed:
    """The output record of a looked-up value, made once per distinct dated entry of the data
    set (the same value is looked up in many months and many estimates). The key is the whole
    entry, its reference included: two data sets citing different sources never share one."""
    known = _BY_ANSWER.get(id(p))
    if known is not None and known[0] is p:  # the same answer object: its record
        return known[1]
    key = (*p.key, p.method, p.reference)
    record = records.get(key)
    if record is None:
        if len(records) > 100_000:
            records.clear()
        record = records[key] = _make_parameter_used(p)
    if len(_BY_ANSWER) > 100_000:
        _BY_ANSWER.clear()
    _BY_ANSWER[id(p)] = (p, record)  # the answer is kept alive with it: its id stays its own
    return record


#: answer object id -> (answer, record): most answers come from one cache estimate after estimate
_BY_ANSWER: dict[int, tuple] = {}


def _make_parameter_used(p) -> ParameterUsed:
    ref = p.reference
    # model_construct: the values come from validated policy data, and there are thousands
    return ParameterUsed.model_construct(
        name=p.name, region=p.region, effective_from=p.effective_from, value=p.value,
        status=p.status, title=ref.title if ref else None, number=ref.number if ref else None,
        url=ref.url if ref else None, confidence=ref.confidence if ref else None,
        method=p.method)


def _within(month: YearMonth, months: tuple[YearMonth, YearMonth]) -> bool:
    return months[0] <= month <= months[1]
