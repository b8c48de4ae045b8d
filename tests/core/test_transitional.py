"""Approval-form rules (issue 8): years before the personal account, the transitional index, the
paid-window term, add-ons, 2-decimal years and the rounding of the total, in the estimate and
as pure functions."""

from __future__ import annotations

from decimal import Decimal

import pytest
from pydantic import ValidationError

from shebao_desktop.core.checks import ValidationError as ProfileInvalid
from shebao_desktop.core.estimate import estimate
from shebao_desktop.core.pension import addon_pension, contribution_years
from shebao_desktop.core.policy.loader import default_policy_data
from shebao_desktop.core.policy.schema import ParameterFile
from shebao_desktop.core.policy.view import PolicyView
from shebao_desktop.core.profile import Profile
from shebao_desktop.core.yearmonth import YearMonth

AS_OF = YearMonth(2026, 11)


def _profile(**over) -> Profile:
    """A Zhejiang man born 1966-01 (account start 1998-01 there), paid 1994-2025 at 6000."""
    data = {"birth": "1966-01", "gender": "male", "region": "zhejiang", "deemed_years": "2",
            "history": [{"period": str(y), "region": "zhejiang", "amount": "6000",
                         "amount_kind": "base"} for y in range(1994, 2026)],
            "future": {"continue_contributing": False}}
    data.update(over)
    return Profile.model_validate(data)


def _account_start(region: str) -> YearMonth:
    view = PolicyView(default_policy_data(), {})
    return view.value("pension/account_start", region, YearMonth(2026, 1))


def test_history_counts_the_paid_years_before_the_account_opened():
    result = estimate(_profile(), as_of=AS_OF).pension
    start = _account_start("zhejiang")
    paid_before = sum(12 for year in range(1994, 2026) if YearMonth(year, 12) < start)
    assert result.pre_account_source == "history"
    assert result.pre_account_years == (Decimal(2) + Decimal(paid_before) / 12).quantize(
        Decimal("0.0001"))
    assert result.account_start == start


def test_the_users_own_pre_account_years_and_index_override_what_is_derived():
    derived = estimate(_profile(), as_of=AS_OF).pension
    own = estimate(_profile(pre_account_years="9", transitional_index="0.8"), as_of=AS_OF).pension
    assert own.pre_account_source == "given" and own.pre_account_years == Decimal("9.0000")
    if own.transitional_index_rule == "transitional_index":
        assert own.transitional_index_source == "given"
        assert own.transitional_index == Decimal("0.8000")
    assert own.transitional_pension != derived.transitional_pension


def test_statement_figures_are_used_and_an_empty_index_says_it_defaulted():
    statement = {"as_of": "2025-12", "pension_balance": "150000", "contribution_years": "30",
                 "average_index": "1.1"}
    typed = estimate(_profile(history=[], statement={**statement, "pre_account_years": "5",
                                                     "transitional_index": "0.95"}),
                     as_of=AS_OF).pension
    empty = estimate(_profile(history=[], statement=statement), as_of=AS_OF).pension
    assert typed.pre_account_source == "given" and typed.pre_account_years == Decimal("5.0000")
    assert empty.pre_account_source == "deemed" and empty.pre_account_years == Decimal("2.0000")
    assert typed.transitional_index_rule == empty.transitional_index_rule
    if typed.transitional_index_rule == "transitional_index":
        assert typed.transitional_index_source == "given"
        assert empty.transitional_index_source == "fallback"


def test_a_work_start_alone_gives_the_years_to_the_account_start():
    statement = {"as_of": "2025-12", "pension_balance": "150000", "contribution_years": "30",
                 "average_index": "1.1"}
    result = estimate(_profile(history=[], statement=statement, deemed_years="0",
                               work_start="1990-01"), as_of=AS_OF).pension
    months = _account_start("zhejiang") - YearMonth(1990, 1)
    assert result.pre_account_source == "work_start"
    assert result.pre_account_years == (Decimal(months) / 12).quantize(Decimal("0.01"))


def test_beijing_paid_window_years_are_counted_from_the_history():
    """G实: years paid 1992-10..1998-06 (Beijing's transitional_paid_window), from the record."""
    view = PolicyView(default_policy_data(), {})
    window = view.value("pension/transitional_paid_window", "beijing", YearMonth(2026, 1))
    rows = [{"period": "1996", "region": "beijing", "amount": "3000", "amount_kind": "base"},
            {"period": "1997", "region": "beijing", "amount": "3000", "amount_kind": "base"}]
    rows += [{"period": str(y), "region": "beijing", "amount": "9000", "amount_kind": "base"}
             for y in range(2000, 2026)]
    profile = Profile.model_validate({"birth": "1966-01", "gender": "male", "region": "beijing",
                                      "history": rows, "future": {"continue_contributing": False}})
    result = estimate(profile, as_of=AS_OF).pension
    first, last = YearMonth.parse(window["from"]), YearMonth.parse(window["to"])
    months = sum(1 for y in (1996, 1997) for m in range(1, 13) if first <= YearMonth(y, m) <= last)
    assert result.transitional_window_years == (Decimal(months) / 12).quantize(Decimal("0.01"))
    assert result.transitional_pension > 0  # no deemed years, yet a transitional pension


def test_add_ons_are_in_the_total_with_their_sources():
    result = estimate(_profile(), as_of=AS_OF).pension
    assert result.extra_pension, "Zhejiang pays add-ons"
    for line in result.extra_pension:
        assert line.amount > 0 and line.name_zh and (line.title or line.method)
        assert line.parameter.startswith("pension/addons/")
    parts = result.basic_pension + result.account_pension + result.transitional_pension
    assert result.total >= parts + sum(line.amount for line in result.extra_pension)


def test_a_profiles_personal_status_reaches_the_pension():
    """Profile.personal: a 宁夏 知识分子 (regions/ningxia: 1.43% and two allowances, the 银川
    2026-01 form) gets them in the estimate too; without the status, 1.3% and none; a status
    this program does not know is refused."""
    statement = {"as_of": "2025-12", "pension_balance": "122313.73", "contribution_years": "30",
                 "average_index": "0.7666", "pre_account_years": "7.42"}
    plain = estimate(_profile(region="ningxia", history=[], statement=statement),
                     as_of=AS_OF).pension
    stated = estimate(_profile(region="ningxia", history=[], statement=statement,
                               personal=["intellectual"]), as_of=AS_OF).pension
    assert plain.transitional_coefficient == Decimal("0.013") and not plain.extra_pension
    assert stated.transitional_coefficient == Decimal("0.0143")
    assert sorted(e.name_zh for e in stated.extra_pension) == ["知识分子地区津贴", "知识分子工龄补贴"]
    assert stated.total - plain.total == stated.transitional_pension - plain.transitional_pension \
        + Decimal("18.50")
    with pytest.raises(ProfileInvalid):
        _profile(personal=["nobody"])


def test_the_profiles_years_in_the_region_reach_the_pension():
    """Profile.region_years: 西藏 高原补贴 (C x Ī x 10% from 15 years worked in Tibet) only when
    the years are given."""
    statement = {"as_of": "2025-12", "pension_balance": "69473.19", "contribution_years": "20",
                 "average_index": "0.671"}
    def plateau(**over):
        p = estimate(_profile(region="lasa", history=[], statement=statement, **over),
                     as_of=AS_OF).pension
        return [e for e in p.extra_pension if e.name_zh == "高原补贴"], p
    assert plateau()[0] == []
    (line,), p = plateau(region_years="16")
    assert line.amount == (p.indexed_wage * Decimal("0.10")).quantize(Decimal("0.01"))


def test_the_profiles_personal_statuses_are_those_the_cli_knows():
    from typing import get_args

    from shebao_desktop.core.person import PERSONAL_STATUSES
    from shebao_desktop.core.profile import PersonalStatus
    assert get_args(PersonalStatus) == PERSONAL_STATUSES


# -- pure functions ------------------------------------------------------------------------
@pytest.mark.parametrize("months, years", [(400, "33.33"), (187, "15.58"), (68, "5.67"),
                                           (6, "0.50"), (1, "0.08")])
def test_months_2dp_rounds_half_up_to_two_decimals(months, years):
    assert contribution_years(Decimal(months), "months_2dp", None) == Decimal(years)


def test_addon_sum_and_rounding():
    # 浙江-style: 480 + 3 x Ī x N = 480 + 3 x 1.2 x 10 = 516
    assert addon_pension(Decimal(480), Decimal(0), Decimal(3), Decimal(0), Decimal(8000),
                         Decimal("1.2"), Decimal(10), "fen") == Decimal("516.00")
    # 100 + 4 per year, 0.1% x C x Y: 100 + 4 x 12.5 + 0.001 x 8000 x 12.5 = 250.00
    assert addon_pension(Decimal(100), Decimal(4), Decimal(0), Decimal("0.001"), Decimal(8000),
                         Decimal(1), Decimal("12.5"), "fen") == Decimal("250.00")
    assert addon_pension(Decimal("10.01"), Decimal(0), Decimal(0), Decimal(0), Decimal(0),
                         Decimal(1), Decimal(0), "jiao_up") == Decimal("10.1")


def _file(unit: str, value, **extra) -> dict:
    return {"description": "测试", "description_en": "test", "unit": unit, **extra,
            "values": {"2020-01": {"value": value, "status": "estimated", "method": "test"}}}


def test_schema_reads_months_and_add_ons_and_refuses_bad_ones():
    month = ParameterFile.model_validate(_file("month", "1992-10"))
    assert month.values[YearMonth(2020, 1)].value == YearMonth(1992, 10)
    addon = ParameterFile.model_validate(_file("addon", {
        "name_zh": "过渡性调节金", "name_en": "Adjustment", "fixed": 480, "per_index_year": 3,
        "years": "pre_account_years", "index": "transitional_index", "requires": "pre_account"}))
    rule = addon.values[YearMonth(2020, 1)].value
    assert rule.fixed == Decimal(480) and rule.per_year == 0 and rule.rounding == "fen"
    with pytest.raises(ValidationError):
        ParameterFile.model_validate(_file("month", "1992-13"))
    with pytest.raises(ValidationError):
        ParameterFile.model_validate(_file("addon", {"name_zh": "补贴", "name_en": "Subsidy",
                                                     "years": "all_years"}))
    with pytest.raises(ValidationError):
        ParameterFile.model_validate(_file("addon", {"name_zh": "补贴", "name_en": "Subsidy",
                                                     "fixed": 100, "bonus": 5}))


# -- rules only some regions have (optional files; here given as overrides) ----------------
def _pension(overrides=(), **figures):
    from shebao_desktop.core.pension_at_retirement import PensionInputs, pension_at_retirement
    from shebao_desktop.core.policy.view import Override
    view = PolicyView(default_policy_data(), {"average_wage_growth": Decimal("0.03")},
                      tuple(Override(n, v) for n, v in overrides))
    given = {"birth": YearMonth(1965, 1), "retire": YearMonth(2025, 1), "region": "anhui",
             "actual_months": Decimal(360), "deemed_years": Decimal(0),
             "balance": Decimal(100000), "average_index": Decimal("0.8"),
             "pension_base": Decimal(6738)}
    given.update(figures)
    return pension_at_retirement(view, PensionInputs(**given))


def test_indexed_wage_on_its_own_base():
    """河南-style: (C + C城 x Ī) / 2 x N: (6738 + 6260 x 0.8) / 2 x 30% = 1761.90."""
    plain = _pension()
    own = _pension([("pension/indexed_wage_base", Decimal(6260))])
    assert plain.basic_pension == Decimal("1819.26")  # 6738 x 1.8 / 2 x 30%
    assert own.basic_pension == Decimal("1761.90")


def test_transitional_pension_on_its_own_base():
    """河南 开封-style: the basic stays on the provincial base, the transitional uses the city's:
    6385 x 0.6335 x 12.92 x 1.3% = 679.38 (the 开封 2026-02 form), 6738 x ... = 716.94."""
    figures = {"deemed_years": Decimal("12.92"), "transitional_index": Decimal("0.6335"),
               "region": "henan"}
    plain = _pension(**figures)
    own = _pension([("pension/transitional_wage_base", Decimal(6385))], **figures)
    assert plain.transitional_pension == Decimal("716.94")
    assert own.transitional_pension == Decimal("679.38")
    assert own.basic_pension == plain.basic_pension


def test_indexed_wage_rounded_to_the_fen_first():
    """7210 x 0.9519 = 6863.1990 -> 6863.20; (7210 + 6863.20) / 2 x 32.5% = 2286.895 -> 2286.90
    (unrounded 2286.89)."""
    figures = {"pension_base": Decimal(7210), "average_index": Decimal("0.9519"),
               "actual_months": Decimal(390)}
    assert _pension(**figures).basic_pension == Decimal("2286.89")
    rounded = _pension([("pension/indexed_wage_rounding", "fen_half_up")], **figures)
    assert rounded.basic_pension == Decimal("2286.90")


def test_each_part_may_round_its_own_way():
    """上海-style: the account part half-up to the jiao while the others go up to the jiao."""
    figures = {"balance": Decimal(382153), "retire": YearMonth(2025, 1)}
    both = _pension([("pension/rounding", "jiao_up")], **figures)
    own = _pension([("pension/rounding", "jiao_up"), ("pension/rounding_account", "jiao_half_up")],
                   **figures)
    assert both.account_pension == Decimal("2749.4")  # 382153 / 139 = 2749.302 up
    assert own.account_pension == Decimal("2749.3")
    assert own.basic_pension == both.basic_pension


def test_banded_add_on():
    """吉林 增发基础养老金 on the 通化 form: (7322.08 x 1.46 / 2) x (0.15% x 5 + 0.2% x 5 +
    0.25% x 14.42) for 44.42 years = 40.09 + 53.45 + 192.69 = 286.23."""
    from shebao_desktop.core.pension import banded_years
    bands = [(Decimal(20), Decimal(25), Decimal("0.0015")), (Decimal(25), Decimal(30), Decimal("0.002")),
             (Decimal(30), None, Decimal("0.0025"))]
    years, base = Decimal("44.42"), Decimal("7322.08") * Decimal("1.46") / 2
    assert [banded_years(years, o, u) for o, u, _ in bands] == [5, 5, Decimal("14.42")]
    assert banded_years(Decimal(18), Decimal(20), Decimal(25)) == 0
    banded = sum(rate * banded_years(years, o, u) * base for o, u, rate in bands)
    assert addon_pension(Decimal(0), Decimal(0), Decimal(0), Decimal(0), Decimal(0), Decimal(1),
                         years, "fen", banded) == Decimal("286.23")
    rule = ParameterFile.model_validate(_file("addon", {
        "name_zh": "增发基础养老金", "name_en": "Extra basic pension", "years": "total_years",
        "bands": [{"over": 20, "upto": 25, "rate": "0.0015"}, {"over": 30, "rate": "0.0025"}]}))
    value = rule.values[YearMonth(2020, 1)].value
    assert value.bands[1].upto is None and value.band_base == "basic_base"


def test_band_counted_from_its_start():
    """吉林 31st-year band (starts_at 31): 长春 2024-01, 30.58 years, 0.58 stays in the 26th-30th
    band (53.14 + 79.07 on 7084.83); 四平 2023-10, 38.25 years, 8.25 at 0.25% (39.30 + 52.40 + 108.07
    on 5239.97)."""
    from shebao_desktop.core.pension import band_shares
    rule = ParameterFile.model_validate(_file("addon", {
        "name_zh": "增发基础养老金", "name_en": "Extra basic pension", "years": "total_years",
        "bands": [{"over": 20, "upto": 25, "rate": "0.0015"}, {"over": 25, "upto": 30, "rate": "0.002"},
                  {"over": 30, "rate": "0.0025", "starts_at": 31}]}))
    bands = rule.values[YearMonth(2020, 1)].value.bands
    assert band_shares(Decimal("30.58"), bands) == [5, Decimal("5.58"), 0]
    assert band_shares(Decimal("38.25"), bands) == [5, 5, Decimal("8.25")]
    assert band_shares(Decimal(31), bands) == [5, 5, 1]
    assert band_shares(Decimal(18), bands) == [0, 0, 0]
    money = lambda years, base: [(b.rate * y * base).quantize(Decimal("0.01"))  # noqa: E731
                                 for b, y in zip(bands, band_shares(years, bands))]
    assert money(Decimal("30.58"), Decimal("7084.83")) == [Decimal("53.14"), Decimal("79.07"), 0]
    assert money(Decimal("38.25"), Decimal("5239.97")) == [Decimal("39.30"), Decimal("52.40"),
                                                         Decimal("108.07")]


def test_divisor_by_whole_years_where_a_region_says_so():
    """60y1m: 138.4 by the monthly interpolation; 139 where pension/divisor_by_whole_years."""
    figures = {"birth": YearMonth(1965, 1), "retire": YearMonth(2025, 2)}
    assert _pension(**figures).account_pension_divisor == Decimal("138.4")
    whole = _pension([("pension/divisor_by_whole_years", True)], **figures)
    assert whole.account_pension_divisor == Decimal(139)


def test_years_rounded_up_to_the_tenth():
    """安徽-style tenths_up: 401 months = 33.4167 years -> 33.5; 36 months -> 3.0."""
    assert contribution_years(Decimal(401), "tenths_up", None) == Decimal("33.5")
    assert contribution_years(Decimal(36), "tenths_up", None) == Decimal("3.0")


def test_index_rule_average_floored_at_one():
    """内蒙古-style: Z = max(Ī, 1)."""
    rule = [("pension/transitional_index_rule", "average_index_floor_one")]
    low = _pension(rule, deemed_years=Decimal(5), average_index=Decimal("0.8"))
    high = _pension(rule, deemed_years=Decimal(5), average_index=Decimal("1.3"))
    assert low.transitional_index == Decimal(1) and high.transitional_index == Decimal("1.3")


def test_add_on_only_with_enough_years_actually_paid():
    """An add-on with min_paid_years 20 is paid with 25 paid years, not with 15 paid + 10 deemed."""
    from shebao_desktop.core.policy.schema import AddonValue
    rule = AddonValue(name_zh="测试加发", name_en="Test add-on", fixed=Decimal(100),
                      min_paid_years=Decimal(20))
    name = "pension/addons/pension_subsidy"  # a Zhejiang add-on, replaced by the test rule
    enough = _pension([(name, rule)], region="zhejiang", actual_months=Decimal(300))
    short = _pension([(name, rule)], region="zhejiang", actual_months=Decimal(180),
                     deemed_years=Decimal(10))
    assert [e.amount for e in enough.extra_pension if e.name_zh == "测试加发"] == [Decimal("100.00")]
    assert not [e for e in short.extra_pension if e.name_zh == "测试加发"]


# -- every region's rule is one the engine knows ----------------------------------------------
ENGINE_CHOICES = {
    "pension/year_counting": {"exact_months", "whole_years_plus_months", "months_2dp", "months_4dp",
                              "tenths_up", "halves_up"},
    "pension/transitional_index_rule": {"one", "average_index", "transitional_index",
                                        "half_one_plus_average", "average_index_floor_one"},
    "pension/transitional_index_fallback": {"one", "average_index", "half_one_plus_average",
                                            "average_index_floor_one"},
    "pension/transitional_years_rule": {"deemed_years", "pre_account_years"},
    "pension/total_rounding": {"none", "jiao_up", "jiao_half_up", "yuan_half_up"},
    "pension/indexed_wage_rounding": {"none", "fen_half_up"},
}
ROUNDING_RULES = {"fen_half_up", "jiao_up", "jiao_half_up", "yuan_half_up", "fen_down_jiao_up"}


def _values(name: str):
    data = default_policy_data()
    for region, files in data.files.items():
        pfile = files.get(name)
        for month, entry in (pfile.values.items() if pfile else []):
            if entry is not None:
                yield region, month, entry.value


@pytest.mark.parametrize("name", sorted(ENGINE_CHOICES))
def test_every_region_names_a_rule_the_engine_knows(name):
    for region, month, value in _values(name):
        assert value in ENGINE_CHOICES[name], f"{region} {name} {month}: {value}"


@pytest.mark.parametrize("part", ["", "_basic", "_account", "_transitional"])
def test_every_rounding_rule_is_known(part):
    for region, month, value in _values(f"pension/rounding{part}"):
        assert value in ROUNDING_RULES, f"{region} pension/rounding{part} {month}: {value}"


def test_every_paid_window_is_readable():
    for region, month, value in _values("pension/transitional_paid_window"):
        first, last = YearMonth.parse(str(value["from"])), YearMonth.parse(str(value["to"]))
        assert first <= last, f"{region} {month}"
        assert value.get("index", "average_index") in ENGINE_CHOICES[
            "pension/transitional_index_rule"], f"{region} {month}"


def test_jiangsu_phases_the_new_transitional_method_in():
    """苏人社发〔2024〕4号 as the 南京 2024-01 form shows it: old 568.73, new 8613 x 1 x 149/12 x
    1.2% = 1283.34; retired in 2024: the new figure and the paid 40% of the excess each up to the
    jiao (pension/transitional_phase_in_rounding): 1283.4, 714.67 x 40% = 285.868 -> 285.9, so
    568.73 + 285.9 = 854.63, the figure in the form's total 4284.8 (the article's own 854.71 takes
    no rounding); in 2025: 70%; from 2026 the new method in full, to the fen; never below the
    old method's figure."""
    years = Decimal(149) / 12
    figures = {"region": "jiangsu", "pension_base": Decimal(8613), "deemed_years": years,
               "transitional_index": Decimal(1), "average_index": Decimal("0.7722"),
               "pre_account_years": years}
    new = _pension(retire=YearMonth(2024, 1), **figures).transitional_pension
    assert new == Decimal("1283.34")
    old = Decimal("568.73")
    assert _pension(retire=YearMonth(2024, 1), old_transitional=old,
                    **figures).transitional_pension == Decimal("854.63")
    # the form of a 2024-12 retirement still shows 40% (江苏 2024-12 form, tests/core/forms)
    assert _pension(retire=YearMonth(2024, 12), old_transitional=old,
                    **figures).transitional_pension == Decimal("854.63")
    # 70%: (1283.4 - 568.73) x 70% = 500.269 -> 500.3
    assert _pension(retire=YearMonth(2025, 1), old_transitional=old,
                    **figures).transitional_pension == Decimal("1069.03")
    assert _pension(retire=YearMonth(2026, 1), old_transitional=old,
                    **figures).transitional_pension == Decimal("1283.34")
    assert _pension(retire=YearMonth(2024, 1), old_transitional=Decimal(1300),
                    **figures).transitional_pension == Decimal("1283.34")
    assert _pension(region="anhui", retire=YearMonth(2024, 1), old_transitional=old,
                    **{k: v for k, v in figures.items() if k != "region"}).transitional_pension \
        != Decimal("854.63")
