"""New-user trial: switching the language (the window rebuilds) put the step guide back from
step 2 to step 1. The step is kept across the switch and across a restart (the settings)."""

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from shebao_desktop.gui.tour import TourBar


def test_a_language_switch_keeps_the_step(window, qtbot):
    qtbot.mouseClick(window.tour.next, Qt.MouseButton.LeftButton)
    assert window.tour.step == 1
    window.set_language("en")
    QApplication.processEvents()
    assert window.tour.step == 1 and not window.tour.isHidden()
    assert window.tour.text.text().startswith("Step 2 of 3")
    assert window.tour.back.isEnabled() and not window.tour.next.isHidden()
    window.set_language("zh_CN")
    QApplication.processEvents()
    assert window.tour.step == 1 and window.tour.text.text().startswith("第 2 步，共 3 步")


def test_a_tour_brought_back_from_help_stays_across_a_switch(window, qtbot):
    window.tour.finish()
    window.show_tour()  # 帮助 → 入门导览, the tour seen before
    qtbot.mouseClick(window.tour.next, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.tour.next, Qt.MouseButton.LeftButton)
    window.set_language("en")
    QApplication.processEvents()
    assert not window.tour.isHidden() and window.tour.step == 2
    assert window.tour.text.text().startswith("Step 3 of 3")


def test_the_next_start_goes_on_from_the_step(tmp_path, qtbot):
    path = str(tmp_path / "s.ini")
    settings = QSettings(path, QSettings.Format.IniFormat)
    bar = TourBar(settings)
    qtbot.addWidget(bar)
    bar.go(2)
    settings.sync()
    again = TourBar(QSettings(path, QSettings.Format.IniFormat))
    qtbot.addWidget(again)
    assert again.step == 2 and again.next.isHidden()
    again.finish()  # dismissed: brought back later, it starts at step 1
    again.settings.sync()
    third = TourBar(QSettings(path, QSettings.Format.IniFormat))
    qtbot.addWidget(third)
    assert third.step == 0
