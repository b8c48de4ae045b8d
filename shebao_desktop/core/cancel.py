"""Stopping a long computation early, between estimates (issue 11: quitting is immediate).

A decision view runs several whole estimates off the GUI thread (the bands, a comparison, a
goal seek). Python cannot interrupt a thread, and the interpreter waits for its worker threads
before it exits; so the work checks a flag instead. ``stoppable(flag)`` sets the flag for the
calling thread; every estimate calls ``checkpoint()`` before it starts walking and before it
builds its result (core.estimate), which raises ``Stopped`` once the flag is set. Threads that
set no flag (the main estimate, the command line) are never stopped.
"""

from __future__ import annotations

import threading
from contextlib import contextmanager
from typing import Iterator

_local = threading.local()


class Stopped(Exception):
    """The computation was asked to stop (its result would have been dropped)."""


def checkpoint() -> None:
    flag = getattr(_local, "flag", None)
    if flag is not None and flag.is_set():
        raise Stopped()


@contextmanager
def stoppable(flag: threading.Event) -> Iterator[threading.Event]:
    """Within the block, estimates in this thread stop (``Stopped``) once ``flag`` is set."""
    before = getattr(_local, "flag", None)
    _local.flag = flag
    try:
        yield flag
    finally:
        _local.flag = before
