"""Trial 3, finding 6: 计算过程 was blank for an empty profile while 图表 said "还没有估算结果"
(charts.no_estimate_note). The explanation tab now says the chart's sentence."""

from __future__ import annotations

from shebao_desktop.core.profile import Profile
from shebao_desktop.core.yearmonth import YearMonth
from shebao_desktop.gui.charts import no_estimate_note
from shebao_desktop.gui.results_panel import ResultsPanel
from shebao_desktop.gui.session import Session


def test_the_explanation_of_an_empty_profile_says_there_is_no_estimate(qtbot):
    empty = Profile.model_validate({"birth": "1985-06", "gender": "male", "region": "beijing"})
    session = Session(empty, as_of=YearMonth(2026, 11))
    session.recompute()
    assert session.estimate is None
    panel = ResultsPanel(session)
    qtbot.addWidget(panel)
    panel.refresh()
    panel.tabs.setCurrentWidget(panel.explain)
    assert no_estimate_note() in panel.explain.toPlainText()
