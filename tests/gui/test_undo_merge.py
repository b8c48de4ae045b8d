"""Successive edits of one field are one undo step (merged in ``Session.apply``), never merged
through Qt's ``QUndoCommand.mergeWith``: with PySide6 6.12 each such merge leaked the merged
command (and the profile it held) and took a reference from ``None`` for good."""

from __future__ import annotations

import gc
import sys

from shebao_desktop.core.yearmonth import YearMonth
from shebao_desktop.gui.sample import sample_profile
from shebao_desktop.gui.session import Session

AS_OF = YearMonth(2026, 11)


def _session(qapp) -> Session:
    session = Session(sample_profile(AS_OF), as_of=AS_OF)
    session.hold()  # no estimate needed here
    return session


def test_typing_in_one_field_is_one_undo_step(qapp):
    session = _session(qapp)
    first = session.profile.name
    for n in range(1, 6):
        assert session.update("name", merge_key="name", name=first + "x" * n)
    assert session.undo_stack.count() == 1 and session.profile.name == first + "xxxxx"
    session.undo_stack.undo()
    assert session.profile.name == first
    session.undo_stack.redo()
    assert session.profile.name == first + "xxxxx"


def test_no_merge_across_a_save_or_another_field(qapp):
    session = _session(qapp)
    first = session.profile.name
    session.update("name", merge_key="name", name=first + "a")
    session.undo_stack.setClean()  # saved
    session.update("name", merge_key="name", name=first + "ab")
    assert session.undo_stack.count() == 2
    session.update("birth", merge_key="birth", birth=YearMonth(1990, 1))
    session.update("name", merge_key="name", name=first + "abc")
    assert session.undo_stack.count() == 4
    session.undo_stack.undo()
    assert session.profile.name == first + "ab"
    session.update("name", merge_key="name", name=first + "abd")  # after an undo: a new step
    assert session.undo_stack.count() == 4 and session.undo_stack.index() == 4


def test_merged_edits_leave_nothing_behind(qapp):
    session = _session(qapp)
    session.update("name", merge_key="name", name="a")
    gc.collect()
    nones = sys.getrefcount(None)
    for n in range(300):
        session.update("name", merge_key="name", name=f"a{n}")
    gc.collect()
    assert session.undo_stack.count() == 1
    assert abs(sys.getrefcount(None) - nones) < 50  # was 300 fewer: one per merged edit


def test_sessions_with_steps_are_collected_cleanly(qapp):
    """A session whose undo steps held it strongly made a cycle that the collector broke in an
    order PySide6 6.11 crashed on (QUndoStack::clear): the steps hold it weakly."""
    for round_ in range(5):
        session = _session(qapp)
        for n in range(8):  # separate steps, no merging
            session.update("name", name=f"{round_}-{n}")
        assert session.undo_stack.count() == 8
        del session
        gc.collect()
