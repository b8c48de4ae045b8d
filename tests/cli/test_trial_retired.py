"""New-user trial 2, person 4 on the command line: ``estimate`` of a man retired in 2024-02, as
of 2026-12, says he has retired and names his monthly pension in 2026 (after the adjustments
since); ``pension`` with a retirement month already past does not call the amount at retirement,
inflated, today's money."""

from __future__ import annotations

import json

from shebao_desktop.core.estimate import estimate
from tests.core.test_trial_retired import AS_OF, wuhan_man_retired

PENSION = ["pension", "--region", "wuhan", "--gender", "male", "--birth", "1964-02",
           "--retire", "2024-02", "--years", "42", "--average-index", "1.78", "--account", "240000"]


def _profile_file(tmp_path) -> str:
    path = tmp_path / "p4.json"
    path.write_text(json.dumps(wuhan_man_retired().model_dump(mode="json")), encoding="utf-8")
    return str(path)


def test_estimate_says_he_has_retired_and_his_pension_this_year(run_cli, tmp_path):
    e = estimate(wuhan_man_retired(), as_of=AS_OF)
    now = e.monthly_pension_by_year[2026]
    code, out, err = run_cli("estimate", _profile_file(tmp_path), "--as-of", "2026-12")
    assert code == 0, err
    assert f"retired in 2024-02; monthly pension in 2026: {now}" in out
    assert f"monthly pension: {e.pension.total}" in out  # the one at retirement, still there
    code, zh, err = run_cli("estimate", _profile_file(tmp_path), "--as-of", "2026-12",
                            lang="zh_CN.UTF-8")
    assert code == 0, err
    assert f"已于 2024-02 退休；2026 年每月养老金 {now}" in zh


def test_estimate_before_retirement_says_nothing_of_it(run_cli, tmp_path):
    code, out, err = run_cli("estimate", _profile_file(tmp_path), "--as-of", "2023-12")
    assert code == 0, err
    assert "retired in" not in out


def test_pension_with_a_past_retirement_is_not_called_todays_money(run_cli):
    code, out, err = run_cli(*PENSION, "--as-of", "2026-12")
    assert code == 0, err
    assert "in today's money" not in out
    assert "retired in 2024-02 (at or before 2026-12): this is the monthly pension at retirement" in out
    code, zh, err = run_cli(*PENSION, "--as-of", "2026-12", lang="zh_CN.UTF-8")
    assert "今日购买力" not in zh and "已于 2024-02 退休" in zh
    code, ahead, err = run_cli(*PENSION, "--as-of", "2023-12")
    assert "in today's money (2023-12" in ahead and "retired in" not in ahead
