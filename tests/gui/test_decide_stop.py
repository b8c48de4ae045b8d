"""Quitting does not wait for a decision view's computation (issue 11): a run asked to stop
(superseded, shut down, or every run when the program quits) raises core.cancel.Stopped at its
next estimate, so its worker thread ends after the estimate in hand, not after all of them.

No timing is measured: the work counts the estimates it finished, and a gate holds it between
two estimates while the test asks it to stop."""

import threading
from pathlib import Path

import pytest

from shebao_desktop.core.cancel import Stopped, checkpoint, stoppable
from shebao_desktop.core.decide.bands import bands
from shebao_desktop.core.estimate import estimate
from shebao_desktop.core.yearmonth import YearMonth
from shebao_desktop.gui import decide_common
from shebao_desktop.gui.decide_common import Background, stop_all
from shebao_desktop.storage.codec import decode_profile

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "profile-beijing.json"
AS_OF = YearMonth(2026, 12)
GUARD = 300  # seconds: a hang guard only, never a measurement


@pytest.fixture(scope="module")
def profile():
    return decode_profile(EXAMPLE.read_bytes())


def test_an_estimate_stops_once_its_threads_flag_is_set(profile):
    flag = threading.Event()
    with stoppable(flag):
        assert estimate(profile, as_of=AS_OF).pension.total > 0  # not set: runs as ever
        flag.set()
        with pytest.raises(Stopped):
            estimate(profile, as_of=AS_OF)
        with pytest.raises(Stopped):
            bands(profile, as_of=AS_OF)  # three estimates: none is walked
    checkpoint()  # outside the block (and in any other thread) nothing stops
    assert estimate(profile, as_of=AS_OF).pension.total > 0


def _gated_work(profile, started, gate, finished):
    """Ten estimates; after the first it waits at the gate (the test asks it to stop there)."""
    def work():
        for n in range(10):
            estimate(profile, as_of=AS_OF)
            finished.append(n)
            if n == 0:
                started.set()
                gate.wait(GUARD)
        return "all ten"
    return work


@pytest.mark.parametrize("stop", ["shutdown", "stop_all", "superseded"])
def test_a_running_computation_stops_at_its_next_estimate(qtbot, profile, stop):
    background = Background()
    shown = []
    background.done.connect(lambda result, error: shown.append((result, error)))
    started, gate, finished = threading.Event(), threading.Event(), []
    background.run(_gated_work(profile, started, gate, finished))
    assert started.wait(GUARD)
    future, flag = background._future, background._flag
    if stop == "shutdown":
        background.shutdown()
    elif stop == "stop_all":  # what the application's aboutToQuit does
        stop_all()
    else:
        background.run(lambda: "new")
    gate.set()
    assert isinstance(future.exception(GUARD), Stopped)
    assert finished == [0]  # the nine estimates left were never walked
    assert flag.is_set() and flag not in decide_common._running  # done with, forgotten
    if stop == "superseded":
        qtbot.waitUntil(lambda: not background.busy)
        assert shown == [("new", None)]  # the newest run is not stopped
    elif stop == "stop_all":
        background.wait(GUARD)
        assert shown == []  # a stopped run says nothing
    background.shutdown()


def test_the_application_stops_every_run_when_it_quits(qtbot):
    from PySide6.QtCore import QCoreApplication
    Background()  # hooks the application once
    app = QCoreApplication.instance()
    assert app in decide_common._hooked
    assert app.aboutToQuit.disconnect(stop_all)  # it was connected (put back at once)
    app.aboutToQuit.connect(stop_all)
    flag = threading.Event()
    with decide_common._lock:
        decide_common._running.add(flag)
    stop_all()
    assert flag.is_set()
    with decide_common._lock:
        decide_common._running.discard(flag)
