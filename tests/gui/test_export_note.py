"""Trial s53: after 文件 → 导出PDF nothing seemed to confirm it. The window put "已导出 …" in the
status bar for 6 s; the file was written 6.8 s before the user's screenshot, so the message had
gone. The export is now confirmed by a highlighted note in the status bar that stays a minute
(or until dismissed), names the file and opens it or its folder; no dialog."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from shebao_desktop.gui.export_note import SHOWN_MS


def test_an_export_is_confirmed_by_a_note_that_stays(window, tmp_path, monkeypatch):
    target = tmp_path / "我的养老金.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "PDF (*.pdf)")))
    dialogs = []
    for name in ("information", "critical", "warning", "about"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(lambda *a, **k: dialogs.append(a)))
    opened: list = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url)))
    assert window.export_pdf() == target and target.is_file()
    QApplication.processEvents()
    note = window.export_note
    assert note.isVisible() and not dialogs
    assert note.parentWidget() is window.statusBar()
    assert "已导出" in note.text() and "我的养老金.pdf" in note.text()
    assert note.toolTip() == str(target)
    assert note.timer.isActive() and note.timer.interval() == SHOWN_MS >= 30_000
    note.linkActivated.emit("folder")
    note.linkActivated.emit("file")
    assert [Path(url.toLocalFile()) for url in opened] == [tmp_path, target]
    note.linkActivated.emit("close")
    assert not note.isVisible()


def test_the_one_page_summary_is_confirmed_the_same_way(window, tmp_path, monkeypatch):
    written = window.export_one_page(str(tmp_path / "summary.png"), "a4")
    assert written is not None and Path(written).is_file()
    QApplication.processEvents()
    assert window.export_note.isVisible() and "summary.png" in window.export_note.text()


def test_the_note_goes_when_another_profile_is_opened(window, tmp_path):
    """Trial 3: "已导出 上海男工1985.pdf" stayed while other profiles were browsed."""
    from shebao_desktop.gui.sample import blank_profile
    written = window.export_one_page(str(tmp_path / "summary.png"), "a4")
    assert written is not None
    QApplication.processEvents()
    note = window.export_note
    assert note.isVisible()
    window.session.load(blank_profile(window.session.as_of, "shanghai"), None)
    QApplication.processEvents()
    assert not note.isVisible() and not note.timer.isActive()
