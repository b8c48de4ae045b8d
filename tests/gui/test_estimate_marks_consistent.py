"""Trial (new user): the 替代率 card had no ※ though the pension card beside it had one; the
comparison of retirement months printed its figures with no ※ at all, and printed the screen's
instruction "可改后按“要怎样才能达到？”". The rate card and the comparison's figures (on screen and
on paper) are marked by the pension card's rule (summary_cards.pension_estimated), and the
print leaves the instruction out (a goal's answer is still printed)."""

from decimal import Decimal as D


from shebao_desktop.core.decide.goal import Answer, Goal
from shebao_desktop.core.estimate import estimate
from shebao_desktop.core.yearmonth import YearMonth
from shebao_desktop.gui.sample import sample_profile
from shebao_desktop.gui.summary_cards import CardFacts, SummaryCards

from .window_helpers import open_decision, pdf_text

AS_OF = YearMonth(2026, 11)


def _plain(e):
    """``e`` resting on nothing estimated."""
    years = [y.model_copy(update={"estimated": False}) for y in e.years]
    return e.model_copy(update={"years": years, "pension": e.pension.model_copy(
        update={"pension_base_estimated": False})})


def test_the_rate_card_is_marked_as_the_pension_card(qtbot):
    cards = SummaryCards()
    qtbot.addWidget(cards)
    e = estimate(sample_profile(AS_OF), as_of=AS_OF)
    for shown, marked in ((e, True), (_plain(e), False)):
        cards.show_estimate(shown, CardFacts())
        assert cards.pension_card.value.text().endswith("※") == marked
        assert cards.rate_card.value.text().endswith("※") == marked, cards.rate_card.value.text()
    # only the base estimated: the pension is marked, so is its rate
    base_only = _plain(e)
    base_only = base_only.model_copy(update={"pension": base_only.pension.model_copy(
        update={"pension_base_estimated": True})})
    cards.show_estimate(base_only, CardFacts())
    assert cards.pension_card.value.text().endswith("※")
    assert cards.rate_card.value.text().endswith("※")


def test_the_printed_rates_are_marked_as_the_pension(qtbot):
    """The PDF's results table marks its two 替代率 rows as the card marks the rate."""
    import re

    from shebao_desktop.gui.report import summary_html
    profile = sample_profile(AS_OF)
    e = estimate(profile, as_of=AS_OF)
    for shown, marked in ((e, True), (_plain(e), False)):
        html = summary_html(profile, shown, chart_png=None, today_money=False, version="t",
                            printed_on="2026-11-30")
        rates = re.findall(r"替代率（对[^<]*）</td><td[^>]*>([^<]*)</td>", html)
        assert len(rates) == 2, rates
        assert all(rate.endswith("%※") == marked for rate in rates), rates


def test_the_comparison_marks_its_figures_on_screen_and_on_paper(window, qtbot, tmp_path):
    view = open_decision(window, qtbot)
    assert window.results.pension_card.value.text().endswith("※")  # the sample rests on estimates
    header = view.table.verticalHeaderItem
    titles = [header(n).text() for n in range(1, view.table.rowCount())]
    assert "月养老金（退休时） ※" in titles and "替代率 ※" in titles
    assert "缴费年限" in titles and "满足最低年限" in titles  # years paid are no estimate
    assert "可改后按" in view.goal.goal_text.text()  # the screen's instruction
    text = pdf_text(view.print_bar.export_pdf(str(tmp_path / "compare.pdf")))
    line = next(line for line in text.splitlines() if line.startswith("月养老金（退休时）"))
    assert "※" in line
    assert "可改后按" not in text and "要怎样才能达到" not in text
    # a goal's answer is no instruction: printed
    box = view.goal
    box._answered = window.session.estimate  # as compute_goal asks: for the inputs shown
    statutory = YearMonth(2054, 6)
    box._goal_done(Goal(D("30000"), statutory, D("12921.71"),
                        Answer(D("2.2882"), True, "FOUND", D("30000")),
                        Answer(None, False, "NOT_WITHIN_WINDOW", D("15000")),
                        Answer(D("47919"), True, "FOUND", D("30001"))), None)
    html = view.print_html()
    assert "今后平均缴费指数：2.2882" in html and "47,919 元" in html
