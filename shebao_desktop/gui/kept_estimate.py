"""The last estimate shown, kept in the user's cache folder so that a returning user's start
shows it before computing (issue 10); the computed estimate replaces it right after.

One file (``kept-estimate.bin``, in the policy bundle's cache folder): a header with the key and
a digest of the pickled :class:`~shebao_desktop.core.result.Estimate` (records: unpickled
without pydantic), then the pickle. The key is a digest of everything the estimate depends on:
the profile (its canonical JSON), the as-of month, the policy data (its YAML files' paths, sizes
and times: ``bundle.stamp``), the program's version and the core's source files (path, size,
time: a developer's edit never shows a stale figure). A missing, foreign, damaged or stale file
is passed over (the log says why); writing is whole or not at all (``storage.atomic``).
"""

from __future__ import annotations

import json
import logging
import os
import pickle
from functools import lru_cache
from pathlib import Path
from typing import Optional

try:  # hashlib's own blake2b, without loading OpenSSL
    from _blake2 import blake2b
except ImportError:  # pragma: no cover - a Python built without it
    from hashlib import blake2b

log = logging.getLogger(__name__)

FORMAT = 1
MAGIC = b"shebao-desktop kept estimate\n"
FILE_NAME = "kept-estimate.bin"
_CORE = Path(__file__).resolve().parent.parent / "core"


def cache_path() -> Optional[Path]:
    """The file, in the program's cache folder (the policy bundle's: ``bundle.cache_folder``)."""
    from ..core.policy.bundle import cache_folder
    folder = cache_folder()
    return folder / FILE_NAME if folder is not None else None


def code_stamp(root: Path = _CORE) -> str:
    """Path, size and modification time of every ``.py`` file of the core (cheap ``stat``s)."""
    digest = blake2b(digest_size=20)
    for folder, dirs, files in sorted(os.walk(root)):
        dirs.sort()
        for name in sorted(files):
            if name.endswith(".py"):
                info = os.stat(os.path.join(folder, name))
                where = os.path.relpath(os.path.join(folder, name), root)
                digest.update(f"{where}\0{info.st_size}\0{info.st_mtime_ns}\n".encode())
    return digest.hexdigest()


@lru_cache(maxsize=None)
def running_code_stamp() -> str:
    """The stamp of the core this process runs, taken once: the estimates it computes are of
    that code, even if a file is edited while it runs (the key then misses at the next start)."""
    return code_stamp()


def policy_stamp() -> Optional[str]:
    """The stamp the policy data in use was loaded against (``PolicyData.stamp``, no second walk
    of its files); None when it was read from an archive (nothing kept)."""
    from ..core.policy.loader import default_policy_data
    return default_policy_data().stamp


def key(profile_json: str, as_of: str, *, policy: Optional[str] = None,
        code: Optional[str] = None, version: Optional[str] = None) -> Optional[str]:
    """The digest of every input of the estimate (None: it cannot be keyed, nothing kept)."""
    from .. import __version__
    policy = policy if policy is not None else policy_stamp()
    if policy is None:
        return None
    parts = [f"format {FORMAT}", f"version {version or __version__}", f"as_of {as_of}",
             f"policy {policy}", f"code {code or running_code_stamp()}", f"profile {profile_json}"]
    return blake2b("\n".join(parts).encode(), digest_size=32).hexdigest()


def profile_key(profile, as_of) -> Optional[str]:
    """The key of ``profile``'s estimate at ``as_of`` (a Profile, a YearMonth)."""
    return key(profile.model_dump_json(), str(as_of))


def encode(key_: str, estimate) -> bytes:
    payload = pickle.dumps(estimate, protocol=pickle.HIGHEST_PROTOCOL)
    head = json.dumps({"format": FORMAT, "key": key_,
                       "payload": blake2b(payload, digest_size=20).hexdigest()},
                      sort_keys=True).encode()
    return MAGIC + f"{len(head)}\n".encode() + head + payload


def decode(blob: bytes, key_: str):
    """The estimate kept under ``key_``; ValueError when the file is not that (any fault)."""
    from ..core.result import Estimate
    if not blob.startswith(MAGIC):
        raise ValueError("not a kept estimate")
    size, rest = blob[len(MAGIC):].split(b"\n", 1)
    head = json.loads(rest[:int(size)])
    if head.get("format") != FORMAT or head.get("key") != key_:
        raise ValueError("another format or another key (stale)")
    payload = rest[int(size):]
    if blake2b(payload, digest_size=20).hexdigest() != head.get("payload"):
        raise ValueError("damaged (its digest does not match)")
    found = pickle.loads(payload)  # noqa: S301 - our own file, digest checked
    if not isinstance(found, Estimate):
        raise ValueError("damaged (not an estimate)")
    return found


def read(key_: Optional[str], path: Optional[Path] = None):
    """The kept estimate for ``key_``, or None (missing, stale, damaged: passed over)."""
    path = path or cache_path()
    if key_ is None or path is None:
        return None
    try:
        blob = path.read_bytes()
    except OSError:
        return None
    try:
        return decode(blob, key_)
    except Exception as exc:  # noqa: BLE001 - any fault of the file: computed instead
        log.info("kept estimate %s passed over: %s", path, exc)
        return None


def write(key_: Optional[str], estimate, path: Optional[Path] = None) -> None:
    """Keep ``estimate`` under ``key_`` (whole or not at all); a failure is only logged."""
    path = path or cache_path()
    if key_ is None or path is None or estimate is None:
        return
    from ..storage.atomic import write_atomic
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, encode(key_, estimate))
    except Exception as exc:  # noqa: BLE001 - a cache: never an error for the user
        log.info("kept estimate %s not written: %s", path, exc)
