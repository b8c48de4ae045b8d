"""The last estimate shown, kept in the user's cache folder so that a returning user's start
shows it before anything else is imported or computed (issue 10); the computed estimate replaces
it right after.

One file (``kept-estimate.bin``, in the policy bundle's cache folder): a header with the key and
a digest of the pickled payload -- the :class:`~shebao_desktop.core.result.Estimate` (records:
unpickled without pydantic) and the cards' facts (``summary_cards.CardFacts``) -- then the pickle.
The key is a digest of everything the estimate depends on: the profile file's id and exact bytes
(kept only when they are the bytes of the profile shown: ``storage.codec.encode_profile``), the
as-of month, the policy data (its YAML files' paths, sizes and times: ``bundle.stamp``), the
program's version and the core's source files (path, size, time: a developer's edit never shows
a stale figure). So the start can check it with a few ``stat``s and one file read, before the
profile models, the storage and the core are imported (``early``). A missing, foreign, damaged or
stale file is passed over (the log says why); writing is whole or not at all (``storage.atomic``).
"""

from __future__ import annotations

import json
import logging
import os
import pickle
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple, Optional

try:  # hashlib's own blake2b, without loading OpenSSL
    from _blake2 import blake2b
except ImportError:  # pragma: no cover - a Python built without it
    from hashlib import blake2b

log = logging.getLogger(__name__)

FORMAT = 2
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
    from ..core.policy.bundle import stamp
    return stamp(root, ".py")


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


def key(profile_id: str, profile_bytes: bytes, as_of: str, *, policy: Optional[str],
        code: Optional[str] = None, version: Optional[str] = None) -> Optional[str]:
    """The digest of every input of the estimate (None: it cannot be keyed, nothing kept)."""
    from .. import __version__
    if policy is None:
        return None
    profile = blake2b(profile_bytes, digest_size=32).hexdigest()
    parts = [f"format {FORMAT}", f"version {version or __version__}", f"as_of {as_of}",
             f"policy {policy}", f"code {code or running_code_stamp()}",
             f"profile {profile_id} {profile}"]
    return blake2b("\n".join(parts).encode(), digest_size=32).hexdigest()


class Kept(NamedTuple):
    """A kept estimate found for the profile file ``profile_id`` as it is on disk now."""

    estimate: object
    facts: tuple  # summary_cards.CardFacts
    profile_id: str
    file: tuple[int, int]  # the profile file's size and modification time when it was read


def profile_file(folder: Path, profile_id: object) -> Optional[Path]:
    """``<folder>/<id>.json`` for an id the store would take (``storage.paths.is_profile_id``),
    else None: the id comes from the settings file, not from the store."""
    from ..storage.paths import PROFILE_SUFFIX, is_profile_id
    return folder / f"{profile_id}{PROFILE_SUFFIX}" if is_profile_id(profile_id) else None


def early(folder: Path, profile_id: object, as_of: str, path: Optional[Path] = None) \
        -> Optional[Kept]:
    """The estimate kept for the profile ``profile_id`` of ``folder`` (the last one opened) as
    its file is now, at ``as_of``, with the policy data's files as they are now: one read of the
    profile file and ``stat``s, no profile model, no storage layer, no core beyond its records."""
    source = profile_file(folder, profile_id)
    path = path or cache_path()
    if source is None or path is None or not path.is_file():
        return None  # nothing kept (a first start): no stamps taken, no profile read here
    try:
        with open(source, "rb") as handle:
            data = handle.read()
            info = os.fstat(handle.fileno())
    except OSError:
        return None
    found = read(key(str(profile_id), data, as_of, policy=current_policy_stamp()), path)
    if found is None:
        return None
    estimate, facts = found
    return Kept(estimate, facts, str(profile_id), (info.st_size, info.st_mtime_ns))


def unchanged(kept: Kept, folder: Path) -> bool:
    """Whether the profile file is still as it was when ``kept`` was found for it."""
    try:
        info = os.stat(profile_file(folder, kept.profile_id))
    except (OSError, TypeError):
        return False
    return (info.st_size, info.st_mtime_ns) == kept.file


def current_policy_stamp() -> Optional[str]:
    """The stamp of the policy data's files as they are now (``bundle.stamp``), without loading
    the data; None when it is read from an archive (nothing to stamp: nothing kept)."""
    from ..core.policy.bundle import stamp
    from ..core.policy.loader import data_root
    root = data_root()
    return stamp(root) if root.is_dir() else None


def keep(profile_id: str, profile_bytes: bytes, file_bytes: Optional[bytes], as_of: str,
         estimate, facts: tuple, path: Optional[Path] = None) -> None:
    """Keep ``estimate`` of the profile whose file content is ``profile_bytes`` -- only when the
    file holds exactly those bytes (``file_bytes``: saved, nothing pending), under the stamp of
    the policy data it was computed with."""
    if file_bytes is None or file_bytes != profile_bytes:
        return
    write(key(profile_id, profile_bytes, as_of, policy=policy_stamp()), (estimate, facts), path)


def encode(key_: str, kept: tuple) -> bytes:
    """The file: ``kept`` is (estimate, facts)."""
    payload = pickle.dumps(kept, protocol=pickle.HIGHEST_PROTOCOL)
    head = json.dumps({"format": FORMAT, "key": key_,
                       "payload": blake2b(payload, digest_size=20).hexdigest()},
                      sort_keys=True).encode()
    return MAGIC + f"{len(head)}\n".encode() + head + payload


def decode(blob: bytes, key_: str):
    """(estimate, facts) kept under ``key_``; ValueError when the file is not that (any fault)."""
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
    if not (isinstance(found, tuple) and len(found) == 2 and isinstance(found[0], Estimate)
            and isinstance(found[1], tuple)):
        raise ValueError("damaged (not an estimate)")
    return found


def read(key_: Optional[str], path: Optional[Path] = None):
    """(estimate, facts) kept for ``key_``, or None (missing, stale, damaged: passed over)."""
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


def write(key_: Optional[str], kept: Optional[tuple], path: Optional[Path] = None) -> None:
    """Keep (estimate, facts) under ``key_`` (whole or not at all); a failure is only logged."""
    path = path or cache_path()
    if key_ is None or path is None or kept is None or kept[0] is None:
        return
    from ..storage.atomic import write_atomic
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, encode(key_, kept))
    except Exception as exc:  # noqa: BLE001 - a cache: never an error for the user
        log.info("kept estimate %s not written: %s", path, exc)
