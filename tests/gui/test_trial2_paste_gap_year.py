"""New-user trial 2, finding 3: a history row with 0 paid months (the trial's 2015, a year of
unemployment) is a gap in the year table (逐年明细): 阶段 未缴费 / No contributions, not 缴费
(the core's phase, working, is unchanged; the view words it)."""

import pytest
from PySide6.QtGui import QGuiApplication

from shebao_desktop.core.yearmonth import YearMonth
from shebao_desktop.gui.history_panel import HistoryPanel
from shebao_desktop.gui.i18n import install_language
from shebao_desktop.gui.labels import phase_labels
from shebao_desktop.gui.sample import blank_profile
from shebao_desktop.gui.session import Session
from shebao_desktop.gui.tables import YearTableModel

AS_OF = YearMonth(2026, 11)
PHASE = 2


@pytest.fixture
def session(qtbot):
    profile = blank_profile(AS_OF, "shenzhen").model_copy(update={"birth": YearMonth(1985, 1)})
    session = Session(profile, as_of=AS_OF)
    panel = HistoryPanel(session)
    qtbot.addWidget(panel)
    QGuiApplication.clipboard().setText("2014\t深圳市\t8000\t工资\t12\n2015\t深圳市\t8000\t工资\t0\n"
                                        "2016\t深圳市\t8000\t工资\t12\n")
    panel.table.clearSelection()
    panel.paste()
    session.recompute()
    assert session.estimate is not None, session.calc_error
    yield session
    install_language("zh_CN")


def _phases(session) -> dict[str, str]:
    model = YearTableModel(session)
    return {model.data(model.index(r, 0)).rstrip("※"): model.data(model.index(r, PHASE))
            for r in range(model.rowCount())}


def test_a_year_of_no_paid_month_reads_as_a_gap_in_both_languages(session):
    line = next(y for y in session.estimate.years if y.year == 2015)
    assert line.phase == "working" and line.months_contributed == 0
    phases = _phases(session)
    assert phases["2015"] == phase_labels()["not_paid"] == "未缴费"
    assert phases["2014"] == phases["2016"] == "缴费"
    install_language("en")
    phases = _phases(session)
    assert phases["2015"] == "No contributions"
    assert phases["2016"] != "No contributions"
