"""Trial r2: file dialogs opened in /root whatever folder was used last, and the year export
suggested results.xlsx under the CSV filter."""

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog

from shebao_desktop.gui.exchange_dialogs import FOLDER_KEY, filter_for, start_folder


def test_dialogs_open_in_the_last_folder_used_else_documents(window, monkeypatch, tmp_path):
    asked = []
    chosen = tmp_path / "exports" / "years.csv"
    chosen.parent.mkdir()

    def fake_dialog(parent, title, suggested, filters, selected="", *rest, **kwargs):
        asked.append((Path(suggested), selected))
        return str(chosen), selected

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake_dialog)
    window.settings.remove(FOLDER_KEY)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    first = Path(documents) if Path(documents).is_dir() else Path.home()
    assert start_folder(window.settings) == first
    window.data_actions.export_years()
    assert asked[0][0].parent == first
    assert asked[0][0].suffix == ".xlsx" and "*.xlsx" in asked[0][1]  # the filter matches
    window.data_actions.export_template()
    assert asked[1][0].parent == chosen.parent  # where the last file went
    assert "*.csv" in asked[1][1]


def test_a_folder_gone_since_is_not_offered(window, tmp_path):
    window.settings.setValue(FOLDER_KEY, str(tmp_path / "gone"))
    assert start_folder(window.settings) != tmp_path / "gone"


def test_filter_for_picks_the_entry_of_the_suffix():
    filters = "CSV (*.csv);;Excel (*.xlsx)"
    assert filter_for(filters, ".xlsx") == "Excel (*.xlsx)"
    assert filter_for(filters, ".csv") == "CSV (*.csv)"
    assert filter_for(filters, "") == "CSV (*.csv)"
