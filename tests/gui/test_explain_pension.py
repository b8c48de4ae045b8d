"""The 计算过程 tab and the PDF summary explain the transitional pension and each regional add-on
with its source (issue 8)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from shebao_desktop.core.estimate import estimate
from shebao_desktop.core.profile import Profile
from shebao_desktop.core.yearmonth import YearMonth
from shebao_desktop.gui.explain import explain_html
from shebao_desktop.gui.report import summary_html


def _profile(region: str, **over) -> Profile:
    data = {"birth": "1966-01", "gender": "male", "region": region, "deemed_years": "3",
            "history": [{"period": str(y), "region": region, "amount": "6000",
                         "amount_kind": "base"} for y in range(1994, 2026)],
            "future": {"continue_contributing": False}}
    data.update(over)
    return Profile.model_validate(data)


@pytest.fixture
def zhejiang(qapp):
    profile = _profile("zhejiang")
    return profile, estimate(profile, as_of=YearMonth(2026, 11))


def test_explain_names_each_add_on_with_its_figures_and_source(zhejiang):
    profile, result = zhejiang
    html = explain_html(profile, result)
    assert result.pension.extra_pension
    for line in result.pension.extra_pension:
        assert line.name_zh in html
        assert f"{line.amount:,.2f}" in html
        assert (line.number or line.title or "") in html
    # the total adds every part, add-ons included
    parts = [result.pension.basic_pension, result.pension.account_pension,
             result.pension.transitional_pension] + [e.amount for e in result.pension.extra_pension]
    assert " + ".join(f"{v:,.2f}" for v in parts) in html


def test_explain_states_the_transitional_rule_factors_and_sources(zhejiang):
    profile, result = zhejiang
    p = result.pension
    html = explain_html(profile, result)
    assert f"N 计算年限 = {Decimal(p.transitional_years).normalize():f}" in html or \
        "N 计算年限" in html
    coefficient = next(x for x in result.parameters if x.name == "pension/transitional_coefficient")
    assert (coefficient.number or coefficient.title or coefficient.method or "")[:20] in html
    assert "建账前缴费年限" in html or "视同缴费年限" in html


def test_beijing_explains_the_paid_window_term(qapp):
    rows = [{"period": str(y), "region": "beijing", "amount": "5000", "amount_kind": "base"}
            for y in range(1995, 2026)]
    profile = _profile("beijing", history=rows)
    result = estimate(profile, as_of=YearMonth(2026, 11))
    assert result.pension.transitional_window_years > 0
    html = explain_html(profile, result)
    assert "N实" in html and "Z实" in html


def test_pdf_summary_lists_add_ons_and_explains_them(zhejiang):
    profile, result = zhejiang
    html = summary_html(profile, result, chart_png=None, today_money=False, version="t",
                        printed_on="2026-12-01")
    assert "过渡性养老金与地方加发项目" in html
    for line in result.pension.extra_pension:
        assert html.count(line.name_zh) >= 2  # in the results and in the explanation


def test_pdf_inputs_show_the_pre_account_years_and_the_index(qapp):
    profile = _profile("zhejiang", history=[], statement={
        "as_of": "2025-12", "pension_balance": "150000", "contribution_years": "30",
        "average_index": "1.1", "pre_account_years": "6.5", "transitional_index": "0.93"})
    result = estimate(profile, as_of=YearMonth(2026, 11))
    html = summary_html(profile, result, chart_png=None, today_money=False, version="t",
                        printed_on="2026-12-01")
    assert "建账前缴费年限 6.5 年" in html and "过渡性指数 0.93" in html  # the statement's
    # what the estimate used: the years, and the index with where it comes from (trial 20)
    assert "建账前缴费年限" in html and f"{result.pension.transitional_index:.4f}（" in html


def test_explain_shows_the_indexed_wage_where_a_region_has_its_own_base(qapp):
    """河南 cities: (C of the province + the city's base x Ī) / 2 x N x 1%."""
    from shebao_desktop.core.policy.loader import default_policy_data
    data = default_policy_data()
    cities = [slug for slug, files in data.files.items()
              if "pension/indexed_wage_base" in files and slug in data.regions]
    if not cities:
        pytest.skip("no region has its own indexed-wage base")
    profile = _profile(cities[0], history=[
        {"period": str(y), "region": cities[0], "amount": "6000", "amount_kind": "base"}
        for y in range(2000, 2026)])
    result = estimate(profile, as_of=YearMonth(2026, 11))
    p = result.pension
    assert p.indexed_wage_base is not None and p.indexed_wage is not None
    html = explain_html(profile, result)
    assert "指数化月平均缴费工资" in html
    assert f"{p.indexed_wage:,.2f}" in html and f"{p.basic_pension:,.2f}" in html
