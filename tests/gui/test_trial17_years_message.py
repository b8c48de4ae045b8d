"""New-user trial 17: typing "-3" into 视同缴费年限 gave "无法读取“-3”：应为 0.00 至 50.00 之间的数字
（如 185000、185000.50、¥190,000 或 19万），已恢复为 0.00" -- money for a count of years. A field
that holds no money says its range alone; an amount of money still gives the forms it reads."""

from __future__ import annotations

from PySide6.QtCore import Qt

from shebao_desktop.gui.widgets import DecimalSpin


def _refused(spin: DecimalSpin, qtbot, text: str) -> str:
    said: list[str] = []
    spin.refused.connect(said.append)
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), text)
    qtbot.keyClick(spin.lineEdit(), Qt.Key.Key_Return)
    assert said, "nothing refused"
    return said[-1]


def test_a_years_field_says_its_range_without_money(qtbot):
    years = DecimalSpin("0", "50", 2, "0.25", " 年")
    qtbot.addWidget(years)
    years.show()
    said = _refused(years, qtbot, "-3")
    assert said.startswith("无法读取“-3”：应为 0.00 至 50.00 之间的年数（如 19.33 或 19年4个月），已恢复为 0.00")
    assert "19万" not in said and "185000" not in said


def test_a_money_field_still_gives_the_forms_it_reads(qtbot):
    balance = DecimalSpin("0", "100000000", 2, "100", " 元")
    qtbot.addWidget(balance)
    balance.show()
    said = _refused(balance, qtbot, "abc")
    assert "（如 185000、185,000.50、¥190,000 或 19万）" in said


def test_years_are_read_as_a_statement_prints_them(qtbot):
    """Trial 20: "19年4个月" (as the statement prints it) and 19.3333 were refused, the second
    as "not a number between 0.00 and 60.00"; a field of years reads both (two decimals)."""
    from decimal import Decimal
    years = DecimalSpin("0", "60", 2, "1", " 年")
    qtbot.addWidget(years)
    years.show()
    said: list[str] = []
    years.refused.connect(said.append)
    for text in ("19年4个月", "19.3333", "19 years 4 months"):
        years.set_decimal(Decimal(0))
        years.lineEdit().selectAll()
        years.lineEdit().insert(text)  # as typed (QTest types ASCII keys only)
        qtbot.keyClick(years.lineEdit(), Qt.Key.Key_Return)
        assert said == [] and years.decimal() == Decimal("19.33"), (text, said)
    assert years.read_text("19年12个月") is None
    money = DecimalSpin("0", "100000000", 2, "100", " 元")
    qtbot.addWidget(money)
    assert money.read_text("19年4个月") is None and money.read_text("12.345") is None


def test_a_years_field_reads_plain_figures_as_every_field_does(qtbot):
    """A plain figure in a years field is read by the fields' own reader: full-width digits
    (a Chinese input method's "１９．５") are read, a decimal comma ("1,5") is refused, not
    taken for 15 (the first years reader of this session did both the other way)."""
    from decimal import Decimal
    years = DecimalSpin("0", "60", 2, "1", " 年")
    qtbot.addWidget(years)
    assert years.read_text("１９．５") == Decimal("19.50")
    assert years.read_text("1,5") is None and years.read_text("19,5") is None
