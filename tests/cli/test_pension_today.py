"""``pension`` in today's money (issue 11 trial: ``pension ... --retire 2053-05`` printed
total_today = total, where the window divides by the deflator). Without a history the command
deflates from the as-of month (``--as-of``, default this month) to the retirement year by the
inflation assumption, as the estimate does: deflator = (1 + inflation) ^ (retirement year -
as-of year), to 6 places (core.walk.Walk.deflator)."""

import json
from decimal import Decimal

import pytest

from shebao_desktop.core.estimate import estimate
from shebao_desktop.core.profile import Profile
from shebao_desktop.core.yearmonth import YearMonth

ARGS = ["pension", "--region", "zhejiang", "--gender", "male", "--birth", "1988-03",
        "--retire", "2053-05", "--years", "30", "--average-index", "1", "--account", "200000"]


@pytest.fixture
def pension(run_cli):
    """``pension`` with ARGS and ``argv``: its stdout (the command must succeed)."""
    def run(*argv: str, lang: str = "C.UTF-8") -> str:
        code, out, err = run_cli(*ARGS, *argv, lang=lang)
        assert code == 0, err
        return out
    return run


def test_total_today_is_deflated_to_the_as_of_year(pension):
    out = json.loads(pension("--as-of", "2026-12", "--format", "json"))
    # the data's inflation assumption (assumptions/inflation, 2 % a year, status estimated),
    # 27 years: 1.02 ^ 27 = 1.706886 to 6 places
    assert out["as_of"] == "2026-12" and out["inflation"] == "0.02"
    assert out["deflator"] == "1.706886"
    total = Decimal(out["total"])
    assert out["total_today"] == str((total / Decimal("1.706886")).quantize(Decimal("0.01")))
    assert Decimal(out["total_today"]) < total
    assert any(p["name"] == "assumptions/inflation" for p in out["parameters"])


def test_the_deflator_is_the_estimates(pension):
    """The same year's deflator as an estimate of a profile retiring that year."""
    out = json.loads(pension("--as-of", "2026-12", "--format", "json"))
    p = Profile.model_validate(dict(birth="1988-03", gender="male", region="zhejiang",
                                    retirement="2053-05", history=[
                                        {"period": "2025", "region": "zhejiang", "amount": "8000"}]))
    lines = {line.year: line for line in estimate(p, as_of=YearMonth(2026, 12)).years}
    assert out["deflator"] == str(lines[2053].deflator)


def test_the_text_says_todays_money_and_its_basis(pension):
    zh = pension("--as-of", "2026-12", lang="zh_CN.UTF-8")
    data = json.loads(pension("--as-of", "2026-12", "--format", "json"))
    assert f"今日购买力（2026-12，通胀假设每年 0.02 折算）: {data['total_today']}" in zh
    en = pension("--as-of", "2026-12")
    assert f"in today's money (2026-12, deflated at 0.02 a year inflation): " \
           f"{data['total_today']}" in en


BEIJING_35 = ("pension", "--region", "beijing", "--gender", "male", "--category", "worker",
              "--birth", "1965-02", "--retire", "2025-02", "--years", "35",
              "--average-index", "1", "--account", "100000", "--as-of", "2026-12")


def test_years_that_cannot_all_follow_the_account_start_are_said(run_cli):
    """Beijing opened personal accounts in 1992-10: 35 years paid to 2025-02 leave 2.67 years
    before it (32.33 since). Unstated, the transitional pension counts none of them; the answer
    says so in the user's language, and says nothing once they are given."""
    import json
    code, out, _ = run_cli(*BEIJING_35, "--format", "json")
    said = json.loads(out)["notices"]
    assert code == 0 and said == [{"code": "YEARS_BEFORE_ACCOUNT_UNSTATED", "params": {
        "years": "35", "start": "1992-10", "since": "32.33", "excess": "2.67"}}]
    assert json.loads(out)["transitional_pension"] == "0.00"
    _, text, _ = run_cli(*BEIJING_35, "--format", "text", lang="zh_CN.UTF-8")
    assert "多出的 2.67 年应是建账前缴费年限" in text
    code, out, _ = run_cli(*BEIJING_35, "--pre-account-years", "2.67", "--format", "json")
    answer = json.loads(out)
    assert code == 0 and answer["notices"] == [] and answer["transitional_pension"] != "0.00"
