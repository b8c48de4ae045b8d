"""How an estimated value was found, in the user's language: the core's derivations
(``core.policy.derivation``: a kind and its figures) worded here in Chinese or English, and the
YAML's hand-written ``method:`` notes, which are the data's own English notes.

In Chinese a derivation is worded in Chinese in full, and a note by its translation
(``note_translations``); a note without one (changed or added since) is shown as written, after
a Chinese label that says what it is (``数据附注（英文原文）``), so a Chinese reader knows why it
is English and what it is for.
"""

from __future__ import annotations

import re
from typing import Union

from ..core.policy.derivation import (ASSUMPTION, FIRST_HELD, GROWN, HELD, OVERRIDE, SCALED,
                                      Derivation)
from . import formats
from .note_translations import chinese
from .words import ASSUMPTION_WORDS

Method = Union[str, Derivation, None]

#: kind -> (zh, en) templates
_WORDS = {
    HELD: ("沿用 {start} 的数值", "the {start} value held on"),
    ASSUMPTION: ("最后公布值（{start}）之后按假设“{assumption}”",
                 "the assumption \u201c{assumption}\u201d after the last published value ({start})"),
    GROWN: ("{start} 的 {value} 按社平工资增长率每年 {rate} 增长 {years} 年",
            "the {start} value {value} grown {years} at {rate} a year (average wage growth)"),
    FIRST_HELD: ("更早的月份沿用最早的已知数值（{start}）",
                 "the first known value ({start}) held for earlier months"),
    SCALED: ("{start} 的 {value} 按全国城镇单位就业人员平均工资折算到 {year} 年"
             "（{then} / {ref}）{factor}{capped}",
             "the {start} value {value} scaled by the national urban average wage "
             "{year}/{first_year} ({then}/{ref}){factor}{capped}"),
    OVERRIDE: ("您在本档案中填写的数值", "your own value in this profile"),
}
_FACTOR = ("，再乘以 2019 年前工资口径系数 {factor}", " x {factor} (pre-2019 wage caliber)")
_CAPPED = ("，不超过其后公布的 {value}", ", capped at the following published value {value}")
NOTE_LABEL = ("数据附注（英文原文）：", "")


def _years(n: int, zh: bool) -> str:
    return str(n) if zh else (f"{n} year" if n == 1 else f"{n} years")


def method_text(method: Method, language: str) -> str:
    """The wording of ``method`` in ``language`` (``zh``/``en``); a note of the data as written
    (see ``note_label``); empty for none."""
    if method is None:
        return ""
    if isinstance(method, str):
        return (chinese(method) or method) if formats.is_zh(language) else method
    zh = formats.is_zh(language)
    pick = 0 if zh else 1
    d = method
    template = _WORDS.get(d.kind, ("{kind}", "{kind}"))[pick]
    assumption = ASSUMPTION_WORDS.get(d.assumption or "", (d.assumption, d.assumption))[pick]
    return template.format(
        kind=d.kind, start=d.start, value=formats.money(d.value) if d.value is not None else "",
        years=_years(d.years, zh), rate=formats.rate(d.rate) if d.rate is not None else "",
        assumption=assumption or "", year=d.year,
        first_year=d.start.year if d.start is not None else "",
        then=formats.number(d.then) if d.then is not None else "",
        ref=formats.number(d.ref) if d.ref is not None else "",
        factor=_FACTOR[pick].format(factor=formats.number(d.factor)) if d.factor else "",
        capped=_CAPPED[pick].format(value=formats.money(d.value)) if d.capped else "")


def english_note(method: Method, language: str) -> bool:
    """Whether ``method_text`` gives ``method`` in English in a Chinese ``language``: a note of
    the data without a translation."""
    return isinstance(method, str) and bool(method) and formats.is_zh(language) \
        and chinese(method) is None


def note_label(method: Method, language: str) -> str:
    """What to put before ``method_text`` so a note is not mistaken for a translation missed:
    ``数据附注（英文原文）：`` in Chinese for a note of the data shown in English; nothing
    otherwise."""
    return NOTE_LABEL[0] if english_note(method, language) else ""


def method_words(method: Method, language: str) -> str:
    """``method`` for a line of its own (a tooltip): a note behind its label (``note_label``)."""
    return note_label(method, language) + method_text(method, language)


def method_key(method: Method) -> tuple:
    """What two methods share when they are "the same method with other numbers": the kind
    and where it starts from, not the years or wages of one month."""
    if isinstance(method, Derivation):
        return (method.kind, method.start, method.value, method.assumption, method.factor,
                method.capped)
    return ("note", re.sub(r"\d+(?:\.\d+)?", "#", method or ""))
