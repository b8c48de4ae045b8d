"""The Chinese of the policy data's English ``method:`` notes (presentation.note_translations):
every note of the data has one, each keeps the note's figures, and the Chinese views use it
(trial finding: a Chinese summary quoted its estimation notes in English)."""

from __future__ import annotations

import re

import pytest

from shebao_desktop.core.policy.loader import default_policy_data
from shebao_desktop.presentation import note_translations
from shebao_desktop.presentation.methods import english_note, method_text, method_words

CJK = re.compile(r"[\u4e00-\u9fff]")
FIGURE = re.compile(r"\d+(?:\.\d+)?")


def _notes() -> set[str]:
    """Every ``method:`` note (text) of the data."""
    data = default_policy_data()
    return {entry.method for files in data.files.values() for pfile in files.values()
            for entry in pfile.values.values()
            if entry is not None and isinstance(entry.method, str) and entry.method}


def test_every_note_of_the_data_has_its_chinese():
    notes = _notes()
    assert len(notes) > 150  # the data's notes, not an empty set passing by itself
    missing = sorted(n for n in notes if note_translations.chinese(n) is None)
    assert not missing, f"{len(missing)} notes without Chinese, first: {missing[:2]}"


def test_the_file_holds_only_notes_of_the_data_each_once():
    keys = [note_translations.key(p["en"]) for p in note_translations.pairs()]
    assert len(keys) == len(set(keys))
    assert set(keys) == {note_translations.key(n) for n in _notes()}


@pytest.mark.parametrize("pair", note_translations.pairs(), ids=lambda p: p["en"][:40])
def test_a_translation_is_chinese_and_keeps_every_figure_of_its_note(pair):
    zh = pair["zh"]
    assert CJK.search(zh), zh
    missing = [f for f in FIGURE.findall(pair["en"]) if f not in FIGURE.findall(zh)]
    assert not missing, (missing, pair["en"], zh)


def test_a_note_is_worded_in_chinese_in_chinese_and_as_written_in_english():
    pair = max(note_translations.pairs(), key=lambda p: len(p["en"]))
    note = pair["en"]
    assert method_text(note, "zh") == pair["zh"] and not english_note(note, "zh")
    assert method_words(note, "zh") == pair["zh"]  # no "英文原文" label: it is not English
    assert method_text(note, "en") == method_words(note, "en") == note
    rewrapped = note.replace(" ", "\n    ", 3)  # the same note wrapped otherwise in its YAML
    assert method_text(rewrapped, "zh") == pair["zh"]


def test_a_note_without_chinese_is_shown_as_written_behind_its_label():
    note = "A note added to the data after its translations"
    assert note_translations.chinese(note) is None and english_note(note, "zh")
    assert method_words(note, "zh") == "数据附注（英文原文）：" + note
