"""Issue 10, memory: what the window does not import to start and show its first estimate.

Each module below costs resident memory for its code and tables and is used only by a command
that may never run: the table reader (CSV, XLSX: ``storage.tables``, ``csv``, ``xml``) when a
user pastes or types an amount, ``html`` (its named-entity table) for one escape function,
``socket`` and ``uuid`` for a host name and a random file name. OpenSSL's hash module
(``_hashlib``, ~3 MiB of ``libcrypto``) is not loaded by the program's own code at start:
the kept estimate and the policy bundle use ``_blake2``. QtCharts is not used at all (the charts
are drawn with QPainter: ``gui.plot``).
"""

from __future__ import annotations

import html
import json
import os
import subprocess
import sys

from shebao_desktop.presentation.formats import escape

STARTED = r'''
import json, sys
from PySide6.QtWidgets import QApplication
from shebao_desktop.app import create_app
app, window = create_app(["shebao-desktop"])
window.show()
QApplication.processEvents()
window.complete()  # every column built: results, profiles, inputs, menus
window.session.recompute()
QApplication.processEvents()
if len(sys.argv) > 1:  # then a PDF exported, its note shown, a year's hover text read
    from PySide6.QtCore import Qt
    assert window.export_pdf(sys.argv[1]) is not None
    model = window.results.year_model
    tips = [model.data(model.index(row, column), Qt.ItemDataRole.ToolTipRole)
            for row in range(model.rowCount()) for column in range(model.columnCount())]
    assert any(tips)
print(json.dumps({"estimate": window.session.estimate is not None,
                  "inputs": "history" in window.__dict__,
                  "modules": sorted(sys.modules)}))
'''

NOT_AT_START = ("html", "html.entities", "csv", "_csv", "socket", "uuid", "xml.etree.ElementTree",
                "pyexpat", "shebao_desktop.storage.tables", "shebao_desktop.storage.xlsx_limits",
                "PySide6.QtCharts", "importlib.resources")


def _started(tmp_path, *args: str) -> dict:
    from shebao_desktop.core.policy.loader import default_policy_data
    default_policy_data()  # the session's cached bundle written, as by any earlier start: the
    # child reads it, not the YAML (a first start checks the YAML with pydantic's schema)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", SHEBAO_DATA_DIR=str(tmp_path / "data"),
               SHEBAO_CONFIG_DIR=str(tmp_path / "config"))
    done = subprocess.run([sys.executable, "-c", STARTED, *args], env=env, capture_output=True,
                          text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_start_and_first_estimate_leave_the_unused_modules_out(tmp_path):
    seen = _started(tmp_path)
    assert seen["estimate"] and seen["inputs"]
    loaded = set(seen["modules"])
    assert "shebao_desktop.gui.history_cells" in loaded  # the history table is built
    assert "shebao_desktop.gui.explain" in loaded and "shebao_desktop.storage.lock" in loaded
    assert not loaded & set(NOT_AT_START), sorted(loaded & set(NOT_AT_START))
    if "pydantic" not in loaded:  # pydantic's own import of ``secrets`` loads it
        assert not loaded & {"hashlib", "_hashlib", "ssl", "secrets", "hmac"}, sorted(
            loaded & {"hashlib", "_hashlib", "ssl", "secrets", "hmac"})


def test_an_export_and_hover_texts_leave_html_out(tmp_path):
    """The export's note and the year table's hover texts escape with ``formats.escape``."""
    seen = _started(tmp_path, str(tmp_path / "summary.pdf"))
    assert (tmp_path / "summary.pdf").stat().st_size > 0
    loaded = set(seen["modules"])
    assert "shebao_desktop.gui.export_note" in loaded
    assert not loaded & {"html", "html.entities"}, sorted(loaded & {"html", "html.entities"})


def test_escape_writes_what_html_escape_writes():
    texts = ["", "plain 文字", "a & b < c > d", "\"quoted\" and 'single'", "&amp; already",
             "<a href=\"x?a=1&b='2'\">链接</a>", "※ 1,234.56 元 ≥ 0 — ok"]
    for text in texts:
        assert escape(text) == html.escape(text)
        assert escape(text, quote=False) == html.escape(text, quote=False)
