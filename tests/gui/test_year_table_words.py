"""The year table's words (labels, hover texts) are built once per language, not on every
recompute: a recompute of a long history used to translate ~45,000 strings. The ※ marks per
figure and the hover texts stay as they were."""

import re

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QTextDocument

from shebao_desktop.core.profile import Profile
from shebao_desktop.gui import labels, parameter_labels, tables
from shebao_desktop.gui.i18n import install_language
from shebao_desktop.gui.session import Session, this_month
from shebao_desktop.gui.tables import ESTIMATE_MARK, YearTableModel
from shebao_desktop.presentation.methods import method_text


def _plain(tip: str) -> str:
    """A hover text (rich text) as the reader sees it."""
    doc = QTextDocument()
    doc.setHtml(tip)
    return doc.toPlainText()


def _profile() -> Profile:
    """A Beijing employee paid monthly 2000-01 .. 2034-12: many estimated future figures."""
    rows = [{"period": f"{y}-{m:02d}", "region": "beijing", "amount": str(4000 + 60 * (y - 2000))}
            for y in range(2000, 2035) for m in range(1, 13)]
    return Profile.model_validate({"schema_version": 1, "name": "t", "birth": "1973-01",
                                   "gender": "male", "category": "worker", "region": "beijing",
                                   "history": rows, "housing_fund": {"employee_rate": "0.12"}})


@pytest.fixture
def model(qtbot):
    session = Session(_profile(), as_of=this_month())
    session.recompute()
    assert session.estimate is not None, session.calc_error
    yield YearTableModel(session)
    install_language("zh_CN")


def _count_translations(monkeypatch) -> list:
    calls = []
    real = QCoreApplication.translate

    def counting(*args, **kwargs):
        calls.append(args[:2])
        return real(*args, **kwargs)

    for module in (tables, labels, parameter_labels):
        monkeypatch.setattr(module, "translate", counting)
    return calls


def _visible_cells(model) -> None:
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                model.data(model.index(row, column), role)
    for column in range(model.columnCount()):
        model.headerData(column, Qt.Orientation.Horizontal)


def test_a_recompute_translates_nothing_once_the_words_are_built(model, monkeypatch):
    _visible_cells(model)  # the words of this language exist now
    calls = _count_translations(monkeypatch)
    model.session.recompute()
    _visible_cells(model)  # every cell and hover text, as a repaint and hovering would ask
    assert calls == []


def test_hover_texts_and_marks_are_kept(model):
    estimated = [n for n, y in enumerate(model.rows) if y.estimated]
    assert estimated, "the profile has future (estimated) years"
    row = estimated[-1]
    tip = _plain(model.data(model.index(row, 0), Qt.ItemDataRole.ToolTipRole))
    assert tip.startswith("※ 这一年的数字用到了估计值")
    year = model.rows[row].year
    expected = [p for p in model.session.estimate.parameters if p.status == "estimated"
                and p.method and p.effective_from.year == year]
    if expected:  # worded in the window's language (a note of the data: where to read it)
        how = "按数据附注估计" if isinstance(expected[0].method, str) \
            else method_text(expected[0].method, "zh")
        assert f"{parameter_labels.parameter_label(expected[0].name)}：{how}" in tip
        assert not re.search(r"grown|scaled by", tip)
    assert model.data(model.index(row, 0)) == f"{year}{ESTIMATE_MARK}"
    for column, spec in enumerate(model.columns):
        if spec.part:
            text = model.data(model.index(row, column))
            assert text.endswith(ESTIMATE_MARK) == (spec.part in model.rows[row].estimated_parts)
    assert model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole) is None \
        or model.rows[0].estimated


def test_words_follow_the_language(model):
    _visible_cells(model)
    assert model.headerData(0, Qt.Orientation.Horizontal) == "年份"
    install_language("en")
    model.session.recompute()
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Year"
    row = [n for n, y in enumerate(model.rows) if y.estimated][-1]
    tip = _plain(model.data(model.index(row, 0), Qt.ItemDataRole.ToolTipRole))
    assert not tip.startswith("※ 这一年") and tip.startswith("※")


def test_parameter_labels_are_worded_once_per_language(qapp, monkeypatch):
    install_language("zh_CN")
    parameter_labels.parameter_labels()
    calls = _count_translations(monkeypatch)
    for _ in range(3):  # the explanation and the PDF ask once per parameter
        assert parameter_labels.parameter_label("pension_base") == "养老金计发基数"
    assert calls == []
    install_language("en")
    try:
        assert parameter_labels.parameter_label("pension_base") != "养老金计发基数"
    finally:
        install_language("zh_CN")
