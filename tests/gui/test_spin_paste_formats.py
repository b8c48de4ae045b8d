"""Trial 2: the statement's money fields dropped common pasted formats without a word
(190，000, 190,000元, ¥190,000.00, 19万, １９００００ left 185,000.00). They read them as the
history table reads amounts, and a text that cannot be read is refused aloud."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from shebao_desktop.gui.history_panel import HistoryPanel


@pytest.fixture
def panel(sample_widget):
    return sample_widget(HistoryPanel)


def _paste(spin, text: str) -> None:
    spin.setFocus()
    spin.selectAll()
    QApplication.clipboard().setText(text)
    spin.lineEdit().paste()
    QTest.keyClick(spin, Qt.Key.Key_Return)


@pytest.mark.parametrize("text, expected", [
    ("190，000", "190000"), ("190,000元", "190000"), ("¥190,000.00", "190000"),
    ("￥190,000", "190000"), ("19万", "190000"), ("１９００００", "190000"),
    ("18.5万", "185000"), ("186,500.50", "186500.50"), ("185000", "185000")])
def test_statement_money_reads_pasted_formats(panel, text, expected):
    panel.use_statement.setChecked(True)
    for spin in (panel.st_balance, panel.st_housing):
        spin.set_decimal(Decimal("100000"))
        _paste(spin, text)
        assert spin.decimal() == Decimal(expected), (text, spin.text())
        assert spin.cleanText() == f"{Decimal(expected):,.2f}"
        assert not spin.property("refused")
    assert panel.session.profile.statement.pension_balance == Decimal(expected)


def test_years_field_reads_its_unit(panel):
    panel.use_statement.setChecked(True)
    _paste(panel.st_years, "12.5年")
    assert panel.st_years.decimal() == Decimal("12.5")


@pytest.mark.parametrize("text", ["abc", "1万2", "19,00,0", "-5", "185000.123"])
def test_unreadable_paste_is_refused_aloud(panel, text):
    panel.use_statement.setChecked(True)
    spin = panel.st_balance
    spin.set_decimal(Decimal("185000"))
    messages = []
    spin.refused.connect(messages.append)
    _paste(spin, text)
    assert spin.decimal() == Decimal("185000")
    assert spin.property("refused") is True
    assert len(messages) == 1 and f"“{text}”" in messages[0] and "185,000.00" in messages[0]
    assert spin.toolTip() == messages[0]
    # the next readable figure clears the mark
    _paste(spin, "186,000")
    assert spin.decimal() == Decimal("186000")
    assert not spin.property("refused") and spin.toolTip() != messages[0]
