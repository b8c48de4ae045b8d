"""Issue 10: the history table's columns fit their texts when rows come or go, and an edited
cell costs the measure of that cell only. Qt's ResizeToContents measured every column of 24
rows (about 1,000 ``data()`` calls, ~6 ms) on every edited cell."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from shebao_desktop.app import create_app
from shebao_desktop.gui import history_model
from shebao_desktop.gui.history_cells import COLUMN_OF

AMOUNT = COLUMN_OF["amount"]
SIZE_HINT = int(Qt.ItemDataRole.SizeHintRole)


@pytest.fixture
def measured(monkeypatch) -> list:
    """The rows the history model is asked a size hint for."""
    rows = []
    real = history_model.HistoryModel.data

    def spy(self, index, role=Qt.ItemDataRole.DisplayRole):
        if int(role) == SIZE_HINT:
            rows.append(index.row())
        return real(self, index, role)

    monkeypatch.setattr(history_model.HistoryModel, "data", spy)  # before the window's model
    return rows


@pytest.fixture
def table(qtbot, measured):
    _app, window = create_app(["shebao-desktop"])
    qtbot.addWidget(window)
    window.complete()
    window.show()
    qtbot.waitUntil(lambda: window.session.estimate is not None)
    window.inputs.setCurrentIndex(1)  # the history tab in front
    QApplication.processEvents()
    yield window.history.table
    window.close()


def _fits(table, rows) -> bool:
    header, model, grid = table.horizontalHeader(), table.model(), int(table.showGrid())
    return all(header.sectionSize(c) >= table.sizeHintForIndex(model.index(r, c)).width() + grid
               for r in rows for c in range(model.columnCount() - 1))  # the last one stretches


def test_columns_fit_the_first_rows(table):
    assert table.model().rowCount() > 3
    assert _fits(table, range(min(table.model().rowCount(), table.FIT_ROWS)))


def test_an_edited_wage_measures_its_own_cell_only(table, measured):
    model, fits = table.model(), table.fits
    measured.clear()
    assert model.setData(model.index(2, AMOUNT), "12345.6", Qt.ItemDataRole.EditRole)
    QApplication.processEvents()
    assert table.fits == fits, "an edit fitted every column again"
    assert set(measured) <= {2}, sorted(set(measured))


def test_a_wider_text_widens_its_column(table):
    """A long text typed in (a wrong one: kept as typed, shown, left out) gets its room."""
    model, header = table.model(), table.horizontalHeader()
    before = header.sectionSize(AMOUNT)
    typed = "12345678901234567890.12 (wrong)"
    assert not model.setData(model.index(1, AMOUNT), typed, Qt.ItemDataRole.EditRole)
    QApplication.processEvents()
    assert model.data(model.index(1, AMOUNT)) == typed
    assert header.sectionSize(AMOUNT) > before
    assert _fits(table, [1])


def test_rows_added_fit_again(table):
    fits = table.fits
    table.model().insert_row(table.model().rowCount())
    QApplication.processEvents()
    assert table.fits > fits
