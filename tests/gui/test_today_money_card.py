"""The pension card gives today's money next to the nominal figure (trial item 4, 08.png:
22,378 元/月 for 2053 and no word of what it buys today), naming the inflation assumption that
converts it; the same line whichever money the big figure is in."""

from PySide6.QtWidgets import QApplication

from shebao_desktop.gui.labels import money
from shebao_desktop.presentation.messages import assumption_parts


def _inflation(e) -> str:
    return assumption_parts([a for a in e.assumptions if a.name == "inflation"], "zh")[0]


def _both(e) -> str:
    p = e.pension
    return (f"{p.retirement_month.year} 年 {money(p.total)} 元 ≈ 今日 "
            f"{money(p.total_today)} 元（{_inflation(e)}）")


def test_the_pension_card_shows_todays_money_beside_the_nominal_figure(window):
    QApplication.processEvents()
    e = window.session.estimate
    card = window.results.pension_card
    assert card.value.text().startswith(f"{money(e.pension.total)} 元")
    assert e.pension.total_today < e.pension.total  # a later year's yuan buys less
    assert _both(e) in card.detail.text() and "通货膨胀" in card.detail.text()


def test_with_todays_money_shown_the_same_line_stands_beside_it(window):
    window.session.set_today_money(True)
    QApplication.processEvents()
    e = window.session.estimate
    card = window.results.pension_card
    assert card.value.text().startswith(f"{money(e.pension.total_today)} 元")
    assert _both(e) in card.detail.text()


def test_the_reports_first_page_gives_todays_money_beside_the_nominal_pension(qapp):
    from shebao_desktop.core.estimate import estimate
    from shebao_desktop.core.yearmonth import YearMonth
    from shebao_desktop.gui.report import summary_html
    from shebao_desktop.gui.sample import sample_profile
    as_of = YearMonth(2026, 11)
    profile = sample_profile(as_of)
    e = estimate(profile, as_of=as_of)
    html = summary_html(profile, e, chart_png=None, today_money=False, version="1",
                        printed_on="x")
    first = html.split("月养老金", 1)[1][:3000]  # the headline and the line under it
    assert _both(e) in first
