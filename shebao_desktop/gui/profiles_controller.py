"""Profiles on disk seen from the window: which one is open, saving it, and the list.

All file work is the storage layer's; this object turns its errors into messages and keeps
the data in memory when a save fails."""

from __future__ import annotations

import logging
from functools import partial
from typing import Optional

from PySide6.QtCore import QObject, QSettings, Signal

from ..core.profile import Profile
from ..storage.profiles import ProfileStore, StorageError
from ..storage.recovery import missing_profiles, recoverable_after
from .sample import sample_profile
from .session import Session
from .storage_text import set_aside_message, storage_message

log = logging.getLogger(__name__)


class ProfilesController(QObject):
    changed = Signal()

    def __init__(self, store: ProfileStore, session: Session, settings: QSettings,
                 parent: Optional[QObject] = None):
        super().__init__(parent)
        self.store, self.session, self.settings = store, session, settings
        self.current_id: Optional[str] = None
        self.read_only = False
        self._saved_name = ""
        #: damaged profiles found at start with a good backup: (Recoverable, message)
        self.offers: list = []

    # -- start ---------------------------------------------------------------------------
    def start(self) -> list[str]:
        """Open the last profile (or the first, or a new example). Returns messages about
        files that could not be read (they were set aside, never overwritten). A damaged file
        with a good backup is not among them: it is in ``offers`` (a ``recovery.Recoverable``
        and its message, naming the person), for the window to offer the restore."""
        entries = self._safe_list()  # reading the folder sets bad files aside: list first
        last = self.settings.value("profiles/last")
        ids = [e.id for e in entries]
        if last in ids:  # the last one first, then the others: one bad file never stops a start
            ids.remove(last)
            ids.insert(0, last)
        if not any(self.open(profile_id) for profile_id in ids):
            self.create(sample_profile(self.session.as_of))
        problems = []
        for problem in self.store.problems:  # the list's and the opens' (in that order)
            message, offer = self._describe(problem)
            if offer is None:
                problems.append(message)
            else:
                self.offers.append((offer, message))
        return problems

    def _describe(self, problem):
        """A start-up problem's message (naming the person when known) and what can restore it."""
        try:
            person, offer = recoverable_after(self.store, problem)
        except (StorageError, OSError):
            person, offer = "", None
        return set_aside_message(problem, person), offer

    def _safe_list(self):
        try:
            return self.store.list()
        except StorageError as exc:
            self.session.error_raised.emit(storage_message(exc))
            return []

    def entries(self) -> list[tuple[str, str]]:
        return [(e.id, e.name) for e in self._safe_list()]

    # -- operations ----------------------------------------------------------------------
    def open(self, profile_id: str) -> bool:
        if profile_id == self.current_id:
            return True
        try:
            opened = self.store.open(profile_id)
            profile, writable = opened.profile, opened.writable
        except StorageError as exc:
            self.session.error_raised.emit(storage_message(exc))
            self.changed.emit()
            return False
        if self.current_id is not None:
            self.session.save_now()
            self.store.close(self.current_id)
        self.current_id, self.read_only = profile_id, not writable
        self._saved_name = profile.name
        self.session.load(profile, partial(self._save, profile_id) if writable else None)
        self.settings.setValue("profiles/last", profile_id)
        if not writable:
            self.session.error_raised.emit(self.tr("该档案正在被另一个程序窗口使用，已以只读方式打开"))
        self.changed.emit()
        return True

    def create(self, profile: Profile) -> Optional[str]:
        try:
            profile_id = self.store.create(profile)
        except StorageError as exc:
            self.session.error_raised.emit(storage_message(exc))
            return None
        self.open(profile_id)
        return profile_id

    def duplicate(self, profile_id: Optional[str]) -> None:
        if not profile_id:
            return
        self.session.save_now()
        try:
            new_id = self.store.duplicate(profile_id)
        except StorageError as exc:
            self.session.error_raised.emit(storage_message(exc))
            return
        self.open(new_id)

    def rename(self, profile_id: str, name: str) -> None:
        if profile_id == self.current_id:
            self.session.update(self.tr("重命名档案"), None, name=name)
            self.session.save_now()
        else:
            try:
                self.store.rename(profile_id, name)
            except StorageError as exc:
                self.session.error_raised.emit(storage_message(exc))
        self.changed.emit()

    def delete(self, profile_id: str) -> None:
        try:
            if profile_id == self.current_id:
                self.session.save_now()
                self.store.close(profile_id)
                self.current_id = None
            self.store.delete(profile_id)
        except StorageError as exc:
            self.session.error_raised.emit(storage_message(exc))
        ids = [e.id for e in self._safe_list()]
        if self.current_id is None:
            if ids:
                self.open(ids[0])
            else:
                self.create(sample_profile(self.session.as_of))
        self.changed.emit()

    def backups(self, profile_id: Optional[str] = None) -> list:
        """Backups of ``profile_id`` (default: the open profile), newest first."""
        profile_id = profile_id or self.current_id
        if profile_id is None:
            return []
        try:
            return self.store.backups(profile_id)
        except StorageError as exc:
            self.session.error_raised.emit(storage_message(exc))
            return []

    def restore(self, backup_id: str) -> bool:
        """Put an earlier saved version back (the current one is backed up first)."""
        if self.current_id is None or self.read_only:
            return False
        self.session.save_now()
        try:
            profile = self.store.restore(self.current_id, backup_id)
        except StorageError as exc:
            self.session.error_raised.emit(storage_message(exc))
            return False
        self.session.load(profile, partial(self._save, self.current_id))
        self.changed.emit()
        return True

    def missing(self) -> list:
        """Profiles not in the list (damaged, deleted, gone) that a backup can bring back
        (``recovery.Recoverable``)."""
        try:
            return missing_profiles(self.store)
        except (StorageError, OSError):
            return []

    def recover(self, profile_id: str, backup_id: str) -> bool:
        """Bring back a profile that is not in the list from its backup ``backup_id`` and open
        it. Its damaged copies and the trash stay as they are; a file of that id that is there
        again is backed up first (``ProfileStore.restore``)."""
        if profile_id == self.current_id:
            return self.restore(backup_id)
        self.session.save_now()
        try:
            self.store.restore(profile_id, backup_id)  # holds the profile's lock
        except StorageError as exc:
            self.session.error_raised.emit(storage_message(exc))
            self.changed.emit()
            return False
        opened = self.open(profile_id)
        self.store.close(profile_id)  # the hold the restore took (open holds its own)
        self.changed.emit()
        return opened

    def _save(self, profile_id: str, profile: Profile) -> None:
        """Save into the file the profile was opened from (bound when it was opened)."""
        try:
            self.store.save(profile_id, profile)
        except StorageError as exc:
            raise RuntimeError(storage_message(exc)) from exc
        if profile.name != self._saved_name:  # the list shows names: refresh only then
            self._saved_name = profile.name
            self.changed.emit()

    def show_kept(self, kept) -> None:
        """At start: the session shows ``kept`` (``kept_estimate.Kept``, the estimate kept for
        the last profile as its file was just read) if that profile is the one opened and its
        file has not changed since; else it computes."""
        from .kept_estimate import unchanged
        if self.current_id == kept.profile_id and unchanged(kept, self.store.root):
            self.session.show_kept(kept.estimate)
        else:
            self.session.recompute()

    def keep_estimate(self) -> None:
        """At close, after saving: the estimate shown kept for the next start, under the exact
        bytes of the profile's file (gui/kept_estimate.py)."""
        if self.current_id is None:
            return
        try:
            on_disk = self.store.path(self.current_id).read_bytes()
        except (OSError, StorageError):
            on_disk = None
        self.session.keep(self.current_id, on_disk)

    def close(self) -> None:
        if self.current_id is not None:
            self.store.close(self.current_id)
