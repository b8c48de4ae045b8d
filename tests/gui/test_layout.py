"""The window fits a 1366×768 laptop screen in both languages: nothing outside the screen, no
input page that needs a horizontal scroll bar, card titles at most two lines, no label cut
short, and card figures at a readable size. Measured on Qt's offscreen platform configured
with one 1366×768 screen, in a child process (the test session's own screen is 800×800)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

SCREEN = {"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768,
                       "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}

MEASURE = r'''
import json, sys
from PySide6.QtCore import QRect, QSettings, Qt
from PySide6.QtWidgets import QApplication, QLabel, QScrollArea
from shebao_desktop.app import create_app, settings_path

QSettings(str(settings_path()), QSettings.Format.IniFormat).setValue("language", sys.argv[1])
app, window = create_app(["shebao-desktop"])
window.show()
for _ in range(200):  # until the first estimate is painted (a count, not a clock)
    app.processEvents()
    if window.session.estimate is not None:
        break
app.processEvents()
room = app.primaryScreen().availableGeometry()
out = {"screen": [room.width(), room.height()],
       "frame": [window.frameGeometry().x(), window.frameGeometry().y(),
                 window.frameGeometry().width(), window.frameGeometry().height()],
       "min_hint": [window.minimumSizeHint().width(), window.minimumSizeHint().height()],
       "hint_height": window.sizeHint().height(), "estimate": window.session.estimate is not None,
       "cards": [], "clipped": [], "pages": []}
r = window.results
for card in (r.pension_card, r.rate_card, r.years_card, r.account_card, r.medical_card,
             r.housing_card):
    fm = card.title.fontMetrics()
    box = fm.boundingRect(QRect(0, 0, card.title.width(), 10000),
                          int(Qt.TextFlag.TextWordWrap), card.title.text())
    out["cards"].append({"title": card.title.text(), "lines": round(box.height() / fm.lineSpacing()),
                         "value_px": card.value.font().pixelSize(), "value": card.value.text()})
for n in range(window.inputs.count()):
    window.inputs.setCurrentIndex(n)
    app.processEvents()
    page = window.inputs.widget(n)
    out["pages"].append({"tab": window.inputs.tabText(n),
                         "hscroll": isinstance(page, QScrollArea)
                         and page.horizontalScrollBar().isVisible()})
    for label in page.findChildren(QLabel):
        if label.isVisible() and not label.wordWrap() and label.text() \
                and label.sizeHint().width() > label.width() + 1:
            out["clipped"].append([label.text(), label.sizeHint().width(), label.width()])
for card in (r.pension_card, r.rate_card, r.years_card):
    for label in (card.title, card.detail):
        if label.isVisible() and not label.wordWrap() and label.sizeHint().width() > label.width() + 1:
            out["clipped"].append([label.text(), label.sizeHint().width(), label.width()])
bar = r.tabs.tabBar()
out["tabs_fit"] = bar.sizeHint().width() <= r.tabs.width()
r.tabs.setCurrentIndex(2)
app.processEvents()
header = r.breakdown_table.horizontalHeader()
titles = [r.breakdown_model.headerData(i, Qt.Orientation.Horizontal) for i in range(header.count())]
out["headers_cut"] = [(t, header.fontMetrics().horizontalAdvance(t), header.sectionSize(i))
                      for i, t in enumerate(titles)
                      if header.fontMetrics().horizontalAdvance(t) + 6 > header.sectionSize(i)]
print(json.dumps(out, ensure_ascii=False))
'''


@pytest.fixture(scope="module")
def laptop(tmp_path_factory):
    folder = tmp_path_factory.mktemp("laptop")
    config = folder / "screen.json"
    config.write_text(json.dumps(SCREEN))
    return folder, config


def _measure(folder, config, language: str) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}",
               SHEBAO_DATA_DIR=str(folder / f"data-{language}"),
               SHEBAO_CONFIG_DIR=str(folder / f"config-{language}"))
    done = subprocess.run([sys.executable, "-c", MEASURE, language], env=env,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_the_window_fits_a_1366x768_screen(laptop, language):
    m = _measure(*laptop, language)
    assert m["screen"] == [1366, 768] and m["estimate"]
    x, y, width, height = m["frame"]
    assert x >= 0 and y >= 0 and x + width <= 1366 and y + height <= 768, m["frame"]
    assert m["min_hint"][0] <= 1366 and m["min_hint"][1] <= 768, m["min_hint"]
    assert m["hint_height"] <= 768
    for card in m["cards"]:
        assert card["lines"] <= 2, card
        assert card["value_px"] >= 14, card  # the figure did not have to shrink to fit
    assert not [p for p in m["pages"] if p["hscroll"]], m["pages"]
    assert m["clipped"] == []
    assert m["tabs_fit"], "the result tabs need scroll arrows"
    assert m["headers_cut"] == []
