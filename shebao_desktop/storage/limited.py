"""Reading a file the user names, with a size limit against hostile files: a profile to import
(exchange.import_profile) or a table (tables). Apart from tables.py so that importing a
profile does not load the table readers (CSV, XLSX: ~1.6 MiB with the history import,
issue 10)."""

from __future__ import annotations

from pathlib import Path

from .errors import TOO_LARGE, UNREADABLE, StorageError, from_os_error


def read_limited(path: Path, limit: int) -> bytes:
    """The bytes of ``path``, refused (TOO_LARGE) past ``limit`` bytes, before or while reading;
    a missing file, a folder or an OS error as a StorageError."""
    try:
        size = path.stat().st_size
        if size > limit:
            raise StorageError(TOO_LARGE, path, f"{size} bytes; the limit is {limit}",
                               size=str(size), limit=str(limit))
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise StorageError("NOT_FOUND", path, "no such file") from exc
    except IsADirectoryError as exc:
        raise StorageError(UNREADABLE, path, "a folder, not a file") from exc
    except OSError as exc:
        raise from_os_error(exc, path, writing=False) from exc
    if len(data) > limit:
        raise StorageError(TOO_LARGE, path, f"{len(data)} bytes; the limit is {limit}")
    return data
