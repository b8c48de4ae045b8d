"""SIGTERM (a logout, ``kill``) closes the window the normal way: saved, lock released."""

import os
import signal
import subprocess
import sys
import time

import pytest


@pytest.mark.skipif(not hasattr(signal, "SIGTERM") or os.name != "posix", reason="POSIX signals")
def test_sigterm_saves_and_releases_the_lock(tmp_path):
    data = tmp_path / "data"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", SHEBAO_DATA_DIR=str(data),
               SHEBAO_CONFIG_DIR=str(tmp_path / "config"))
    child = subprocess.Popen([sys.executable, "-m", "shebao_desktop"], env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        while not list(data.glob("*.lock")) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert list(data.glob("*.lock")), "the window never opened a profile"
        time.sleep(1.0)
        child.send_signal(signal.SIGTERM)
        code = child.wait(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
    assert code == 0, child.stderr.read().decode()[-1000:]
    assert list(data.glob("*.json")) and not list(data.glob("*.lock"))
