"""The command line says what the window says (new-user trial of the decision tabs): a
retirement month short of the minimum years shows "not payable" instead of a pension nobody
would pay, and past the retirement month ``flexible`` says there is no level to choose instead
of a table of identical levels. The profiles are the window tests' (tests/gui/test_trial_decide_*)."""

import json

from shebao_desktop.core.profile import Profile


def _file(tmp_path, name: str, **data) -> str:
    path = tmp_path / f"{name}.json"
    path.write_text(Profile.model_validate(data).model_dump_json(), encoding="utf-8")
    return str(path)


def one_month_short(tmp_path) -> str:
    """Beijing, male, born 1967-06, paying since 2012-07: 179 months at his earliest month
    (2027-06), one short of 15 years; enough at the statutory month."""
    rows = [{"period": f"2012-{m:02d}", "region": "beijing", "amount": "8000"} for m in range(7, 13)]
    rows += [{"period": str(y), "region": "beijing", "amount": "8000"} for y in range(2013, 2026)]
    return _file(tmp_path, "short", birth="1967-06", gender="male", category="worker",
                 region="beijing", history=rows)


def test_compare_says_not_payable_where_the_minimum_is_not_met(run_cli, tmp_path):
    path = one_month_short(tmp_path)
    code, out, err = run_cli("compare", path, "--as-of", "2026-12", "--format", "json")
    assert code == 0, err
    short = [r for r in json.loads(out) if not r["minimum_met"]]
    assert short and short[0]["shortfall_months"] == 1  # the JSON keeps the figures and the flag
    code, out, _ = run_cli("compare", path, "--as-of", "2026-12", lang="zh_CN.UTF-8")
    lines = out.splitlines()
    total = next(line for line in lines if line.startswith("月养老金合计"))
    met = next(line for line in lines if line.startswith("满足最低缴费年限"))
    assert total.split()[1:] == ["不可领取" if cell == "否" else total.split()[1:][n]
                                 for n, cell in enumerate(met.split()[1:])]
    assert "不可领取" in total and "补足之前不发养老金" in out
    code, out, _ = run_cli("compare", path, "--as-of", "2026-12")
    assert "not payable" in out


def test_compare_has_no_such_words_when_every_month_is_payable(run_cli):
    from tests.cli.test_decide import EXAMPLE
    code, out, _ = run_cli("compare", EXAMPLE, "--as-of", "2026-12", lang="zh_CN.UTF-8")
    assert code == 0 and "不可领取" not in out


def test_flexible_past_the_retirement_month_has_no_levels(run_cli, tmp_path):
    rows = [{"period": str(y), "region": "beijing", "amount": "8000"} for y in range(2000, 2026)]
    path = _file(tmp_path, "past", birth="1975-09", gender="female", category="worker",
                 region="beijing", history=rows)
    code, out, err = run_cli("flexible", path, "--as-of", "2026-12", lang="zh_CN.UTF-8")
    assert code == 0, err
    assert "计划退休时间 2026-02 已过" in out and "60%" not in out
    code, out, _ = run_cli("flexible", path, "--as-of", "2026-12")
    assert "2026-02 has passed" in out
    path = _file(tmp_path, "next", birth="1975-09", gender="female", category="worker",
                 region="beijing", history=rows, retirement="2027-01")
    code, out, _ = run_cli("flexible", path, "--as-of", "2026-12", lang="zh_CN.UTF-8")
    assert "2027-01 就在下个月" in out
