"""Trial (s19 -> s22, s33 -> s34): switching the language rebuilt the window on its first tabs
(逐年明细, 个人信息) although the user was on 图表 and 缴费记录. Both tab widgets keep their
page (by position), and so does the quick estimate's open or closed state."""

from PySide6.QtWidgets import QApplication


def _shown(window):
    results, inputs = window.results.tabs, window.inputs
    return (results.currentIndex(), results.tabText(results.currentIndex()),
            inputs.currentIndex(), inputs.tabText(inputs.currentIndex()),
            window.simple.toggle.isChecked())


def test_a_language_switch_keeps_the_tabs_shown(window):
    charts = next(n for n in range(window.results.tabs.count())
                  if window.results.tabs.tabText(n) == "图表")
    history = next(n for n in range(window.inputs.count()) if window.inputs.tabText(n) == "缴费记录")
    window.results.tabs.setCurrentIndex(charts)
    window.inputs.setCurrentIndex(history)
    window.simple.toggle.setChecked(True)
    window.set_language("en")
    QApplication.processEvents()  # the change events the translators posted
    assert _shown(window) == (charts, "Charts", history, "Contribution history", True)
    window.simple.toggle.setChecked(False)
    window.set_language("zh_CN")
    QApplication.processEvents()
    assert _shown(window) == (charts, "图表", history, "缴费记录", False)


def test_the_window_is_built_once_per_switch(window, monkeypatch):
    from shebao_desktop.gui.main_window import MainWindow
    builds = []
    build = MainWindow._build
    monkeypatch.setattr(MainWindow, "_build", lambda self: (builds.append(1), build(self)))
    window.set_language("en")
    QApplication.processEvents()
    assert len(builds) == 1
