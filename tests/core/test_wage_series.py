"""Regional average-wage and pension-base series across the 2019 caliber switch: published
pre-2019 figures are used as published, and a back-cast never exceeds the published year that
follows it (issue 8, issue 9 item 5)."""

from decimal import Decimal

import pytest

from shebao_desktop.core.policy.loader import default_policy_data
from shebao_desktop.core.policy.view import PolicyView
from shebao_desktop.core.yearmonth import YearMonth as YM

GROWTH = {"average_wage_growth": Decimal("0.03"), "credited_interest_rate": Decimal("0.02")}
DATA = default_policy_data()
SERIES = ("average_wage", "pension_base")
#: (region, quantity) for every region that publishes the quantity itself
FILES = sorted((slug, name) for slug, files in DATA.files.items() if slug != "national"
               for name in SERIES if name in files)


def _view() -> PolicyView:
    return PolicyView(DATA, GROWTH)


def _first_published(region: str, name: str) -> YM:
    """The first value in the file (the one a back-cast starts from)."""
    values = DATA.files[region][name].values
    return min(m for m, e in values.items() if e is not None)


# Shanghai's published averages (statistic year -> yuan a month), used from April of the next year
SHANGHAI = {2012: 4692, 2013: 5036, 2014: 5451, 2015: 5939, 2016: 6504, 2017: 7132}


@pytest.mark.parametrize("year", sorted(SHANGHAI))
def test_shanghai_indices_2013_to_2018_rest_on_the_published_averages(year):
    found = _view().get("average_wage", "shanghai", YM(year + 1, 6))
    assert found.value == Decimal(SHANGHAI[year]) and found.status == "enacted"
    assert found.reference is not None and found.reference.url


def test_shanghai_pension_base_before_2019_is_the_previous_years_average():
    assert _view().value("pension_base", "shanghai", YM(2018, 6)) == Decimal(7132)
    assert _view().value("pension_base", "shanghai", YM(2013, 6)) == Decimal(4692)


@pytest.mark.parametrize("region,name", FILES)
def test_a_backcast_never_exceeds_the_following_published_year(region, name):
    view = _view()
    first = _first_published(region, name)
    published = view.get(name, region, first).value
    for year in range(1992, first.year + 1):
        month = YM(year, first.month) if year < first.year else first + -1
        if month >= first:
            continue
        found = view.get(name, region, month)
        if found.status == "estimated":
            assert found.value <= published, (region, name, month, found.value, published)


@pytest.mark.parametrize("region,name", FILES)
def test_the_series_does_not_fall_across_the_caliber_switch_unless_published(region, name):
    """Where the first post-2019 figure is published and the year before is back-cast, the
    back-cast must not exceed it (a fall is only accepted when both sides are published, as
    Beijing's 8467 -> 7855)."""
    view = _view()
    after = YM(2019, 12)
    before = after + -12
    try:
        post, pre = view.get(name, region, after), view.get(name, region, before)
    except Exception:  # a series that starts after 2019 is covered by the test above
        pytest.skip("no value in 2019")
    if post.status == "enacted" and pre.status == "estimated":
        assert pre.value <= post.value, (region, name, pre.value, post.value)


def test_shanghai_is_non_decreasing_across_the_caliber_switch():
    view = _view()
    values = [view.value("average_wage", "shanghai", YM(y, 6)) for y in range(2013, 2021)]
    assert values == sorted(values)
    assert view.value("average_wage", "shanghai", YM(2018, 6)) < \
        view.value("average_wage", "shanghai", YM(2019, 6))


def test_backcast_is_capped_and_says_so():
    """Where the national index and the 1.2 caliber factor alone would put a pre-2019 year above
    the first published value (a series starting in 2019-2020), the back-cast is held at that
    value and its method says so."""
    view = _view()
    capped = 0
    for region, name in FILES:
        first = _first_published(region, name)
        for year in range(2010, min(first.year, 2019)):
            found = view.get(name, region, YM(year, first.month))
            if getattr(found.method, "capped", False):
                capped += 1
                assert found.value == view.value(name, region, first)
    assert capped > 0


def test_a_gap_across_the_caliber_switch_is_backcast_from_the_later_value():
    """Shanghai publishes pension bases to 2018 (in-post caliber) and from 2020 (all-urban); 2019
    is estimated from 2020 by the national index, not grown forward from the old series."""
    found = _view().get("pension_base", "shanghai", YM(2019, 6))
    assert found.status == "estimated" and str(found.method.start) == "2020-01"
    assert Decimal(7132) < found.value <= Decimal(9580)


def test_before_the_first_recorded_band_a_published_average_sets_the_band():
    """Beijing and Shanghai record band edges only from 2019; before, their published averages
    with the 60%/300% rule set the band, not the 2019 edges carried back (Beijing 2018-07:
    5080 / 25401; Shanghai 2017-04: 3902 / 19512)."""
    from shebao_desktop.core.contributions import contribution_band
    beijing = contribution_band(_view(), "beijing", YM(2018, 10))
    assert (beijing.floor, beijing.ceiling) == (Decimal(5080), Decimal(25401))
    shanghai = contribution_band(_view(), "shanghai", YM(2017, 6))
    assert (shanghai.floor, shanghai.ceiling) == (Decimal(3902), Decimal(19512))
    later = contribution_band(_view(), "beijing", YM(2019, 10))  # recorded edges still win
    assert (later.floor, later.ceiling) == (Decimal(3613), Decimal(23565))


def test_a_shanghai_workers_indices_2013_to_2018_use_the_published_averages():
    """Issue 9 item 5: a Shanghai worker on 6000 a month. Shanghai's contribution year ran from
    April, so calendar year Y mixes three months of the average of Y-2 and nine of Y-1."""
    from shebao_desktop.core.estimate import estimate
    from shebao_desktop.core.profile import Profile
    rows = [{"period": str(y), "region": "shanghai", "amount": "6000"} for y in range(2013, 2019)]
    profile = Profile.model_validate({"schema_version": 1, "name": "t", "birth": "1980-01",
                                      "gender": "male", "category": "worker",
                                      "region": "shanghai", "history": rows})
    lines = {line.year: line for line in estimate(profile, as_of=YM(2026, 1)).years}
    published = {2011: 4331, **SHANGHAI}
    wage = Decimal(6000)
    for year in range(2013, 2019):
        early, late = Decimal(published[year - 2]), Decimal(published[year - 1])
        expected = (3 * wage / early + 9 * wage / late) / 12
        assert abs(lines[year].average_index - expected) < Decimal("0.0001"), year


def test_a_region_may_carry_its_own_caliber_factor():
    """A region whose pre-2019 averages are known to match the all-urban series can set its own
    statistics/caliber_factor; its back-cast then uses it instead of the national 1.2."""
    from shebao_desktop.core.policy.loader import PolicyData, load_yaml
    from shebao_desktop.core.policy.schema import ParameterFile
    own = ParameterFile.model_validate(load_yaml(
        'description: 口径系数\ndescription_en: caliber factor\nunit: ratio\nvalues:\n'
        '  "1950-01": {value: 1, status: estimated, method: "this region: no caliber change"}\n',
        "test.yaml"))
    files = {slug: dict(named) for slug, named in DATA.files.items()}
    files["anhui"]["statistics/caliber_factor"] = own
    mine = PolicyView(PolicyData(files, DATA.regions), GROWTH).get("average_wage", "anhui", YM(2015, 3))
    national = _view().get("average_wage", "anhui", YM(2015, 3))
    assert national.method.factor is not None and mine.method.factor is None  # x 1: none
    assert mine.value < national.value
