"""The window icon comes from the committed PNG set (gui/icon.py): every size is there, it
draws, and making it loads neither QtSvg nor the svg icon engine (issue 10: ~0.8 MiB resident
for the title bar's icon)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

ICON = r'''
import json, sys
from PySide6.QtWidgets import QApplication, QMainWindow
from shebao_desktop.gui.icon import window_icon
app = QApplication(["icon"])
icon = window_icon()
app.setWindowIcon(icon)
window = QMainWindow()
window.show()
app.processEvents()
image = window.windowIcon().pixmap(32, 32).toImage()
middle = image.pixelColor(16, 16)
maps = open("/proc/self/maps").read() if sys.platform.startswith("linux") else ""
print(json.dumps({"sizes": sorted(s.width() for s in icon.availableSizes()),
                  "null": image.isNull(), "alpha": middle.alpha(),
                  "svg_module": "PySide6.QtSvg" in sys.modules,
                  "svg_libraries": [n for n in ("libQt6Svg", "libqsvgicon", "libqsvg.") if n in maps]}))
window.close()
'''


def test_the_window_icon_is_the_png_set_without_qtsvg(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", SHEBAO_CONFIG_DIR=str(tmp_path))
    done = subprocess.run([sys.executable, "-c", ICON], env=env, capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["sizes"] == [16, 24, 32, 48, 64, 128, 256]
    assert not seen["null"] and seen["alpha"] > 0  # the icon's disc, not a transparent square
    assert not seen["svg_module"] and seen["svg_libraries"] == []
