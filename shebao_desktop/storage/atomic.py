"""Atomic file writes: a temp file in the same folder, written, flushed and fsynced, then
``os.replace``d over the target, then the folder fsynced. A reader sees the old file or the new
one, never a mix; a failure leaves the old file as it was and removes the temp file."""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

from .errors import from_os_error
from .paths import POSIX, PRIVATE_FILE_MODE

TEMP_SUFFIX = ".tmp"
#: temp files older than this are leftovers of a crash and may be removed
STALE_TEMP_SECONDS = 3600


def _write_bytes(fd: int, data: bytes) -> None:
    """Write all of ``data`` (a seam for tests that simulate a full disk)."""
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def fsync_dir(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX; a no-op where folders cannot be opened)."""
    if not POSIX:
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems do not support fsync on a folder
    finally:
        os.close(fd)


def write_atomic(path: Path, data: bytes, mode: int = PRIVATE_FILE_MODE) -> None:
    """Replace ``path`` by ``data`` atomically. Raises ``StorageError`` (DISK_FULL, READ_ONLY,
    WRITE_FAILED) and then ``path`` is untouched."""
    folder = path.parent
    try:
        fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=TEMP_SUFFIX, dir=folder)
    except OSError as exc:
        raise from_os_error(exc, path) from exc
    try:
        try:
            if POSIX:
                os.fchmod(fd, mode)
            _write_bytes(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(temp, path)
    except BaseException as exc:
        try:
            os.unlink(temp)
        except OSError:
            pass
        if isinstance(exc, OSError):
            raise from_os_error(exc, path) from exc
        raise
    fsync_dir(folder)


def remove_stale_temps(folder: Path, now: float | None = None) -> int:
    """Remove temp files a crashed save left behind (only old ones: a live writer's temp file is
    young). Returns how many were removed."""
    now = time.time() if now is None else now
    removed = 0
    try:
        names = os.listdir(folder)
    except OSError:
        return 0
    for name in names:
        if not (name.startswith(".") and name.endswith(TEMP_SUFFIX)):
            continue
        target = folder / name
        try:
            if now - target.stat().st_mtime > STALE_TEMP_SECONDS:
                target.unlink()
                removed += 1
        except OSError:
            pass
    return removed
