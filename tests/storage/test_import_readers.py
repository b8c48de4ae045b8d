"""Importing a profile (a JSON file) does not load the table readers: CSV, XLSX (zip, XML) and
the history import are ~1.6 MiB resident (issue 10, memory) and are loaded when a table is
imported or exported, through the same module (``storage.exchange``)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

EXAMPLE = Path(__file__).parents[2] / "examples" / "profile-beijing.json"
TABLE_READERS = ("shebao_desktop.storage.tables", "shebao_desktop.storage.history_import",
                 "shebao_desktop.storage.xlsx_limits", "csv", "xml.etree.ElementTree")

SCRIPT = r"""
import json, sys
from pathlib import Path
from shebao_desktop.storage.exchange import import_profile
profile = import_profile(Path(sys.argv[1]))
before = sorted(sys.modules)
from shebao_desktop.storage.exchange import HistoryPreview, import_history
print(json.dumps({"name": profile.name, "before": before, "after": sorted(sys.modules),
                  "preview": HistoryPreview.__module__, "reader": import_history.__module__}))
"""


def test_a_profile_is_imported_without_the_table_readers_which_come_when_asked_for():
    from shebao_desktop.core.policy.loader import default_policy_data
    default_policy_data()  # the cached policy bundle written, as by any earlier start (a first
    # start checks the YAML with pydantic, whose entry-point scan loads csv)
    done = subprocess.run([sys.executable, "-c", SCRIPT, str(EXAMPLE)], capture_output=True,
                          text=True, check=True, timeout=120)
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["name"] == json.loads(EXAMPLE.read_text(encoding="utf-8"))["name"]
    assert not set(seen["before"]) & set(TABLE_READERS), sorted(set(seen["before"]) & set(TABLE_READERS))
    assert {"shebao_desktop.storage.tables", "shebao_desktop.storage.history_import"} <= set(seen["after"])
    assert seen["preview"] == seen["reader"] == "shebao_desktop.storage.history_import"
