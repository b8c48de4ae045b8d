"""pydantic is not imported on the run-time path (issue 10: ~22 MiB and ~250 ms of the window's
start went to it): the profile models are checked by core.checks, and pydantic stays only for
the policy YAML check, run when the policy bundle is rebuilt."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from shebao_desktop.core.policy.loader import default_policy_data

ROOT = Path(__file__).parents[2]
EXAMPLE = ROOT / "examples" / "profile-beijing.json"

SCRIPT = r"""
import contextlib, io, sys
from pathlib import Path
import shebao_desktop.core.profile, shebao_desktop.storage.codec, shebao_desktop.storage.drafts
assert "pydantic" not in sys.modules, "imported with the profile modules"
from shebao_desktop.core.estimate import estimate
from shebao_desktop.core.profile import HistoryRow
from shebao_desktop.core.yearmonth import YearMonth
from shebao_desktop.storage.codec import decode_profile, encode_profile
from shebao_desktop.storage.drafts import with_table
from shebao_desktop.storage.errors import StorageError
from shebao_desktop.storage.profiles import ProfileStore
from shebao_desktop.presentation.messages import error_text
from shebao_desktop import cli

example, root = Path(sys.argv[1]), Path(sys.argv[2])
profile = decode_profile(example.read_bytes())
with ProfileStore(root) as store:
    profile_id = store.create(profile)
    opened = store.open(profile_id)
    rows = list(opened.profile.history) + [{"period": "20x1", "amount": "abc"}]
    edited = with_table(opened.profile, rows)  # a draft row kept with the profile
    store.save(profile_id, edited)
    again = store.load(profile_id)
    assert encode_profile(again) == encode_profile(edited)
estimate(again, as_of=YearMonth(2026, 12))
try:
    decode_profile(b'{"birth": "1980-01", "gender": "x", "region": "beijing"}')
except StorageError as exc:
    assert error_text(exc, "zh")
try:
    HistoryRow.model_validate({"period": "2019", "region": "beijing", "amount": "-1"})
except ValueError as exc:
    assert error_text(exc, "en")
with contextlib.redirect_stdout(io.StringIO()):
    assert cli.main(["estimate", str(example), "--as-of", "2026-12"]) == 0
print("pydantic" in sys.modules)
"""


def test_profiles_opened_saved_and_estimated_without_pydantic(tmp_path):
    default_policy_data()  # the policy bundle built (from the YAML, with pydantic) beforehand
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    out = subprocess.run([sys.executable, "-c", SCRIPT, str(EXAMPLE), str(tmp_path / "data")],
                         env=env, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False", out.stderr
