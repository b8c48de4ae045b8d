"""docs/provinces/README.md is generated from the policy data (scripts/province_rules.py): it is
current, so the table of every region's rules never drifts from the rules the program uses."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_province_table_is_current():
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "province_rules.py"), "--check"],
                          cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr + "\nrun: python scripts/province_rules.py"
    table = (ROOT / "docs" / "provinces" / "README.md").read_text(encoding="utf-8")
    assert table.count("\n| ") >= 31  # every province (and the cities) has its row
