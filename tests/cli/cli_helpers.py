"""What the CLI tests share: running the command line in-process or as a user runs it, the
worked example's ``pension`` arguments, and the one-line error check."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

from shebao_desktop.cli import main

REPO = Path(__file__).resolve().parents[2]
EXAMPLE = REPO / "examples" / "profile-beijing.json"
MONEY = re.compile(r"^-?\d+\.\d{2}$")
FEN = Decimal("0.01")


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def run_json(capsys, *argv: str) -> dict | list:
    code, out, err = run(capsys, *argv, "--format", "json")
    assert code == 0, err
    assert err == ""
    return json.loads(out)


def run_subprocess(*argv: str, timeout: float = 120) -> subprocess.CompletedProcess:
    env = {**os.environ, "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "PYTHONIOENCODING": "utf-8"}
    env.pop("LC_MESSAGES", None)
    return subprocess.run([sys.executable, "-m", "shebao_desktop", *argv], capture_output=True,
                          text=True, encoding="utf-8", env=env, timeout=timeout, cwd=REPO)


def pension_args(**over: str) -> list[str]:
    """``pension`` with the worked example's inputs; keyword arguments replace options."""
    opts = {"region": "beijing", "gender": "male", "category": "worker", "birth": "1965-01",
            "retire": "2025-01", "years": "35", "deemed-years": "0", "average-index": "1.0",
            "account": "200000", "pension-base": "10000"}
    opts.update({k.replace("_", "-"): v for k, v in over.items()})
    args = ["pension"]
    for key, value in opts.items():
        if value is not None:
            args += [f"--{key}", value]
    return args


def assert_one_line_error(err: str, field: str) -> None:
    lines = err.splitlines()
    assert len(lines) == 1, f"expected exactly one stderr line, got {lines!r}"
    assert field in lines[0], f"{field!r} not named in {lines[0]!r}"
    assert "Traceback" not in err
