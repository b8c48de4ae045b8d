"""Trial s35: the hover text of a ※ year in 逐年明细 was one window-wide line per parameter,
repeated a line word for word (住房公积金年利率 twice: its values of two months of a year, one
method) and quoted the data's English method notes in the Chinese window. Each line once,
wrapped at a readable width, and in the window's language (a note, English only, is named
with where to read it: 计算过程)."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt  # mightBeRichText is QtGui's
from PySide6.QtGui import QFontMetrics, QTextDocument
from PySide6.QtWidgets import QLabel

from shebao_desktop.core.profile import Profile
from shebao_desktop.core.yearmonth import YearMonth
from shebao_desktop.gui.i18n import install_language
from shebao_desktop.gui.session import Session
from shebao_desktop.gui.tables import YearTableModel


def _profile() -> Profile:
    """The trial's profile: a Shanghai man born 1988-05, paid from 2012 (years of several
    housing-fund rates, estimated by a note of the data, and of scaled-back bases)."""
    rows = [{"period": str(y), "region": "shanghai", "amount": str(6000 + 700 * (y - 2012))}
            for y in range(2012, 2026)]
    return Profile.model_validate({"schema_version": 1, "name": "t", "birth": "1988-05",
                                   "gender": "male", "category": "worker", "region": "shanghai",
                                   "history": rows, "housing_fund": {"employee_rate": "0.07"}})


@pytest.fixture
def model(qtbot):
    session = Session(_profile(), as_of=YearMonth(2026, 11))
    session.recompute()
    assert session.estimate is not None, session.calc_error
    yield YearTableModel(session)
    install_language("zh_CN")


def _lines(tip: str) -> list[str]:
    if not GuiQt.mightBeRichText(tip):
        return [line.strip(" •") for line in tip.splitlines() if line.strip(" •")]
    doc = QTextDocument()
    doc.setHtml(tip)
    # a table row's bullet and its text come out as two lines: the bullets left out
    return [line.strip() for line in doc.toPlainText().splitlines() if line.strip(" •\xa0")]


def _tips(model) -> dict[int, str]:
    return {row.year: model.data(model.index(n, 0), Qt.ItemDataRole.ToolTipRole)
            for n, row in enumerate(model.rows) if row.estimated}


def test_a_years_tip_says_each_line_once_in_chinese(model):
    tips = _tips(model)
    assert tips, "the profile has ※ years"
    years_with_notes = [p.effective_from.year for p in model.session.estimate.parameters
                        if p.status == "estimated" and isinstance(p.method, str)]
    assert years_with_notes, "a parameter estimated by a note of the data (English only)"
    for year, tip in tips.items():
        lines = _lines(tip)
        assert len(lines) == len(set(lines)), (year, lines)
        # Chinese only: no English word (a run of 4+ Latin letters) in the words; the figures,
        # months and percentages are digits
        assert not re.search(r"[A-Za-z]{4,}", "\n".join(lines)), (year, lines)
    noted = _lines(tips[next(year for year in years_with_notes if year in tips)])
    assert any("数据附注" in line and "计算过程" in line for line in noted), noted


def test_english_tip_keeps_the_note(model):
    install_language("en")
    year = next(p.effective_from.year for p in model.session.estimate.parameters
                if p.status == "estimated" and isinstance(p.method, str)
                and p.effective_from.year in _tips(model))
    lines = _lines(_tips(model)[year])
    assert len(lines) == len(set(lines))
    assert not re.search(r"[\u4e00-\u9fff]", lines[0])
    note = next(p.method for p in model.session.estimate.parameters
                if p.status == "estimated" and isinstance(p.method, str)
                and p.effective_from.year == year)
    assert any(line.endswith(note) for line in lines), lines


def test_the_tip_is_wrapped_at_a_readable_width(model):
    """Qt's tooltip wraps a rich text (a plain one is a line as long as its longest line):
    the hover text's label is at most about 80 characters wide (in English: the notes)."""
    install_language("en")
    longest = max(_tips(model).values(), key=len)
    label = QLabel(longest)  # as QToolTip makes its label: word wrap for a rich text
    widest = max(map(QFontMetrics(label.font()).horizontalAdvance, _lines(longest)))
    assert widest > 700  # lines longer than the width
    assert GuiQt.mightBeRichText(longest)
    label.setWordWrap(True)
    assert label.sizeHint().width() <= 700, label.sizeHint()
