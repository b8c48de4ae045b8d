"""The compiled code of the profile models' checkers (``model._compile``), kept between runs.

Each model's checker is straight-line Python written for its fields and compiled at its first
use: ~12 ms for the 18 models at every start of the window or the CLI, before the first figure
(issue 10). The code objects are kept in the cache folder (``policy.bundle.cache_folder``) in
one ``marshal`` file per Python version (``cache_tag``, as ``__pycache__``), each under the digest of its source, so a
changed model (another source) is compiled anew and an older entry is never used for it. The
file is rewritten, whole, once at exit when a run compiled something new. A missing, unreadable
or damaged file only means compiling again; no cache folder means nothing is kept.
"""

from __future__ import annotations

import atexit
import marshal
import sys
import types
from pathlib import Path
from typing import Optional

try:  # hashlib's own blake2b, without loading OpenSSL
    from _blake2 import blake2b
except ImportError:  # pragma: no cover - a Python built without it
    from hashlib import blake2b

#: digest of (name, source) -> code; None until read
_known: Optional[dict[bytes, types.CodeType]] = None
_new: dict[bytes, types.CodeType] = {}
#: compiled in this process (the tests count them)
compiled = 0


def cache_file() -> Optional[Path]:
    from .policy.bundle import cache_folder
    folder = cache_folder()
    return None if folder is None else folder / f"checkers-{sys.implementation.cache_tag}.marshal"


def _read() -> dict[bytes, types.CodeType]:
    path = cache_file()
    try:
        found = marshal.loads(path.read_bytes()) if path is not None else {}
    except (OSError, ValueError, EOFError, TypeError):
        return {}
    if not isinstance(found, dict):
        return {}
    return {key: code for key, code in found.items()
            if isinstance(key, bytes) and isinstance(code, types.CodeType)}


def code_of(source: str, name: str) -> types.CodeType:
    """``compile(source, name, "exec")``, or the same code kept by an earlier run."""
    global _known, compiled
    if _known is None:
        _known = _read()
    key = blake2b(f"{name}\0{source}".encode(), digest_size=16).digest()
    code = _known.get(key)
    if code is None:
        code = _known[key] = compile(source, name, "exec")
        compiled += 1
        if not _new:
            atexit.register(save)
        _new[key] = code
    return code


def save() -> None:
    """Write what this run compiled, with what the file held (at exit; at most once a run)."""
    if not _new:
        return
    path = cache_file()
    if path is None:
        return
    from .policy.bundle import write_whole
    try:
        write_whole(path, marshal.dumps({**_read(), **_new}))
    except OSError:
        pass  # kept next time, or never: the checkers are compiled again
    _new.clear()
