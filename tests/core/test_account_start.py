"""Months before a region's personal account opened are counted once (pension/account_start).

The case a tester found: a 广东 history from 1996-07 credited 11 % to the pension account for
1996-07..1998-06 and also counted those two years as 建账前缴费年限. 广东 opened its accounts on
1998-07-01 (粤府〔1998〕21号 per the public calculator's 2026-07-22 建账时间核对报告, T) and its
forms count the paid years before 1998-07 in the transitional pension (韶关 2026-01: 视同 8.92 +
1998年6月前实际 5.98 = 14.90, github.com/liubigfatty/pension-calculator cases/guangdong/1.json):
so those months credit no account. A region that back-filled its accounts (补记) says so in
pension/account_backfill, and then those months are credited and not pre-account years.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from shebao_desktop.core.account_start import account_rate, first_credited
from shebao_desktop.core.contributions import HousingRates, month_contributions
from shebao_desktop.core.estimate import estimate
from shebao_desktop.core.policy.loader import PolicyData, default_policy_data
from shebao_desktop.core.policy.schema import ParameterFile
from shebao_desktop.core.policy.view import Override, PolicyView
from shebao_desktop.core.profile import Profile
from shebao_desktop.core.yearmonth import YearMonth

AS_OF = YearMonth(2026, 12)
BASE = Decimal(600)  # inside every band here, 1996-1999 (广东 1999-07 floor: 60% x 853 = 511.80)
RATE = "pension/personal_account_rate"
NO_HOUSING = HousingRates(None, None, False)


def _profile(region: str, first=(1996, 7), last=(1999, 12), **over) -> Profile:
    data = {"name": "t", "region": region, "birth": "1966-03", "gender": "male",
            "category": "worker", "deemed_years": "0",
            "history": [{"period": f"{y}-{m:02d}", "region": region, "amount": str(BASE)}
                        for y in range(1990, 2000) for m in range(1, 13)
                        if first <= (y, m) <= last],
            "future": {"continue_contributing": False}}
    data.update(over)
    return Profile.model_validate(data)


def _credited(e, year: int) -> Decimal:
    return next(y for y in e.years if y.year == year).contributions["pension"].to_personal_account


def _view(data=None, overrides=()) -> PolicyView:
    return PolicyView(data or default_policy_data(), {}, tuple(overrides))


def test_guangdong_credits_nothing_before_1998_07_and_counts_those_months_once():
    e = estimate(_profile("guangdong"), as_of=AS_OF)
    assert e.pension.account_start == YearMonth(1998, 7)
    assert _credited(e, 1996) == 0 and _credited(e, 1997) == 0
    # 1998: July to December only, 6 x 600 x 11 % = 396.00
    assert _credited(e, 1998) == (6 * BASE * Decimal("0.11")).quantize(Decimal("0.01"))
    assert _credited(e, 1999) == Decimal("792.00")  # 12 x 600 x 11 %
    # the 24 months 1996-07..1998-06 are the transitional years, and nothing else is
    assert e.pension.pre_account_source == "history"
    assert e.pension.pre_account_years == Decimal("2.0000")
    assert e.pension.transitional_years == Decimal("2.0000")


def test_every_paid_month_is_either_credited_or_a_pre_account_month():
    """Guangdong 1996-07..1999-12 at one base: credited months + pre-account months = paid."""
    e = estimate(_profile("guangdong"), as_of=AS_OF)
    monthly = BASE * Decimal("0.11")
    credited_months = sum(_credited(e, y) for y in range(1996, 2000)) / monthly
    paid = sum(y.months_contributed for y in e.years if y.year <= 1999)
    assert credited_months + e.pension.pre_account_years * 12 == paid == 42


def test_regions_opening_in_1996_01_credit_1996_as_before():
    e = estimate(_profile("sichuan"), as_of=AS_OF)
    assert _credited(e, 1996) == (6 * BASE * Decimal("0.11")).quantize(Decimal("0.01"))
    assert e.pension.pre_account_years == 0


@pytest.mark.parametrize("region, start", [("zhejiang", YearMonth(1998, 1)),
                                           ("hainan", YearMonth(1998, 1)),
                                           ("guangxi", YearMonth(1996, 7))])
def test_other_late_openers_follow_their_own_start(region, start):
    view = _view()
    assert first_credited(view, region, YearMonth(2026, 1)) == start
    assert account_rate(view, region, start + -1, RATE) == 0
    assert account_rate(view, region, start, RATE) == Decimal("0.11")


def test_where_the_transitional_pension_counts_deemed_years_only_paid_months_stay_credited():
    """天津 (account 1998-01, transitional = deemed years): the 1996-97 months are in no
    transitional term, so they keep their 11 % credit (no month dropped either)."""
    view = _view()
    assert view.value("pension/transitional_years_rule", "tianjin", YearMonth(2026, 1)) \
        == "deemed_years"
    assert account_rate(view, "tianjin", YearMonth(1997, 6), RATE) == Decimal("0.11")
    e = estimate(_profile("tianjin"), as_of=AS_OF)
    assert _credited(e, 1997) == Decimal("792.00") and e.pension.transitional_years == 0


def test_the_flexible_account_rate_follows_the_same_start():
    view = _view()
    result = month_contributions(view, "guangdong", YearMonth(1997, 3), "flexible", BASE,
                                 NO_HOUSING)
    assert result.pension_to_account == 0
    later = month_contributions(view, "guangdong", YearMonth(1999, 3), "flexible", BASE,
                                NO_HOUSING)
    assert later.pension_to_account > 0


def test_an_enacted_start_marks_no_estimate_even_for_months_before_its_dated_entry():
    """广东's start (entry dated 1997-01) decides 1996 months without a back-cast estimate."""
    view = _view()
    assert account_rate(view, "guangdong", YearMonth(1996, 8), RATE) == 0
    assert "pension/account_start" not in view.estimated_names


# -- a back-filled account (补记): credited from the back-fill, pre-account before it ---------
def _backfilled(rule: dict) -> PolicyData:
    base = default_policy_data()
    files = {region: dict(found) for region, found in base.files.items()}
    files["guangdong"]["pension/account_backfill"] = ParameterFile.model_validate({
        "description": "test: 补记", "description_en": "test back-fill", "unit": "schedule",
        "values": {"1997-01": {"value": rule, "status": "estimated", "method": "test"}}})
    return PolicyData(files, base.regions)


def test_a_backfill_credits_its_months_and_they_are_no_pre_account_years():
    data = _backfilled({"from": "1997-01", "rate": "0.05"})
    view = _view(data)
    assert first_credited(view, "guangdong", YearMonth(2026, 1)) == YearMonth(1997, 1)
    assert account_rate(view, "guangdong", YearMonth(1996, 12), RATE) == 0
    assert account_rate(view, "guangdong", YearMonth(1997, 1), RATE) == Decimal("0.05")
    assert account_rate(view, "guangdong", YearMonth(1998, 7), RATE) == Decimal("0.11")
    e = estimate(_profile("guangdong"), policy=data, as_of=AS_OF)
    assert _credited(e, 1996) == 0
    assert _credited(e, 1997) == (12 * BASE * Decimal("0.05")).quantize(Decimal("0.01"))
    assert e.pension.pre_account_years == Decimal("0.5000")  # 1996-07..12 only
    assert e.pension.account_start == YearMonth(1998, 7)  # the opening shown stays the same


def test_a_backfill_without_a_rate_credits_at_the_account_rate():
    view = _view(overrides=[Override("pension/account_backfill", {"from": "1996-01"},
                                     None, "guangdong")])
    assert account_rate(view, "guangdong", YearMonth(1996, 1), RATE) == Decimal("0.11")
    assert first_credited(view, "guangdong", YearMonth(2026, 1)) == YearMonth(1996, 1)


def test_work_start_counting_stops_at_the_first_credited_month():
    """Without a history (statement figures), the elapsed years run to the back-fill's start."""
    data = _backfilled({"from": "1997-01"})
    statement = {"as_of": "2025-12", "pension_balance": "90000", "contribution_years": "28",
                 "average_index": "1"}
    plain = estimate(_profile("guangdong", work_start="1994-01", statement=statement),
                     as_of=AS_OF).pension
    filled = estimate(_profile("guangdong", work_start="1994-01", statement=statement),
                      policy=data, as_of=AS_OF).pension
    assert plain.pre_account_source == filled.pre_account_source == "work_start"
    assert plain.pre_account_years == Decimal("4.5000")  # 1994-01..1998-06
    assert filled.pre_account_years == Decimal("3.0000")  # 1994-01..1996-12


def test_a_users_account_start_override_is_read_as_a_month_and_a_bad_one_is_explained():
    from shebao_desktop.core.errors import ProfileError

    def run(value):
        return estimate(_profile("guangdong", overrides=[
            {"parameter": "pension/account_start", "value": value}]), as_of=AS_OF)

    e = run("1997-01")
    assert e.pension.account_start == YearMonth(1997, 1)
    assert e.pension.pre_account_years == Decimal("0.5000")  # 1996-07..12
    assert _credited(e, 1997) == Decimal("792.00")
    with pytest.raises(ProfileError) as raised:
        run("soon")
    assert raised.value.code == "OVERRIDE_OUT_OF_RANGE"


def test_the_months_before_the_start_are_said_in_a_notice():
    """The year lines show 0.00 credited for 1996-07..1998-06: a notice says why (广东)."""
    e = estimate(_profile("guangdong"), as_of=AS_OF)
    said = [n for n in e.notices if n.code == "PAID_BEFORE_ACCOUNT_START"]
    assert len(said) == 1
    assert said[0].params == {"start": "1998-07", "years": "2.0000"}
    # 天津: the transitional pension counts deemed years only, the months stay credited: no notice
    tianjin = estimate(_profile("tianjin"), as_of=AS_OF)
    assert "PAID_BEFORE_ACCOUNT_START" not in {n.code for n in tianjin.notices}


def _mover(retire_region: str) -> Profile:
    """The new-user trial's woman worker: 广东 1995-07..2008-12, a gap, then the retiring region
    from 2011 (yearly rows as the window stores them)."""
    rows = [{"period": f"1995-{m:02d}", "region": "guangdong", "amount": "900"}
            for m in range(7, 13)]
    rows += [{"period": str(y), "region": "guangdong", "amount": "1500"} for y in range(1996, 2009)]
    rows += [{"period": str(y), "region": retire_region, "amount": "4000"}
             for y in range(2011, 2026)]
    return Profile.model_validate({
        "name": "李秀英", "region": retire_region, "birth": "1975-09", "gender": "female",
        "category": "worker", "deemed_years": "0", "work_start": "1995-07", "history": rows,
        "future": {"continue_contributing": False}})


def test_months_that_no_part_counts_are_said_with_the_years_to_enter():
    """四川 opened its accounts in 1996-01, 广东 in 1998-07: the 30 months 1996-01..1998-06 paid
    in 广东 went to no account there, and 四川's transitional pension counts only the months
    before its own start (1995-07..1995-12: 0.5 year). The figures stay the rules' as modelled;
    the notice names the months and the years the user can enter if the office counts them."""
    e = estimate(_mover("sichuan"), as_of=AS_OF)
    assert e.pension.account_start == YearMonth(1996, 1)
    assert e.pension.pre_account_years == Decimal("0.5")
    notes = [n for n in e.notices if n.code == "PRE_ACCOUNT_ELSEWHERE"]
    assert [n.params for n in notes] == [{
        "region": "guangdong", "from": "1996-01", "to": "1998-06", "months": "30",
        "start": "1998-07", "local_start": "1996-01", "years": "3.00"}]
    from shebao_desktop.presentation.messages import render
    text = render("PRE_ACCOUNT_ELSEWHERE", notes[0].params, "zh")
    assert "1996-01 至 1998-06 在广东省缴费的 30 个月" in text and "建账前缴费年限 3.00 年" in text
    assert "PRE_ACCOUNT_ELSEWHERE" not in render("PRE_ACCOUNT_ELSEWHERE", notes[0].params, "en")


def test_no_such_notice_when_the_months_count_somewhere():
    """Retiring in 广东 itself: the months before 1998-07 are its pre-account years (no notice);
    a history in one region never has it."""
    e = estimate(_mover("guangdong"), as_of=AS_OF)
    assert not [n for n in e.notices if n.code == "PRE_ACCOUNT_ELSEWHERE"]
    assert e.pension.pre_account_years == Decimal("3")
    assert not [n for n in estimate(_profile("guangdong"), as_of=AS_OF).notices
                if n.code == "PRE_ACCOUNT_ELSEWHERE"]


def _from_hunan(**over) -> Profile:
    """New-user trial 5's 广东 woman worker: paid in 湖南 1996-07..1999-12 (湖南: accounts from
    1996-01 by the national default, transitional pension on deemed years, so every month
    credited), then in 广东 from 2000 (accounts from 1998-07)."""
    rows = [{"period": f"1996-{m:02d}", "region": "hunan", "amount": "600"} for m in range(7, 13)]
    rows += [{"period": str(y), "region": "hunan", "amount": str(a)}
             for y, a in ((1997, 700), (1998, 800), (1999, 900))]
    rows += [{"period": str(y), "region": "guangdong", "amount": str(1500 + (y - 2000) * 400)}
             for y in range(2000, 2026)]
    data = {"name": "李芳", "region": "guangdong", "birth": "1976-05", "gender": "female",
            "category": "worker", "history": rows}
    data.update(over)
    return Profile.model_validate(data)


def test_months_another_region_credited_are_not_also_pre_account_years():
    """Trial 5: the 24 湖南 months 1996-07..1998-06 came before 广东 opened its accounts, and the
    year table credited them (1996: 404.63) while the transitional pension counted them as 2.0
    建账前 years (420.98 元/月): counted twice. They keep the credit and are not pre-account years;
    the notice names them and the years to enter if the form counts them (the figure then is
    the old one)."""
    e = estimate(_from_hunan(), as_of=YearMonth(2026, 11))
    assert e.years[0].year == 1996 and e.years[0].pension_account.closing == Decimal("404.63")
    assert e.pension.pre_account_years == Decimal("0") and e.pension.transitional_pension == Decimal("0")
    said = [n.params for n in e.notices if n.code == "CREDITED_ELSEWHERE"]
    assert said == [{"region": "hunan", "from": "1996-07", "to": "1998-06", "months": "24",
                     "local_start": "1998-07", "years": "2.00"}]
    assert "PAID_BEFORE_ACCOUNT_START" not in {n.code for n in e.notices}
    from shebao_desktop.presentation.messages import render
    assert "1996-07 至 1998-06 在湖南省缴费的 24 个月" in render("CREDITED_ELSEWHERE", said[0], "zh")
    assert "Hunan" in render("CREDITED_ELSEWHERE", said[0], "en")
    typed = estimate(_from_hunan(pre_account_years="2.00"), as_of=YearMonth(2026, 11))
    # the figure before the fix (420.98 while 广东's 1995-2013 average wages were back-cast from
    # 2014, about 40% too low: trial 8; with the published ones entered the index is 1.6428)
    assert typed.pension.transitional_pension == Decimal("397.07")
    assert not [n for n in typed.notices if n.code == "CREDITED_ELSEWHERE"]
    # the 广东 supplement is paid as far as it exceeds the transitional pension (top-up)
    assert sum(x.amount for x in e.pension.extra_pension) == Decimal("220.00")
    assert e.pension.total == Decimal("5858.01")  # 6010.34 with the back-cast averages
