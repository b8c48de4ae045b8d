"""An estimate that starts from the last walk's snapshots (core/walk_cache.py) equals, to the
fen and in every field, the estimate walked from the first year; and it walks fewer years when
only a late year changed."""

from __future__ import annotations

from decimal import Decimal

import pytest

from shebao_desktop.core import walk
from shebao_desktop.core.estimate import estimate, make_view
from shebao_desktop.core.policy.loader import default_policy_data
from shebao_desktop.core.profile import Profile
from shebao_desktop.core.yearmonth import YearMonth
from tests.core.test_sweep import _shapes

AS_OF = YearMonth(2026, 12)


def _forget(p: Profile) -> None:
    make_view(p, default_policy_data(), AS_OF)._cache.walk_record = None


def _from_the_start(p: Profile):
    _forget(p)
    return estimate(p, as_of=AS_OF)


def _with_row(p: Profile, n: int, **change) -> Profile:
    rows = list(p.history)
    rows[n] = rows[n].model_copy(update=change)
    return p.model_copy(update={"history": rows})


def _edits(p: Profile) -> dict[str, Profile]:
    edits = {"same": p}
    if p.history:
        last = len(p.history) - 1
        for label, n in (("first row", 0), ("middle row", last // 2), ("last row", last)):
            edits[label] = _with_row(p, n, amount=p.history[n].amount + Decimal("123.45"))
        edits["row removed"] = p.model_copy(update={"history": list(p.history)[:-1]})
        edits["region of a row"] = _with_row(p, last // 2, region="tianjin")
    edits["medical spending"] = p.model_copy(update={"assumptions": p.assumptions.model_copy(
        update={"medical_monthly_spending": Decimal("90")})})
    edits["housing rate"] = p.model_copy(update={"housing_fund": p.housing_fund.model_copy(
        update={"employee_rate": Decimal("0.10")})})
    if p.statement is not None:
        edits["statement balance"] = p.model_copy(update={"statement": p.statement.model_copy(
            update={"pension_balance": p.statement.pension_balance + 1000})})
    return edits


@pytest.mark.parametrize("name", sorted(_shapes()))
def test_an_estimate_after_any_edit_equals_one_from_the_start(name):
    base = Profile.model_validate(_shapes()[name])
    for label, edited in _edits(base).items():
        _forget(base)
        estimate(base, as_of=AS_OF)  # the walk the next one may start from
        after = estimate(edited, as_of=AS_OF)
        assert after.model_dump() == _from_the_start(edited).model_dump(), (name, label)


def test_a_late_edit_walks_only_the_years_from_it(monkeypatch):
    p = Profile.model_validate(_shapes()["woman"])  # 1998-2026, a year a row
    estimate(p, as_of=AS_OF)
    walked: list[int] = []
    real = walk.Walk.year_line
    monkeypatch.setattr(walk.Walk, "year_line",
                        lambda self, year: walked.append(year) or real(self, year))
    late = _with_row(p, len(p.history) - 1, amount=p.history[-1].amount + 10)  # 2026
    e = estimate(late, as_of=AS_OF)
    assert walked[0] == 2026 and walked == list(range(2026, e.years[-1].year + 1))
    assert [y.year for y in e.years][0] == 1998  # the earlier lines are the recorded ones
    walked.clear()
    _forget(late)
    estimate(late, as_of=AS_OF)
    assert walked[0] == 1998  # nothing to start from: the whole walk
