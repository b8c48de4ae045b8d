"""A profile naming a region the policy data does not have (issue 9, item 9): refused on
import with the region named, never listed as openable, left in place and reported."""

from __future__ import annotations

import json
import os

import pytest

from shebao_desktop.storage import ProfileStore, StorageError
from shebao_desktop.storage.exchange import import_profile

from .conftest import sample_profile


def write_profile(path, **changes):
    raw = json.loads(sample_profile(path.stem).model_dump_json())
    for dotted, value in changes.items():
        node = raw
        *parents, last = dotted.split("__")
        for part in parents:
            node = node[int(part)] if part.isdigit() else node[part]
        node[int(last) if last.isdigit() else last] = value
    path.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.mark.parametrize("field, change", [
    ("region", {"region": "atlantis"}),
    ("history.1.region", {"history__1__region": "atlantis"}),
])
def test_import_refuses_an_unknown_region_and_names_it(tmp_path, field, change):
    path = write_profile(tmp_path / "imported.json", **change)
    with pytest.raises(StorageError) as caught:
        import_profile(path)
    error = caught.value
    assert error.code == "UNKNOWN_REGION"
    assert error.params["region"] == "atlantis" and error.params["field"] == field


def test_import_accepts_the_known_regions(tmp_path):
    path = write_profile(tmp_path / "fine.json", region="shanghai", history__0__region="guangzhou")
    assert import_profile(path).region == "shanghai"


def test_the_store_lists_the_others_and_leaves_the_file(tmp_path):
    root = tmp_path / "data"
    with ProfileStore(root) as store:
        good = store.create(sample_profile("good"))
    bad = write_profile(root / "bad.json", region="atlantis")
    content = bad.read_bytes()
    store = ProfileStore(root)
    assert [entry.id for entry in store.list()] == [good]
    [problem] = store.problems
    assert (problem.file, problem.code, problem.moved_to) == ("bad.json", "UNKNOWN_REGION", None)
    assert problem.params["region"] == "atlantis"
    assert bad.read_bytes() == content  # not renamed, not rewritten: a newer program may know it
    assert not [name for name in os.listdir(root) if ".corrupt-" in name]
    store.list()
    assert len(store.problems) == 1  # reported once, however often the folder is listed
