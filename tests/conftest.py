"""Shared test set-up: Qt offscreen, no real user folders."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# the policy-data bundle and the kept estimate (gui/kept_estimate.py) go to one cache folder per
# test session, never the user's: built once here, and no test leaves an estimate for the app
import tempfile  # noqa: E402

os.environ.setdefault("SHEBAO_CACHE_DIR", tempfile.mkdtemp(prefix="shebao-test-cache-"))

import pytest  # noqa: E402

from shebao_desktop.qt_singletons import make_immortal  # noqa: E402

make_immortal()  # PySide6 6.12 on Python 3.11 (shebao_desktop/qt_singletons.py), as the app


@pytest.fixture(autouse=True)
def _isolated_dirs(tmp_path, monkeypatch):
    monkeypatch.setenv("SHEBAO_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("SHEBAO_CONFIG_DIR", str(tmp_path / "config"))


# -- waits that scale with the machine ------------------------------------------------------
# pytest-qt's waits give up after a wall-clock timeout (5 s by default). A wait is only a guard
# against a hang, never a measurement, so every wait here is stretched: six times what the test
# asks, times how much slower than the reference this machine runs a fixed Decimal workload
# (0.05 s wall on the 2-core development machine), measured once per session.
import time  # noqa: E402
from decimal import Decimal  # noqa: E402

_REFERENCE_WALL = 0.05


def _machine_scale() -> float:
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        x, total = Decimal("1.0001"), Decimal(0)
        for i in range(200_000):
            total += x * i
        best = min(best, time.perf_counter() - started)
    return max(1.0, best / _REFERENCE_WALL)


WAIT_SCALE = 6.0 * _machine_scale()


def _stretch_qtbot_waits() -> None:
    try:
        from pytestqt.qtbot import QtBot
    except ImportError:  # pragma: no cover - pytest-qt is in the test extras
        return
    if getattr(QtBot, "_shebao_stretched", False):
        return

    def stretch(method, default):
        def wrapped(self, *args, timeout=default, **kwargs):
            if timeout is not None and timeout > 0:
                timeout = int(timeout * WAIT_SCALE)
            return method(self, *args, timeout=timeout, **kwargs)
        wrapped.__doc__ = method.__doc__
        return wrapped

    QtBot.waitUntil = stretch(QtBot.waitUntil, 5000)
    QtBot.waitSignal = stretch(QtBot.waitSignal, 5000)
    QtBot.waitSignals = stretch(QtBot.waitSignals, 5000)
    QtBot.waitExposed = stretch(QtBot.waitExposed, 5000)
    QtBot.waitActive = stretch(QtBot.waitActive, 5000)
    QtBot._shebao_stretched = True


_stretch_qtbot_waits()
