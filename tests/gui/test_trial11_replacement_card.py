"""New-user trial 11: the replacement-rate card of a man who stopped paying in 2015 (继续缴费
unticked) said "相对本人退休前工资" of a rate against his wage of 2015. It now names the month and
that the wage was brought to retirement by the pension base's growth, as the PDF does with the
amount (core/replacement.py; the core's figures: tests/core/test_trial11_replacement_rate.py)."""

from __future__ import annotations

from shebao_desktop.core.yearmonth import YearMonth
from shebao_desktop.gui.report import summary_html


def test_the_card_and_the_pdf_say_what_the_rate_is_against(window, qtbot):
    session = window.session
    rows = [{"period": str(y), "region": "sichuan", "amount": str(2000 + (y - 2000) * 300)}
            for y in range(1996, 2016)]
    session.update("birth", birth="1970-09", region="sichuan", history=rows,
                   future={"continue_contributing": False})
    qtbot.waitUntil(lambda: session.estimate is not None
                    and session.estimate.pension.replacement_wage_from == YearMonth(2015, 12))
    p = session.estimate.pension
    card = window.results.rate_card
    assert card.detail.text().startswith("相对本人 2015-12 的工资按计发基数增长折算到退休时；相对计发基数 ")
    html = summary_html(session.profile, session.estimate, chart_png=None, today_money=False,
                        version="test", printed_on="2026-12-04")
    assert f"相对本人 2015-12 的工资按计发基数增长折算到退休时的 {p.replacement_wage:,.2f} 元" in html
