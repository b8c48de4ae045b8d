"""Python's cycle collector, run on the GUI thread only (by a timer), not in whichever thread an
allocation happens to pass its threshold.

Collected in a worker thread (a comparison's, the bands'), a cycle that held a Qt object of the
window destroyed that QObject there: its destructor took Qt's signal-slot lock and then waited
for the GIL, which the GUI thread held while it waited for that lock to connect a signal. The
window froze for good (found when a language switch rebuilt the panels while a comparison was
being computed: tests/gui/test_profile_switch_reset.py hung in QObject::connectImpl, the worker
in QObject::~QObject under gc_collect_main).

The timer keeps Python's own thresholds: each generation is collected when it would have been;
between two ticks (``INTERVAL_MS``) nothing is collected, in any thread.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

#: how often the GUI thread looks whether a collection is due
INTERVAL_MS = 200


class GuiThreadCollector(QObject):
    """Turns automatic collection off and collects, on the GUI thread, what Python would have."""

    def __init__(self, parent: QObject):
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.collect_due)
        self.timer.start(INTERVAL_MS)

    def collect_due(self) -> None:
        """The generation Python would collect now (its thresholds), if any."""
        counts = gc.get_count()
        if counts[0] <= self.thresholds[0]:
            return
        generation = 0
        while generation < 2 and counts[generation + 1] >= self.thresholds[generation + 1]:
            generation += 1
        gc.collect(generation)


def collect_on_gui_thread(app: QObject) -> GuiThreadCollector:
    """The application's collector (made once)."""
    found = app.findChild(GuiThreadCollector)
    return found if found is not None else GuiThreadCollector(app)
