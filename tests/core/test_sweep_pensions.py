"""``pensions_at_ages`` (what the retirement-age chart reads): for each retirement month, the
pension and the months short of the minimum that ``estimate(profile with retirement=month)``
states, to the fen, while walking no year after the last retirement year."""

import pytest

from shebao_desktop.core.errors import ProfileError
from shebao_desktop.core.estimate import estimate
from shebao_desktop.core.profile import Profile
from shebao_desktop.core.sweep import AgePension, pensions_at_ages, retirement_months
from shebao_desktop.core.yearmonth import YearMonth
from tests.core.test_sweep import _seven, _shapes

AS_OF = YearMonth(2026, 12)


def _more() -> dict[str, dict]:
    shapes = _shapes()  # the golden profiles (regions, genders, statement, flexible, monthly ...)
    # a window that opened before today: months already past and months to come
    shapes["past"] = {"name": "past", "region": "zhejiang", "birth": "1976-03",
                      "gender": "female", "category": "worker",
                      "history": [{"period": str(y), "region": "zhejiang", "amount": "7000"}
                                  for y in range(2000, 2027)]}
    # seven years paid: short of the minimum at every month (no pension payable)
    shapes["short"] = {"name": "short", "region": "guangdong", "birth": "1970-06",
                       "gender": "male", "category": "worker",
                       "history": [{"period": str(y), "region": "guangdong", "amount": "5000"}
                                   for y in range(2020, 2027)]}
    return shapes


@pytest.mark.parametrize("name", sorted(_more()))
def test_each_pension_equals_its_estimates(name):
    p = Profile.model_validate(_more()[name])
    months = _seven(p)
    got = pensions_at_ages(p, list(reversed(months)), as_of=AS_OF)  # any order in, that order out
    assert list(got) == list(reversed(months))
    for m in months:
        alone = estimate(p.model_copy(update={"retirement": m}), as_of=AS_OF)
        assert isinstance(got[m], AgePension)
        assert got[m].pension.model_dump() == alone.pension.model_dump(), (name, str(m))
        assert got[m].shortfall_months == alone.retirement.shortfall_months, (name, str(m))


def test_the_shapes_cover_past_months_and_shortfalls():
    past = Profile.model_validate(_more()["past"])
    assert min(_seven(past)) <= AS_OF < max(_seven(past))
    short = Profile.model_validate(_more()["short"])
    got = pensions_at_ages(short, _seven(short), as_of=AS_OF)
    assert all(a.shortfall_months > 0 and not a.pension.payable for a in got.values())
    assert all(a.pension.total > 0 for a in got.values())  # what it would be


def test_month_outside_window_is_refused():
    p = Profile.model_validate(_more()["woman"])
    w = retirement_months(p, as_of=AS_OF)
    with pytest.raises(ProfileError):
        pensions_at_ages(p, [w.statutory_month, w.latest_month + 1], as_of=AS_OF)
    assert pensions_at_ages(p, [], as_of=AS_OF) == {}


def test_no_year_after_retirement_is_walked(monkeypatch):
    """Each branch stops at the end of its retirement year; nothing is finished into an
    Estimate and no month is estimated alone (rows all end before the earliest month)."""
    import shebao_desktop.core.decide.branching as branching

    def refuse(*args, **kwargs):
        raise AssertionError("a whole estimate was made")

    monkeypatch.setattr(branching, "estimate", refuse)
    monkeypatch.setattr(branching, "finish", refuse)
    walked = []
    real_year = branching.Walk.year_line

    def counting(self, year):
        walked.append(year)
        return real_year(self, year)

    monkeypatch.setattr(branching.Walk, "year_line", counting)
    p = Profile.model_validate(_more()["woman"])
    months = _seven(p)
    got = pensions_at_ages(p, months, as_of=AS_OF)
    assert len(got) == len(months) and walked
    assert max(walked) == max(months).year
    # the years before the last retirement year: walked once (the common walk)
    assert all(walked.count(y) == 1 for y in set(walked) if y < min(months).year)
