"""``shebao-desktop estimate FILE`` reads what the window reads (issue 9, item 13): a UTF-8
BOM, an old schema version migrated in memory (the file is left as it is), the same refusals."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from shebao_desktop import cli
from shebao_desktop.storage import ProfileStore
from shebao_desktop.storage.reading import read_profile_file

FIXTURES = Path(__file__).parent / "fixtures"
EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "profile-beijing.json"


def estimate_json(capsys, path: Path) -> dict:
    code = cli.main(["estimate", str(path), "--as-of", "2026-11", "--format", "json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)


def window_reads(tmp_path: Path, source: Path):
    """What the window's store loads from a copy of ``source`` in a data folder."""
    root = tmp_path / "window"
    root.mkdir()
    shutil.copy(source, root / "p.json")
    return ProfileStore(root).load("p")


@pytest.mark.parametrize("case", ["bom", "v0", "v0+bom"])
def test_cli_reads_what_the_window_reads(capsys, tmp_path, case):
    source = FIXTURES / "profile-v0.json" if case.startswith("v0") else EXAMPLE
    data = source.read_bytes()
    if "bom" in case:
        data = b"\xef\xbb\xbf" + data
    path = tmp_path / f"{case}.json"
    path.write_bytes(data)
    profile = window_reads(tmp_path, path)
    assert read_profile_file(path) == profile
    result = estimate_json(capsys, path)
    assert result["pension"]["region"] == profile.region
    assert path.read_bytes() == data  # migrated in memory only
    # the same figures as the estimate of the profile the window holds
    plain = tmp_path / "plain.json"
    plain.write_text(profile.model_dump_json(), encoding="utf-8")
    assert estimate_json(capsys, plain)["pension"] == result["pension"]


def test_cli_refuses_what_the_window_refuses(capsys, tmp_path):
    path = tmp_path / "newer.json"
    raw = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    raw["schema_version"] = 99
    path.write_text(json.dumps(raw), encoding="utf-8")
    code = cli.main(["estimate", str(path), "--as-of", "2026-11"])
    out, err = capsys.readouterr()
    assert code == 2 and out == ""
    assert len(err.splitlines()) == 1 and "Traceback" not in err
