"""A look-up keeps its answer for the following months it holds for (view.PolicyView.get:
to the next dated entry, a yearly value to its year's end, a projection year by year, a
back-cast to its year's end, its first month's month or the next wage caliber): a cold 45-year estimate asked ~11,000 months one by one (issue 10:
the first estimate after a start, 166 -> 83 ms CPU). Each month's answer must be the one it
gets asked alone."""

from __future__ import annotations

from decimal import Decimal

import pytest

from shebao_desktop.core.policy.loader import NATIONAL, default_policy_data
from shebao_desktop.core.policy.lookups import LookupCache
from shebao_desktop.core.policy.view import Override, PolicyView
from shebao_desktop.core.yearmonth import YearMonth

ASSUMPTIONS = {"average_wage_growth": Decimal("0.03"), "credited_interest_rate": Decimal("0.015"),
               "inflation": Decimal("0.02"), "own_wage_growth": Decimal("0.03"),
               "pension_adjustment": Decimal("0.02")}
NAMES = ("pension/employee_rate", "pension/employer_rate", "medical/employee_rate",
         "medical/account_employee_share", "unemployment/employee_rate", "injury/employer_rate",
         "pension/credited_interest_rate", "statistics/urban_average_wage",
         # back-cast before their first recorded month: by year, by the first month's month and
         # by the wage caliber in force (view._backcast_until)
         "average_wage", "contribution_base/floor", "contribution_base/ceiling",
         "housing_fund/floor", "housing_fund/ceiling")
MONTHS = [YearMonth(1990, 1) + n for n in range(12 * 75)]  # 1990-01 .. 2064-12


def _alone(data, name, region, month, overrides=()):
    """The answer for ``month`` from a view that never asked another month."""
    return PolicyView(data, ASSUMPTIONS, overrides, LookupCache()).get(name, region, month)


def _shown(found):
    return (found.key, found.method, found.reference)


@pytest.mark.parametrize("region", ["beijing", "shanghai", "guangdong", "shenzhen", "hubei",
                                    NATIONAL])
def test_every_month_asked_in_order_gets_the_answer_it_gets_alone(region):
    data = default_policy_data()
    names = [n for n in NAMES if data.has(n, region)]
    assert len(names) >= 5
    view = PolicyView(data, ASSUMPTIONS, (), LookupCache())
    checked = 0
    for name in names:
        for month in MONTHS:
            try:
                alone = _alone(data, name, region, month)
            except Exception as exc:  # noqa: BLE001 - then asked in order it fails the same way
                with pytest.raises(type(exc)):
                    view.get(name, region, month)
                continue
            assert _shown(view.get(name, region, month)) == _shown(alone), (name, month)
            checked += 1
    assert checked > 2000


def test_a_span_never_runs_over_a_users_value_that_starts_later():
    data = default_policy_data()
    overrides = (Override("pension/employee_rate", Decimal("0.07"), YearMonth(2030, 7)),)
    view = PolicyView(data, ASSUMPTIONS, overrides, LookupCache())
    got = [view.get("pension/employee_rate", "beijing", m).value
           for m in (YearMonth(2029, 1) + n for n in range(36))]
    assert got[:18] == [Decimal("0.08")] * 18 and got[18:] == [Decimal("0.07")] * 18


def test_a_month_before_the_first_asked_gets_a_new_table_not_a_shifted_one():
    data = default_policy_data()
    cache = LookupCache()
    view = PolicyView(data, ASSUMPTIONS, (), cache)
    view.get("pension/employee_rate", "beijing", YearMonth(2020, 1))
    before = cache.values["pension/employee_rate", "beijing"]
    answers = list(before.answers)
    view.get("pension/employee_rate", "beijing", YearMonth(2001, 6))
    after = cache.values["pension/employee_rate", "beijing"]
    assert after is not before and before.answers == answers  # a reader of the old one is safe
    assert after.first == YearMonth(2001, 6).index
    assert _shown(view.get("pension/employee_rate", "beijing", YearMonth(2001, 6))) == _shown(
        _alone(data, "pension/employee_rate", "beijing", YearMonth(2001, 6)))


def test_a_back_cast_takes_the_caliber_of_its_period_start():
    """A caliber factor changing in an April (a region's own caliber file may): a back-cast
    covers its whole period (July to June in a region first published in a July), so the months
    up to June keep the caliber the period began with and the next period takes the new one;
    asked in order as alone."""
    from shebao_desktop.core.policy.loader import PolicyData
    from shebao_desktop.core.policy.view import CALIBER_FACTOR
    base = default_policy_data()
    caliber = base.files[NATIONAL][CALIBER_FACTOR]
    dates = list(caliber.values)
    mid = YearMonth(2005, 4)  # not the first recorded month's month (07): a bound of its own
    values = {**{m: caliber.values[m] for m in dates if m < mid},
              mid: caliber.values[dates[0]].model_copy(update={"value": Decimal("1.5")}),
              **{m: caliber.values[m] for m in dates if m > mid}}
    files = {region: dict(found) for region, found in base.files.items()}
    files[NATIONAL][CALIBER_FACTOR] = caliber.model_copy(update={"values": values})
    data = PolicyData(files, base.regions)
    view = PolicyView(data, ASSUMPTIONS, (), LookupCache())
    region, name = "jilin", "average_wage"  # back-cast before 2024-07 (广东 is published from 1995-07)
    months = [YearMonth(2005, 1) + n for n in range(12)]
    got = [_shown(view.get(name, region, m)) for m in months]
    assert got == [_shown(_alone(data, name, region, m)) for m in months]
    unchanged = [_shown(_alone(base, name, region, m)) for m in months]
    assert got[:6] == unchanged[:6] and len({g[0][4] for g in got[:6]}) == 1  # one period
    assert got[6][0][4] != unchanged[6][0][4]  # the period from July takes the new caliber
    assert str(view.get(name, region, YearMonth(2005, 3)).effective_from) == "2004-07"
