"""The words a person reads in an exported table, and reading them (or the codes) back.

Exports write words, not codes: the region's name (上海市, or Shanghai in the English UI), the
employment (职工 / 灵活就业), the amount kind (工资 / 基数), the phase and yes/no. The GUI passes
the words of the user's language as a ``TableWords`` (storage has no Qt); without one the
Chinese words are written. Imports accept the codes (``shanghai``, ``employee``, ``wage``) and
the words in either language.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any, Mapping, Optional

#: the words of both languages the program has used for its codes (lower case when compared)
EMPLOYMENT_WORDS = {"employee": ("职工", "employee"),
                    "flexible": ("灵活就业", "flexible", "flexible employment")}
KIND_WORDS = {"wage": ("工资", "wage", "月工资"), "base": ("基数", "base", "缴费基数")}


@dataclass(frozen=True)
class TableWords:
    """Header labels and value words for an exported table, in the user's language."""

    english: bool = False
    headers: Mapping[str, str] = field(default_factory=dict)
    employment: Mapping[str, str] = field(default_factory=lambda: {"employee": "职工", "flexible": "灵活就业"})
    kind: Mapping[str, str] = field(default_factory=lambda: {"wage": "工资", "base": "基数"})
    phase: Mapping[str, str] = field(default_factory=lambda: {"working": "缴费", "retired": "退休",
                                                              "mixed": "退休当年"})
    yes_no: tuple[str, str] = ("是", "否")

    def region(self, slug: str) -> str:
        from ..core.policy.loader import default_policy_data
        index = default_policy_data().regions.get(slug)
        if index is None:
            return slug
        return index.name_en if self.english else index.name_zh

    def value(self, key: str, value: Any) -> Any:
        """The word for a coded value of column ``key`` (other values unchanged)."""
        if isinstance(value, bool):
            return self.yes_no[0] if value else self.yes_no[1]
        if value is None or not isinstance(value, str):
            return value
        if key == "region":
            return self.region(value)
        table = {"employment": self.employment, "amount_kind": self.kind, "kind": self.kind,
                 "phase": self.phase}.get(key)
        return table.get(value, value) if table is not None else value


def _plain(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text)).strip().lower()


def _code(text: str, words: Mapping[str, tuple[str, ...]]) -> Optional[str]:
    t = _plain(text)
    for code, known in words.items():
        if t == code or t in known:
            return code
    return None


def employment_code(text: str) -> Optional[str]:
    return _code(text, EMPLOYMENT_WORDS)


def kind_code(text: str) -> Optional[str]:
    return _code(text, KIND_WORDS)


def region_code(text: str, regions: Mapping[str, Any]) -> Optional[str]:
    """The slug for a region written as its slug, Chinese name (with or without 市/省), English
    name or division code; None if no region matches."""
    t = unicodedata.normalize("NFKC", text).strip()
    if t in regions:
        return t
    for slug, index in regions.items():
        if t in (index.name_zh, index.name_zh.rstrip("市省"), index.code) or \
                t.lower() == index.name_en.lower():
            return slug
    return None
