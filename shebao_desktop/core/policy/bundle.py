"""The pre-built bundle of the policy data: the checked YAML tree, loaded without a YAML parser
or pydantic.

The YAML under ``data/`` stays the source of truth. The bundle holds the records it loads to
(:mod:`.schema`: files, dated values, references, add-ons, regions), pickled, behind a header
that says what they were built from:

- ``stamp``: every YAML file's path, size and modification time (a cheap check at each start);
- ``content``: a digest of every file's path and bytes (the check when the times differ, as
  after an install, which does not keep them);
- ``payload``: a digest of the pickled records (a damaged file is never unpickled);
- ``format`` and ``schema``: this module's format and the records' field names.

Where bundles are: the copy built with the package (``policy-data.bundle`` beside this module,
by ``setup.py``'s build step and the PyInstaller spec) and the user's cache folder
(``$SHEBAO_CACHE_DIR``, else platformdirs' user cache folder), written whenever the data was read
from the YAML or the packaged copy had to be checked by content. A missing, stale, damaged or
unreadable bundle is passed over: the data is read from the YAML and the log (never the screen)
says why.

``python -m shebao_desktop.core.policy.bundle OUT`` writes the bundle of the packaged YAML.
"""

from __future__ import annotations

import json
import os
import pickle
import sys
from pathlib import Path
from typing import Any, Iterator, Optional

try:  # hashlib's own blake2b, without loading OpenSSL (hashlib's import costs more than the check)
    from _blake2 import blake2b
except ImportError:  # pragma: no cover - a Python built without it
    from hashlib import blake2b

from .loader import NATIONAL, PolicyData, data_root


def _log(message: str, *args: Any) -> None:
    """Why a bundle was passed over: the log only (logging imported only then)."""
    import logging
    logging.getLogger(__name__).info(message, *args)

FORMAT = 2  # 2: equal values pickled once (one_copy); a format-1 cache is rebuilt
MAGIC = b"shebao-desktop policy bundle\n"
PACKAGED = Path(__file__).with_name("policy-data.bundle")
CACHE_ENV = "SHEBAO_CACHE_DIR"


def _files(root: Path, suffix: str = ".yaml") -> Iterator[tuple[str, os.DirEntry]]:
    """(path under ``root`` with "/", entry) of every file ending in ``suffix``, in a fixed
    order (``__pycache__`` folders passed over)."""
    def walk(folder: str, prefix: str) -> Iterator[tuple[str, os.DirEntry]]:
        with os.scandir(folder) as found:
            entries = sorted(found, key=lambda e: e.name)
        for entry in entries:
            if entry.is_dir():
                if entry.name != "__pycache__":
                    yield from walk(entry.path, f"{prefix}{entry.name}/")
            elif entry.name.endswith(suffix):
                yield f"{prefix}{entry.name}", entry
    return walk(str(root), "")


def stamp(root: Path, suffix: str = ".yaml") -> str:
    """Path, size and modification time of every ``suffix`` file under ``root`` (``stat``s
    only): the policy YAML's stamp, and the core's sources' (``gui/kept_estimate.py``)."""
    lines = []
    for name, entry in _files(root, suffix):
        info = entry.stat()
        lines.append(f"{name}\0{info.st_size}\0{info.st_mtime_ns}\n")
    return blake2b("".join(lines).encode(), digest_size=20).hexdigest()


def content(root: Path) -> str:
    digest = blake2b(digest_size=20)
    for name, entry in _files(root):
        data = Path(entry.path).read_bytes()
        digest.update(f"{name}\0{len(data)}\n".encode())
        digest.update(data)
    return digest.hexdigest()


def schema_signature() -> str:
    """The records' classes and field names: a bundle of other records is not read."""
    from . import schema
    names = [f"{cls.__name__}({','.join(cls._field_names)})" for cls in (
        schema.Reference, schema.DatedValue, schema.ParameterFile, schema.AddonBand,
        schema.AddonValue, schema.RegionIndex)]
    return ";".join(names)


# -- writing ---------------------------------------------------------------------------------
def one_copy(records: Any) -> Any:
    """A copy of ``records`` with equal texts, figures, months and references made one object
    each (``records`` is left as it is): pickled so, each is written once and loaded as
    one object (the same document cited by many values, the same months in every file: ~4,000
    texts, ~1,000 months and figures become ~2,600, ~140 and ~600; ~0.4 MiB resident). Equal
    means the same exact value: a Decimal by its text (0.08 and 0.080 stay apart), a record
    when every field is the same object (a table or a month dict: never)."""
    from decimal import Decimal

    from ..record import Record
    from ..yearmonth import YearMonth

    kept: dict[tuple, Any] = {}

    def one(obj: Any) -> Any:
        kind = type(obj)
        if kind is str or kind is YearMonth:
            return kept.setdefault((kind, obj), obj)
        if kind is Decimal:
            return kept.setdefault((kind, str(obj)), obj)
        if kind is dict:
            return {one(key): one(value) for key, value in obj.items()}
        if kind is list or kind is tuple:
            return kind(one(value) for value in obj)
        if isinstance(obj, Record):
            values = {name: one(getattr(obj, name)) for name in obj._field_names}
            key = (kind, *((type(v), v) if v is None or type(v) in (bool, int) else id(v)
                           for v in values.values()))  # ids: of the objects kept above
            found = kept.get(key)
            if found is None:
                found = kept[key] = kind(**values)
            return found
        return obj

    return one(records)


def encode(data: PolicyData, *, stamp_: str, content_: str) -> bytes:
    files, regions = one_copy((data.files, data.regions))
    payload = pickle.dumps((files, regions), protocol=pickle.HIGHEST_PROTOCOL)
    header = {"format": FORMAT, "schema": schema_signature(), "stamp": stamp_,
              "content": content_, "payload": blake2b(payload, digest_size=20).hexdigest()}
    head = json.dumps(header, sort_keys=True).encode()
    return MAGIC + f"{len(head)}\n".encode() + head + payload


def write(path: Path, data: PolicyData, *, stamp_: str, content_: str) -> None:
    write_whole(path, encode(data, stamp_=stamp_, content_=content_))


def write_whole(path: Path, blob: bytes) -> None:
    """A cache file written whole or not at all (a temporary file, then renamed)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        temporary.write_bytes(blob)
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)


def build(out: Path, root: Optional[Path] = None) -> PolicyData:
    """Read and check the YAML under ``root`` (the packaged data) and write its bundle."""
    from .yaml_reader import read_policy_data
    root = Path(root or data_root())
    data = read_policy_data(root)
    write(out, data, stamp_=stamp(root), content_=content(root))
    return data


# -- reading ---------------------------------------------------------------------------------
class StaleBundle(Exception):
    """The bundle is not of this data, this format or these records."""


def header_of(blob: bytes) -> tuple[dict, bytes]:
    if not blob.startswith(MAGIC):
        raise StaleBundle("not a policy bundle")
    size, rest = blob[len(MAGIC):].split(b"\n", 1)
    head = json.loads(rest[:int(size)])
    if head.get("format") != FORMAT or head.get("schema") != schema_signature():
        raise StaleBundle("another format or other records")
    return head, rest[int(size):]


def decode(blob: bytes, root: Path, stamp_: str) -> tuple[PolicyData, bool]:
    """The data of a bundle of ``root``'s YAML; True if it was found current by content (its
    stamp differs), so a copy with this stamp saves the check next time."""
    head, payload = header_of(blob)
    by_content = head.get("stamp") != stamp_
    if by_content and head.get("content") != content(root):
        raise StaleBundle("the YAML changed since it was built")
    if blake2b(payload, digest_size=20).hexdigest() != head.get("payload"):
        raise StaleBundle("damaged (its digest does not match)")
    files, regions = pickle.loads(payload)  # noqa: S301 - our own file, digest checked
    if not isinstance(files, dict) or not isinstance(regions, dict) or NATIONAL not in files:
        raise StaleBundle("damaged (unexpected content)")
    return PolicyData(files, regions), by_content


def cache_folder() -> Optional[Path]:
    """The program's cache folder (``$SHEBAO_CACHE_DIR``, else platformdirs' user cache folder),
    or None when there is none (nothing is cached)."""
    folder = os.environ.get(CACHE_ENV)
    if not folder:
        try:
            import platformdirs
            folder = str(platformdirs.user_cache_path("shebao-desktop", appauthor=False))
        except Exception as exc:  # noqa: BLE001 - no cache folder: nothing cached
            _log("no cache folder (%s)", exc)
            return None
    return Path(folder)


def cache_file(root: Path) -> Optional[Path]:
    """The user's cached bundle of the YAML at ``root`` (one per data folder)."""
    folder = cache_folder()
    if folder is None:
        return None
    where = blake2b(str(root.resolve()).encode(), digest_size=6).hexdigest()
    return folder / f"policy-data-{where}.bundle"


#: cached bundles kept in the cache folder, the most recently written first: one per folder
#: the program ran from (an install moved, a second copy); older ones are removed
KEPT_BUNDLES = 3


def _prune(written: Path) -> None:
    """Remove the cached bundles past the ``KEPT_BUNDLES`` newest (``written`` always stays):
    each install location writes its own, and a moved or removed install's would stay for
    good (~0.4 MB each). One that cannot be removed (in use elsewhere) is left."""
    try:
        others = [p for p in written.parent.glob("policy-data-*.bundle") if p != written]
        others.sort(key=lambda p: p.stat().st_mtime, reverse=True)
    except OSError:
        return
    for old in others[KEPT_BUNDLES - 1:]:
        try:
            old.unlink()
        except OSError as exc:
            _log("old policy bundle %s not removed: %s", old, exc)


def _try(path: Optional[Path], root: Path, stamp_: str) -> tuple[Optional[PolicyData], bool]:
    if path is None:
        return None, False
    try:
        blob = path.read_bytes()
    except OSError:
        return None, False
    try:
        return decode(blob, root, stamp_)
    except Exception as exc:  # noqa: BLE001 - any fault of the file: the YAML is read instead
        _log("policy bundle %s passed over: %s", path, exc)
        return None, False


def policy_data(root: Optional[Path] = None) -> PolicyData:
    """The policy data under ``root`` (the packaged data): from a current bundle, else from
    the YAML (and the cached bundle is rewritten)."""
    traversable = root or data_root()
    root = Path(str(traversable))  # a folder on disk (also PyInstaller's)
    if not root.is_dir():  # inside an archive: nothing to stamp, read the YAML
        from .yaml_reader import read_policy_data
        return read_policy_data(traversable)
    stamp_ = stamp(root)
    cached = cache_file(root)
    data, _ = _try(cached, root, stamp_)
    if data is not None:
        data.stamp = stamp_
        return data
    data, by_content = _try(PACKAGED, root, stamp_)
    if data is None:
        from .yaml_reader import read_policy_data
        _log("policy data read from the YAML under %s", root)
        data = read_policy_data(root)
        by_content = True
    if by_content and cached is not None:
        try:
            write(cached, data, stamp_=stamp_, content_=content(root))
        except OSError as exc:
            _log("policy bundle %s not written: %s", cached, exc)
        else:
            _prune(cached)
    data.stamp = stamp_  # what the data was checked against (after the pickle: not in it)
    return data


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python -m shebao_desktop.core.policy.bundle OUT", file=sys.stderr)
        return 2
    data = build(Path(argv[0]))
    print(f"{argv[0]}: {sum(len(f) for f in data.files.values())} files, "
          f"{len(data.regions)} regions")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
