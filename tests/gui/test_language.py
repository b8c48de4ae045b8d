"""One language at a time: Qt's own buttons follow the UI language, errors of the profile's
checks reach the window in the user's words, and notices follow the today's-money mode."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from shebao_desktop.core.profile import Profile
from shebao_desktop.core.yearmonth import YearMonth
from shebao_desktop.gui.i18n import install_language
from shebao_desktop.gui.results_panel import ResultsPanel
from shebao_desktop.gui.session import Session
from shebao_desktop.presentation import formats

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "profile-beijing.json"


@pytest.fixture
def chinese(qapp):
    install_language("zh_CN")
    yield
    install_language("zh_CN")


def test_qt_buttons_are_in_the_ui_language(chinese):
    from shebao_desktop.gui.i18n import qm_path
    assert qm_path("", "qtbase_zh_CN"), "Qt's own Chinese is shipped in the package"
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel
                           | QDialogButtonBox.StandardButton.Ok)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "取消"
    message = QMessageBox()
    message.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    assert message.button(QMessageBox.StandardButton.No).text().startswith("否")
    install_language("en")
    english = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert english.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancel"


def test_a_rejected_edit_is_explained_in_chinese(chinese, qtbot):
    session = Session(Profile.model_validate_json(EXAMPLE.read_text(encoding="utf-8")),
                      as_of=YearMonth(2026, 1))
    messages: list[str] = []
    session.error_raised.connect(messages.append)
    history = [row.model_dump() for row in session.profile.history]
    history[0] = {**history[0], "period": "2011-03", "months": 4}
    assert session.update("edit", None, history=history) is False
    assert messages == ["单月的记录最多只能有 1 个缴费月"]
    install_language("en")
    session.update("edit", None, history=history)
    assert messages[-1] == "A one-month row covers at most 1 month"
    assert not re.search(r"[\u4e00-\u9fff]", messages[-1])


def test_notices_follow_todays_money(chinese, qtbot):
    profile = Profile.model_validate_json(EXAMPLE.read_text(encoding="utf-8"))
    session = Session(profile, as_of=YearMonth(2026, 1))
    panel = ResultsPanel(session)
    qtbot.addWidget(panel)
    session.recompute()
    e = session.estimate
    withdrawn = next(n for n in e.notices if n.code == "HOUSING_FUND_WITHDRAWN_AT_RETIREMENT")
    amount = Decimal(withdrawn.params["amount"])
    deflator = next(y.deflator for y in e.years if y.year == e.retirement.chosen_month.year)
    assert formats.money(amount) in panel.notices.text()
    session.set_today_money(True)
    assert formats.money(amount / deflator) in panel.notices.text()
    assert formats.money(amount) not in panel.notices.text()


def test_english_explanation_separates_its_sentences(qapp):
    from shebao_desktop.core.estimate import estimate
    from shebao_desktop.gui.explain import explain_html
    profile = Profile.model_validate_json(EXAMPLE.read_text(encoding="utf-8"))
    e = estimate(profile, as_of=YearMonth(2026, 1))
    install_language("en")
    try:
        html = re.sub(r"</(p|h\d|li|td|tr|span)>|<br */?>", "\n",
                      explain_html(profile, e, today_money=False))
        text = re.sub(r"<[^>]+>", "", html)
    finally:
        install_language("zh_CN")
    assert re.search(r"\)\. Elective retirement", text), text[:600]
    assert not re.search(r"[.:;][A-Z][a-z]", text)  # no sentence glued to the one before


def test_printed_notices_follow_todays_money(qapp):
    from shebao_desktop.core.estimate import estimate
    from shebao_desktop.gui.report import summary_html
    profile = Profile.model_validate_json(EXAMPLE.read_text(encoding="utf-8"))
    e = estimate(profile, as_of=YearMonth(2026, 1))
    withdrawn = next(n for n in e.notices if n.code == "HOUSING_FUND_WITHDRAWN_AT_RETIREMENT")
    amount = Decimal(withdrawn.params["amount"])
    deflator = next(y.deflator for y in e.years if y.year == e.retirement.chosen_month.year)
    html = summary_html(profile, e, chart_png=None, today_money=True, version="1", printed_on="x")
    sentence = re.search(r"退休时提取住房公积金余额 ([\d,.]+) 元", html)
    assert sentence and sentence.group(1) == formats.money(amount / deflator)


@pytest.fixture
def dialogs(monkeypatch):
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "critical",
                        staticmethod(lambda parent, title, text, *a, **k: shown.append((title, text))))
    return shown


def test_a_failed_export_is_explained_in_chinese(chinese, qtbot, tmp_path, dialogs):
    from shebao_desktop.app import create_app
    _app, window = create_app(["shebao-desktop"])
    qtbot.addWidget(window)
    window.session.recompute()
    assert window.export_pdf(str(tmp_path / "missing" / "summary.pdf")) is None
    assert len(dialogs) == 1
    title, text = dialogs[0]
    assert title == "导出失败" and "summary.pdf" in text
    assert not re.search(r"No such file|errno|Errno", text), text


def test_the_unexpected_error_dialog_shows_no_english_text(chinese, qtbot, dialogs, monkeypatch):
    import sys
    from shebao_desktop.app import create_app, install_error_dialog
    from shebao_desktop.core.errors import ProfileError
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    _app, window = create_app(["shebao-desktop"])
    qtbot.addWidget(window)
    install_error_dialog(window)
    sys.excepthook(KeyError, KeyError("internal English detail"), None)
    error = ProfileError("region", "UNKNOWN_REGION", "unknown region 'mars'", region="mars")
    sys.excepthook(ProfileError, error, None)
    assert "internal English detail" not in dialogs[0][1] and "KeyError" in dialogs[0][1]
    assert "没有地区“mars”的政策数据" in dialogs[1][1]
    assert "unknown region" not in dialogs[1][1]


def test_an_invalid_profile_import_is_explained_in_chinese(chinese, qtbot, tmp_path, monkeypatch):
    from shebao_desktop.app import create_app
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda parent, title, text, *a, **k: shown.append(text)))
    _app, window = create_app(["shebao-desktop"])
    qtbot.addWidget(window)
    bad = tmp_path / "朋友.json"
    bad.write_text('{"schema_version": 1, "birth": "1980-01", "gender": "male", '
                   '"region": "beijing", "history": [{"period": "2020-03", '
                   '"region": "beijing", "amount": "5000", "months": 3}]}', encoding="utf-8")
    assert window.data_actions.import_profile(bad) is None
    assert shown == ["文件 朋友.json 的内容无效。\n• 第 1 条缴费记录（2020-03）：单月的记录最多只能有 1 个缴费月"]
    binary = tmp_path / "wages.json"
    binary.write_bytes(b"\x00\x01PK\x03\x04 not text")
    window.data_actions.import_profile(binary)
    assert "wages.json" in shown[-1] and not re.search(r"[A-Za-z]{4,}", shown[-1].replace(
        "wages.json", "").replace("UTF-8", "").replace("GB18030", "")), shown[-1]
