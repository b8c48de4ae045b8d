"""The command line's answer to bad input (README "Command line"): exactly one line on stderr
that names the field, exit status 2, never a traceback, in-process and as a user runs it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from shebao_desktop.cli import main

from .cli_helpers import EXAMPLE, assert_one_line_error, pension_args, run, run_subprocess


BAD_PENSION = [
    ("letter in a number", {"account": "12a4"}, "--account"),
    ("month 13", {"birth": "1980-13"}, "--birth"),
    ("unknown region", {"region": "atlantis"}, "--region"),
    ("negative years", {"years": "-3"}, "--years"),
    ("absurd account", {"account": "1e30"}, "--account"),
    ("nan account", {"account": "NaN"}, "--account"),
    ("infinite index", {"average-index": "Infinity"}, "--average-index"),
    ("retire before birth", {"retire": "1960-01"}, "--retire"),
    ("pre-account above all years", {"deemed-years": "6", "pre-account-years": "41.5"},
     "--pre-account-years"),
    ("retire before the window", {"retire": "2024-12"}, "--retire"),
    ("retire after the window", {"retire": "2028-03"}, "--retire"),
    ("work start in the future", {"work-start": "2030-01"}, "--work-start"),
]


@pytest.mark.parametrize("name, over, field", BAD_PENSION, ids=[c[0] for c in BAD_PENSION])
def test_pension_bad_input(capsys, name, over, field):
    code, out, err = run(capsys, *pension_args(**over), "--format", "json")
    assert code == 2
    assert out == ""
    assert_one_line_error(err, field)


def _profile(tmp_path: Path, name: str, change) -> Path:
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    change(data)
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def _set(path: str, value):
    def change(data):
        node = data
        *parents, last = path.split(".")
        for part in parents:
            node = node[int(part)] if isinstance(node, list) else node[part]
        if isinstance(node, list):
            node[int(last)] = value
        else:
            node[last] = value
    return change


def _bad_profiles(tmp_path: Path) -> list[tuple[str, Path, str]]:
    missing = tmp_path / "does-not-exist.json"
    non_utf8 = tmp_path / "latin1.json"
    non_utf8.write_bytes('{"name": "张三"}'.encode("gb18030") + b"\xff\xfe")
    malformed = tmp_path / "malformed.json"
    malformed.write_text('{"birth": "1988-03", "gender": "male",', encoding="utf-8")
    return [
        ("missing file", missing, "does-not-exist.json"),
        ("non-utf8 file", non_utf8, "latin1.json"),
        ("malformed json", malformed, "profile"),
        ("wrong type", _profile(tmp_path, "wrongtype.json", _set("history.0.amount", "abc")),
         "history.0.amount"),
        ("absurd amount", _profile(tmp_path, "absurd.json", _set("history.1.amount", "1e30")),
         "history.1.amount"),
        ("negative amount", _profile(tmp_path, "neg.json", _set("history.2.amount", -5)),
         "history.2.amount"),
        ("month 13", _profile(tmp_path, "month13.json", _set("birth", "1988-13")), "birth"),
        ("unknown region", _profile(tmp_path, "region.json", _set("region", "atlantis")),
         "region"),
        ("unknown history region",
         _profile(tmp_path, "hregion.json", _set("history.1.region", "atlantis")), "history.1.region"),
        # born 1988-03: the elective window is 2048-03 .. 2054-03
        ("retirement outside window",
         _profile(tmp_path, "window.json", _set("retirement", "2040-01")), "retirement"),
        ("retirement after window",
         _profile(tmp_path, "late.json", _set("retirement", "2054-04")), "retirement"),
    ]


BAD_PROFILE_NAMES = ["missing file", "non-utf8 file", "malformed json", "wrong type",
                     "absurd amount", "negative amount", "month 13", "unknown region",
                     "unknown history region", "retirement outside window",
                     "retirement after window"]


@pytest.mark.parametrize("which", BAD_PROFILE_NAMES)
def test_estimate_bad_profile(capsys, tmp_path, which):
    cases = {name: (path, field) for name, path, field in _bad_profiles(tmp_path)}
    path, field = cases[which]
    code, out, err = run(capsys, "estimate", str(path), "--as-of", "2026-11", "--format", "json")
    assert code == 2
    assert out == ""
    assert_one_line_error(err, field)


def test_estimate_bad_as_of(capsys):
    code, out, err = run(capsys, "estimate", str(EXAMPLE), "--as-of", "2026-13")
    assert code == 2
    assert_one_line_error(err, "--as-of")


def test_retirement_age_bad_birth(capsys):
    code, out, err = run(capsys, "retirement-age", "--birth", "1975-00", "--gender", "male")
    assert code == 2
    assert_one_line_error(err, "--birth")


@pytest.mark.parametrize("birth", ["2190-01", "1900-01", "1929-12", "2016-01"])
def test_retirement_age_out_of_range_birth_names_the_field(capsys, birth):
    """Births the schedule cannot place (the old-age month past 2200, or before the schedule's
    first date) are refused as --birth, not as a policy-data or arithmetic error."""
    code, out, err = run(capsys, "retirement-age", "--birth", birth, "--gender", "male")
    assert code == 2
    assert out == ""
    assert_one_line_error(err, "--birth")


@pytest.mark.parametrize("birth", ["1929-12", "2190-01"])
def test_pension_out_of_range_birth_names_the_field(capsys, birth):
    code, out, err = run(capsys, *pension_args(birth=birth))
    assert code == 2
    assert_one_line_error(err, "--birth")


def test_estimate_history_before_the_policy_data_names_the_row(capsys, tmp_path):
    """A row older than the national wage series cannot be computed: it is refused by name."""
    def change(data):
        data["birth"] = "1960-03"
        data["history"].insert(0, {"period": "1980", "region": "beijing", "amount": "60"})
    path = _profile(tmp_path, "early.json", change)
    code, out, err = run(capsys, "estimate", str(path), "--as-of", "2026-11", "--format", "json")
    assert code == 2
    assert out == ""
    assert_one_line_error(err, "history.0.period")


def test_unknown_option_and_missing_option_one_line(capsys):
    code, _, err = run(capsys, *pension_args(), "--bogus")
    assert code == 2
    assert_one_line_error(err, "--bogus")
    args = pension_args()
    i = args.index("--account")
    code, _, err = run(capsys, *(args[:i] + args[i + 2:]))
    assert code == 2
    assert_one_line_error(err, "--account")


# -- real processes --------------------------------------------------------------------------
@pytest.mark.parametrize("argv, field", [
    (pension_args(account="12a4"), "--account"),
    (pension_args(birth="1980-13"), "--birth"),
    (pension_args(account="1e30"), "--account"),
])
def test_subprocess_bad_pension_input_no_traceback(argv, field):
    proc = run_subprocess(*argv, "--format", "json")
    assert proc.returncode == 2, proc.stderr
    assert proc.stdout == ""
    assert_one_line_error(proc.stderr, field)


def test_subprocess_bad_profiles_no_traceback(tmp_path):
    cases = {name: (path, field) for name, path, field in _bad_profiles(tmp_path)}
    for which in ("non-utf8 file", "wrong type", "retirement outside window"):
        path, field = cases[which]
        proc = run_subprocess("estimate", str(path), "--as-of", "2026-11", "--format", "json")
        assert proc.returncode == 2, (which, proc.stderr)
        assert proc.stdout == ""
        assert_one_line_error(proc.stderr, field)


def test_subprocess_timings():
    """Wall-clock time of a whole command as a user runs it. Printed, never asserted."""
    start = time.perf_counter()
    proc = run_subprocess(*pension_args(), "--format", "json")
    pension_seconds = time.perf_counter() - start
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["total"] == "4938.85"

    start = time.perf_counter()
    proc = run_subprocess("estimate", str(EXAMPLE), "--as-of", "2026-11", "--format", "json")
    estimate_seconds = time.perf_counter() - start
    assert proc.returncode == 0, proc.stderr
    json.loads(proc.stdout)

    print(f"\nTIMING pension subprocess: {pension_seconds:.3f} s")
    print(f"TIMING estimate subprocess: {estimate_seconds:.3f} s")


def test_main_without_command_does_not_raise(capsys):
    code = main([])
    assert code == 2
    assert "Traceback" not in capsys.readouterr().err


@pytest.mark.parametrize("args", [["bogus"], ["estimat", "x.json"], ["--frobnicate"]])
def test_mistyped_commands_answer_on_the_command_line(args):
    """Found by a trial run: unknown words used to open the window (and abort with no display)."""
    env = dict(os.environ, QT_QPA_PLATFORM="minimal")
    proc = subprocess.run([sys.executable, "-m", "shebao_desktop", *args], capture_output=True,
                          text=True, timeout=60, env=env)
    assert proc.returncode == 2
    assert len(proc.stderr.strip().splitlines()) == 1 and "Traceback" not in proc.stderr
