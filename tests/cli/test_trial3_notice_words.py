"""Trial 3, findings 2 and 7: the notices as the core's catalogue words them.

2. A statement-only profile (no history row) read "工资按最后一行推算" though no row exists: the
   wage of the months counted as paid comes from the future monthly wage, else the last row,
   else the statement's average index (core/plan._project_future), and the notice says which.
7. A one-month range read "2024-05 至 2024-05": one month is written as one month."""

from __future__ import annotations

from shebao_desktop.core.estimate import estimate
from shebao_desktop.core.profile import Profile
from shebao_desktop.core.yearmonth import YearMonth
from shebao_desktop.presentation.messages import render, render_notice


def _statement_only() -> Profile:
    return Profile.model_validate({
        "birth": "1988-04", "gender": "male", "region": "hangzhou",
        "statement": {"as_of": "2025-12", "pension_balance": "86000",
                      "contribution_years": "12.5", "average_index": "1.15"}})


def test_no_row_and_no_wage_names_the_statement_index_not_a_last_row():
    result = estimate(_statement_only(), as_of=YearMonth(2026, 11))
    codes = [n.code for n in result.notices]
    assert "FUTURE_WAGE_FROM_STATEMENT_INDEX" in codes  # the core projects from the index
    notice = next(n for n in result.notices if n.code == "PAST_MONTHS_ASSUMED_PAID")
    zh = render_notice(notice, "zh", estimate=result)
    en = render_notice(notice, "en", estimate=result)
    assert "最后一行" not in zh and "权益记录单的平均缴费指数" in zh
    assert "last row" not in en and "statement's average contribution index" in en


def test_the_core_says_which_wage_the_months_counted_as_paid_come_from():
    """core/plan._project_future: the future monthly wage first, then the last row, then the
    statement's index (the trial's user typed 当前月缴费基数 9,000: the future wage)."""
    def source(profile: Profile) -> str:
        result = estimate(profile, as_of=YearMonth(2026, 11))
        return next(n for n in result.notices if n.code == "PAST_MONTHS_ASSUMED_PAID").params["wage"]
    statement_only = _statement_only()
    assert source(statement_only) == "statement_index"
    with_wage = statement_only.model_copy(update={"future": statement_only.future.model_copy(
        update={"monthly_wage": 9000})})
    assert source(with_wage) == "future_wage"
    notice = next(n for n in estimate(with_wage, as_of=YearMonth(2026, 11)).notices
                  if n.code == "PAST_MONTHS_ASSUMED_PAID")
    assert "（工资按指定的未来月工资推算）" in render_notice(notice, "zh")


def test_each_wage_source_is_named_as_itself():
    params = {"from": "2026-01", "to": "2026-10"}
    assert "指定的未来月工资推算）" in render("PAST_MONTHS_ASSUMED_PAID",
                                            {**params, "wage": "future_wage"}, "zh")
    assert "最后一行" not in render("PAST_MONTHS_ASSUMED_PAID", {**params, "wage": "future_wage"}, "zh")
    assert "（工资按最后一行缴费记录推算）" in render("PAST_MONTHS_ASSUMED_PAID",
                                               {**params, "wage": "last_row"}, "zh")
    # a notice that does not say: the rule itself, the future wage first
    assert "未来月工资" in render("PAST_MONTHS_ASSUMED_PAID", params, "zh")


def test_one_month_is_written_as_one_month_in_both_languages():
    one = {"from": "2024-05", "to": "2024-05"}
    assert render("GAP_IN_HISTORY", one, "zh") == "2024-05 没有缴费记录（断缴）"
    assert render("GAP_IN_HISTORY", one, "en") == "No contributions in 2024-05 (gap)"
    for code in ("PAST_MONTHS_ASSUMED_PAID", "NO_RECORDS_SINCE_WORK_START"):
        for language in ("zh", "en"):
            text = render(code, one, language)
            assert text.count("2024-05") == 1 and "至 2024" not in text and "to 2024" not in text, text
    # a longer range stays a range
    assert render("GAP_IN_HISTORY", {"from": "2024-05", "to": "2024-06"}, "zh") == \
        "2024-05 至 2024-06 没有缴费记录（断缴）"


def test_the_command_line_names_the_statement_index_too(capsys, tmp_path):
    from .cli_helpers import run
    path = tmp_path / "statement.json"
    path.write_text(_statement_only().model_dump_json(), encoding="utf-8")
    code, out, _ = run(capsys, "estimate", str(path), "--as-of", "2026-11", "--format", "text")
    line = next(x for x in out.splitlines() if x.startswith("- No records from"))
    assert code == 0 and "statement's average contribution index" in line and "last row" not in line
