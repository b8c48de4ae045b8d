"""The pension card gives today's money next to the nominal figure (trial item 4, 08.png:
22,378 元/月 for 2053 and no word of what it buys today), naming the inflation assumption that
converts it; with today's money shown, the nominal figure is beside it. The report's first
page gives both."""

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
    assert f"≈ 今日 {money(e.pension.total_today)} 元（{_inflation(e)}）" in card.detail.text()
    assert "通货膨胀" in card.detail.text()
    # its parts on hover (and in 计算过程)
    assert f"基础 {money(e.pension.basic_pension)} + 个人账户 {money(e.pension.account_pension)}" \
        in card.toolTip()


def test_with_todays_money_shown_the_nominal_figure_is_beside_it(window):
    window.session.set_today_money(True)
    QApplication.processEvents()
    e = window.session.estimate
    card = window.results.pension_card
    assert card.value.text().startswith(f"{money(e.pension.total_today)} 元")
    year = e.pension.retirement_month.year
    assert f"≈ {year} 年 {money(e.pension.total)} 元（{_inflation(e)}）" in card.detail.text()


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
