"""A whole use of the window (create, edit, save, print to PDF) opens no network socket."""

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).with_name("gui_session_script.py")


def _env(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", SHEBAO_DATA_DIR=str(tmp_path / "data"),
               SHEBAO_CONFIG_DIR=str(tmp_path / "config"))
    return env


def test_whole_use_opens_no_python_socket(tmp_path):
    run = subprocess.run([sys.executable, str(SCRIPT), str(tmp_path)], env=_env(tmp_path),
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr[-2000:]
    assert "AUDIT 0 []" in run.stdout, run.stdout
    assert (tmp_path / "summary.pdf").stat().st_size > 1000


def test_whole_use_makes_no_inet_socket_syscall(tmp_path):
    strace = shutil.which("strace")
    if strace is None:
        import pytest
        pytest.skip("strace not installed (.ci/run installs it)")
    # control: the same tracing does see an inet socket when one is made
    control = tmp_path / "control.log"
    subprocess.run([strace, "-f", "-qq", "-e", "trace=socket,connect", "-o", str(control),
                    sys.executable, "-c", "import socket; socket.socket().close()"],
                   capture_output=True, timeout=60)
    if not re.search(r"socket\((AF_INET|PF_INET)", control.read_text()):
        import pytest
        pytest.skip("strace cannot trace here")
    log = tmp_path / "strace.log"
    run = subprocess.run([strace, "-f", "-qq", "-e", "trace=socket,connect", "-o", str(log),
                          sys.executable, str(SCRIPT), str(tmp_path)], env=_env(tmp_path),
                         capture_output=True, text=True, timeout=180)
    if run.returncode != 0 and "ptrace" in run.stderr:
        import pytest
        pytest.skip("ptrace not permitted here")
    assert run.returncode == 0, run.stderr[-2000:]
    calls = log.read_text()
    network = [line for line in calls.splitlines()
               if re.search(r"socket\((AF_INET|AF_INET6|PF_INET|PF_INET6)", line)]
    assert network == [], network[:5]
    print(f"\nsyscalls traced: {len(calls.splitlines())} socket/connect, 0 of them AF_INET/AF_INET6")
