"""The Chinese of the policy data's English ``method:`` notes (trial findings: a Chinese summary
quoted ~30 English paragraphs as the methods of its estimated figures).

The notes stay English in the data, where they are written with their sources; their Chinese
is kept beside, in ``note_translations_zh.json`` (a list of ``{"en": ..., "zh": ...}``), read the
first time a note is worded in Chinese. A note is found by its text with runs of white space made
one space, so a note re-wrapped in its YAML keeps its translation; a note changed or added
without one is shown in English behind its label (``methods.NOTE_LABEL``), never silently: the
tests ask every note of the data for its translation, and that every figure of a note (each run
of digits) is in its translation.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Optional

FILE = "note_translations_zh.json"
#: beside this module in every install (the wheel, the PyInstaller bundle), as the policy data
#: and the resources are (``importlib.resources`` is kept out of the start: test_start_memory)
PATH = Path(__file__).with_name(FILE)
_SPACES = re.compile(r"\s+")
_table: Optional[dict[str, str]] = None


def key(note: str) -> str:
    """What a note is found by: its text with each run of white space one space, trimmed."""
    return _SPACES.sub(" ", note).strip()


def pairs() -> list[dict[str, str]]:
    """The file's entries, in its order."""
    return json.loads(PATH.read_text(encoding="utf-8"))


def chinese(note: str) -> Optional[str]:
    """The Chinese of the data's note ``note``; ``None`` when it has none."""
    global _table
    if _table is None:
        _table = {key(entry["en"]): entry["zh"] for entry in pairs()}
    return _table.get(key(note))
