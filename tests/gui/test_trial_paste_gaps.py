"""New-user trial, finding 4: each pasted row left out for an error (a wage "7,9OO" in 2018, a
period "2020-13") added a "没有缴费记录（断缴）" notice for its year, beside the notice that the
rows are left out. A gap only left-out rows make is no longer called 断缴; a real gap still is
(narrowed to the months no left-out row stands for); no figure changes."""

from decimal import Decimal

import pytest

from shebao_desktop.core.estimate import estimate
from shebao_desktop.core.profile import HistoryRow
from shebao_desktop.core.yearmonth import YearMonth
from shebao_desktop.gui.results_panel import ResultsPanel
from shebao_desktop.gui.sample import blank_profile
from shebao_desktop.gui.session import Session
from shebao_desktop.storage.drafts import with_table

AS_OF = YearMonth(2026, 11)


def person():
    return blank_profile(AS_OF, "shanghai").model_copy(update={"birth": YearMonth(1988, 5)})


def valid(year: int, amount: int = 8000) -> HistoryRow:
    return HistoryRow(period=str(year), region="shanghai", amount=Decimal(amount))


def gaps(session) -> list[tuple[str, str]]:
    return [(n.params["from"], n.params["to"]) for n in session.estimate.notices
            if n.code == "GAP_IN_HISTORY"]


def computed(qtbot, rows):
    session = Session(with_table(person(), rows), as_of=AS_OF)
    results = ResultsPanel(session)
    qtbot.addWidget(results)
    session.recompute()
    return session, results


def trial_rows() -> list:
    rows: list = [valid(year, 7000 + 300 * n) for n, year in enumerate(range(2016, 2026))]
    rows[2] = {"period": "2018", "amount": "7,9OO"}
    rows[4] = {"period": "2020-13", "amount": "8200"}
    return rows


def test_rows_left_out_make_no_gap_notice_and_no_figure_changes(qtbot):
    session, results = computed(qtbot, trial_rows())
    assert session.left_out_rows == [2, 4]
    assert gaps(session) == []
    text = results.notices.text()
    assert "断缴" not in text.replace("如这段时间断缴", "")  # the continue-paying notice's advice
    assert "缴费记录第 3、5 行有误，未计入计算（共 2 行）" in text
    # the figures are the core's for the valid rows: the same as without the left-out rows
    alone = estimate(with_table(person(), [r for r in trial_rows() if isinstance(r, HistoryRow)]),
                     as_of=AS_OF)
    assert session.estimate.pension == alone.pension and session.estimate.years == alone.years
    assert [n for n in alone.notices if n.code != "GAP_IN_HISTORY"] == session.estimate.notices
    assert [(n.params["from"], n.params["to"]) for n in alone.notices
            if n.code == "GAP_IN_HISTORY"] == [("2018-01", "2018-12"), ("2020-01", "2020-12")]


def test_a_real_gap_is_still_said_narrowed_to_the_months_not_left_out(qtbot):
    rows: list = [valid(2014), {"period": "2015", "amount": "8a00"}, valid(2017), valid(2018)]
    session, results = computed(qtbot, rows)
    assert gaps(session) == [("2016-01", "2016-12")]  # 2015 is the left-out row's
    assert "2016-01 至 2016-12 没有缴费记录（断缴）" in results.notices.text()
    assert "2015-01" not in results.notices.text()
    # without a row left out the estimate is the core's, its gap notices too
    plain, _results = computed(qtbot, [valid(2014), valid(2016)])
    assert gaps(plain) == [("2015-01", "2015-12")]
    assert plain.estimate == estimate(plain.profile, as_of=AS_OF)


def test_a_left_out_row_without_a_year_stands_for_the_gap_it_sits_in(qtbot):
    rows: list = [valid(2014), {"period": "2O15", "amount": "8000"}, valid(2016),
                  {"period": "", "amount": "9000"}, valid(2019)]
    session, _results = computed(qtbot, rows)
    assert session.left_out_rows == [1, 3]
    assert gaps(session) == []  # 2015 between 2014 and 2016; 2017-2018 between 2016 and 2019


@pytest.mark.parametrize("month_row", ["2015-06", "2015-6月"])
def test_a_left_out_month_row_stands_for_its_month_only(qtbot, month_row):
    rows: list = [valid(2014), {"period": month_row, "amount": "x"}, valid(2016)]
    session, _results = computed(qtbot, rows)
    assert gaps(session) == [("2015-01", "2015-05"), ("2015-07", "2015-12")]
