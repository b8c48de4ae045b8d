"""A back-cast contribution band keeps the rules' relation between its edges and its average.

The case a new user found: a 广东 woman with a 2002 wage of 3,000 got 缴费指数 3.08 (3.0769).
The back-cast average for 2001-07..2002-06 was 975, so the 300 % ceiling was 2,925; but the
ceiling was back-cast on its own from 2022-07 (x the caliber factor 1.2) to 3,246 while the
average was back-cast from 2014-07, and the base was not capped. Before an edge's first
recorded month the edge is now ratio x the band's own average (contributions._edge), whether
that average is published or back-cast. (Since trial 8 广东's averages are published from
1995-07: 2002's are 1,152 and 1,307, and its back-cast months are those before 1995-07.)
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from shebao_desktop.core.contributions import (HousingRates, contribution_band,
                                               month_contributions)
from shebao_desktop.core.estimate import estimate
from shebao_desktop.core.policy.derivation import SCALED
from shebao_desktop.core.policy.loader import default_policy_data
from shebao_desktop.core.policy.view import PolicyView
from shebao_desktop.core.profile import Profile
from shebao_desktop.core.yearmonth import YearMonth

AS_OF = YearMonth(2026, 11)
CEILING, FLOOR = "contribution_base/ceiling", "contribution_base/floor"


def _view() -> PolicyView:
    return PolicyView(default_policy_data(), {"average_wage_growth": Decimal("0.05")})


def _first_band_ratio(region: str, name: str) -> Decimal:
    """edge / average of the region's earliest recorded band that has both, from the data."""
    data = default_policy_data()
    edge = data.find(name, region)[1]
    average = data.find("average_wage", region)[1]
    anchor = max(next(iter(edge.values)), next(iter(average.values)))
    return (edge.values[data.start_of(edge, anchor)].value
            / average.values[data.start_of(average, anchor)].value)


def test_the_guangdong_2002_wage_of_4000_is_capped_at_three_times_the_average():
    wages = {2002: 4000, 2003: 4200, 2004: 4400}
    profile = Profile.model_validate({
        "name": "广东女工1980", "region": "guangdong", "birth": "1980-03", "gender": "female",
        "category": "worker", "deemed_years": "0",
        "history": [{"period": str(y), "region": "guangdong", "amount": str(w)}
                    for y, w in wages.items()],
        "future": {"continue_contributing": False}})
    e = estimate(profile, as_of=AS_OF)
    line = next(y for y in e.years if y.year == 2002)
    assert line.average_index == Decimal("3.0000")
    view = _view()
    for m in range(1, 13):
        band = contribution_band(view, "guangdong", YearMonth(2002, m))
        average = Decimal(1152) if m < 7 else Decimal(1307)  # 2000's and 2001's, published
        assert band.average_wage == average and not band.average_estimated
        assert band.ceiling == 3 * average  # the edge back-cast from 2022-07 kept to its ratio
        assert band.edges_estimated and band.estimated  # still marked as estimates
        month = month_contributions(view, "guangdong", YearMonth(2002, m), "worker",
                                    Decimal(4000), HousingRates(None, None, False))
        assert month.base == 3 * average and month.index == Decimal(3)
        assert ("BASE_CAPPED_AT_CEILING", {"ceiling": str(3 * average)}) in month.notices
    assert line.average_base == (6 * 3 * Decimal(1152) + 6 * 3 * Decimal(1307)) / 12


@pytest.mark.parametrize("region, month", [
    ("guangdong", YearMonth(1993, 3)), ("guangdong", YearMonth(1994, 9)),
    ("guangdong", YearMonth(1995, 6)), ("dongguan", YearMonth(1994, 1)),
    ("hubei", YearMonth(2000, 3)), ("hubei", YearMonth(2022, 12)),
    ("jiangsu", YearMonth(2012, 5)), ("shandong", YearMonth(2016, 8)),
    ("zhongshan", YearMonth(1993, 1)), ("beijing", YearMonth(1991, 6)),
    ("shanghai", YearMonth(1993, 2)), ("huangshi", YearMonth(2008, 4)),
    ("shiyan", YearMonth(2001, 11)),
])
def test_a_backcast_ceiling_over_its_average_is_the_earliest_recorded_bands_ratio(region, month):
    band = contribution_band(_view(), region, month)
    assert band.average_estimated and band.edges_estimated
    ratio = _first_band_ratio(region, CEILING)
    # to the yuan the edge is rounded to (广东: 24930 / 8310 = 3; 黄石: 湖北's 22467 over its own
    # 6805 = 3.30; before, the two back-casts drifted apart: 广东 3.33, 湖北 3.10, 江苏 2.98)
    assert abs(band.ceiling - band.average_wage * ratio) <= 1


@pytest.mark.parametrize("region, month, ratio", [
    # the average and the floor from one region's files: its floor_ratio (60 %), as over its
    # published averages before the first recorded floor (广东 2014-07..2025-06, 北京 to 2019-06)
    ("guangdong", YearMonth(2002, 1), Decimal("0.6")),
    ("hubei", YearMonth(2010, 1), Decimal("0.6")),
    ("beijing", YearMonth(1990, 1), Decimal("0.6")),
    # a city's own floor over its province's average: that first recorded band's ratio
    ("shenzhen", YearMonth(2003, 5), Decimal(2360) / Decimal(8310)),
    ("guangzhou", YearMonth(2016, 5), Decimal(4588) / Decimal(8310)),
    ("hangzhou", YearMonth(2011, 2), Decimal(3957) / Decimal(7437)),
])
def test_a_backcast_floor_keeps_its_ratio_to_the_average(region, month, ratio):
    band = contribution_band(_view(), region, month)
    assert band.floor == (band.average_wage * ratio).quantize(Decimal(1))
    assert band.edges_estimated


def test_the_ratio_does_not_jump_where_the_first_published_average_begins_and_edges_stay():
    view = _view()
    before = contribution_band(view, "guangdong", YearMonth(1995, 6))  # back-cast average
    after = contribution_band(view, "guangdong", YearMonth(1995, 7))  # published 593
    assert before.average_estimated and not after.average_estimated
    for band in (before, after):
        assert band.ceiling == (3 * band.average_wage).quantize(Decimal(1))
        assert band.floor == (Decimal("0.6") * band.average_wage).quantize(Decimal(1))
    # the months from an edge's first recorded one on keep their figures
    assert contribution_band(view, "guangdong", YearMonth(2022, 7)).ceiling == Decimal(24930)
    assert contribution_band(view, "guangdong", YearMonth(2025, 7)).floor == Decimal(4775)
    assert contribution_band(view, "shenzhen", YearMonth(2022, 7)).floor == Decimal(2360)
    hubei = contribution_band(view, "hubei", YearMonth(2024, 3))
    assert (hubei.floor, hubei.ceiling) == (Decimal(4007), Decimal(22467))


def test_a_backcast_edge_lists_the_published_band_it_scales_not_an_own_backcast():
    """深圳 2003: the floor is 2360/8310 of that month's average; the parameters used show the
    2022-07 floor and average it rests on (its first recorded band), and no back-cast of the
    floor itself."""
    view = _view()
    contribution_band(view, "shenzhen", YearMonth(2003, 5))
    floors = [p for p in view.parameters_used() if p.name == FLOOR]
    # the data's own first entry (third-party, so itself marked estimated), not a derivation
    assert [(p.region, str(p.effective_from), p.value, type(p.method)) for p in floors] == [
        ("shenzhen", "2022-07", Decimal(2360), str)]
    assert not any(p.name.startswith("contribution_base/") and p.estimated
                   and getattr(p.method, "kind", None) == SCALED
                   for p in view.parameters_used())
    averages = {(str(p.effective_from), p.status) for p in view.parameters_used()
                if p.name == "average_wage"}
    assert ("2022-07", "enacted") in averages


def test_a_users_ceiling_from_a_later_month_leaves_earlier_months_to_the_rule():
    from shebao_desktop.core.policy.view import Override
    view = PolicyView(default_policy_data(), {"average_wage_growth": Decimal("0.05")},
                      (Override(CEILING, Decimal(30000), YearMonth(2026, 1), "guangdong"),))
    assert contribution_band(view, "guangdong", YearMonth(2026, 3)).ceiling == Decimal(30000)
    assert contribution_band(view, "guangdong", YearMonth(2002, 3)).ceiling == Decimal(3456)
