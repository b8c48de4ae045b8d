"""The balance band runs on past the estimates' last year while an account is still paid out
(core.decide.bands): with more interest the high case's account outlasts the estimate's 20 years
after retirement, and the fan must not stop while it still holds money."""

from decimal import Decimal

from shebao_desktop.core.decide.bands import bands
from shebao_desktop.core.decide.walk import payout_years, view_for
from shebao_desktop.core.estimate import estimate
from shebao_desktop.core.profile import Profile
from shebao_desktop.core.yearmonth import YearMonth

AS_OF = YearMonth(2026, 1)


def lasting() -> Profile:
    """A Beijing woman (worker: retires at 50 + the delay, 2035-xx) who paid on 10,000 from 2018
    to 2025, assuming 5 % credited interest: her account outlasts the estimate's horizon."""
    return Profile.model_validate(dict(
        birth="1985-01", gender="female", region="beijing", category="worker",
        history=[{"period": str(y), "region": "beijing", "amount": "10000"}
                 for y in range(2018, 2026)],
        assumptions={"credited_interest_rate": "0.05"}))


def test_the_band_runs_until_every_account_is_empty():
    b = bands(lasting(), as_of=AS_OF)
    last = b.central.years[-1].year
    by_year = {y.year: y for y in b.balances}
    # the estimates stop with money left in the central and the high account
    assert by_year[last].central > 0 and by_year[last].high > 0
    after = [y for y in b.balances if y.year > last]
    assert after, "the band stops at the estimates' last year"
    assert [y.year for y in b.balances] == list(range(b.balances[0].year, after[-1].year + 1))
    # it ends at the first year all three are empty, and not before
    assert (after[-1].low, after[-1].central, after[-1].high) == (0, 0, 0)
    assert all(y.high > 0 for y in after[:-1])
    # the high case holds at least the central one's money while walked on
    assert all(y.low <= y.central <= y.high for y in after)
    # each year's deflator is at hand (today's money), the walked-on years' too
    assert set(b.deflators) == set(by_year)
    # below the minimum years nothing is paid: that account never empties and is not walked on
    short = Profile.model_validate(dict(
        birth="1976-05", gender="female", region="beijing", category="worker",
        history=[{"period": str(y), "region": "beijing", "amount": "10000"}
                 for y in range(2018, 2026)]))
    s = bands(short, as_of=AS_OF)
    assert s.central.retirement.shortfall_months > 0
    assert s.balances[-1].year == s.central.years[-1].year and s.balances[-1].high > Decimal(0)


def test_the_walked_on_years_follow_the_estimates_rules_and_the_estimates_are_unchanged():
    profile = lasting()
    b = bands(profile, as_of=AS_OF)
    plain = estimate(profile, as_of=AS_OF)
    assert b.central.years == plain.years and b.central.pension == plain.pension
    closing = {y.year: y.pension_account.closing for y in plain.years}
    by_year = {y.year: y for y in b.balances}
    for year, value in closing.items():
        assert by_year[year].central == value
    walked = {first // 12: balances[-1] for first, _l, _p, _d, balances
              in payout_years(profile, plain, view_for(profile, None, AS_OF))}
    for year, band in by_year.items():
        if year >= plain.retirement.chosen_month.year:
            assert band.central == walked[year]
    # a year walked on pays the account pension out of the balance (it falls)
    later = [by_year[y].high for y in sorted(by_year) if y >= plain.years[-1].year]
    assert len(later) > 1 and all(a > b_ for a, b_ in zip(later, later[1:]) if a > 0)
