"""Rows made by quick history entry are marked "generated" (HistoryRow.generated, issue 11):
shown so in the history table, kept by saving and by the JSON export, cleared when the user
edits the row's amount, dropped by the history table export (CSV/XLSX: the user's own table)."""

import json
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from shebao_desktop.core.profile import HistoryRow
from shebao_desktop.gui.history_cells import COLUMN_OF
from shebao_desktop.storage.codec import decode_profile, encode_profile
from shebao_desktop.storage.exchange import export_history_template, import_history

_TIP, _BACK = Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.BackgroundRole


def _quick_fill(window, start="2013-07"):
    dialog = window.quick_history()
    dialog.start.setText(start)
    dialog.start.editingFinished.emit()
    dialog.amount.setValue(6000)
    dialog.growth.setValue(6)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def _row_of(model, period):
    for n in range(model.rowCount()):
        if model.index(n, COLUMN_OF["period"]).data() == period:
            return n
    raise AssertionError(f"no row {period}")


def test_typed_rows_are_not_marked_and_files_without_the_mark_are_unchanged(window):
    profile = window.session.profile
    assert profile.history and not any(row.generated for row in profile.history)
    assert "generated" not in encode_profile(profile).decode("utf-8")
    model = window.history.model
    assert not model.headerData(0, Qt.Orientation.Vertical).endswith("*")
    assert "自动生成" not in model.index(0, COLUMN_OF["amount"]).data(_TIP)
    assert model.index(0, COLUMN_OF["amount"]).data(_BACK) is None


def test_quick_history_rows_are_marked_in_the_table_until_the_amount_is_edited(window):
    _quick_fill(window)
    session, model = window.session, window.history.model
    made = [row for row in session.profile.history if row.generated]
    assert made and made[0].period == "2013-07"
    n = _row_of(model, "2013-07")
    amount = model.index(n, COLUMN_OF["amount"])
    assert "自动生成，可修改" in amount.data(_TIP)
    assert amount.data(_BACK) is not None  # a distinct look
    assert model.headerData(n, Qt.Orientation.Vertical) == f"{n + 1} *"
    # another column edited: still the generated figure
    year = _row_of(model, "2015")
    assert model.setData(model.index(year, COLUMN_OF["months"]), "6")
    assert session.profile.history[year].generated and session.profile.history[year].months == 6
    # the amount edited: the user's own row now
    assert model.setData(model.index(n, COLUMN_OF["amount"]), "6500")
    row = session.profile.history[n]
    assert (row.period, row.amount, row.generated) == ("2013-07", Decimal("6500"), False)
    assert model.headerData(n, Qt.Orientation.Vertical) == str(n + 1)
    assert "自动生成" not in model.index(n, COLUMN_OF["amount"]).data(_TIP)
    assert model.index(n, COLUMN_OF["amount"]).data(_BACK) is None
    assert session.profile.history[n + 1].generated  # the others keep their mark
    session.undo_stack.undo()
    assert session.profile.history[n].generated  # undo brings the mark back


def test_the_mark_survives_saving_and_the_json_export(window):
    _quick_fill(window)
    profile = window.session.profile
    data = encode_profile(profile)
    rows = json.loads(data)["history"]
    assert all(row["generated"] is True for row in rows if row["period"] >= "2013")
    again = decode_profile(data)
    assert again.history == profile.history
    assert [row.generated for row in again.history] == [row.generated for row in profile.history]


def test_an_older_file_without_the_mark_loads_unmarked():
    raw = {"period": "2019", "region": "beijing", "amount": "8000"}
    assert HistoryRow.model_validate(raw).generated is False
    assert "generated" not in HistoryRow.model_validate(raw).model_dump()
    assert HistoryRow.model_validate({**raw, "generated": True}).model_dump()["generated"] is True


def test_the_history_table_export_drops_the_mark(window, tmp_path):
    _quick_fill(window)
    rows = window.session.profile.history
    path = tmp_path / "history.csv"
    export_history_template(path, rows)
    preview = import_history(path, region=window.session.profile.region)
    back = [accepted.row for accepted in preview.accepted]
    assert [(r.period, r.amount) for r in back] == [(r.period, r.amount) for r in rows]
    assert not any(r.generated for r in back)
