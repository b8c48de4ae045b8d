"""``None``, ``True`` and ``False`` made immortal on Python 3.11, as Python 3.12 made them.

PySide6 6.12.0 drops a reference it does not own from ``True`` at each emit of a signal without
arguments, and from ``None`` at each ``QTimer.start()`` and at each call of a Python override of
a ``void`` virtual (``QUndoCommand.redo``). On Python 3.12 and later those objects are immortal
and nothing happens; on 3.11 their counts fall with every edit in the window until one reaches
zero and the interpreter dies ("Fatal Python error: bool_dealloc", mid-session or at exit).
PySide6 6.11 and 6.10 have no such leak but crash elsewhere with this program (a widget tree or
an undo stack freed by the cycle collector), so the binding stays 6.12 and the three counts get
a reserve no session can use up: 2**48 references each, never released (what 3.12's immortal
objects are). Called once, before the window is built (``app.create_app``; the tests' conftest).
tests/gui/test_pyside_refcounts.py shows the leak and that the window survives it.
"""

from __future__ import annotations

import sys

#: added to each count once: ~2.8e14, more than any session can emit
RESERVE = 1 << 48


def make_immortal() -> bool:
    """Give None, True and False the reserve (once, on Python < 3.12); True if it was given now."""
    if sys.version_info >= (3, 12) or getattr(sys, "_shebao_immortal", False):
        return False
    import ctypes

    for value in (None, True, False):  # ob_refcnt is a PyObject's first field (Py_ssize_t)
        ctypes.c_ssize_t.from_address(id(value)).value += RESERVE
    sys._shebao_immortal = True
    return True
