"""The import contracts of the layers (.importlinter): app -> gui -> storage -> core, the command
line without window code, core/storage/presentation without Qt, the core without storage or
wording. A module that imports across a layer fails here, naming the import chain."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_import_contracts_are_kept():
    lint = Path(sys.executable).with_name("lint-imports")
    if not lint.exists():
        lint = shutil.which("lint-imports")
    if lint is None:
        pytest.fail("lint-imports missing: install the test extras (pip install -e '.[test]')")
    done = subprocess.run([str(lint), str(ROOT / ".importlinter")], cwd=ROOT,
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
    assert "4 kept, 0 broken" in done.stdout
