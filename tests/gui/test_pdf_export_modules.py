"""Issue 10, memory: exporting the PDF summary does not load QtPrintSupport (its library and
its dialogs' types: ~0.8 MiB); the PDF is written by QtGui's QPdfWriter. Printing and the
print preview load it when asked for (tests/gui/test_report.py opens the preview)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

EXAMPLE = Path(__file__).parents[2] / "examples" / "profile-beijing.json"

SCRIPT = r"""
import json, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from shebao_desktop.app import create_app
app, window = create_app(["shebao-desktop"])
window.show()
QApplication.processEvents()
from shebao_desktop.storage.exchange import import_profile
window.session.load(import_profile(Path(sys.argv[1])), None)
window.session.recompute()
written = window.export_pdf(sys.argv[2])
print(json.dumps({"written": written is not None and Path(sys.argv[2]).stat().st_size > 10000,
                  "print_support": "PySide6.QtPrintSupport" in sys.modules}))
"""


def test_the_pdf_is_exported_without_qtprintsupport(tmp_path):
    from shebao_desktop.core.policy.loader import default_policy_data
    default_policy_data()  # the cached policy bundle written, as by any earlier start
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", SHEBAO_DATA_DIR=str(tmp_path / "data"),
               SHEBAO_CONFIG_DIR=str(tmp_path / "config"))
    done = subprocess.run([sys.executable, "-c", SCRIPT, str(EXAMPLE), str(tmp_path / "out.pdf")],
                          env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen == {"written": True, "print_support": False}
