"""Trial r2: the PDF's parameter table showed "pension/rounding_account" for a label. Every
parameter of the policy data (regional add-ons apart: they carry their own names) has a label in
Chinese and in English; the glossary's source line is translated too."""

import re
from pathlib import Path

import pytest

import shebao_desktop.core.policy.loader as loader
from shebao_desktop.gui.glossary import TERMS, term_html
from shebao_desktop.gui.i18n import install_language
from shebao_desktop.gui.parameter_labels import parameter_label

DATA = Path(loader.__file__).parent / "data"
CJK = re.compile(r"[\u4e00-\u9fff]")


def _names() -> set[str]:
    names = set()
    for path in DATA.rglob("*.yaml"):
        parts = path.relative_to(DATA).with_suffix("").parts
        name = "/".join(parts[1:] if parts[0] == "national" else parts[2:])
        if "/" in name and not name.startswith("pension/addons/"):
            names.add(name)
    return names


def test_every_parameter_has_a_label_in_both_languages(qapp):
    names = sorted(_names())
    assert "pension/rounding_account" in names and len(names) > 60
    chinese = {n: parameter_label(n) for n in names}
    install_language("en")
    try:
        english = {n: parameter_label(n) for n in names}
    finally:
        install_language("zh_CN")
    assert [n for n in names if chinese[n] == n] == []  # a label, not the file name
    assert [n for n in names if not CJK.search(chinese[n])] == []
    # translated: an English label of its own (a Chinese term may follow it in brackets)
    assert [n for n in names if english[n] == chinese[n] or CJK.match(english[n])] == []


def test_the_english_glossary_says_source(qapp):
    install_language("en")
    try:
        html = term_html(TERMS[0])
        assert "Source:" in html and "来源" not in html
    finally:
        install_language("zh_CN")
