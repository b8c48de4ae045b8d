"""The year table's columns fit every row's text, and are measured again only when a column's
widest text changes width: a recompute used to re-measure 24 rows x 15 columns (a size hint
per cell, every role) on every edit."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication

from shebao_desktop.app import create_app
from shebao_desktop.gui import tables


@pytest.fixture
def asked(monkeypatch) -> list:
    roles = []
    real = tables.SpecModel.data

    def spy(self, index, role=Qt.ItemDataRole.DisplayRole):
        if isinstance(self, tables.YearTableModel):
            roles.append(int(role))
        return real(self, index, role)

    monkeypatch.setattr(tables.SpecModel, "data", spy)  # before the window's models exist
    return roles


@pytest.fixture
def window(qtbot, asked):
    app, window = create_app(["shebao-desktop"])
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.session.estimate is not None)
    QApplication.processEvents()
    yield window
    window.close()


def _fits(window) -> bool:
    view, model = window.results.year_table, window.results.year_model
    advance = QFontMetrics(view.font()).horizontalAdvance
    header = view.horizontalHeader()
    return all(header.sectionSize(c) >= advance(model.data(model.index(r, c)))
               for r in range(model.rowCount()) for c in range(model.columnCount()))


def test_columns_fit_every_row(window):
    assert window.results.year_model.rowCount() > 24
    assert _fits(window)
    window.session.set_today_money(True)
    QApplication.processEvents()
    assert _fits(window)


def test_a_recompute_of_the_same_widths_measures_no_cell(window, asked):
    asked.clear()
    window.session.recompute()
    QApplication.processEvents()
    assert int(Qt.ItemDataRole.SizeHintRole) not in asked
    assert asked, "the visible cells were painted again"
