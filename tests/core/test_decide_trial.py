"""Issue 11, a new user's trial of the decision tools: what it found in the core, each pinned.

The 广东 case: a female worker born 1976-08 (women workers' original age 50, raised under
人社部发〔2024〕94号; elective retirement up to three years earlier than the statutory month but
not before the original age: the window's earliest month 2026-08). Asked in 2026-12, the
comparison offered 2026-08 -- a month already past."""

import json


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
