"""New-user trial 14: a Shanghai man with 14 years paid and 20 needed read "缴到退休才满最低 20 年"
(card), "缴到退休才满足" (计算过程, every comparison column, the PDF), as if he must pay until 2051;
the months to come reach the minimum in 2032. Each now says until when."""

from __future__ import annotations

from shebao_desktop.core.estimate import estimate
from shebao_desktop.core.yearmonth import YearMonth
from shebao_desktop.gui.explain import explain_html
from shebao_desktop.gui.report import _results_html
from shebao_desktop.core.profile import Profile
from tests.core.test_golden_estimates import AS_OF, _profiles


def _shanghai() -> Profile:
    return Profile.model_validate(_profiles()["shanghai"])


def test_the_month_the_months_to_come_reach_the_minimum():
    r = estimate(_shanghai(), as_of=AS_OF).retirement
    # 167 months paid before 2026-12 (13.92 years), 240 needed: the 73rd month from 2026-12
    assert r.minimum_years == 20 and not r.minimum_paid
    assert round(r.years_recorded * 12) == 167
    assert r.minimum_reached_month == YearMonth(2026, 12) + 72 == YearMonth(2032, 12)
    assert r.chosen_month == YearMonth(2053, 5)
    # paid already, or short at retirement: no such month
    woman = estimate(Profile.model_validate(_profiles()["woman"]), as_of=AS_OF).retirement
    assert woman.minimum_paid and woman.minimum_reached_month is None
    # a comparison column reads the same off its walk (core.decide.branching)
    from shebao_desktop.core.decide.compare import compare
    [column] = compare(_shanghai(), [YearMonth(2053, 5)], as_of=AS_OF)
    assert column.minimum_reached_month == YearMonth(2032, 12)


def test_each_place_says_until_when(window):
    session = window.session
    session.load(_shanghai(), None)
    session.recompute()
    e = session.estimate
    assert "缴到 2032-12 满最低 20 年" in window.results.years_card.detail.text()
    assert "缴到 2032-12 满足" in explain_html(session.profile, e)
    assert "缴到 2032-12 满足（退休时累计" in _results_html(e, None, session.profile)
    assert "缴到退休才满" not in window.results.years_card.detail.text()
