"""Issue 10, "paint first": the window's first paint is its frame (title, menus, "正在载入…"),
painted before the core, the storage or pydantic are imported and before any profile is read;
right after that paint the content is built and the first estimate computed."""

from __future__ import annotations

import json
import os
import subprocess
import sys

FIRST_PAINT = r'''
import json, os, sys
from shebao_desktop.app import create_app
from PySide6.QtCore import QEvent, QObject, QTimer

app, window = create_app(["shebao-desktop"])
seen = {}

def later():
    seen["estimate"] = window.session.estimate is not None
    seen["pension"] = window.first_result_widget().text()  # asking builds nothing
    seen["inputs_then"] = "person" in window.__dict__  # the figure first, the inputs after
    seen["panel_then"] = "results" in window.__dict__  # nothing kept: the cards alone first
    QTimer.singleShot(0, rest)

def rest(turns=[0]):
    turns[0] += 1  # event-loop turns, not time: the inputs follow the figure's paint
    if "person" not in window.__dict__ and turns[0] < 1000:
        QTimer.singleShot(0, rest)
        return
    seen["menus"] = [a.text() for a in window.menuBar().actions()]
    seen["menu_items"] = len(window.menuBar().actions()[0].menu().actions())
    seen["columns"] = [type(window.splitter.widget(n)).__name__ for n in range(3)]
    print(json.dumps(seen, ensure_ascii=False), flush=True)
    window.close()
    app.quit()

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and obj is window and "modules" not in seen:
            seen["modules"] = sorted(m for m in sys.modules
                                     if m.startswith(("shebao_desktop", "pydantic", "yaml")))
            seen["title"] = window.windowTitle()
            seen["frame_menus"] = [a.text() for a in window.menuBar().actions()]
            seen["central"] = window.centralWidget() is not None
            seen["profile_files"] = sorted(os.listdir(os.environ["SHEBAO_DATA_DIR"]))
            QTimer.singleShot(0, lambda: QTimer.singleShot(0, later))
        return False

watch = FirstPaint()
app.installEventFilter(watch)
window.show()
app.exec()
'''


def _first_paint(tmp_path) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", SHEBAO_DATA_DIR=str(tmp_path / "data"),
               SHEBAO_CONFIG_DIR=str(tmp_path / "config"))
    done = subprocess.run([sys.executable, "-c", FIRST_PAINT], env=env, capture_output=True,
                          text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_the_frame_paints_before_the_core_is_imported(tmp_path):
    seen = _first_paint(tmp_path)
    loaded = seen["modules"]
    assert not [m for m in loaded if m.startswith(("pydantic", "yaml", "shebao_desktop.core"))], loaded
    assert not [m for m in loaded if m.startswith("shebao_desktop.storage.")
                and m not in ("shebao_desktop.storage.paths", "shebao_desktop.storage.errors")], loaded
    assert "shebao_desktop.gui.session" not in loaded and "shebao_desktop.gui.results_panel" not in loaded
    assert seen["profile_files"] == []  # no profile read (nor the example written) yet
    assert seen["central"] is False  # the panes and "正在载入…" are painted on the window
    assert seen["title"].startswith("社保养老金估算 ") and seen["title"].endswith("正在载入…")
    # the frame has the finished window's menu titles, so nothing moves when it is complete
    assert seen["frame_menus"] == seen["menus"] and seen["frame_menus"][0] == "文件(&F)"


def test_right_after_that_paint_the_estimate_is_shown(tmp_path):
    seen = _first_paint(tmp_path)
    assert seen["estimate"] is True
    assert seen["pension"].endswith(("元", "元 ※")) and seen["pension"][0].isdigit()
    # the first figures are computed and shown on the cards alone; the results panel (adopting
    # those cards), the profiles and the inputs once they are painted
    assert seen["inputs_then"] is False and seen["panel_then"] is False
    assert seen["columns"] == ["ProfilesPanel", "QWidget", "ResultsPanel"]
    assert seen["menu_items"] > 3  # the real File menu replaced the empty title


def test_the_frame_shows_loading_in_the_middle_pane(qtbot):
    from shebao_desktop.app import create_app

    _app, window = create_app(["shebao-desktop"])
    qtbot.addWidget(window)
    window.resize(900, 500)
    image = window.grab().toImage()
    assert "session" not in window.__dict__  # painting the frame built nothing

    def inked(x0: int, x1: int, y0: int, y1: int) -> int:
        background = image.pixel(x0, y0)
        return sum(image.pixel(x, y) != background for x in range(x0, x1) for y in range(y0, y1, 2))
    assert inked(250, 380, 235, 265) > 20  # the words, centred in the middle pane
    assert inked(600, 800, 235, 265) == 0  # the results pane is empty
    window.close()


def test_asking_for_a_part_before_the_first_paint_builds_it(qtbot):
    from shebao_desktop.app import create_app

    _app, window = create_app(["shebao-desktop"])
    qtbot.addWidget(window)
    assert window.findChildren(type(window.menuBar()))  # the frame exists
    assert window.session.profile is not None  # built on demand, not shown yet
    assert window.results.pension_card is not None and not window.isVisible()
    window.show()
    qtbot.waitUntil(lambda: window.session.estimate is not None)
    assert window.results.pension_card.value.text()[0].isdigit()
    window.close()


NO_SOURCE_SCAN = r'''
import linecache, sys
from shebao_desktop.app import create_app
app, window = create_app(["shebao-desktop"])
window.complete()
read = [name for name in linecache.cache  # startup.py itself is imported after PySide6
        if ("shebao_desktop" in name or "pydantic" in name) and not name.endswith("/startup.py")]
print(len(read), "shebao_desktop.core.estimate" in sys.modules)
'''


def test_modules_loaded_after_the_paint_are_not_read_again_as_source(tmp_path):
    """PySide6 would read (and keep in linecache) the source of each of the ~200 modules
    imported after it, to look for ``from __feature__ import``; the window skips that."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", SHEBAO_DATA_DIR=str(tmp_path / "data"),
               SHEBAO_CONFIG_DIR=str(tmp_path / "config"))
    done = subprocess.run([sys.executable, "-c", NO_SOURCE_SCAN], env=env, capture_output=True,
                          text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["0", "True"]


def test_the_enum_values_set_by_name_are_qts():
    """The frame and the kept cards set a few Qt enums by property name and value (using the
    ``Qt`` namespace would build all its enums at start, ~70 ms): the values are Qt's own."""
    from PySide6.QtCore import Qt

    from shebao_desktop.gui import startup
    assert startup.TEXT_SELECTABLE_BY_MOUSE == Qt.TextInteractionFlag.TextSelectableByMouse.value
    assert startup.PLAIN_TEXT == Qt.TextFormat.PlainText.value
    assert startup.NO_FOCUS == Qt.FocusPolicy.NoFocus.value


FRAME_ENUMS = r'''
import enum, json, os, sys
made = []
create = enum.EnumType._create_
def counted(cls, class_name, *args, **kwargs):
    made.append(class_name)
    return create(cls, class_name, *args, **kwargs)
enum.EnumType._create_ = counted
from shebao_desktop.app import create_app
from PySide6.QtCore import QEvent, QObject, QTimer
app, window = create_app(["shebao-desktop"])
def done():
    print(json.dumps(made), flush=True)
    os._exit(0)
class Watch(QObject):
    def eventFilter(self, obj, event):
        if obj is window and event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, done)
        return False
watch = Watch()
window.installEventFilter(watch)
window.show()
app.exec()
'''


def test_the_frame_builds_no_enum_of_the_qt_namespace(tmp_path):
    """Up to the frame's first paint nothing touches an enum of ``Qt`` (PySide6 builds all of
    that namespace's ~94 enums at the first use of any: ~70 ms of a start)."""
    import json
    import os
    import subprocess
    import sys

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", SHEBAO_DATA_DIR=str(tmp_path / "data"),
               SHEBAO_CONFIG_DIR=str(tmp_path / "config"))
    done = subprocess.run([sys.executable, "-c", FRAME_ENUMS], env=env, capture_output=True,
                          text=True, timeout=300)
    made = json.loads(done.stdout.strip().splitlines()[-1])
    assert "AlignmentFlag" not in made and "Orientation" not in made
    assert len(made) > 0  # counted: the hook sees PySide6's enums
