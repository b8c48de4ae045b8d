"""Regional pension rules that are data but need their own reading in the engine:
广东's low-index base term and 定额加发 (the larger of it and the transitional pension), Shenzhen's
exemption, and 四川/重庆's transitional index (1 + Ī) / 2. Figures from approval forms
(tests/core/forms/)."""

import io
import json
from contextlib import redirect_stderr, redirect_stdout
from decimal import Decimal

import pytest

from shebao_desktop import cli


def pension(**given) -> dict:
    argv = ["pension", "--format", "json"]
    for key, value in given.items():
        argv += ["--" + key.replace("_", "-"), str(value)]
    out = io.StringIO()
    with redirect_stdout(out):
        assert cli.main(argv) == 0
    return json.loads(out.getvalue())


JIANGMEN = dict(region="guangdong", gender="female", birth="1974-04", retire="2024-04",
                years="17.75", average_index="0.452", account="55389.69", pension_base="9028")


def test_guangdong_scales_the_base_term_below_index_0_6():
    # (9028 x 0.7533 + 9028 x 0.452) / 2 x 17.75 x 1%, a = 0.452 / 0.6 to 4 decimals
    assert Decimal(pension(**JIANGMEN)["basic_pension"]) == Decimal("965.73")
    # at or above 0.6 the base term is C itself
    at = pension(**{**JIANGMEN, "average_index": "0.6"})
    assert Decimal(at["basic_pension"]) == Decimal("1281.98")  # 9028 x 1.6 / 2 x 17.75%


def test_shenzhen_does_not_scale_the_base_term():
    got = pension(region="shenzhen", gender="female", birth="1975-10", retire="2025-10",
                  years="28.91666667", deemed_years="1.08333333", average_index="0.3803",
                  account="100000", pension_base="11293")
    assert Decimal(got["basic_pension"]) == Decimal("2338.16")  # 11293 x 1.3803 / 2 x 30 x 1%, not scaled


def test_guangdong_fixed_supplement_is_the_larger_of_it_and_the_transitional_pension():
    lines = {e["name_zh"]: Decimal(e["amount"]) for e in pension(**JIANGMEN)["extra_pension"]}
    assert lines == {"定额加发": Decimal("168.00")}  # 100 + 4 x 17 full years, no transitional
    small = pension(**{**JIANGMEN, "deemed_years": "1", "years": "16.75", "pre_account_years": "2"})
    # new method 9028 x 0.452 x 2 x 1.2% = 97.94; the supplement tops it up to 168
    assert Decimal(small["transitional_pension"]) == Decimal("97.94")
    assert [(e["name_zh"], Decimal(e["amount"])) for e in small["extra_pension"]] == \
        [("定额加发", Decimal("70.06"))]
    large = pension(**{**JIANGMEN, "deemed_years": "8", "years": "9.75", "pre_account_years": "12",
                       "transitional_index": "1.2"})
    assert Decimal(large["transitional_pension"]) == Decimal("1560.04")  # 9028 x 1.2 x 12 x 1.2%
    assert large["extra_pension"] == []


def test_sichuan_transitional_index_is_half_of_one_plus_the_average():
    got = pension(region="chengdu", gender="female", category="cadre", birth="1970-01",
                  retire="2025-01", years="32.59", deemed_years="4.58", pre_account_years="8.08",
                  average_index="0.964", account="149649.55", pension_base="8321")
    # (8321 + 8321 x 0.964) / 2 x 8.08 x 1.3%
    assert Decimal(got["transitional_pension"]) == Decimal("858.31")


def run(*argv) -> tuple[int, dict]:
    out = io.StringIO()
    with redirect_stdout(out):
        code = cli.main(list(argv))
    return code, (json.loads(out.getvalue()) if code == 0 else {})


def test_xizang_retires_five_years_earlier_than_the_national_ages():
    """西藏 2025-11 form: a man born 1970-11 retires at 55y0m (divisor 170); the same man in
    安徽 could not retire before 60."""
    got = pension(region="xizang", gender="male", birth="1970-11", retire="2025-11",
                  years="10.92", deemed_years="15.83", average_index="0.671",
                  account="69473.19", pension_base="11777")
    assert got["account_pension"] == "408.67"  # 69473.19 / 170
    assert run("pension", "--format", "json", "--region", "anhui", "--gender", "male",
               "--birth", "1970-11", "--retire", "2025-11", "--years", "30",
               "--average-index", "1", "--account", "1000")[0] == 2


def test_a_late_claim_before_2025_keeps_the_statutory_divisor():
    """上海 2023-12 form: 60y7m, divided by 139 (age 60), not by 134.9 (60y7m); from 2025 a month
    after the elective window is refused."""
    got = pension(region="shanghai", gender="male", birth="1963-05", retire="2023-12",
                  years="31.00", deemed_years="1.67", average_index="1.3569",
                  account="242221", pension_base="12183")
    assert got["account_pension"] == "1742.60"  # 242221 / 139 = 1742.60 (half-up to the jiao)
    code, _ = run("pension", "--format", "json", "--region", "shanghai", "--gender", "male",
                  "--birth", "1966-05", "--retire", "2030-05", "--years", "40",
                  "--average-index", "1", "--account", "1000")
    assert code == 2


YINCHUAN = dict(region="ningxia", gender="male", birth="1966-01", retire="2026-01", years="35.08",
                deemed_years="2.42", pre_account_years="7.42", average_index="0.7666",
                account="122313.73", pension_base="8366")


def test_a_personal_status_is_paid_only_when_stated():
    """宁夏 银川 2026-01 form (tests/core/forms/ningxia.yaml): a 知识分子 gets the transitional
    coefficient 1.43% and two allowances (10 + 8.5); without --personal the same figures give
    1.3% and no allowance."""
    plain = pension(**YINCHUAN)
    assert plain["transitional_pension"] == "618.63"  # 8366 x 0.7666 x 7.42 x 1.3%
    assert plain["extra_pension"] == [] and plain["personal"] == []
    stated = pension(**YINCHUAN, personal="intellectual")
    assert stated["transitional_pension"] == "680.50"  # x 1.43%
    assert {e["name_zh"]: e["amount"] for e in stated["extra_pension"]} == {
        "知识分子地区津贴": "10.00", "知识分子工龄补贴": "8.50"}
    assert stated["total"] == "4350.08" and stated["personal"] == ["intellectual"]
    # a status no rule of the region pays for changes nothing (安徽 has none)
    anhui = dict(YINCHUAN, region="anhui", pension_base="8000")
    assert pension(**anhui, personal="intellectual")["total"] == pension(**anhui)["total"]


def test_an_unknown_personal_status_is_refused():
    argv = ["pension", "--format", "json", "--personal", "nobody"]
    for key, value in YINCHUAN.items():
        argv += ["--" + key.replace("_", "-"), value]
    err = io.StringIO()
    with redirect_stderr(err), redirect_stdout(io.StringIO()):
        code = cli.main(argv)
    assert code == 2 and "--personal" in err.getvalue()


def test_gansu_adjustment_fund_needs_15_deemed_years():
    """甘肃 调节金 (regions/gansu/pension/addons/adjustment_fund.yaml): 15 yuan from 15 deemed
    years on; the 兰州 2026-01 form (14.42 deemed years) prints 调节金 0."""
    lanzhou = dict(region="gansu", gender="male", birth="1965-10", retire="2026-01",
                   years="23.08", average_index="2.5955", account="314079.50",
                   pension_base="7746")
    below = pension(**lanzhou, deemed_years="14.42")
    assert below["extra_pension"] == [] and below["total"] == "10988.47"  # the form's total
    at = pension(**lanzhou, deemed_years="15")
    assert [(e["name_zh"], e["amount"]) for e in at["extra_pension"]] == [("调节金", "15.00")]
    assert Decimal(at["total"]) == Decimal(at["basic_pension"]) + Decimal(at["account_pension"]) \
        + Decimal(at["transitional_pension"]) + 15


LHASA = dict(region="lasa", gender="male", birth="1970-11", retire="2025-11", years="10.92",
             deemed_years="15.83", average_index="0.671", account="69473.19",
             pension_base="11777")


@pytest.mark.parametrize("years,amount", [(None, None), ("9.99", None), ("10", "395.12"),
                                          ("15", "790.24"), ("19.9", "790.24"),
                                          ("20", "1185.36")])
def test_xizang_plateau_allowance_steps_by_the_years_worked_in_tibet(years, amount):
    """高原补贴 = indexed wage (11777 x 0.671 = 7902.37) x 5% / 10% / 15% from 10 / 15 / 20
    years worked in Tibet (the 拉萨 2025-11 form: 790.24 at 10%); none without --region-years."""
    got = pension(**LHASA, **({"region_years": years} if years else {}))
    lines = {e["name_zh"]: e["amount"] for e in got["extra_pension"]}
    assert lines.get("高原补贴") == amount
    assert lines["过渡期福利金"] == "260.00"  # 拉萨's fixed items whatever the years


def test_regional_add_ons_of_a_future_retirement_are_said_to_be_todays_rules():
    """An add-on is paid under today's rule (浙江 补贴 150 + 过渡调节金 on every form seen);
    for a retirement after today the estimate says that it assumes the rule still applies,
    with the count and amount, and says nothing when the retirement is already past."""
    from shebao_desktop.core.estimate import estimate
    from shebao_desktop.core.profile import Profile
    from shebao_desktop.core.yearmonth import YearMonth

    def notice(birth: str, as_of: YearMonth):
        p = Profile.model_validate({
            "name": "浙江", "region": "zhejiang", "birth": birth, "gender": "male",
            "category": "worker", "history": [{"period": str(y), "region": "zhejiang",
                                                "amount": "9000"} for y in range(2005, 2027)]})
        e = estimate(p, as_of=as_of)
        said = [n for n in e.notices if n.code == "ADDONS_UNDER_CURRENT_RULES"]
        return e, said
    e, said = notice("1975-03", YearMonth(2026, 12))
    extras = e.pension.extra_pension
    assert len(extras) == 2 and len(said) == 1
    assert said[0].params["count"] == "2"
    assert Decimal(said[0].params["amount"]) == sum(x.amount for x in extras)
    assert said[0].params["month"] == str(e.retirement.chosen_month)
    _, past = notice("1960-03", YearMonth(2026, 12))  # retired in 2020 or so: a known rule
    assert past == []
