"""Issue 10: one edited wage repaints its row, not the table. The model says which row changed
(``dataChanged`` for that row only), asks for the row header again only when a row becomes or
stops being left out, and shows the texts of the edited row, in the language installed."""

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from shebao_desktop.core.yearmonth import YearMonth
from shebao_desktop.gui.history_cells import COLUMN_OF
from shebao_desktop.gui.history_model import HistoryModel
from shebao_desktop.gui.i18n import install_language
from shebao_desktop.gui.sample import sample_profile
from shebao_desktop.gui.session import Session

AS_OF = YearMonth(2026, 11)
AMOUNT, REGION = COLUMN_OF["amount"], COLUMN_OF["region"]


@pytest.fixture
def model(qtbot):
    session = Session(sample_profile(AS_OF), as_of=AS_OF)
    model = HistoryModel(session)
    data, header = [], []
    model.dataChanged.connect(lambda a, b, _roles=(): data.append((a.row(), b.row())))
    model.headerDataChanged.connect(lambda _o, first, last: header.append((first, last)))
    model.signals = (data, header)
    yield model
    install_language("zh_CN")


def test_an_edited_wage_repaints_its_row_only(model):
    data, header = model.signals
    assert model.rowCount() > 3
    index = model.index(2, AMOUNT)
    assert model.setData(index, "12345.6", Qt.ItemDataRole.EditRole)
    assert data == [(2, 2)] and header == []
    assert model.data(index) == "12,345.60"
    assert model.data(index, Qt.ItemDataRole.EditRole) == "12345.6"
    assert model.session.profile.history[2].amount == Decimal("12345.6")


def test_a_row_left_out_and_back_asks_for_its_header_again(model):
    data, header = model.signals
    index = model.index(1, AMOUNT)
    good = model.data(index)
    assert not model.setData(index, "8a00", Qt.ItemDataRole.EditRole)
    assert header == [(1, 1)] and data[-1] == (1, 1)
    assert model.headerData(1, Qt.Orientation.Vertical) == "2 ✗"
    assert model.data(index) == "8a00"
    assert model.data(index, Qt.ItemDataRole.BackgroundRole) is not None
    assert model.setData(index, good, Qt.ItemDataRole.EditRole)
    assert header == [(1, 1), (1, 1)]
    assert model.headerData(1, Qt.Orientation.Vertical) == "2"
    assert model.data(index, Qt.ItemDataRole.BackgroundRole) is None


def test_texts_follow_the_language(model):
    index = model.index(0, REGION)
    chinese = model.data(index)
    install_language("en")
    english = model.data(index)
    assert english != chinese and english.isascii()


def test_an_edited_wage_repaints_its_cell_only(model):
    """An edited amount signals that one cell (its column sized and repainted, not six)."""
    data = []
    model.dataChanged.connect(lambda a, b, _roles=(): data.append(
        (a.row(), b.row(), a.column(), b.column())))
    for column in range(model.columnCount()):
        model.data(model.index(2, column))
    assert model.setData(model.index(2, AMOUNT), "23456.7", Qt.ItemDataRole.EditRole)
    assert data == [(2, 2, AMOUNT, AMOUNT)]
    assert model.data(model.index(2, AMOUNT)) == "23,456.70"
    model.data(model.index(2, REGION))
    assert model.setData(model.index(2, REGION), "上海", Qt.ItemDataRole.EditRole)
    assert data[-1] == (2, 2, REGION, REGION)
    assert model.setData(model.index(3, AMOUNT), "3456.7", Qt.ItemDataRole.EditRole)
    assert data[-1] == (3, 3, AMOUNT, AMOUNT), "a row never shown: its cell too"
