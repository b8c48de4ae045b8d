"""New-user trial 8, finding 9: in English the contribution table's last column was cut ("Stat",
"(same as c") once rows with errors were pasted, the inputs column being narrower than the
table's columns. The English titles of two narrow columns are short ("Type", "Months"; their
words are still read as headers when pasted) and the employment placeholder is "(as category)",
so the whole table fits the column the window opens with, in both languages."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from shebao_desktop.gui.history_cells import pasted_cells
from shebao_desktop.storage.exchange import import_profile

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "profile-beijing.json"


@pytest.mark.parametrize("language", ["zh", "en"])
def test_every_column_is_in_sight_after_a_paste_with_errors(window, language):
    window.resize(1360, 860)  # the window's default size (it fits a 1440x900 screen)
    window.session.load(import_profile(EXAMPLE), None)
    window.set_language(language)
    window.inputs.setCurrentIndex(1)
    window.history.model.paste_text("2026\t9a00\n2027-13\t9000\n")
    for _ in range(20):
        QApplication.processEvents()
    table = window.history.table
    assert table.viewport().width() >= table.horizontalHeader().length()


def test_the_short_titles_are_still_read_as_headers(language):
    cells = pasted_cells("Period\tRegion\tWage/base (yuan)\tType\tMonths\n2027\tShenzhen\t9000\twage\t6")
    assert cells == [{"period": "2027", "region": "Shenzhen", "amount": "9000",
                      "amount_kind": "wage", "months": "6"}]
