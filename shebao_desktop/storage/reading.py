"""Reading a profile file: the one path the window (``ProfileStore.load``) and the command line
(``shebao-desktop estimate FILE``) share, so both accept exactly the same files: a UTF-8 BOM,
old schema versions (migrated in memory, the file is not touched), the same limits.

An OS error while reading (permission denied, EIO, too many open files) says nothing about the
file's content: the read is tried ``READ_ATTEMPTS`` times, then ``READ_FAILED`` is raised and
the file is left where it is (only content problems make ``ProfileStore`` set a file aside).
"""

from __future__ import annotations

import time
from pathlib import Path

from ..core.profile import Profile
from .codec import MAX_PROFILE_BYTES, decode_profile
from .errors import NOT_FOUND, TOO_LARGE, UNREADABLE, StorageError, from_os_error

#: reads tried before a read error is reported (a busy disk, a virus scanner, EMFILE)
READ_ATTEMPTS = 3
#: seconds waited before the n-th retry is ``n * RETRY_PAUSE``
RETRY_PAUSE = 0.05


def _pause(attempt: int) -> None:
    """Wait a little before retry ``attempt`` (a seam: tests count the calls instead)."""
    time.sleep(RETRY_PAUSE * attempt)


def _read_once(path: Path) -> bytes:
    size = path.stat().st_size
    if size > MAX_PROFILE_BYTES:
        raise StorageError(TOO_LARGE, path, f"{size} bytes; the limit is {MAX_PROFILE_BYTES}",
                           size=str(size), limit=str(MAX_PROFILE_BYTES))
    return path.read_bytes()


def read_bytes(path: Path) -> bytes:
    """The file's bytes. StorageError: NOT_FOUND, UNREADABLE (a folder), TOO_LARGE, or
    READ_FAILED after ``READ_ATTEMPTS`` failed reads."""
    path = Path(path)
    for attempt in range(1, READ_ATTEMPTS + 1):
        try:
            return _read_once(path)
        except FileNotFoundError as exc:
            raise StorageError(NOT_FOUND, path, "no such profile") from exc
        except IsADirectoryError as exc:
            raise StorageError(UNREADABLE, path, "a folder, not a file") from exc
        except OSError as exc:
            if attempt == READ_ATTEMPTS:
                error = from_os_error(exc, path, writing=False)
                error.params["attempts"] = str(attempt)
                raise error from exc
            _pause(attempt)
    raise AssertionError("unreachable")  # pragma: no cover


def read_profile_file(path: Path) -> Profile:
    """The profile in ``path``: read, migrated in memory, validated (regions included)."""
    path = Path(path)
    return decode_profile(read_bytes(path), path)
