"""Profiles that are no longer in the list but can be brought back from their backups.

A profile drops out of the list when its file was set aside (``<id>.corrupt-<stamp>.json``, its
content could not be read), moved to ``trash/`` (deleted) or is simply gone; its backups stay in
``backups/<id>/`` (profiles.py). This module finds such profiles, names the person (from the
damaged file when its JSON still reads, else from the newest backup that reads) and the newest
backup that reads (a "good" one). Restoring goes through ``ProfileStore.restore``: the file is
written only when the user chose to, a file that is there again is backed up first (or set aside
if damaged), and the damaged copies and the trash are never touched. No Qt.
"""

from __future__ import annotations

import os
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from ..core.profile import Profile
from .codec import parse_json
from .errors import StorageError
from .paths import CORRUPT_MARK, PROFILE_SUFFIX, is_profile_id
from .profiles import _STAMP_RE, SET_ASIDE_CODES, BackupEntry, ProfileStore, SetAside
from .reading import read_bytes

__all__ = ["DAMAGED", "DELETED", "MISSING", "Recoverable", "missing_profiles", "newest_good_backup",
           "recoverable_after", "set_aside_name"]

#: why a profile is not in the list
DAMAGED = "damaged"  # its file was set aside (``<id>.corrupt-<stamp>.json``)
DELETED = "deleted"  # moved to ``trash/``
MISSING = "missing"  # neither: the file is just not there
NAME_LIMIT = 100  # as ``Profile.name``


@dataclass(frozen=True)
class Recoverable:
    """A profile not in the list with a backup that reads (``backup``, newest first)."""

    profile_id: str
    name: str  # the person's name ("" if nothing says it)
    why: str  # DAMAGED, DELETED or MISSING
    backup: BackupEntry  # the newest backup that reads: what a restore offers
    profile: Profile  # that backup's content


def newest_good_backup(store: ProfileStore, profile_id: str) -> Optional[tuple[BackupEntry, Profile]]:
    """The newest backup of ``profile_id`` that reads as a profile, with its content; None if
    there is none (a damaged or newer-version backup is skipped, never changed)."""
    for entry in store.backups(profile_id):
        try:
            return entry, store.load_backup(profile_id, entry.id)
        except StorageError:
            continue
    return None


def _clean_name(value: object) -> str:
    """A name read from a damaged file: a plain one-line text up to ``NAME_LIMIT``, else ""."""
    if not isinstance(value, str):
        return ""
    text = value.strip()
    if not text or len(text) > NAME_LIMIT:
        return ""
    if any(unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Zl", "Zp") for ch in text):
        return ""  # control, bidi override, line breaks: not shown as a name
    return text


def set_aside_name(path: Optional[Path]) -> str:
    """The ``name`` a damaged file still says, when its JSON reads (only its data failed the
    checks); "" when it cannot be read (a file cut in half)."""
    if path is None:
        return ""
    try:
        value = parse_json(read_bytes(path), path)
    except StorageError:
        return ""
    return _clean_name(value.get("name")) if isinstance(value, dict) else ""


def _set_aside_id(problem: SetAside) -> Optional[str]:
    """The id of the profile a set-aside record is about (its file was ``<id>.json``)."""
    if problem.moved_to is None or problem.code not in SET_ASIDE_CODES \
            or not problem.file.endswith(PROFILE_SUFFIX):
        return None
    profile_id = problem.file[: -len(PROFILE_SUFFIX)]
    return profile_id if is_profile_id(profile_id) else None


def recoverable_after(store: ProfileStore, problem: SetAside) -> tuple[str, Optional[Recoverable]]:
    """For a file ``store`` set aside: the person's name (the damaged file's, else the newest
    good backup's, else "") and what can be restored (None: no good backup, or the profile's
    file is there again)."""
    profile_id = _set_aside_id(problem)
    if profile_id is None:
        return "", None
    name = set_aside_name(problem.moved_to)
    found = newest_good_backup(store, profile_id)
    if found is None:
        return name, None
    entry, profile = found
    name = name or _clean_name(profile.name)
    if store.path(profile_id).exists():
        return name, None  # written again since (another window): it is in the list
    return name, Recoverable(profile_id, name, DAMAGED, entry, profile)


def _why(profile_id: str, names: list[str], trash: list[str]) -> str:
    damaged = f"{profile_id}{CORRUPT_MARK}"
    if any(name.startswith(damaged) and name.endswith(PROFILE_SUFFIX) for name in names):
        return DAMAGED
    deleted = f"{profile_id}."
    for name in trash:
        stamp = name[len(deleted): -len(PROFILE_SUFFIX)]
        if name.startswith(deleted) and name.endswith(PROFILE_SUFFIX) and _STAMP_RE.match(stamp):
            return DELETED
    return MISSING


def _listing(folder: Path) -> list[str]:
    try:
        return os.listdir(folder)
    except OSError:
        return []


def missing_profiles(store: ProfileStore) -> list[Recoverable]:
    """Profiles with a good backup whose file is not in the data folder (damaged and set aside,
    deleted, or gone), sorted by name. Reads only; a backup that does not read is skipped."""
    root = store.root
    names, trash = _listing(root), _listing(root / "trash")
    found = []
    for profile_id in sorted(_listing(root / "backups")):
        if not is_profile_id(profile_id) or f"{profile_id}{PROFILE_SUFFIX}" in names:
            continue
        if store.path(profile_id).exists():
            continue
        good = newest_good_backup(store, profile_id)
        if good is None:
            continue
        entry, profile = good
        why = _why(profile_id, names, trash)
        name = _clean_name(profile.name)
        found.append(Recoverable(profile_id, name, why, entry, profile))
    return sorted(found, key=lambda item: (item.name, item.profile_id))
