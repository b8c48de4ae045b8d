"""Where profiles live: ``--data-dir``, else ``$SHEBAO_DATA_DIR``, else the platform's user data
folder (``platformdirs.user_data_path("shebao-desktop")``).

On POSIX a folder this module creates is made private (0700). A folder that already existed
is tightened only when it is the program's own default folder: a folder the user names (for
example ``--data-dir ~/Documents``) keeps its permissions; the files in it are still 0600.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Optional

import platformdirs

from .errors import StorageError, from_os_error

APP_NAME = "shebao-desktop"
ENV_VAR = "SHEBAO_DATA_DIR"
PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600
POSIX = os.name == "posix"


def default_data_dir() -> Path:
    return platformdirs.user_data_path(APP_NAME, appauthor=False)


def data_dir(cli_value: Optional[str] = None) -> Path:
    """The data folder, created if missing (0700 on POSIX). Raises ``StorageError``."""
    chosen = cli_value or os.environ.get(ENV_VAR) or None
    path = Path(chosen).expanduser() if chosen else default_data_dir()
    ensure_private_dir(path, tighten=chosen is None)
    return path.resolve()


def ensure_private_dir(path: Path, tighten: bool = True) -> Path:
    """Create ``path`` (and parents) if missing; a newly created folder gets 0700 on POSIX, an
    existing one too when ``tighten``."""
    try:
        if path.is_dir():
            if tighten and POSIX and (path.stat().st_mode & 0o777) != PRIVATE_DIR_MODE:
                os.chmod(path, PRIVATE_DIR_MODE)
            return path
        path.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR_MODE)
        if POSIX:
            os.chmod(path, PRIVATE_DIR_MODE)  # mkdir's mode is filtered by the umask
    except FileExistsError as exc:
        raise StorageError("EXISTS", path, "a file of that name is in the way") from exc
    except OSError as exc:
        raise from_os_error(exc, path) from exc
    return path


def ensure_private_file(path: Path) -> Path:
    """Create ``path`` empty if missing, 0600 on POSIX (an existing one is tightened to 0600),
    so a file another library writes later (QSettings' ``settings.ini``) is private like the
    profiles. Its folder is made as ``ensure_private_dir`` would. Raises ``StorageError``."""
    path = Path(path)
    ensure_private_dir(path.parent, tighten=False)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, PRIVATE_FILE_MODE)
        try:
            if POSIX and (os.fstat(fd).st_mode & 0o777) != PRIVATE_FILE_MODE:
                os.fchmod(fd, PRIVATE_FILE_MODE)
        finally:
            os.close(fd)
    except OSError as exc:
        raise from_os_error(exc, path) from exc
    return path


#: a profile's file: ``<id>.json``; a file set aside has this mark in its name
PROFILE_SUFFIX = ".json"
CORRUPT_MARK = ".corrupt-"


def is_profile_id(value: object) -> bool:
    """Whether ``value`` can name a profile file of the data folder: a plain file name, not
    hidden, not set aside, no separators (the store's ``check_id``; the start reads the last
    profile's file by it before the store exists: ``gui/kept_estimate.py``)."""
    return (isinstance(value, str) and bool(value) and len(value) <= 200
            and not value.startswith(".") and CORRUPT_MARK not in value
            and not any(ch in value for ch in '/\\\0:') and value.strip() == value)
