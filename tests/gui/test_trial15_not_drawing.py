"""New-user trial 15: a man in 四川 paid nothing after 2015 and is short of the minimum years, so
no pension is paid; yet from his retirement year the year table said 退休 and his medical account
was credited the retiree allocation every year (13,979.75 in 2031 -> 30,605.76 in 2052). The
allocation goes with a pension paid: below the minimum the account only earns its interest, and
those years read 未领取."""

from __future__ import annotations

from decimal import Decimal

from shebao_desktop.core.estimate import estimate
from shebao_desktop.storage.year_phase import year_phase
from tests.gui.test_trial12_short_of_minimum import AS_OF, _short


def test_no_retiree_credit_without_a_pension():
    e = estimate(_short(), as_of=AS_OF)
    assert not e.pension.payable
    after = [y for y in e.years if y.year > e.retirement.chosen_month.year]
    assert after and all(y.pension_paid == 0 for y in after)
    for y in after:  # the year's interest only: no deposit
        account = y.medical_account
        assert account.closing - account.opening == account.interest, y.year
        assert account.interest < account.opening * Decimal("0.05")
    # paying until the minimum, the same man is credited from his retirement
    paying = _short().model_copy(update={"future": _short().future.model_copy(
        update={"continue_contributing": True})})
    paid = estimate(paying, as_of=AS_OF)
    later = [y for y in paid.years if y.year > paid.retirement.chosen_month.year]
    assert paid.pension.payable and later[0].medical_account.closing - later[0].medical_account.opening \
        > later[0].medical_account.interest


def test_those_years_read_not_drawing(window):
    e = estimate(_short(), as_of=AS_OF)
    phases = {y.year: year_phase(y) for y in e.years}
    retire = e.retirement.chosen_month.year
    assert phases[retire - 1] == "not_paid" and phases[retire] == phases[retire + 1] == "not_drawing"
    from shebao_desktop.gui.labels import phase_labels
    assert phase_labels()["not_drawing"] == "未领取"
