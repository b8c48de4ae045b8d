"""Trial (new user): 立即保存 (Ctrl+S) gave no sign that it saved. The status bar says so, with
the time; the autosave after an edit stays silent."""

from PySide6.QtWidgets import QApplication


def _save_action(window):
    return next(a for a in window.findChildren(type(window.menuBar().actions()[0]))
                if a.text() == "立即保存")


def test_save_now_says_it_saved(window):
    window.statusBar().clearMessage()
    _save_action(window).trigger()
    QApplication.processEvents()
    assert window.statusBar().currentMessage().startswith("已保存（")
    saved = []
    window.session.saved.connect(lambda: saved.append(True))
    window.statusBar().clearMessage()
    window.session.save_now()  # the autosave's own call: saved, not said
    assert saved and window.statusBar().currentMessage() == ""
