"""File names from what a user typed are safe on every OS (issue 9, item 14): device names
(CON, NUL, COM1, LPT1, with or without an extension, any case), ``..`` and separators, names
ending in dots or spaces."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from shebao_desktop.storage import ProfileStore
from shebao_desktop.storage.names import export_path, file_name, file_stem, is_reserved

from .conftest import sample_profile

HOSTILE = ["CON", "con", "NUL", "nul.txt", "COM1", "com9", "LPT1", "lpt3.json", "AUX", "PRN",
           "COM¹", "CONIN$", "../x", "../../etc/passwd", "a/b", "a\\b", "/abs/path", "C:evil",
           "name.", "name ", "name. . .", " .hidden", "..", ".", "", "   ", "a<b>c:d\"e|f?g*h",
           "tab\there", "new\nline", "张三", "Wang Wu", "x" * 300]
SAFE_STEM = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


@pytest.mark.parametrize("name", ["CON", "nul", "NUL.txt", "com1", "LPT9.json", "con .txt", "COM¹"])
def test_device_names_are_known(name):
    assert is_reserved(name)


@pytest.mark.parametrize("name", ["console", "nullify", "com10", "lpt", "张三", "profile"])
def test_ordinary_names_are_not_reserved(name):
    assert not is_reserved(name)


@pytest.mark.parametrize("name", HOSTILE)
def test_profile_ids_are_safe(tmp_path, name):
    stem = file_stem(name)
    assert SAFE_STEM.match(stem) and not is_reserved(stem) and len(stem) <= 60
    with ProfileStore(tmp_path / "data") as store:
        profile_id = store.create(sample_profile(name[:100]))
        assert not is_reserved(profile_id) and SAFE_STEM.match(profile_id.rsplit("-", 1)[0])
        assert store.path(profile_id).parent == store.root
        assert store.load(profile_id).name == name[:100]


@pytest.mark.parametrize("name", HOSTILE)
def test_export_names_stay_in_the_folder(tmp_path, name):
    target = export_path(tmp_path, name, ".json")
    assert target.parent == tmp_path and target.name.endswith(".json")
    stem = target.name[: -len(".json")]
    assert stem and not is_reserved(stem) and not stem.endswith((".", " "))
    assert not stem.startswith((".", " "))
    assert not re.search(r'[<>:"/\\|?*\x00-\x1f]', target.name)


def test_readable_names_are_kept():
    assert file_name("张三", ".json") == "张三.json"
    assert file_name("Wang Wu 2024", ".pdf") == "Wang Wu 2024.pdf"
    assert file_name("CON", ".json") == "_CON.json"
    assert file_name("../x", ".json") == "_x.json"
    assert file_name("", ".pdf", "shebao") == "shebao.pdf"
    assert file_stem("CON") == "con-profile" and file_stem("Wang Wu") == "wang-wu"
