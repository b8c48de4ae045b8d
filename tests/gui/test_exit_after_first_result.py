"""``shebao-desktop --exit-after-first-result`` opens the window, leaves with code 0 once the
first estimate is painted, and prints nothing (benchmarks time it from outside)."""

import os
import re
import subprocess
import sys

from shebao_desktop.__main__ import _window_arguments


def _run(tmp_path, *, result_file=None):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
               SHEBAO_DATA_DIR=str(tmp_path / "data"), SHEBAO_CONFIG_DIR=str(tmp_path / "config"))
    env.pop("SHEBAO_FIRST_RESULT_FILE", None)
    if result_file is not None:
        env["SHEBAO_FIRST_RESULT_FILE"] = str(result_file)
    return subprocess.run([sys.executable, "-m", "shebao_desktop", "--exit-after-first-result"],
                          env=env, capture_output=True, text=True, timeout=300)


def test_the_flag_is_a_window_argument_not_a_command():
    assert _window_arguments(["--exit-after-first-result"])
    assert _window_arguments(["--data-dir", "/x", "--exit-after-first-result"])
    assert not _window_arguments(["--exit-after-first-result", "pension"])


def test_exits_0_silently_after_the_estimate_is_shown(tmp_path):
    shown = tmp_path / "shown.txt"
    done = _run(tmp_path, result_file=shown)
    assert (done.returncode, done.stdout, done.stderr) == (0, "", "")
    # the pension card as painted: a figure in yuan (the first-start example profile)
    assert re.fullmatch(r"[\d,]+\.\d\d 元( ※)?\n", shown.read_text(encoding="utf-8"))
    # the window was closed the normal way: the profile saved, its lock released
    assert sorted(p.name for p in (tmp_path / "data").iterdir()) == ["profile.json"]
    assert "geometry" in (tmp_path / "config" / "settings.ini").read_text(encoding="utf-8")


def test_writes_no_file_unless_asked(tmp_path):
    done = _run(tmp_path)
    assert (done.returncode, done.stdout, done.stderr) == (0, "", "")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["config", "data"]


def test_a_returning_start_shows_the_kept_figure_and_leaves_the_profile_alone(tmp_path,
                                                                              monkeypatch):
    """The second start shows the estimate kept at the first one's close (before the profile is
    even opened: gui/kept_estimate.early): the same figure, code 0, the profile untouched."""
    first, again = tmp_path / "first.txt", tmp_path / "again.txt"
    monkeypatch.setenv("SHEBAO_CACHE_DIR", str(tmp_path / "cache"))  # _run passes it on
    assert _run(tmp_path, result_file=first).returncode == 0
    profile = tmp_path / "data" / "profile.json"
    before = (profile.read_bytes(), profile.stat().st_mtime_ns)
    assert (tmp_path / "cache" / "kept-estimate.bin").is_file()
    done = _run(tmp_path, result_file=again)
    assert (done.returncode, done.stdout, done.stderr) == (0, "", "")
    assert again.read_text(encoding="utf-8") == first.read_text(encoding="utf-8")
    assert (profile.read_bytes(), profile.stat().st_mtime_ns) == before
    assert sorted(p.name for p in (tmp_path / "data").iterdir()) == ["profile.json"]
