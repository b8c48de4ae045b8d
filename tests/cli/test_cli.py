"""The command-line contract (README "Command line"): JSON numbers are Decimal strings, bad
input gives exactly one line on stderr that names the field, exit status 2, never a traceback.

Most cases call ``shebao_desktop.cli.main`` in-process; a few run ``python -m shebao_desktop``
in a subprocess to prove what a real user sees. Expected figures are worked by hand here from
the formulas of 国发〔2005〕38号, never by calling the code under test.
"""

from __future__ import annotations

import json
import re
from decimal import Decimal

import pytest

from shebao_desktop.core.policy.loader import default_policy_data
from shebao_desktop.core.policy.view import PolicyView
from shebao_desktop.core.yearmonth import YearMonth

from .cli_helpers import (EXAMPLE, FEN, MONEY, REPO, assert_one_line_error,  # noqa: F401
                          pension_args, run, run_json, run_subprocess)


# -- pension ------------------------------------------------------------------------------
PENSION_MONEY_KEYS = ("basic_pension", "account_pension", "transitional_pension", "total",
                      "pension_base")


def test_pension_json_keys_are_two_decimal_strings(capsys):
    out = run_json(capsys, *pension_args())
    for key in PENSION_MONEY_KEYS:
        assert key in out
        assert isinstance(out[key], str), key
        assert MONEY.match(out[key]), (key, out[key])


def test_pension_worked_example_60y0m(capsys):
    # C 10000, Ī 1.0, N 35: 10000 x (1 + 1.0) / 2 x 35 x 1% = 3500.00
    # account 200000 / 139 (age 60, 国发〔2005〕38号 table) = 1438.848... -> 1438.85
    out = run_json(capsys, *pension_args())
    assert out["basic_pension"] == "3500.00"
    assert out["account_pension"] == "1438.85"
    assert out["account_pension_divisor"] == "139"  # months, not money
    assert out["transitional_pension"] == "0.00"
    assert out["pension_base"] == "10000.00"
    assert Decimal(out["total"]) == Decimal("3500.00") + Decimal("1438.85")
    assert out["age"] == "60y0m"


def test_pension_divisor_60y3m(capsys):
    # 139 - (139 - 132) x 3 / 12 = 137.25 -> 137.3 (half-up to 0.1 month)
    out = run_json(capsys, *pension_args(retire="2025-04"))
    assert out["age"] == "60y3m"
    assert out["account_pension_divisor"] == "137.3"
    # 200000 / 137.3 = 1456.664... -> 1456.66
    assert out["account_pension"] == "1456.66"


def test_pension_divisor_female_cadre_55y1m(capsys):
    # 170 - (170 - 164) x 1 / 12 = 169.5
    out = run_json(capsys, *pension_args(gender="female", category="cadre", birth="1970-01",
                                         retire="2025-02"))
    assert out["age"] == "55y1m"
    assert out["account_pension_divisor"] == "169.5"
    # 200000 / 169.5 = 1179.941... -> 1179.94
    assert out["account_pension"] == "1179.94"


@pytest.mark.parametrize("base, deemed", [
    ("10000", "7.5"),      # 10000 x 1 x 7.5 x 0.01 = 750
    ("12345.5", "3.3"),    # 407.4015 -> 407.40
    ("10001", "0.5"),      # 50.005 -> 50.01 (half-up, not banker's 50.00)
    ("11883", "12.25"),    # 1455.6675 -> 1455.67
])
def test_pension_transitional_beijing(capsys, base, deemed):
    """Beijing: coefficient 1%, G同 = C x 1 x deemed years x 1% (rule 'one'); with a work start
    after the paid window (1992-10..1998-06) there is no G实 term."""
    expected = {
        ("10000", "7.5"): Decimal("750.00"),
        ("12345.5", "3.3"): Decimal("407.40"),
        ("10001", "0.5"): Decimal("50.01"),
        ("11883", "12.25"): Decimal("1455.67"),
    }[(base, deemed)]
    out = run_json(capsys, *pension_args(**{"pension-base": base, "deemed-years": deemed,
                                            "average-index": "1.3", "work-start": "1998-07"}))
    assert out["transitional_pension"] == str(expected)
    assert out["transitional_window_years"] == "0.0000"
    assert Decimal(out["total"]) == (Decimal(out["basic_pension"]) + Decimal(out["account_pension"])
                                     + Decimal(out["transitional_pension"]))
    # the index does not enter Beijing's G同 (rule 'one'), but N adds the deemed years to the
    # 35 paid (--years): basic = C x (1 + 1.3) / 2 x (35 + deemed) x 1%
    basic = (Decimal(base) * Decimal("2.3") / 2 * (35 + Decimal(deemed)) * FEN).quantize(
        FEN, rounding="ROUND_HALF_UP")
    assert out["basic_pension"] == str(basic)


@pytest.mark.parametrize("work_start", ["1980-01", "1995-04", "1997-04"])
def test_pension_beijing_paid_window_term(capsys, work_start):
    """Beijing G实 = C x 过渡性指数 x years paid in the window (its data, from the later of the
    window's start and the first paid month = the work start + the 2 years of service before the
    account (N同), to its end; months / 12 to 2 decimals) x 1%, on top of G同 = C x deemed
    years x 1% (北京 2026-03 东城: N同 145 months from 1981-06, G实 over 60 months from 1993-07);
    a person whose N同 ends after the window has no G实."""
    window = PolicyView(default_policy_data(), {}).value(
        "pension/transitional_paid_window", "beijing", YearMonth(2025, 1))
    first = max(YearMonth.parse(window["from"]), YearMonth.parse(work_start) + 24)
    months = max(0, YearMonth.parse(window["to"]) - first + 1)
    window_years = (Decimal(months) / 12).quantize(FEN, rounding="ROUND_HALF_UP")
    out = run_json(capsys, *pension_args(**{"deemed-years": "2", "average-index": "1.3",
                                            "pre-account-years": "2",
                                            "transitional-index": "2.4328",
                                            "work-start": work_start}))
    g_same = Decimal(10000) * 2 * FEN
    g_paid = Decimal(10000) * Decimal("2.4328") * window_years * FEN
    assert out["transitional_window_years"] == str(window_years.quantize(Decimal("0.0001")))
    assert out["transitional_pension"] == str((g_same + g_paid).quantize(FEN, rounding="ROUND_HALF_UP"))


def test_pension_add_ons_are_lines_with_sources_and_in_the_total(capsys):
    """Zhejiang: add-ons (pension/addons/*.yaml) each a line with its source, in the total."""
    out = run_json(capsys, *pension_args(region="zhejiang", birth="1964-06", retire="2024-06",
                                         years="27.5", **{"deemed-years": "8", "pension-base": None}))
    assert out["extra_pension"], "Zhejiang pays add-ons"
    for line in out["extra_pension"]:
        assert line["name_zh"] and line["name_en"] and Decimal(line["amount"]) > 0
        assert line["title"] and (line["number"] or line["url"])  # its source
    parts = sum(Decimal(out[k]) for k in ("basic_pension", "account_pension", "transitional_pension"))
    parts += sum(Decimal(line["amount"]) for line in out["extra_pension"])
    assert Decimal(out["total"]) - parts < Decimal("0.1")  # total rounded up to the jiao at most
    assert out["payable"] is True


def test_pension_below_minimum_years_is_not_payable(capsys):
    out = run_json(capsys, *pension_args(years="10"))
    assert out["payable"] is False
    assert out["total"] == "0.00"
    assert Decimal(out["basic_pension"]) > 0  # what it would be is still shown


def test_pension_transitional_index_given_or_defaulted(capsys):
    """Where the rule asks for a 过渡性指数 the typed one is used; else the fallback, said so."""
    common = {"region": "zhejiang", "birth": "1964-06", "retire": "2024-06", "years": "27.5",
              "deemed-years": "8", "pension-base": "8000"}
    given = run_json(capsys, *pension_args(**common, **{"transitional-index": "0.9"}))
    fallback = run_json(capsys, *pension_args(**common))
    assert given["transitional_index_source"] == "given" and given["transitional_index"] == "0.9000"
    assert fallback["transitional_index_source"] == "fallback"
    assert given["transitional_pension"] != fallback["transitional_pension"]


def test_pension_pre_account_years_from_work_start(capsys):
    """No --pre-account-years: the years from the work start to the region's account start."""
    out = run_json(capsys, *pension_args(region="zhejiang", birth="1964-06", retire="2024-06",
                                         years="30", **{"work-start": "1984-01"}))
    assert out["pre_account_source"] == "work_start"
    start = YearMonth.parse(out["account_start"])
    months = start - YearMonth(1984, 1)
    assert Decimal(out["pre_account_years"]) == (Decimal(months) / 12).quantize(FEN)
    given = run_json(capsys, *pension_args(region="zhejiang", birth="1964-06", retire="2024-06",
                                           years="30", **{"pre-account-years": "3"}))
    assert given["pre_account_years"] == "3.0000" and given["pre_account_source"] == "given"


def test_pension_text_format(capsys):
    code, out, err = run(capsys, *pension_args())
    assert code == 0 and err == ""
    assert "3500.00" in out and "1438.85" in out


# -- regions ------------------------------------------------------------------------------------
REGION_CODES = {
    "beijing": "110000", "shanghai": "310000", "guangdong": "440000", "guangzhou": "440100",
    "shenzhen": "440300", "zhejiang": "330000", "hangzhou": "330100", "jiangsu": "320000",
    "nanjing": "320100", "sichuan": "510000", "shandong": "370000", "hubei": "420000",
}


def test_regions_json_lists_the_required_regions_with_codes(capsys):
    rows = run_json(capsys, "regions")
    assert isinstance(rows, list)
    by_slug = {row["slug"]: row for row in rows}
    for slug, code in REGION_CODES.items():
        assert slug in by_slug, slug
        assert by_slug[slug]["code"] == code
        assert by_slug[slug]["name_zh"]
    for row in rows:
        assert re.fullmatch(r"\d{6}", row["code"]), row


def test_regions_list_cities_under_their_province(capsys):
    rows = run_json(capsys, "regions")
    slugs = [row["slug"] for row in rows]
    cities = [row for row in rows if row["parent"]]
    assert cities, "the data has cities"
    for city in cities:
        assert city["kind"] == "city"
        parent_at = slugs.index(city["parent"])
        between = slugs[parent_at + 1:slugs.index(city["slug"])]
        assert all(next(r for r in rows if r["slug"] == s)["parent"] == city["parent"]
                   for s in between), f"{city['slug']} is not under {city['parent']}"
    code, out, err = run(capsys, "regions")
    assert code == 0 and f"\n  {cities[0]['slug']}" in out  # indented under the province


def test_pension_accepts_a_city_slug(capsys):
    """A city region answers with its own files where it has them, else its province's."""
    rows = run_json(capsys, "regions")
    city = next(row for row in rows if row["parent"])
    out = run_json(capsys, *pension_args(region=city["slug"], **{"pension-base": None}))
    assert out["region"] == city["slug"]
    assert Decimal(out["total"]) > 0
    assert {p["region"] for p in out["parameters"]} <= {city["slug"], city["parent"], "national"}


# -- estimate --------------------------------------------------------------------------------
def test_estimate_example_json(capsys):
    out = run_json(capsys, "estimate", str(EXAMPLE), "--as-of", "2026-11")
    p = out["pension"]
    assert Decimal(p["total"]) == (Decimal(p["basic_pension"]) + Decimal(p["account_pension"])
                                   + Decimal(p["transitional_pension"]))
    for key in ("total", "basic_pension", "account_pension", "transitional_pension"):
        assert isinstance(p[key], str)
        Decimal(p[key])  # a Decimal string
    retire_year = int(out["retirement"]["chosen_month"][:4])
    years = [line["year"] for line in out["years"]]
    assert years[-1] == retire_year + 20
    assert years == list(range(years[0], years[-1] + 1))
    assert years[0] == 2011  # the first history row
    # born 1988-03, a man: statutory 63y0m in 2051-03 (delay capped at 36 months)
    assert out["retirement"]["statutory_month"] == "2051-03"


def test_estimate_example_text(capsys):
    code, out, err = run(capsys, "estimate", str(EXAMPLE), "--as-of", "2026-11")
    assert code == 0 and err == ""
    assert "2051-03" in out
    # the estimate mark is the year's, as in the window's table, not the last column's (trial
    # 2026-12-02 read "0.00※" as an estimated pension paid while working)
    rows = [line.split() for line in out.splitlines() if line[:4].isdigit() and " " in line]
    assert rows and all(not row[-1].endswith("※") for row in rows)
    assert any(row[0].endswith("※") for row in rows) and any(row[0].isdigit() for row in rows)


# -- bad input -------------------------------------------------------------------------------
def test_pension_after_the_window_while_paying_up_to_the_minimum(capsys):
    """Short of the minimum years at the statutory age, a person may pay on until reaching it
    and retire after the elective window; with the years already there at the statutory age,
    a retirement after the window is refused."""
    window = run_json(capsys, "retirement-age", "--birth", "1974-07", "--gender", "female",
                      "--category", "worker", "--format", "json")
    latest = YearMonth.parse(window["latest_month"])
    late = latest + 14
    need = Decimal(window["minimum_years"])
    short = pension_args(gender="female", birth="1974-07", retire=str(late),
                         years=str(need), **{"pension-base": "8000"})
    out = run_json(capsys, *short)
    assert out["payable"] is True
    code, out, err = run(capsys, *pension_args(gender="female", birth="1974-07", retire=str(late),
                                               years=str(need + 10)), "--format", "json")
    assert code == 2
    assert_one_line_error(err, "--retire")


def test_estimate_text_lists_the_add_ons(capsys, tmp_path):
    profile = {"birth": "1966-01", "gender": "male", "region": "zhejiang", "deemed_years": "3",
               "history": [{"period": str(y), "region": "zhejiang", "amount": "6000",
                            "amount_kind": "base"} for y in range(1994, 2026)],
               "future": {"continue_contributing": False}}
    path = tmp_path / "p.json"
    path.write_text(json.dumps(profile), encoding="utf-8")
    out = run_json(capsys, "estimate", str(path), "--as-of", "2026-11", "--format", "json")
    names = [line["name_en"] for line in out["pension"]["extra_pension"]]
    assert names
    code, text, err = run(capsys, "estimate", str(path), "--as-of", "2026-11")
    assert code == 0
    line = next(row for row in text.splitlines() if row.startswith("monthly pension"))
    for name in names:
        assert name in line


def test_pension_json_echoes_the_years_and_indices_used(capsys):
    out = run_json(capsys, *pension_args(**{"deemed-years": "4", "pre-account-years": "6",
                                            "transitional-index": "0.9", "work-start": "1988-03"}))
    for key in ("extra_pension", "payable", "minimum_years", "contribution_years",
                "pre_account_years", "pre_account_source", "account_start",
                "transitional_years", "transitional_years_rule", "transitional_index",
                "transitional_index_rule", "transitional_index_source",
                "transitional_window_years", "transitional_coefficient", "total_rounding",
                "indexed_wage", "indexed_wage_base"):
        assert key in out, key
    assert out["pre_account_years"] == "6.0000" and out["pre_account_source"] == "given"
    assert out["contribution_years"] == "39.0000"  # the years used: 35 paid + 4 deemed
    assert out["indexed_wage"] == "10000.00"  # C x Ī on C itself (Beijing has no second base)
    assert isinstance(out["extra_pension"], list) and out["payable"] is True


def test_estimate_json_writes_months_and_add_on_rules_readably(capsys, tmp_path):
    profile = {"birth": "1966-01", "gender": "male", "region": "zhejiang",
               "history": [{"period": "2020", "region": "zhejiang", "amount": "6000"}]}
    path = tmp_path / "p.json"
    path.write_text(json.dumps(profile), encoding="utf-8")
    out = run_json(capsys, "estimate", str(path), "--as-of", "2026-11", "--format", "json")
    values = {p["name"]: p["value"] for p in out["parameters"]}
    assert re.fullmatch(r"\d{4}-\d{2}", values["pension/account_start"])
    addons = [v for name, v in values.items() if name.startswith("pension/addons/")]
    assert addons and all(v["name_zh"] for v in addons)


def test_estimate_text_says_when_no_monthly_pension_is_payable(capsys, tmp_path):
    """A new user's trial: `estimate` printed a monthly pension and a replacement rate for a
    person far below the minimum years, with no word that nothing is payable."""
    profile = {"birth": "1966-01", "gender": "male", "region": "beijing",
               "history": [{"period": str(y), "region": "beijing", "amount": "9000"}
                           for y in (2023, 2024, 2025)],
               "future": {"continue_contributing": False}}
    path = tmp_path / "short.json"
    path.write_text(json.dumps(profile), encoding="utf-8")
    code, text, _err = run(capsys, "estimate", str(path), "--as-of", "2026-11")
    assert code == 0
    assert "No monthly pension: below the minimum 15 years" in text
    assert "replacement rate: —" in text
    out = run_json(capsys, "estimate", str(path), "--as-of", "2026-11", "--format", "json")
    assert out["pension"]["payable"] is False


@pytest.mark.parametrize("name", ["广州", "广州市", "Guangzhou", "guangzhou"])
def test_pension_region_may_be_named_in_chinese_or_english(capsys, name):
    out = run_json(capsys, *pension_args(region=name))
    assert out["region"] == "guangzhou"


def test_regions_text_shows_the_chinese_names(capsys):
    code, text, _err = run(capsys, "regions")
    assert code == 0
    assert "广州市" in text and "Guangzhou" in text
