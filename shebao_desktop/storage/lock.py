"""One writer per profile: a lock file ``<id>.lock`` beside the profile, created exclusively
(``O_CREAT | O_EXCL``), holding JSON ``{"pid", "host", "started", "created"}``.

- A lock whose holder is on this host and no longer running (crashed or killed) is stale and
  is taken over. ``started`` (the process start time, where the OS tells it) guards against a
  recycled pid: the same pid with another start time is a different process.
- A lock held by a live other process (or by another host, whose processes cannot be checked)
  is respected: ``ProfileStore.open(id)`` then returns ``Opened(profile, writable=False,
  holder=LockInfo)`` and every write to that profile raises ``StorageError(LOCKED)``. The GUI
  shows the profile read-only and offers "save as" (a new profile) instead.
- ``break_lock`` removes a lock after the user confirmed (for a lock of another host).
- Locks are re-entrant within a process (counted) and released on ``release`` or at exit;
  a lock is never inherited by a forked child.

Takeover of a stale lock renames it to a unique side name (only one contender can win the
rename), checks that the moved file is the stale one judged, and then creates a fresh lock.
"""

from __future__ import annotations

import atexit
import json
import os
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from .errors import LOCKED, StorageError, from_os_error
from .paths import POSIX

LOCK_SUFFIX = ".lock"
#: a lock file younger than this with unreadable content is being written: treat it as live
FRESH_SECONDS = 5.0


@dataclass(frozen=True)
class LockInfo:
    pid: int
    host: str
    started: Optional[str] = None
    created: Optional[float] = None


def _host() -> str:
    """This machine's name: ``uname``'s node name (what ``gethostname`` returns on Linux and
    macOS) without importing ``socket``; ``socket.gethostname()`` where there is no ``uname``."""
    if hasattr(os, "uname"):
        return os.uname().nodename
    import socket
    return socket.gethostname()


def _process_start(pid: int) -> Optional[str]:
    """The start time of ``pid`` in clock ticks since boot (Linux), else None."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as handle:
            text = handle.read().decode("ascii", "replace")
        return text.rsplit(")", 1)[1].split()[19]
    except (OSError, IndexError):
        return None


def _pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if POSIX:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        except PermissionError:
            return True  # exists, owned by someone else
        except OSError:
            return False
        return True
    # Windows: os.kill(pid, 0) would terminate the process; ask OpenProcess instead
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return kernel32.GetLastError() == 5  # access denied: it exists
    try:
        code = ctypes.c_ulong()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return True
        return code.value == 259  # STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)


def this_process() -> LockInfo:
    return LockInfo(os.getpid(), _host(), _process_start(os.getpid()), time.time())


def read_lock(path: Path) -> Optional[LockInfo]:
    """The holder named in a lock file; None if missing or unreadable."""
    try:
        raw = json.loads(path.read_bytes().decode("utf-8"))
        return LockInfo(int(raw["pid"]), str(raw["host"]), raw.get("started"), raw.get("created"))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _is_us(info: LockInfo) -> bool:
    return info.pid == os.getpid() and info.host == _host()


def is_stale(path: Path, info: Optional[LockInfo]) -> bool:
    """Whether the lock at ``path`` may be taken over."""
    if info is None:  # garbage: stale unless it is being written right now
        try:
            return time.time() - path.stat().st_mtime > FRESH_SECONDS
        except OSError:
            return False
    if info.host != _host():
        return False  # cannot see the other host's processes
    if _is_us(info):
        return False
    if not _pid_alive(info.pid):
        return True
    if info.started is not None:
        now = _process_start(info.pid)
        return now is not None and now != info.started  # the pid was reused
    return False


def holder(path: Path) -> Optional[LockInfo]:
    """The live other process holding ``path`` (None if free, stale, or held by us)."""
    info = read_lock(path)
    if info is None and not path.exists():
        return None
    if is_stale(path, info) or (info is not None and _is_us(info)):
        return None
    return info or LockInfo(pid=0, host="?")


_held: dict[str, int] = {}
_guard = threading.Lock()


def _forget_all() -> None:
    _held.clear()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_forget_all)


def _create(path: Path) -> bool:
    """Create the lock file with its content in one step: the content goes to a temp file that
    is then hard-linked to the lock name (a link never replaces an existing file), so a crash
    cannot leave an empty lock. Where hard links are not supported, O_EXCL create and write."""
    data = json.dumps(this_process().__dict__).encode("utf-8")
    temp = path.with_name(f".{path.name}.{os.getpid()}.{os.urandom(4).hex()}.tmp")
    try:
        fd = os.open(temp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        try:
            os.write(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)
        try:
            os.link(temp, path)
            return True
        except FileExistsError:
            return False
        except OSError:
            pass  # no hard links here: fall back
        finally:
            os.unlink(temp)
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    except FileExistsError:
        return False
    except OSError as exc:
        raise from_os_error(exc, path) from exc
    try:
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)
    return True


def _take_over(path: Path, judged: Optional[LockInfo]) -> None:
    side = path.with_name(f"{path.name}.stale-{os.getpid()}-{os.urandom(4).hex()}")
    try:
        os.rename(path, side)
    except OSError:
        return  # someone else moved it first
    if read_lock(side) != judged:  # we moved a fresh lock by mistake: put it back
        try:
            os.link(side, path)
        except OSError:
            pass
    try:
        os.unlink(side)
    except OSError:
        pass


def acquire(path: Path) -> Optional[LockInfo]:
    """Take the lock at ``path``. Returns None on success, else the live holder."""
    key = str(path.absolute())
    with _guard:
        if _held.get(key):
            if _owned(path):
                _held[key] += 1
                return None
            _held.pop(key, None)
        for _ in range(5):
            if _create(path):
                _held[key] = 1
                return None
            info = read_lock(path)
            if info is not None and _is_us(info):  # left by this process earlier
                _held[key] = 1
                return None
            if not is_stale(path, info):
                return info or LockInfo(pid=0, host="?")
            _take_over(path, info)
        return read_lock(path) or LockInfo(pid=0, host="?")


def _owned(path: Path) -> bool:
    info = read_lock(path)
    return info is not None and _is_us(info)


def check_owned(path: Path) -> None:
    """Raise LOCKED unless this process holds ``path`` (called before every write)."""
    with _guard:
        if _held.get(str(path.absolute())) and _owned(path):
            return
    info = read_lock(path)
    who = f"pid {info.pid} on {info.host}" if info else "another program"
    raise StorageError(LOCKED, path, f"in use by {who}",
                       pid=str(info.pid if info else ""), host=info.host if info else "")


def release(path: Path) -> None:
    """Drop one hold on ``path``; the lock file goes with the last one."""
    key = str(path.absolute())
    with _guard:
        count = _held.get(key, 0)
        if count > 1:
            _held[key] = count - 1
            return
        _held.pop(key, None)
        if count and _owned(path):
            try:
                os.unlink(path)
            except OSError:
                pass


def break_lock(path: Path) -> None:
    """Remove a lock whatever holds it (only after the user confirmed)."""
    with _guard:
        _held.pop(str(path.absolute()), None)
    try:
        os.unlink(path)
    except FileNotFoundError:
        pass
    except OSError as exc:
        raise from_os_error(exc, path) from exc


@atexit.register
def _release_all() -> None:
    for key in list(_held):
        path = Path(key)
        if _owned(path):
            try:
                os.unlink(path)
            except OSError:
                pass
    _held.clear()
