"""Every pytest-qt wait in the suite is stretched by the machine's measured slowness (conftest)."""

from pytestqt.qtbot import QtBot

from tests import conftest


def test_waits_are_stretched(qtbot, monkeypatch):
    assert conftest.WAIT_SCALE >= 6.0
    seen = {}

    def fake_wait_until(self, callback, *, timeout=5000):  # what the stretched wrapper calls
        seen["timeout"] = timeout

    wrapped = QtBot.waitUntil
    assert QtBot._shebao_stretched
    # the wrapper passes a stretched timeout to the original method it closed over
    inner = wrapped.__closure__
    assert inner is not None
    for cell in inner:
        if callable(cell.cell_contents) and cell.cell_contents.__name__ == "waitUntil":
            monkeypatch.setattr(cell, "cell_contents", fake_wait_until)
    qtbot.waitUntil(lambda: True)
    assert seen["timeout"] == int(5000 * conftest.WAIT_SCALE)
    qtbot.waitUntil(lambda: True, timeout=100)
    assert seen["timeout"] == int(100 * conftest.WAIT_SCALE)
