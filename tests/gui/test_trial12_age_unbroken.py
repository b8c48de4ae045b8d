"""New-user trial 12: the English years card wrapped "age 61 y 6 m" with the "m" alone on the next
line. An age in the window keeps its number and unit together (unbreakable spaces)."""

from __future__ import annotations

import pytest

from shebao_desktop.core.age import Age
from shebao_desktop.gui.labels import age_text


@pytest.mark.parametrize("language", ["en"], indirect=True)
def test_an_english_age_does_not_break_inside(language):
    text = age_text(Age(61, 6))
    assert text == "61\u00a0y\u00a06\u00a0m" and " " not in text


def test_a_chinese_age_is_as_it_was(language):
    assert age_text(Age(61, 6)) == "61岁6个月"
