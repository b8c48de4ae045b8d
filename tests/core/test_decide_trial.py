"""Issue 11, a new user's trial of the decision tools: what it found in the core, each pinned.

The 广东 case: a female worker born 1976-08 (women workers' original age 50, raised under
人社部发〔2024〕94号; elective retirement up to three years earlier than the statutory month but
not before the original age: the window's earliest month 2026-08). Asked in 2026-12, the
comparison offered 2026-08 -- a month already past."""

import json
from decimal import Decimal


from shebao_desktop.cli import main
from shebao_desktop.core.decide.compare import compare, default_months, earliest_ahead
from shebao_desktop.core.estimate import estimate
from shebao_desktop.core.profile import Profile
from shebao_desktop.core.sweep import retirement_months
from shebao_desktop.core.yearmonth import YearMonth

AS_OF = YearMonth(2026, 12)


def guangdong_woman(**extra) -> Profile:
    return Profile.model_validate(dict(
        birth="1976-08", gender="female", category="worker", region="guangdong",
        history=[{"period": str(y), "region": "guangdong", "amount": "6000"}
                 for y in range(2006, 2026)], **extra))


def test_the_window_earliest_month_is_past_in_this_case():
    window = retirement_months(guangdong_woman(), as_of=AS_OF)
    assert window.earliest_month == YearMonth(2026, 8) < AS_OF < window.statutory_month


def test_the_earliest_month_offered_is_the_month_after_today():
    p = guangdong_woman()
    window = retirement_months(p, as_of=AS_OF)
    assert earliest_ahead(window, AS_OF) == YearMonth(2027, 1)
    months = default_months(p, as_of=AS_OF)
    assert YearMonth(2027, 1) in months and all(m > AS_OF for m in months)
    choices = compare(p, as_of=AS_OF)
    ahead = [c for c in choices if c.retirement_month == YearMonth(2027, 1)]
    assert len(ahead) == 1 and ahead[0].kinds == ("earliest_ahead",)
    assert not any("earliest" in c.kinds for c in choices)
    # a window still wholly ahead keeps its own earliest month and kind
    early = compare(p, as_of=YearMonth(2025, 1))
    assert [c.kinds for c in early if c.retirement_month == window.earliest_month] == [
        ("earliest",)]


def test_cli_compare_offers_no_past_month(capsys, monkeypatch, tmp_path):
    path = tmp_path / "gd.json"
    path.write_text(guangdong_woman().model_dump_json(), encoding="utf-8")
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    for name in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    assert main(["compare", str(path), "--as-of", "2026-12", "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert all(YearMonth.parse(r["retirement_month"]) > AS_OF for r in rows)
    assert [r["kinds"] for r in rows if r["retirement_month"] == "2027-01"] == [["earliest_ahead"]]
    assert main(["compare", str(path), "--as-of", "2026-12"]) == 0
    assert "最早（今后）" in capsys.readouterr().out


def test_a_chosen_month_in_the_past_is_said():
    p = guangdong_woman(retirement="2026-08")
    codes = {n.code: n.params for n in estimate(p, as_of=AS_OF).notices}
    assert codes["RETIREMENT_MONTH_IN_PAST"] == {"month": "2026-08", "as_of": "2026-12",
                                                 "earliest": "2027-01"}
    # a month ahead, or the statutory month left unchosen, says nothing of the kind
    for q in (guangdong_woman(retirement="2027-01"), guangdong_woman()):
        assert "RETIREMENT_MONTH_IN_PAST" not in {n.code for n in
                                                  estimate(q, as_of=AS_OF).notices}


def hubei_flexible() -> Profile:
    """The trial's flexible worker: 湖北, born 1980-03, paying about 60 % of the average
    (4,632.60 a month in 2026, the floor 4,633 applies) up to 2026-11; today 2026-12, so
    2026-12 is a month the plan assumes paid, not a record."""
    years = {2010: "1534.20", 2011: "1755.60", 2012: "1963.80", 2013: "2161.80",
             2014: "2367.00", 2015: "2605.20", 2016: "2837.40", 2017: "3121.20",
             2018: "3460.80", 2019: "3167.40", 2020: "3408.00", 2021: "3739.20",
             2022: "3990.60", 2023: "4224.00", 2024: "4493.40", 2025: "4497.60"}
    return Profile.model_validate(dict(
        birth="1980-03", gender="male", category="flexible", region="hubei",
        history=[*({"period": str(y), "region": "hubei", "amount": a} for y, a in years.items()),
                 *({"period": f"2026-{m:02d}", "region": "hubei", "amount": "4632.60"}
                   for m in range(1, 12))]))


def test_the_60_percent_level_reproduces_the_plan_of_someone_paying_60_percent():
    """Trial: headline 5,795.41, the flexible tab's 60 % column 5,800.59. The month between the
    last record and the level's first month (2026-12) was paid at the level's last wage
    (2043's, 7,656.98): the plan's anchor had become the level's last row. Now the months
    before the level keep the plan's amounts, and paying 60 % from next month is her plan.
    (5,795.41 -> 5,795.46 when the back-cast floor of 2010-2022 became 60 % of the back-cast
    average, as in 2023 over the first published average, not 55.4 % from independent
    back-casts: her rows of 60 %, e.g. 1755.60, are raised to that floor in yuan, 1756.)"""
    from shebao_desktop.core.decide.flexible import flexible_levels
    p = hubei_flexible()
    plan = estimate(p, as_of=AS_OF)
    (level,) = flexible_levels(p, [Decimal("0.6")], as_of=AS_OF)
    assert level.from_month == YearMonth(2027, 1)
    assert level.total == plan.pension.total == Decimal("5795.46")
    assert level.total_today == plan.pension.total_today
    mine = {y.year: y for y in plan.years}
    for line in level.estimate.years:  # the months before the level: paid as the plan pays
        if line.year <= 2026:
            assert line.contributions == mine[line.year].contributions


def test_the_index_answer_keeps_the_plans_months_before_today():
    """The goal's index guesses replace the months from today: the months assumed paid between
    the last record and today keep the plan's amounts (not the guess's last wage)."""
    from shebao_desktop.core.decide.goal import goal_seek
    p = Profile.model_validate(dict(birth="1988-03", gender="male", region="zhejiang", history=[
        {"period": f"{y}-{m:02d}", "region": "zhejiang", "amount": "6000"}
        for y in (2024, 2025, 2026) for m in range(1, 13) if (y, m) <= (2026, 6)]))
    goal = goal_seek(p, Decimal("6000"), as_of=AS_OF)
    assert goal.index.possible
    shown = goal.index.total_today
    # the same guess by hand: rows 2026-07..11 as the plan pays them, the index from today
    from shebao_desktop.core.contributions import contribution_band
    from shebao_desktop.core.decide.walk import view_for
    from shebao_desktop.core.money import fen
    view = view_for(p, None, AS_OF)
    plan = estimate(p, as_of=AS_OF)
    rows = [*p.model_dump(mode="json")["history"],
            *({"period": f"2026-{m:02d}", "region": "zhejiang", "amount": "6000.00"}
              for m in range(7, 12))]
    month = AS_OF
    while month < plan.retirement.chosen_month:
        wage = fen(goal.index_needed * contribution_band(view, "zhejiang", month).average_wage)
        rows.append({"period": str(month), "region": "zhejiang", "amount": str(wage)})
        month = month + 1
    by_hand = estimate(Profile.model_validate({**p.model_dump(mode="json"), "history": rows}),
                       as_of=AS_OF)
    assert by_hand.pension.total_today == shown
