"""The one exception of the storage layer: a code the GUI translates, the file, an English detail.

Codes (constants below): NEWER_VERSION, INVALID, UNREADABLE, READ_FAILED, UNKNOWN_REGION,
DISK_FULL, READ_ONLY, LOCKED, TOO_LARGE, NOT_FOUND, UNKNOWN_FORMAT, EMPTY, EXISTS, WRITE_FAILED.

A content problem (INVALID, UNREADABLE, TOO_LARGE) says the bytes themselves are bad; an OS
error while reading (permission denied, EIO, too many open files) is READ_FAILED and says nothing
about the content, so such a file is never set aside.
"""

from __future__ import annotations

import errno
from pathlib import Path
from typing import Optional

NEWER_VERSION = "NEWER_VERSION"  # written by a newer program; left untouched
INVALID = "INVALID"  # JSON or data that fails validation
UNREADABLE = "UNREADABLE"  # the content cannot be read as text (not UTF-8, a folder)
READ_FAILED = "READ_FAILED"  # the OS refused the read (EACCES, EIO, EMFILE...): maybe transient
UNKNOWN_REGION = "UNKNOWN_REGION"  # names a region the policy data does not have (params: region)
DISK_FULL = "DISK_FULL"
READ_ONLY = "READ_ONLY"  # no permission or a read-only file system
LOCKED = "LOCKED"  # another running copy of the program holds the profile
TOO_LARGE = "TOO_LARGE"
NOT_FOUND = "NOT_FOUND"
UNKNOWN_FORMAT = "UNKNOWN_FORMAT"  # not a profile / not a history table this program knows
EMPTY = "EMPTY"  # an imported table with nothing in it (0 bytes or blank lines only)
EXISTS = "EXISTS"
WRITE_FAILED = "WRITE_FAILED"  # any other OS error while writing

CODES = frozenset({NEWER_VERSION, INVALID, UNREADABLE, READ_FAILED, UNKNOWN_REGION, DISK_FULL,
                   READ_ONLY, LOCKED, TOO_LARGE, NOT_FOUND, UNKNOWN_FORMAT, EMPTY, EXISTS,
                   WRITE_FAILED})


class StorageError(Exception):
    """``code`` (one of ``CODES``) for the GUI to translate, ``path`` of the file concerned (or
    ``None``), ``detail`` an English sentence for logs and the CLI, ``params`` for the message."""

    def __init__(self, code: str, path: Optional[Path], detail: str, **params: str):
        if code not in CODES:
            raise ValueError(f"unknown storage error code {code!r}")
        super().__init__(f"{code}: {path}: {detail}" if path is not None else f"{code}: {detail}")
        self.code = code
        self.path = Path(path) if path is not None else None
        self.detail = detail
        self.params = params
        #: where ProfileStore.load set the file aside, when it did (the GUI names it)
        self.moved_to: Optional[Path] = None
        #: each wrong history record of a profile file (codec.row_problems), for the message
        self.problems: list[dict[str, str]] = []


def from_os_error(exc: OSError, path: Optional[Path], writing: bool = True) -> StorageError:
    """Map an ``OSError`` to a code: full disk, read-only, missing, or a generic failure."""
    number = exc.errno
    reason = exc.strerror or str(exc) or type(exc).__name__
    if number in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG):
        code = DISK_FULL
    elif number in (errno.EROFS, errno.EACCES, errno.EPERM) or isinstance(exc, PermissionError):
        code = READ_ONLY if writing else READ_FAILED
    elif number == errno.ENOENT or isinstance(exc, FileNotFoundError):
        code = NOT_FOUND
    else:
        code = WRITE_FAILED if writing else READ_FAILED
    error = StorageError(code, path, f"{'cannot write' if writing else 'cannot read'}: {reason}")
    error.__cause__ = exc
    return error
