"""Starting the window where it cannot run: a data folder that cannot be used shows a dialog and
one line on stderr (exit 2, no traceback); without any display the program says in one line
that it needs one and names the headless commands (exit 2)."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile

import pytest
from PySide6.QtWidgets import QMessageBox

from shebao_desktop import app as app_module


@pytest.fixture
def dialogs(monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "critical",
                        staticmethod(lambda parent, title, text, *a, **k: shown.append((title, text))))
    return shown


def _one_line(err: str) -> str:
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, lines
    assert "Traceback" not in err
    return lines[0]


def test_a_file_given_as_data_dir(qapp, tmp_path, capfd, dialogs):
    a_file = tmp_path / "not-a-folder"
    a_file.write_text("x")
    code = app_module.run_gui(["--data-dir", str(a_file)])
    line = _one_line(capfd.readouterr().err)
    assert code == 2
    assert line.startswith("shebao-desktop: ") and str(a_file) in line
    assert "它是一个文件" in line or "is a file" in line
    assert len(dialogs) == 1 and str(a_file) in dialogs[0][1]


def test_a_data_dir_that_cannot_be_written(qapp, tmp_path, capfd, dialogs, monkeypatch):
    folder = tmp_path / "read-only"
    folder.mkdir()
    if os.geteuid() != 0:  # a real read-only folder where permissions bind
        folder.chmod(0o500)
    else:  # root writes anywhere: the write check fails as it would for a user
        real = tempfile.mkstemp

        def refuse(*args, **kwargs):
            if str(kwargs.get("dir")) == str(folder):
                raise PermissionError(13, "Permission denied")
            return real(*args, **kwargs)
        monkeypatch.setattr(tempfile, "mkstemp", refuse)
    try:
        code = app_module.run_gui([f"--data-dir={folder}"])
    finally:
        folder.chmod(0o700)
    line = _one_line(capfd.readouterr().err)
    assert code == 2 and str(folder) in line
    assert "没有写入权限" in line or "not writable" in line
    assert len(dialogs) == 1


def test_a_data_dir_that_cannot_be_read(qapp, tmp_path, capfd, dialogs, monkeypatch):
    folder = tmp_path / "closed"
    folder.mkdir()
    if os.geteuid() != 0:
        folder.chmod(0o300)
    else:
        real = os.listdir

        def refuse(path="."):
            if str(path) == str(folder):
                raise PermissionError(13, "Permission denied")
            return real(path)
        monkeypatch.setattr(os, "listdir", refuse)
    try:
        code = app_module.run_gui(["--data-dir", str(folder)])
    finally:
        folder.chmod(0o700)
    line = _one_line(capfd.readouterr().err)
    assert code == 2 and ("没有读取权限" in line or "not readable" in line)
    assert len(dialogs) == 1


def test_a_data_dir_that_cannot_be_created(qapp, tmp_path, capfd, dialogs):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    code = app_module.run_gui(["--data-dir", str(blocker / "below")])
    line = _one_line(capfd.readouterr().err)
    assert code == 2 and str(blocker / "below") in line
    assert len(dialogs) == 1


def _headless(*args: str, lang: str = "C.UTF-8") -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update(LANG=lang, LC_ALL="", LC_MESSAGES="")
    return subprocess.run([sys.executable, "-m", "shebao_desktop", *args], env=env,
                          capture_output=True, text=True, timeout=120)


@pytest.mark.skipif(sys.platform.startswith(("win", "darwin")), reason="X11/Wayland only")
@pytest.mark.parametrize("lang", ["C.UTF-8", "zh_CN.UTF-8"])
def test_without_a_display_one_line_names_the_headless_commands(lang):
    done = _headless(lang=lang)
    assert done.returncode == 2
    assert done.stdout == ""
    line = _one_line(done.stderr)
    for command in ("estimate", "pension", "retirement-age", "regions"):
        assert command in line
    assert ("DISPLAY" in line) and (("图形显示" in line) == lang.startswith("zh"))
    # the headless commands themselves still run
    regions = _headless("regions", "--format", "json", lang=lang)
    assert regions.returncode == 0 and '"beijing"' in regions.stdout


STOP_WHILE_STARTING = r'''
import os, signal, sys
from shebao_desktop import app as app_module
real = app_module.create_app

def create_app(argv):
    os.kill(os.getpid(), signal.SIGTERM)  # asked to stop while the window is being built
    return real(argv)

app_module.create_app = create_app
sys.exit(app_module.run_gui([]))
'''


@pytest.mark.skipif(os.name != "posix", reason="POSIX signals")
def test_sigterm_while_starting_closes_the_window_normally(tmp_path):
    data = tmp_path / "data"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", SHEBAO_DATA_DIR=str(data),
               SHEBAO_CONFIG_DIR=str(tmp_path / "config"))
    done = subprocess.run([sys.executable, "-c", STOP_WHILE_STARTING], env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-1000:]
    assert list(data.glob("*.json")), "the new profile was saved"
    assert not list(data.glob("*.lock")), "the lock was released"
