"""One month's contributions to the five insurances and the housing fund.

Pension and medical bases are the wage clamped to the region's band (国办发〔2019〕13号); the
housing fund base is clamped to the city's own band (《住房公积金管理条例》 art. 16). Employee
and employer shares, and what reaches a personal account, all come from the policy data.
Unemployment, work-injury and maternity insurance have no personal account (《社会保险法》
arts. 33, 44, 53): their ``to_personal_account`` is always zero.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from .account_start import account_rate
from .money import ZERO, clamp, fen, round_to
from .policy.view import ParamValue, PolicyLookupError, PolicyView
from .result import InsuranceAmounts
from .yearmonth import YearMonth

INSURANCES = ("pension", "medical", "unemployment", "injury", "maternity", "housing_fund")


@dataclass(frozen=True, slots=True)
class Band:
    floor: Decimal
    ceiling: Decimal
    average_wage: Decimal
    estimated: bool
    #: the average wage alone (it sets the index whatever the wage); the band edges matter only
    #: when they bind
    average_estimated: bool = False
    edges_estimated: bool = False

    def rests_on_estimate(self, amount: Decimal) -> bool:
        """Whether a base of ``amount`` and its index rest on an estimated figure."""
        binds = amount < self.floor or amount > self.ceiling
        return self.average_estimated or (binds and self.edges_estimated)


@dataclass(slots=True)
class MonthResult:
    """One month's contributions. Memoised by month (``Walk.contributions``): the months of a
    year that share a band and a base share one ``band``, ``lines`` (and its amounts), ``index``
    and ``medical_to_account`` object (``_shared``), not one each (~4 KB a month, ~1,000 months
    after a start and the print's bands)."""

    month: YearMonth
    region: str
    employment: str
    base: Decimal
    index: Decimal
    band: Band
    lines: dict[str, InsuranceAmounts]
    notices: tuple[tuple[str, dict], ...] = ()
    medical_to_account: Decimal = ZERO

    @property
    def pension_to_account(self) -> Decimal:
        return self.lines["pension"].to_personal_account

    @property
    def housing_deposit(self) -> Decimal:
        return self.lines["housing_fund"].to_personal_account


def _first_band_ratio(view: PolicyView, name: str, region: str, first: YearMonth) -> Decimal:
    """The edge ``name`` over the average wage in the region's earliest recorded band that has
    both: the edge's first recorded month, or the average's first if that is later. Taken from
    the data's entries (a user's value changes no ratio); the two are noted among the parameters
    used, as the figures the estimated edge rests on."""
    average_file = view.data.find("average_wage", region)[1]
    anchor = max(first, next(iter(average_file.values)))
    kept = view.kept()
    key = ("first band ratio", name, region, anchor)
    ratio = kept.get(key)
    if ratio is None:
        figures = []
        for wanted in (name, "average_wage"):
            pfile = view.data.find(wanted, region)[1]
            entry = pfile.values[view.data.start_of(pfile, anchor)]
            if entry is None:
                raise PolicyLookupError(wanted, region, anchor, "no recorded band to scale")
            figures.append(Decimal(entry.value))
        ratio = kept[key] = figures[0] / figures[1]
    for wanted in (name, "average_wage"):
        if not any(o.name == wanted for o in view.overrides):
            view.get(wanted, region, anchor)  # noted: a recorded figure, the same whatever month
    return ratio


def _edge(view: PolicyView, name: str, ratio_name: str, region: str, month: YearMonth,
          average: ParamValue) -> tuple[Decimal, bool]:
    """A band edge (``contribution_base/floor`` or ``ceiling``) and whether it is estimated.

    From its first recorded month on (or where the user gives one) it is the recorded value.
    Before it, the edge is an estimate, and it keeps the relation to the average wage that the
    rules state (个人缴费基数上下限 = 60 %-300 % of the average, 国办发〔2019〕13号 and the 1990s
    rules before it): the edge is ratio x the band's own average wage of that month, published or
    itself back-cast, never an independent back-cast of the edge. Back-cast separately, the two
    rest on different anchors (广东: the average from 2014-07 at the pre-2019 caliber, the
    ceiling from 2022-07 x caliber factor 1.2), and a 2002 wage of 3000 got index 3.08 over a
    ceiling of 3246 against 3 x 975 = 2925. The ratio:

    * where the edge and the average come from the same region's files, the region's
      ``floor_ratio``/``ceiling_ratio`` (60 %/300 %): its published average sets its band
      (Beijing 2018-07: 3 x 8467 = 25401, not the 2019 ceiling carried back), and the months
      before its first published average continue that band, so the ratio never jumps there;
    * where they come from different files (a city's own floor over its province's average, a
      province's ceiling over a city's own average: 深圳 floor 2360 over 广东 8310), the ratio of
      the earliest recorded band that has both (``_first_band_ratio``).

    Figures of months from the edge's first recorded one on are unchanged.
    """
    if not view.data.has(name, region):  # no edge recorded: ratio x average
        if view.overridden(name, region, month):
            return view.value(name, region, month), False
        return _times(average, view.value(ratio_name, region, month)), True
    source, pfile = view.data.find(name, region)
    first = next(iter(pfile.values))
    if month >= first or view.overridden(name, region, month):
        found = view.get(name, region, month)
        return found.value, found.estimated
    if source == average.region:
        return _times(average, view.value(ratio_name, region, month)), True
    return _times(average, _first_band_ratio(view, name, region, first)), True


def _times(average: ParamValue, ratio: Decimal) -> Decimal:
    return (average.value * ratio).quantize(Decimal(1))


def contribution_band(view: PolicyView, region: str, month: YearMonth) -> Band:
    average = view.get("average_wage", region, month)
    floor, floor_est = _edge(view, "contribution_base/floor", "contribution_base/floor_ratio",
                             region, month, average)
    ceiling, ceil_est = _edge(view, "contribution_base/ceiling",
                              "contribution_base/ceiling_ratio", region, month, average)
    return Band(floor, ceiling, average.value, average.estimated or floor_est or ceil_est,
                average.estimated, floor_est or ceil_est)


def housing_fund_base(view: PolicyView, region: str, month: YearMonth, wage: Decimal,
                      average_wage: Decimal) -> Decimal:
    floor = view.value("housing_fund/floor", region, month) \
        if view.has("housing_fund/floor", region) else ZERO
    if view.has("housing_fund/ceiling", region):
        ceiling = view.value("housing_fund/ceiling", region, month)
    else:
        ceiling = (average_wage * view.value("housing_fund/ceiling_ratio", region, month)
                   ).quantize(Decimal(1))
    return clamp(wage, floor, ceiling)


def _amounts(employee: Decimal, employer: Decimal, to_account: Decimal = ZERO) -> InsuranceAmounts:
    return InsuranceAmounts(employee=fen(employee), employer=fen(employer),
                            to_personal_account=fen(to_account))


@dataclass(frozen=True)
class HousingRates:
    employee: Decimal | None
    employer: Decimal | None
    enabled: bool


def month_contributions(view: PolicyView, region: str, month: YearMonth, employment: str,
                        amount: Decimal, housing: HousingRates) -> MonthResult:
    with view.quiet():  # counted below, where the figures rest on it
        band = contribution_band(view, region, month)
    if band.rests_on_estimate(amount):
        view.estimated_names.add("contribution_base" if band.edges_estimated and not
                                 band.average_estimated else "average_wage")
    base = clamp(amount, band.floor, band.ceiling)
    notices: list[tuple[str, dict]] = []
    if amount < band.floor:
        notices.append(("BASE_RAISED_TO_FLOOR", {"floor": str(band.floor)}))
    elif amount > band.ceiling:
        notices.append(("BASE_CAPPED_AT_CEILING", {"ceiling": str(band.ceiling)}))
    v = lambda name: view.value(name, region, month)  # noqa: E731 - local shorthand
    lines: dict[str, InsuranceAmounts] = {}
    medical_rate = v("medical/employee_rate")
    if employment == "flexible":
        lines["pension"] = _amounts(base * v("pension/flexible_rate"), ZERO,
                                    base * account_rate(view, region, month,
                                                        "pension/flexible_account_rate"))
        medical_account = base * medical_rate * v("medical/account_employee_share")
        lines["medical"] = _amounts(base * v("medical/flexible_rate"), ZERO, medical_account)
        lines["unemployment"] = _amounts(base * v("unemployment/flexible_rate"), ZERO)
        lines["injury"] = _amounts(ZERO, ZERO)
        lines["maternity"] = _amounts(ZERO, ZERO)
        lines["housing_fund"] = _amounts(ZERO, ZERO)
    else:
        lines["pension"] = _amounts(base * v("pension/employee_rate"),
                                    base * v("pension/employer_rate"),
                                    base * account_rate(view, region, month,
                                                        "pension/personal_account_rate"))
        medical_account = (base * medical_rate * v("medical/account_employee_share")
                           + base * v("medical/account_employer_rate"))
        lines["medical"] = _amounts(base * medical_rate + v("medical/employee_fixed"),
                                    base * v("medical/employer_rate"), medical_account)
        lines["unemployment"] = _amounts(base * v("unemployment/employee_rate"),
                                         base * v("unemployment/employer_rate"))
        lines["injury"] = _amounts(base * v("injury/employee_rate"),
                                   base * v("injury/employer_rate"))
        lines["maternity"] = _amounts(base * v("maternity/employee_rate"),
                                      base * v("maternity/employer_rate"))
        lines["housing_fund"] = _housing(view, region, month, amount, band, housing)
    return _shared(view, MonthResult(month, region, employment, base, base / band.average_wage,
                                     band, lines, tuple(notices), fen(medical_account)))


def _shared(view: PolicyView, result: MonthResult) -> MonthResult:
    """``result`` with its band, lines (and their amounts) and figures replaced by the equal ones
    an earlier month of the same cache made, if any (``PolicyView.kept``): the same values (a
    Decimal by its exact text, so 1.0 and 1.00 stay apart), fewer objects."""
    kept = view.kept()
    band, lines = result.band, result.lines
    result.band = kept.setdefault(
        ("band", str(band.floor), str(band.ceiling), str(band.average_wage), band.estimated,
         band.average_estimated, band.edges_estimated), band)
    texts = [(str(a.employee), str(a.employer), str(a.to_personal_account))
             for a in lines.values()]
    key = ("lines", *lines, *texts)
    found = kept.get(key)
    if found is None:  # a new set of lines: each insurance's amounts shared with other sets
        found = kept[key] = {name: kept.setdefault(("amounts", *text), amounts)
                             for (name, amounts), text in zip(lines.items(), texts)}
    result.lines = found
    result.index = kept.setdefault(("figure", str(result.index)), result.index)
    result.medical_to_account = kept.setdefault(("figure", str(result.medical_to_account)),
                                                result.medical_to_account)
    return result


def _housing(view: PolicyView, region: str, month: YearMonth, amount: Decimal,
             band: Band, housing: HousingRates) -> InsuranceAmounts:
    if not housing.enabled:
        return _amounts(ZERO, ZERO)
    low = view.value("housing_fund/rate_min", region, month)
    high = view.value("housing_fund/rate_max", region, month)
    employee_rate = clamp(housing.employee if housing.employee is not None else low, low, high)
    employer_rate = clamp(housing.employer if housing.employer is not None else employee_rate,
                          low, high)
    with view.quiet():
        hf_base = housing_fund_base(view, region, month, amount, band.average_wage)
    if hf_base != amount and any(  # the fund's floor or ceiling binds: its figures rest on it
            view.get(name, region, month).estimated for name in
            ("housing_fund/floor", "housing_fund/ceiling") if view.has(name, region)):
        view.estimated_names.add("housing_fund/base")
    rounding = view.value("housing_fund/rounding", region, month)
    employee = round_to(hf_base * employee_rate, rounding)
    employer = round_to(hf_base * employer_rate, rounding)
    return InsuranceAmounts(employee=employee, employer=employer,
                            to_personal_account=employee + employer)
