"""Trial s49: the statement's balance read "185000.00 元" while 快速估算 showed "185,000.00 元".
The statement's money fields show thousands separators too, and a figure typed or pasted with
or without them reads the same."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from shebao_desktop.gui.history_panel import HistoryPanel
from shebao_desktop.gui.i18n import install_language


@pytest.fixture
def panel(sample_widget):
    yield sample_widget(HistoryPanel)
    install_language("zh_CN")


def _enter(spin, text: str, paste: bool) -> None:
    spin.set_decimal(Decimal(0))
    spin.setFocus()
    spin.selectAll()
    if paste:
        QApplication.clipboard().setText(text)
        spin.lineEdit().paste()
    else:
        QTest.keyClicks(spin, text)
    QTest.keyClick(spin, Qt.Key.Key_Return)


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_statement_money_fields_show_separators(panel, language):
    install_language(language)
    panel.use_statement.setChecked(True)
    money_fields = (panel.st_balance, panel.st_medical, panel.st_housing, panel.st_notional)
    for spin in money_fields:
        for text in ("185000", "185,000", "185,000.50", "1234567.8"):
            for paste in (False, True):
                _enter(spin, text, paste)
                expected = Decimal(text.replace(",", "")).quantize(Decimal("0.01"))
                assert spin.decimal() == expected, (text, paste, spin.text())
                assert spin.cleanText() == f"{expected:,.2f}", (text, paste)
    # like the quick estimate's balance
    panel.st_balance.set_decimal(Decimal("185000"))
    assert panel.st_balance.text().startswith("185,000.00")
    # small figures and indices are as they were
    panel.st_index.set_decimal(Decimal("1.2345"))
    assert panel.st_index.cleanText() == "1.2345"
    assert panel.st_medical.optional() is not None
    panel.st_medical.set_optional(None)
    assert panel.st_medical.optional() is None and panel.st_medical.text() == \
        panel.st_medical.specialValueText()
