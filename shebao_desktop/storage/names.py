"""File names made from what a user typed (a profile's name): safe on every OS.

A name may be anything: ``CON``, ``nul.txt``, ``COM1``, ``../x``, ``a/b``, ``C:x``, ``name. ``.
Windows refuses its device names (CON, PRN, AUX, NUL, COM0-9, LPT0-9, also with an extension
and in any case), the characters ``<>:"/\\|?*`` and control characters, and names ending in a
dot or a space; every OS treats ``/`` (and Windows ``\\``) as a folder separator and ``..`` as
the parent folder. Two helpers:

- ``file_stem(name, fallback)``: the ASCII stem of a new profile file (``wang-wu``).
- ``file_name(name, suffix)``: a readable file name that keeps Chinese (``张三.json``), for the
  save dialogs; ``export_path(folder, name, suffix)`` puts it in ``folder``, never outside.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

#: device names Windows reserves in every folder, compared without case and extension
RESERVED = frozenset({"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$", "CLOCK$",
                      *(f"COM{c}" for c in "0123456789¹²³"),
                      *(f"LPT{c}" for c in "0123456789¹²³")})
#: characters no file name may hold on Windows (and ``/`` nowhere)
FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
MAX_STEM = 40
MAX_NAME = 100


def is_reserved(name: str) -> bool:
    """Whether Windows reserves ``name`` (``con``, ``NUL.txt``, ``com1 .json``)."""
    return name.split(".", 1)[0].rstrip(" ").upper() in RESERVED


def file_stem(name: str, fallback: str = "profile") -> str:
    """Lowercase ASCII letters, digits and ``-`` from ``name``; ``fallback`` when no letter is
    left; never a reserved device name."""
    text = re.sub(r"[^a-z0-9]+", "-", str(name).lower()).strip("-")[:MAX_STEM].strip("-")
    if not re.search(r"[a-z]", text):
        return fallback
    return f"{text}-{fallback}" if is_reserved(text) else text


def file_name(name: str, suffix: str = "", fallback: str = "profile") -> str:
    """One file name (no folder part) showing ``name`` as closely as every OS allows, then
    ``suffix`` (``".json"``); ``fallback`` when nothing of ``name`` is left."""
    text = unicodedata.normalize("NFC", str(name))
    text = FORBIDDEN.sub("_", text)
    text = "".join(ch for ch in text if unicodedata.category(ch)[0] != "C")  # other controls
    text = text[:MAX_NAME].strip(" .")
    if not text.strip("_ "):
        text = fallback
    elif is_reserved(text):
        text = f"_{text}"
    return text + suffix


def export_path(folder: Path, name: str, suffix: str = "", fallback: str = "profile") -> Path:
    """``folder / file_name(name, suffix)``: always directly inside ``folder``."""
    folder = Path(folder)
    target = folder / file_name(name, suffix, fallback)
    if target.parent != folder:  # cannot happen: file_name has no separator and is not ".."
        raise ValueError(f"not a plain file name: {name!r:.60}")
    return target
