"""Trial (new user): a flexible worker's card said 住房公积金 不适用, but the one-page summary
printed "0.00 元 ※", the PDF's 基本情况 line gave the rates ("个人 12%，单位 同个人") and the
ticked 缴存住房公积金 box said nothing. Every view now says 不适用 by the card's one rule
(summary_cards.no_housing_fund), and the box, left as the user ticked it, has a hint beside it."""

from PySide6.QtWidgets import QApplication

from shebao_desktop.core.estimate import estimate
from shebao_desktop.core.yearmonth import YearMonth
from shebao_desktop.gui.labels import money
from shebao_desktop.gui.report import summary_html
from shebao_desktop.gui.sample import sample_profile
from shebao_desktop.gui.summary_cards import no_housing_fund
from shebao_desktop.gui.summary_page import one_page_data, one_page_html

AS_OF = YearMonth(2026, 11)


def _profiles():
    employee = sample_profile(AS_OF)
    flexible = employee.model_copy(update={"category": "flexible"})
    assert employee.housing_fund.enabled and flexible.housing_fund.enabled  # the box ticked
    return employee, flexible


def _basics_housing(html: str) -> str:
    """The 住房公积金 cell of the 基本情况 table (the first one in the report)."""
    return html.split("住房公积金</td>", 1)[1].split("</td>", 1)[0]


def test_the_pdf_basics_say_not_applicable_for_a_flexible_worker():
    employee, flexible = _profiles()
    for profile, expected in ((flexible, "不适用"), (employee, "个人 12%")):
        e = estimate(profile, as_of=AS_OF)
        assert no_housing_fund(e, profile) == (profile is flexible)  # as the card decides
        html = summary_html(profile, e, chart_png=None, today_money=False, version="t",
                            printed_on="2026-12-01")
        cell = _basics_housing(html)
        assert expected in cell, cell
        if profile is flexible:
            assert "个人" not in cell and "单位" not in cell


def _housing_row(session) -> str:
    html = one_page_html(one_page_data(session), printed_on="2026-12-01")
    return html.split("住房公积金（退休时可提取）", 1)[1].split("</tr>", 1)[0]


def test_the_one_page_summary_says_not_applicable_as_the_card(window):
    session = window.session
    e = session.estimate
    assert e.at_retirement.housing_fund > 0  # an employee: the balance, as before
    row = _housing_row(session)
    assert money(e.at_retirement.housing_fund) in row and "不适用" not in row
    assert session.update("test", None, category="flexible")
    session.recompute()
    QApplication.processEvents()
    assert window.results.housing_card.value.text() == "不适用"
    row = _housing_row(session)
    assert "不适用" in row and "0.00" not in row and "※" not in row


def test_the_ticked_box_gets_a_hint_and_keeps_the_users_choice(window):
    panel, session = window.assumptions, window.session
    assert panel.hf_enabled.isChecked() and panel.hf_hint.isHidden()  # an employee: no hint
    assert session.update("test", None, category="flexible")
    session.recompute()
    QApplication.processEvents()
    assert not panel.hf_hint.isHidden()
    assert "灵活就业人员通常没有住房公积金" in panel.hf_hint.text()
    # the user's data is not changed: the box stays ticked, the profile keeps it
    assert panel.hf_enabled.isChecked() and session.profile.housing_fund.enabled
    panel.hf_enabled.setChecked(False)  # unticked: nothing to say
    session.recompute()
    QApplication.processEvents()
    assert panel.hf_hint.isHidden() and not session.profile.housing_fund.enabled


def test_the_other_views_leave_the_housing_fund_out_for_a_flexible_worker(window):
    """Trial 2: the 五险一金 tab showed a 住房公积金 row of 0.00 with 有无个人账户 "有", the PDF a 0.00
    row and a column of 0.00 in its year table, the balances chart a line along zero."""
    import re

    from shebao_desktop.gui.charts import balances_plot
    session = window.session

    def shown():
        model = window.results.breakdown_model
        rows = [model.data(model.index(r, 0)) for r in range(model.rowCount())]
        html = summary_html(session.profile, session.estimate, chart_png=None, today_money=False,
                            version="t", printed_on="2026-12-01")
        monthly = html.split("每月缴费（五险一金）", 1)[1].split("</table>", 1)[0]
        years_head = re.findall(r"<thead><tr>(.*?)</tr></thead>", html.split("逐年明细", 1)[1])[0]
        lines = [line.name for line in balances_plot(session).lines]
        return ("住房公积金" in rows, "住房公积金" in monthly, "住房公积金" in years_head,
                "住房公积金" in lines)

    assert shown() == (True, True, True, True)  # an employee: the fund everywhere
    assert session.update("test", None, category="flexible")
    session.recompute()
    QApplication.processEvents()
    assert window.results.housing_card.value.text() == "不适用"
    assert shown() == (False, False, False, False)
