"""The one object the widgets talk to: the current profile, its estimate, undo, saving.

Widgets never reach into each other: they call ``Session.apply``/``Session.update`` and react
to ``profile_changed`` and ``estimate_changed``. Every edit replaces the (immutable) profile
through the undo stack, so undo/redo covers the form, the table and the assumptions alike.
"""

from __future__ import annotations

import logging
import weakref
from datetime import date
from typing import Any, Callable, Optional

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QLineEdit

from ..core.errors import ProfileError
from ..core.estimate import estimate
from ..core.policy.loader import PolicyDataError
from ..core.profile import Profile
from ..core.result import Estimate
from ..core.yearmonth import YearMonth
from ..presentation.messages import error_text
from .i18n import catalogue_language
from ..storage.drafts import left_out_positions, profile_from_dict

log = logging.getLogger(__name__)


def this_month() -> YearMonth:
    today = date.today()
    return YearMonth(today.year, today.month)


class _Replace(QUndoCommand):
    """Replace the profile. Successive edits of the same field merge into one undo step in
    ``Session.apply``, not through Qt's ``mergeWith``: with PySide6 6.12 a merged push (a Python
    ``redo`` and ``mergeWith`` returning True) leaks the merged command's wrapper and the
    profile it holds, each time (tests/gui/test_undo_merge.py)."""

    def __init__(self, session: "Session", old: Profile, new: Profile, text: str,
                 merge_key: Optional[str]):
        super().__init__(text)
        # the session by a weak reference: a strong one makes a cycle (session -> its undo
        # stack -> this step -> session) that only the cycle collector frees, in an order
        # PySide6 6.11 crashed on (QUndoStack::clear; tests/gui/test_undo_merge.py)
        self.session = weakref.ref(session)
        self.old, self.new, self.merge_key = old, new, merge_key

    def redo(self) -> None:
        self.session()._set(self.new)

    def undo(self) -> None:
        self.session()._set(self.old)


class Session(QObject):
    profile_changed = Signal()
    #: another profile was opened (switch, new, duplicate, import, restore): after its
    #: profile_changed; panels drop what was typed for the previous person
    profile_loaded = Signal()
    estimate_changed = Signal()
    error_raised = Signal(str)  # a translated message for a dialog or the status bar
    saved = Signal()  # the profile was written
    save_failed = Signal(str)  # a translated message; the profile stays in memory

    def __init__(self, profile: Profile, *, as_of: Optional[YearMonth] = None,
                 saver: Optional[Callable[[Profile], None]] = None,
                 parent: Optional[QObject] = None):
        super().__init__(parent)
        self.as_of = as_of or this_month()
        self.undo_stack = QUndoStack(self)
        self._profile = profile
        self._saver = saver
        self.estimate: Optional[Estimate] = None
        self.calc_error: Optional[ProfileError] = None
        self.missing: tuple[str, ...] = ()  # what the profile lacks for an estimate
        self.today_money = False
        self.kept = False  # the estimate shown is the one kept at the last close
        self._recompute_timer = QTimer(self, singleShot=True, interval=0)
        self._recompute_timer.timeout.connect(self.recompute)
        self._save_timer = QTimer(self, singleShot=True, interval=600)
        self._save_timer.timeout.connect(self._autosave)
        self._held = False
        self._pending = True
        self._recompute_timer.start()

    def hold(self) -> None:
        """Compute nothing until ``release`` (the window holds the first estimate until it has
        painted once, so it appears at once and the figures follow)."""
        self._held = True
        if self._recompute_timer.isActive():
            self._recompute_timer.stop()
            self._pending = True

    def release(self) -> None:
        self._held = False
        if self._pending:
            self._recompute_timer.start()

    # -- the profile -----------------------------------------------------------------------
    @property
    def profile(self) -> Profile:
        return self._profile

    def load(self, profile: Profile, saver: Optional[Callable[[Profile], None]]) -> None:
        """Switch to another profile (no undo across profiles). The caller saves the previous
        profile first (``save_now``): here nothing is written, so a saver can never write one
        profile's content into another's file."""
        self._save_timer.stop()
        self._saver = saver
        self.undo_stack.clear()
        self._set(profile, save=False)
        self.profile_loaded.emit()

    def apply(self, new: Profile, text: str, merge_key: Optional[str] = None) -> None:
        if new == self._profile:
            return
        stack = self.undo_stack
        top = stack.command(stack.index() - 1) if stack.index() > 0 else None
        # as QUndoStack merges: onto the last step done, never across the saved (clean) state
        if merge_key and isinstance(top, _Replace) and top.merge_key == merge_key \
                and stack.index() == stack.count() and stack.index() != stack.cleanIndex():
            top.new = new
            self._set(new)
            return
        stack.push(_Replace(self, self._profile, new, text, merge_key))

    def update(self, text: str, merge_key: Optional[str] = None, **changes: Any) -> bool:
        """Apply field changes, validated by the Profile model; False (and a message) if the
        result is not a valid profile. Nested models may be given as dicts."""
        data = self._profile.model_dump()
        data.update(changes)
        try:
            new = profile_from_dict(data)  # keeps the table's draft rows
        except ValueError as exc:  # worded by the catalogue, never pydantic's English
            self.error_raised.emit(error_text(exc, catalogue_language()))
            return False
        self.apply(new, text, merge_key)
        return True

    def _set(self, profile: Profile, save: bool = True) -> None:
        self._profile = profile
        self.profile_changed.emit()
        self._pending = True
        if not self._held:
            self._recompute_timer.start()
        if save and self._saver is not None:
            self._save_timer.start()

    @property
    def left_out_rows(self) -> list[int]:
        """History table rows (0-based) left out of the estimate: a cell is not valid yet."""
        return left_out_positions(self._profile)

    # -- results ---------------------------------------------------------------------------
    def recompute(self) -> None:
        """Compute the estimate."""
        self._recompute_timer.stop()
        self._pending = False
        self.missing = self._profile.missing_inputs()
        self.kept = False
        try:
            self.estimate = None if self.missing else estimate(self._profile, as_of=self.as_of)
            self.calc_error = None
        except ProfileError as exc:
            self.estimate, self.calc_error = None, exc
        except (PolicyDataError, ArithmeticError, ValueError) as exc:  # never a traceback
            log.exception("estimate failed")
            self.estimate = None
            self.calc_error = ProfileError("profile", "CALCULATION_FAILED", str(exc))
        if self.estimate is not None and self.left_out_rows:
            # a gap only the rows left out for an error make is not 断缴 (the results' ROWS_LEFT_OUT
            # notice names those rows): the core's gap notices narrowed; its figures as they are
            from .history_gaps import without_left_out_gaps
            self.estimate = without_left_out_gaps(self.estimate, self._profile)
        self.estimate_changed.emit()

    def show_kept(self, estimate: Estimate) -> None:
        """Show ``estimate``, kept at the last close for exactly this profile, instead of
        computing it now (``kept_estimate.early``); ``verify_kept`` computes it right after."""
        self._recompute_timer.stop()
        self._pending = False
        self.missing = self._profile.missing_inputs()
        self.estimate, self.calc_error, self.kept = estimate, None, True
        self.estimate_changed.emit()

    def verify_kept(self) -> None:
        """Replace the kept estimate shown at start by the computed one."""
        if self.kept:
            self.recompute()

    def keep(self, profile_id: str, file_bytes: Optional[bytes]) -> None:
        """Keep the computed estimate of the profile shown, for the next start (at close), when
        ``file_bytes`` (its file now) are exactly this profile's (saved, nothing pending)."""
        if self.estimate is not None and not self.kept and not self._pending:
            from ..storage.codec import encode_profile
            from . import kept_estimate
            from .summary_cards import card_facts
            kept_estimate.keep(profile_id, encode_profile(self._profile), file_bytes,
                               str(self.as_of), self.estimate,
                               tuple(card_facts(self.estimate, self._profile, False)))

    def estimate_for(self, profile: Profile) -> Optional[Estimate]:
        """A side estimate (e.g. another retirement month) that leaves the session alone."""
        try:
            return estimate(profile, as_of=self.as_of)
        except (ProfileError, PolicyDataError, ArithmeticError, ValueError):
            return None

    def set_today_money(self, on: bool) -> None:
        if on != self.today_money:
            self.today_money = on
            self.estimate_changed.emit()

    # -- saving ----------------------------------------------------------------------------
    def _autosave(self) -> None:
        self.save_now(commit_editor=False)

    def save_now(self, commit_editor: bool = True) -> None:
        """Write the profile now. An explicit save (closing, switching profiles, Ctrl+S) first
        takes the value being typed in a field (it is taken on leaving the field otherwise, and
        closing the window from inside a field would lose it); the autosave after an edit does
        not, so it never interrupts typing."""
        self._save_timer.stop()
        if commit_editor:
            commit_pending_edit()
        if self._saver is None:
            return
        try:
            self._saver(self._profile)
        except Exception as exc:  # noqa: BLE001 - the saver reports; the data stays in memory
            log.warning("save failed: %s", exc)
            self.error_raised.emit(str(exc))
            self.save_failed.emit(str(exc))
            return
        self.saved.emit()


def commit_pending_edit() -> None:
    """Take the text being typed in the focused spin box or line edit, as leaving it would."""
    widget = QApplication.focusWidget()
    if isinstance(widget, QLineEdit) and isinstance(widget.parentWidget(), QAbstractSpinBox):
        widget = widget.parentWidget()  # the text field inside a spin box
    if isinstance(widget, QAbstractSpinBox):
        widget.interpretText()
    elif isinstance(widget, QLineEdit) and widget.isModified():
        widget.editingFinished.emit()
