"""Wording of the issue 8 follow-up rules in the window and the PDF: the years before the
account for a work start after the account opened, the typed index in (1 + Z) / 2, the
虚账实记 term, and the PDF headline's parts adding up to the total with the add-ons."""

from __future__ import annotations

import re
from decimal import Decimal

from shebao_desktop.core.estimate import estimate
from shebao_desktop.core.profile import Profile
from shebao_desktop.core.yearmonth import YearMonth
from shebao_desktop.gui.explain import explain_html
from shebao_desktop.gui.report import summary_html
from shebao_desktop.gui.transitional_box import index_hint, pre_account_hint

AS_OF = YearMonth(2026, 11)


def _profile(region: str, first: int = 1999, **over) -> Profile:
    data = {"birth": "1966-01", "gender": "male", "region": region, "deemed_years": "0",
            "history": [{"period": str(y), "region": region, "amount": "6000",
                         "amount_kind": "base"} for y in range(first, 2026)],
            "future": {"continue_contributing": False}}
    data.update(over)
    return Profile.model_validate(data)


def test_a_work_start_after_the_account_opened_is_worded_as_such(qapp):
    """She entered 1998-07 as her work start, after the account opened: the text must not say
    she gave no work start."""
    profile = _profile("hebei", work_start="1998-07")
    p = estimate(profile, as_of=AS_OF).pension
    assert p.pre_account_source == "work_start_after_account"
    html = explain_html(profile, estimate(profile, as_of=AS_OF))
    assert "没有 1996-01 以前的缴费记录或参加工作时间" not in html
    assert "参加工作时间在个人账户建立" in html
    assert "参加工作时间在" in pre_account_hint(p) and "未填参加工作时间" not in pre_account_hint(p)


def test_typed_index_in_half_one_plus_average_is_named(qapp):
    profile = _profile("liaoning", first=1990, deemed_years="3", transitional_index="1.2")
    result = estimate(profile, as_of=AS_OF)
    assert result.pension.transitional_index_source == "given"
    assert result.pension.transitional_index == Decimal("1.1000")
    assert "(1 + 过渡性指数) ÷ 2" in explain_html(profile, result)
    assert "(1 + 过渡性指数) ÷ 2" in index_hint(result.pension)


def test_notional_account_term_is_explained(qapp):
    profile = _profile("shanghai", first=1990, deemed_years="1.67",
                       statement={"as_of": "2025-12", "pension_balance": "242221",
                                  "contribution_years": "31", "average_index": "1.3569",
                                  "notional_account": "61584"})
    result = estimate(profile, as_of=AS_OF)
    assert result.pension.notional_account_pension == Decimal("513.20")
    html = explain_html(profile, result)
    assert "虚账实记余额 61,584.00 元 ÷ 120 个月 = 513.20 元" in html


def test_pdf_headline_parts_add_up_to_the_total_with_the_add_ons(qapp):
    profile = _profile("zhejiang", first=1994, deemed_years="3")
    result = estimate(profile, as_of=AS_OF)
    p = result.pension
    assert p.extra_pension
    html = summary_html(profile, result, chart_png=None, today_money=False, version="t",
                        printed_on="2026-11-01")
    line = re.search(r"（\d{4}-\d{2} 起，基础养老金 ([^）]*)）", html).group(1)
    amounts = [Decimal(a.replace(",", "")) for a in re.findall(r"[\d,]+\.\d{2}", line)]
    assert len(amounts) == 3 + len(p.extra_pension)
    for e in p.extra_pension:
        assert e.name_zh in line
    # every part is there: the sum differs from the total by at most its rounding (浙江 见分进角)
    assert abs(sum(amounts) - p.total) < Decimal("0.10")


def _to_region(window, qtbot, slug):
    region = window.person.region
    region.setCurrentIndex(region.findData(slug))
    region.activated.emit(region.currentIndex())
    qtbot.waitUntil(lambda: window.session.estimate.pension.region == slug)


def test_statement_panel_shows_the_notional_account_only_where_the_region_has_it(window, qtbot):
    panel = window.history
    _to_region(window, qtbot, "zhejiang")
    assert not panel._statement_form.isRowVisible(panel.st_notional)
    _to_region(window, qtbot, "shanghai")
    assert panel._statement_form.isRowVisible(panel.st_notional)
    panel.use_statement.setChecked(True)
    qtbot.waitUntil(lambda: window.session.profile.statement is not None)
    panel.st_notional.setValue(61584)
    qtbot.waitUntil(lambda: window.session.estimate.pension.notional_account_pension is not None)
    assert window.session.profile.statement.notional_account == Decimal("61584.00")
    assert window.session.estimate.pension.notional_account_pension == Decimal("513.20")


def test_a_coefficient_by_paid_years_names_its_rule(qapp):
    """吉林: 1.2% below 20 years actually paid; the explanation says k follows the paid years."""
    profile = _profile("jilin", first=2010, deemed_years="10")
    result = estimate(profile, as_of=AS_OF)
    assert result.pension.transitional_coefficient == Decimal("0.012")
    html = explain_html(profile, result)
    assert "k 计发系数 = 0.012（本地区按实际缴费年限" in html
