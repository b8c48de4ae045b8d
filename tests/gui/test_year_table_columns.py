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
    # the year heads its row (its column hidden: it stays in sight scrolled sideways, trial 20)
    assert view.isColumnHidden(0) and all(
        view.verticalHeader().width() >= advance(model.headerData(r, Qt.Orientation.Vertical))
        for r in range(model.rowCount()))
    return all(header.sectionSize(c) >= advance(model.data(model.index(r, c)))
               for r in range(model.rowCount()) for c in range(model.columnCount())
               if not view.isColumnHidden(c))


def test_columns_fit_every_row(window):
    assert window.results.year_model.rowCount() > 24
    assert _fits(window)
    window.session.set_today_money(True)
    QApplication.processEvents()
    assert _fits(window)


def test_a_recompute_of_the_same_widths_measures_no_cell(window, asked):
    """An edit that changes figures but no column's widest text: the changed cells are painted
    again, none is measured. (A recompute giving the very same figures repaints nothing at all
    since rows handed over again keep their texts, so the edit is a real one: one yuan more.)"""
    rows = [row.model_dump() for row in window.session.profile.history]
    rows[0]["amount"] = str(window.session.profile.history[0].amount + 1)
    before = list(window.results.year_model.all_texts())
    asked.clear()
    window.session.update("test", None, history=rows)
    window.session.recompute()
    QApplication.processEvents()
    assert list(window.results.year_model.all_texts()) != before
    assert int(Qt.ItemDataRole.SizeHintRole) not in asked
    assert asked, "the changed cells were painted again"


def test_hidden_columns_are_measured_when_shown(window):
    """Another tab in front: a recompute does not measure the year table; showing it does."""
    results = window.results
    results.tabs.setCurrentIndex(results.tabs.indexOf(results.explain))
    QApplication.processEvents()
    fits, model = results.year_fits, results.year_model
    last = model.index(model.rowCount() - 1, model.columnCount() - 1)
    nominal = model.data(last)
    window.session.set_today_money(True)  # every money text changes
    window.session.recompute()
    QApplication.processEvents()
    assert model.data(last) != nominal
    assert results.year_fits == fits
    results.tabs.setCurrentIndex(results.tabs.indexOf(results.year_table))
    QApplication.processEvents()
    assert results.year_fits == fits + 1
    assert _fits(window)


def test_a_shown_table_is_measured_on_each_recompute(window):
    results = window.results
    fits = results.year_fits
    window.session.recompute()
    QApplication.processEvents()
    assert results.year_fits == fits + 1
