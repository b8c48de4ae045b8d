"""Issue 10: an edited wage updates what is on screen and only what changed; a tab that was
hidden during the edit shows the new figures when it is opened."""

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from shebao_desktop.gui.history_cells import COLUMN_OF
from shebao_desktop.gui.labels import money
from shebao_desktop.gui.tables import YearTableModel

AMOUNT = COLUMN_OF["amount"]
CLOSING = 11  # 养老账户年末


def _edit_first_wage(window, step: str = "1000") -> None:
    """The first history row's wage raised by ``step`` in the table, recomputed, repainted."""
    model = window.history.model
    index = model.index(0, AMOUNT)
    new = Decimal(model.data(index, Qt.ItemDataRole.EditRole)) + Decimal(step)
    assert model.setData(index, str(new), Qt.ItemDataRole.EditRole)
    window.session.recompute()
    QApplication.processEvents()


def _richest(e) -> int:
    """The year whose pension account closes highest (the last one before retirement)."""
    return max(range(len(e.years)), key=lambda n: e.years[n].pension_account.closing)


def _texts(model) -> list[list[str]]:
    return [[model.data(model.index(r, c)) for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def test_a_shown_year_table_signals_the_cells_whose_text_changed(window):
    results = window.results
    results.tabs.setCurrentWidget(results.year_table)
    QApplication.processEvents()
    model = results.year_model
    before = _texts(model)
    spans = []
    model.dataChanged.connect(lambda a, b, _roles=(): spans.append(
        (a.row(), b.row(), a.column(), b.column())))
    _edit_first_wage(window)
    after = _texts(model)
    changed = {(r, c) for r, row in enumerate(after) for c, text in enumerate(row)
               if text != before[r][c]}
    assert changed, "a raised wage changes figures"
    covered = {(r, c) for r0, r1, c0, c1 in spans for r in range(r0, r1 + 1)
               for c in range(c0, c1 + 1)}
    assert changed <= covered
    assert all(c != 0 for _r, c in covered), "the years did not change: not repainted"
    assert len(covered) < len(after) * model.columnCount() / 2  # cells, not the whole table
    assert after == _texts(YearTableModel(window.session))  # what a fresh table shows
    e = window.session.estimate
    n = _richest(e)
    assert after[n][CLOSING].startswith(money(e.years[n].pension_account.closing))
    window.session.set_today_money(True)  # the texts made again, then edited in today's money
    QApplication.processEvents()
    _edit_first_wage(window, "2000")
    assert _texts(model) == _texts(YearTableModel(window.session))


def test_tabs_hidden_during_an_edit_show_the_new_figures_when_opened(window):
    results, session = window.results, window.session
    results.tabs.setCurrentWidget(results.compare_page)  # every results tab hidden
    QApplication.processEvents()
    n = _richest(session.estimate)
    balance_before = session.estimate.years[n].pension_account.closing
    _edit_first_wage(window)
    e = session.estimate
    assert e.years[n].pension_account.closing != balance_before

    results.tabs.setCurrentWidget(results.year_table)
    QApplication.processEvents()
    model = results.year_model
    shown = model.data(model.index(n, CLOSING))
    assert shown.startswith(money(e.years[n].pension_account.closing))

    results.tabs.setCurrentWidget(results.explain)
    QApplication.processEvents()
    assert money(e.pension.total) in results.explain.toPlainText()

    results.tabs.setCurrentIndex(1)  # the charts
    QApplication.processEvents()
    line = results.balances_chart.plot.lines[0]
    assert line.points[n] == (e.years[n].year, float(e.years[n].pension_account.closing / 10000))
