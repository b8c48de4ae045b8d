"""Profiles on disk: one JSON file per profile in a data folder (see ``paths.data_dir``).

Layout of ``root``::

    <id>.json                        a profile (id = file stem)
    <id>.lock                        held by the running program that may write it (lock.py)
    <id>.corrupt-<stamp>.json        a file that could not be read, set aside, never overwritten
    backups/<id>/<stamp>.json        the previous contents, newest ``BACKUPS_KEPT`` kept
    trash/<id>.<stamp>.json          deleted profiles (moved, not unlinked)

Every write is atomic (``atomic.write_atomic``) and made only while holding the profile's lock;
files are 0600 and folders 0700 on POSIX. ``open(id)`` returns ``Opened(profile, writable,
holder)``: ``writable`` is False when another live copy of the program holds the lock.
Failures raise ``StorageError`` (errors.py) with a code the GUI translates.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Mapping, Optional

from ..core.profile import Profile
from . import lock
from .atomic import fsync_dir, remove_stale_temps, write_atomic
from .codec import decode_profile, encode_profile, read_version
from .drafts import profile_from_dict
from .errors import (EXISTS, INVALID, NEWER_VERSION, NOT_FOUND, READ_FAILED, TOO_LARGE,
                     UNKNOWN_REGION, UNREADABLE, StorageError, from_os_error)
from .migrations import CURRENT_VERSION
from .names import file_stem
from .paths import CORRUPT_MARK, PROFILE_SUFFIX, ensure_private_dir, is_profile_id
from .reading import read_bytes

__all__ = ["BackupEntry", "Opened", "ProfileEntry", "ProfileStore", "SetAside", "StorageError"]

SUFFIX = PROFILE_SUFFIX
BACKUPS_KEPT = 10
#: content problems: such a file is set aside (renamed) so it is never overwritten
SET_ASIDE_CODES = frozenset({INVALID, UNREADABLE, TOO_LARGE})
#: reported but left in place: a newer program may read it (NEWER_VERSION, UNKNOWN_REGION), or
#: the read failed and says nothing about the content (READ_FAILED: a later read may work)
LEFT_CODES = frozenset({NEWER_VERSION, UNKNOWN_REGION, READ_FAILED})
_STAMP_RE = re.compile(r"^\d{8}T\d{6}\.\d{6}Z(-\d+)?$")


@dataclass(frozen=True)
class ProfileEntry:
    id: str
    name: str
    modified: datetime  # UTC
    read_only: bool  # no permission to write, or held by another running copy


@dataclass(frozen=True)
class BackupEntry:
    id: str  # "<UTC stamp>", pass to ``restore``
    created: datetime  # UTC
    size: int


@dataclass(frozen=True)
class SetAside:
    """A file that could not be read. ``moved_to`` is its new name, or None when it was left in
    place (``LEFT_CODES``: a newer program or a later read may still read it)."""

    file: str  # the original file name
    code: str
    detail: str
    moved_to: Optional[Path]
    params: Mapping[str, str] = field(default_factory=dict, compare=False)  # StorageError.params


@dataclass(frozen=True)
class Opened:
    profile: Profile
    writable: bool
    holder: Optional[lock.LockInfo]  # who holds it when not writable


def _stamp() -> str:
    return datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S.%fZ")


def check_id(profile_id: str) -> str:
    if not is_profile_id(profile_id):
        raise StorageError(NOT_FOUND, None, f"not a profile id: {profile_id!r:.60}")
    return profile_id


def _slug(name: str) -> str:
    """A file stem for a new profile named ``name``: safe on every OS (see names.py)."""
    return file_stem(name, "profile")


class ProfileStore:
    def __init__(self, root: Path):
        self.root = Path(root)
        ensure_private_dir(self.root, tighten=False)
        self._problems: list[SetAside] = []
        remove_stale_temps(self.root)

    # -- paths -------------------------------------------------------------------------------
    def path(self, profile_id: str) -> Path:
        return self.root / f"{check_id(profile_id)}{SUFFIX}"

    def _lock_path(self, profile_id: str) -> Path:
        return self.root / f"{profile_id}{lock.LOCK_SUFFIX}"

    def _backup_dir(self, profile_id: str) -> Path:
        return self.root / "backups" / profile_id

    @property
    def problems(self) -> list[SetAside]:
        """Files that could not be read since this store was made (set aside or left)."""
        return list(self._problems)

    # -- reading -----------------------------------------------------------------------------
    def list(self) -> list[ProfileEntry]:
        """Every readable profile, sorted by name; unreadable files are set aside (problems)."""
        entries = []
        try:
            names = sorted(os.listdir(self.root))
        except OSError as exc:
            raise from_os_error(exc, self.root, writing=False) from exc
        for file_name in names:
            if not file_name.endswith(SUFFIX) or file_name.startswith(".") or CORRUPT_MARK in file_name:
                continue
            profile_id = file_name[: -len(SUFFIX)]
            try:
                check_id(profile_id)
                profile = self.load(profile_id)
                modified = datetime.fromtimestamp(self.path(profile_id).stat().st_mtime, timezone.utc)
            except StorageError:
                continue  # recorded in problems by load
            except OSError:
                continue
            entries.append(ProfileEntry(profile_id, profile.name, modified,
                                        self._read_only(profile_id)))
        return sorted(entries, key=lambda entry: (entry.name, entry.id))

    def _read_only(self, profile_id: str) -> bool:
        path = self.path(profile_id)
        if not os.access(path, os.W_OK) or not os.access(self.root, os.W_OK):
            return True
        return lock.holder(self._lock_path(profile_id)) is not None

    def _read_bytes(self, path: Path) -> bytes:
        return read_bytes(path)

    def load(self, profile_id: str) -> Profile:
        """The profile, migrated and validated (``reading.read_profile_file``'s path). A file
        whose content is invalid is set aside (renamed ``<id>.corrupt-<stamp>.json``); a read
        error (READ_FAILED, after retries) or a file for a newer program is reported and left
        as it is. The ``StorageError`` is raised either way."""
        path = self.path(profile_id)
        try:
            return decode_profile(self._read_bytes(path), path)
        except StorageError as exc:
            if exc.code in SET_ASIDE_CODES and path.is_file():
                moved = self._set_aside(path)
                exc.moved_to = moved
                self._problems.append(SetAside(path.name, exc.code, exc.detail, moved,
                                               dict(exc.params)))
            elif exc.code in LEFT_CODES:
                problem = SetAside(path.name, exc.code, exc.detail, None, dict(exc.params))
                if problem not in self._problems:
                    self._problems.append(problem)
            raise

    def _set_aside(self, path: Path) -> Optional[Path]:
        stem = path.name[: -len(SUFFIX)]
        for attempt in range(100):
            extra = f"-{attempt}" if attempt else ""
            target = path.with_name(f"{stem}{CORRUPT_MARK}{_stamp()}{extra}{SUFFIX}")
            if target.exists():
                continue
            try:
                os.rename(path, target)
            except OSError:
                return None  # cannot rename (read-only folder): left in place, still reported
            fsync_dir(path.parent)
            return target
        return None

    def open(self, profile_id: str) -> Opened:
        """Load and lock for writing. ``writable`` is False when another live copy of the
        program holds the lock (then every write raises LOCKED)."""
        profile = self.load(profile_id)
        held_by = lock.acquire(self._lock_path(profile_id))
        return Opened(profile, held_by is None, held_by)

    def close(self, profile_id: str) -> None:
        lock.release(self._lock_path(check_id(profile_id)))

    def close_all(self) -> None:
        for file_name in os.listdir(self.root):
            if file_name.endswith(lock.LOCK_SUFFIX):
                lock.release(self.root / file_name)

    def __enter__(self) -> "ProfileStore":
        return self

    def __exit__(self, *exc_info) -> None:
        self.close_all()

    # -- writing -----------------------------------------------------------------------------
    def _hold(self, profile_id: str) -> None:
        """Make sure this process holds the profile's lock, taking it if free (LOCKED if not)."""
        path = self._lock_path(profile_id)
        try:
            lock.check_owned(path)
        except StorageError:
            if lock.acquire(path) is not None:
                raise
            lock.check_owned(path)

    def save(self, profile_id: str, profile: Profile) -> None:
        """Write ``profile`` atomically; the previous content goes to ``backups/<id>/``.
        Raises StorageError (LOCKED, NEWER_VERSION, DISK_FULL, READ_ONLY, WRITE_FAILED) and
        then the file on disk is unchanged."""
        path = self.path(profile_id)
        self._hold(profile_id)
        data = encode_profile(profile)
        try:
            old = path.read_bytes()
        except FileNotFoundError:
            old = None
        except OSError as exc:
            raise from_os_error(exc, path, writing=False) from exc
        if old == data:  # already these bytes (closing an unchanged profile): nothing to write
            return
        if old is not None:
            version = read_version(old)
            if version is not None and version > CURRENT_VERSION:
                raise StorageError(NEWER_VERSION, path, "will not overwrite a newer program's file")
            try:
                decode_profile(old, path)
            except StorageError as exc:  # damaged since it was read: set it aside, not over it
                moved = self._set_aside(path)
                if moved is None:
                    raise StorageError(exc.code, path, "cannot set the damaged file aside") from exc
                self._problems.append(SetAside(path.name, exc.code, exc.detail, moved))
                old = None
            else:
                if old != data:
                    self._backup(profile_id, old)
        write_atomic(path, data)
        if old is not None:
            self._prune(profile_id)

    def _backup(self, profile_id: str, data: bytes) -> None:
        folder = ensure_private_dir(self._backup_dir(profile_id))
        ensure_private_dir(folder.parent)
        stamp = _stamp()
        target = folder / f"{stamp}{SUFFIX}"
        number = 1
        while target.exists():
            target = folder / f"{stamp}-{number}{SUFFIX}"
            number += 1
        write_atomic(target, data)

    def _prune(self, profile_id: str) -> None:
        for entry in self.backups(profile_id)[BACKUPS_KEPT:]:
            try:
                (self._backup_dir(profile_id) / f"{entry.id}{SUFFIX}").unlink()
            except OSError:
                pass

    def create(self, profile: Profile) -> str:
        """Save ``profile`` under a new id (from its name, else ``profile``); returns the id.
        The new profile stays locked by this process (``close`` to release)."""
        base = _slug(profile.name)
        for number in range(1, 10000):
            profile_id = base if number == 1 else f"{base}-{number}"
            if self.path(profile_id).exists():
                continue
            if lock.acquire(self._lock_path(profile_id)) is not None:
                continue  # another copy is creating it right now
            if self.path(profile_id).exists():
                self.close(profile_id)
                continue
            self.save(profile_id, profile)
            return profile_id
        raise StorageError(EXISTS, self.root, "no free profile id")

    def free_name(self, name: str) -> str:
        """``name`` when no profile has it, else the first free "name (2)", "name (3)" ..."""
        names = {entry.name for entry in self.list()}
        if name not in names:
            return name
        base, number = name[:90], 2
        while f"{base} ({number})" in names:
            number += 1
        return f"{base} ({number})"

    def duplicate(self, profile_id: str) -> str:
        """Copy a profile to a new id; the copy's name gets a number: "name (2)"."""
        profile = self.load(profile_id)
        return self.create(profile.model_copy(update={"name": self.free_name(profile.name)}))

    def rename(self, profile_id: str, new_name: str) -> Profile:
        """Change the profile's name (the id, its file name, stays). Returns the new profile."""
        profile = self.load(profile_id)
        try:
            renamed = profile_from_dict({**profile.model_dump(), "name": new_name})
        except ValueError as exc:
            raise StorageError(INVALID, self.path(profile_id), f"name: {str(exc)[:200]}") from None
        self.save(profile_id, renamed)
        return renamed

    def delete(self, profile_id: str) -> Path:
        """Move the profile to ``trash/`` (its backups stay). Returns where it went."""
        path = self.path(profile_id)
        if not path.is_file():
            raise StorageError(NOT_FOUND, path, "no such profile")
        self._hold(profile_id)
        trash = ensure_private_dir(self.root / "trash")
        target = trash / f"{profile_id}.{_stamp()}{SUFFIX}"
        try:
            os.replace(path, target)
        except OSError as exc:
            raise from_os_error(exc, path) from exc
        fsync_dir(self.root)
        fsync_dir(trash)
        self.close(profile_id)
        return target

    # -- backups -----------------------------------------------------------------------------
    def backups(self, profile_id: str) -> list[BackupEntry]:
        """Backups of ``profile_id``, newest first."""
        folder = self._backup_dir(check_id(profile_id))
        entries = []
        try:
            names = os.listdir(folder)
        except OSError:
            return []
        for file_name in names:
            stem = file_name[: -len(SUFFIX)]
            if not file_name.endswith(SUFFIX) or not _STAMP_RE.match(stem):
                continue
            try:
                size = (folder / file_name).stat().st_size
            except OSError:
                continue
            created = datetime.strptime(stem[:22], "%Y%m%dT%H%M%S.%f").replace(tzinfo=timezone.utc)
            entries.append(BackupEntry(stem, created, size))
        return sorted(entries, key=lambda entry: entry.id, reverse=True)

    def load_backup(self, profile_id: str, backup_id: str) -> Profile:
        if not isinstance(backup_id, str) or not _STAMP_RE.match(backup_id):
            raise StorageError(NOT_FOUND, None, f"no backup {backup_id!r:.60}")
        path = self._backup_dir(check_id(profile_id)) / f"{backup_id}{SUFFIX}"
        return decode_profile(self._read_bytes(path), path)

    def restore(self, profile_id: str, backup_id: str) -> Profile:
        """Make a backup the current content (the current content is itself backed up, so a
        restore can be undone). Returns the restored profile."""
        profile = self.load_backup(profile_id, backup_id)
        self.save(profile_id, profile)
        return profile
