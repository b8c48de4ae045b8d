"""A profile that dropped out of the list (new-user trial: 赵敏's ``profile-6.json`` cut in half,
then a restart) can be named and brought back from its backups (storage/recovery.py), and
nothing is lost or overwritten on the way: the damaged copy stays set aside byte for byte, the
backups stay, a file that is there again is backed up before a restore writes over it."""

from __future__ import annotations

import json
import os

import pytest

from shebao_desktop.storage import ProfileStore
from shebao_desktop.storage.recovery import (DAMAGED, DELETED, MISSING, missing_profiles,
                                             newest_good_backup, recoverable_after, set_aside_name)

from .conftest import sample_profile


def saved_versions(root, profile_id="profile-6", name="赵敏", versions=3):
    """``profile_id`` saved ``versions`` times (amounts 8001, 8002...): versions - 1 backups."""
    with ProfileStore(root) as store:
        for n in range(1, versions + 1):
            store.save(profile_id, sample_profile(name, amount=str(8000 + n)))
        return store.path(profile_id)


def cut_in_half(path):
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def set_aside_at_start(root):
    """A new store (a restart) listing the folder: returns it and the one set-aside record."""
    store = ProfileStore(root)
    entries = store.list()
    [problem] = store.problems
    return store, entries, problem


def test_a_profile_cut_in_half_is_named_from_its_newest_good_backup(tmp_path):
    root = tmp_path / "data"
    path = saved_versions(root)
    saved_versions(root, "other", "钱六", versions=1)
    cut_in_half(path)
    store, entries, problem = set_aside_at_start(root)
    assert [e.id for e in entries] == ["other"]  # dropped out of the list, as in the trial
    assert problem.file == "profile-6.json" and problem.moved_to is not None
    damaged = problem.moved_to.read_bytes()
    name, offer = recoverable_after(store, problem)
    assert name == "赵敏"
    assert offer is not None and offer.profile_id == "profile-6" and offer.why == DAMAGED
    assert offer.backup == store.backups("profile-6")[0]  # the newest
    assert offer.profile.history[0].amount == 8002  # the version saved before the last
    assert not path.exists()  # nothing written until the user chooses
    assert store.restore("profile-6", offer.backup.id).name == "赵敏"
    assert store.load("profile-6").history[0].amount == 8002
    assert problem.moved_to.read_bytes() == damaged  # the damaged copy stays aside
    assert {e.id for e in store.list()} == {"other", "profile-6"}  # back in the list
    store.close_all()


def test_a_damaged_newest_backup_is_skipped_never_changed(tmp_path):
    root = tmp_path / "data"
    path = saved_versions(root, versions=4)
    with ProfileStore(root) as store:
        newest, older = store.backups("profile-6")[:2]
    newest_path = root / "backups" / "profile-6" / f"{newest.id}.json"
    cut_in_half(newest_path)
    newest_bytes = newest_path.read_bytes()
    cut_in_half(path)
    store, _entries, problem = set_aside_at_start(root)
    name, offer = recoverable_after(store, problem)
    assert name == "赵敏" and offer.backup == older
    assert newest_good_backup(store, "profile-6")[0] == older
    assert newest_path.read_bytes() == newest_bytes
    store.close_all()


def test_the_damaged_files_own_name_comes_first_when_its_json_still_reads(tmp_path):
    root = tmp_path / "data"
    path = saved_versions(root)
    raw = json.loads(path.read_text(encoding="utf-8"))
    raw.update(name="赵敏（新）", birth="not a month")
    path.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    store, _entries, problem = set_aside_at_start(root)
    assert recoverable_after(store, problem)[0] == "赵敏（新）"
    store.close_all()


@pytest.mark.parametrize("name", ["x\u202eevil", "two\nlines", "a" * 101, 7, ""])
def test_a_hostile_name_in_a_damaged_file_is_not_taken(tmp_path, name):
    bad = tmp_path / "p.corrupt-1.json"
    bad.write_text(json.dumps({"name": name, "birth": 1}), encoding="utf-8")
    assert set_aside_name(bad) == ""
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100000, encoding="utf-8")
    assert set_aside_name(deep) == ""


def test_no_good_backup_names_nobody_and_offers_nothing(tmp_path):
    root = tmp_path / "data"
    path = saved_versions(root, versions=1)  # saved once: no backup
    cut_in_half(path)
    store, _entries, problem = set_aside_at_start(root)
    assert recoverable_after(store, problem) == ("", None)
    assert missing_profiles(store) == []
    store.close_all()


def test_profiles_out_of_the_list_are_found_with_why(tmp_path):
    root = tmp_path / "data"
    saved_versions(root)  # damaged below
    saved_versions(root, "zhang", "张三")  # deleted below
    saved_versions(root, "li", "李四")  # its file removed by hand
    saved_versions(root, "kept", "王五")  # still in the list
    cut_in_half(root / "profile-6.json")
    (root / "li.json").unlink()
    store = ProfileStore(root)
    store.list()
    store.delete("zhang")
    found = {item.profile_id: (item.name, item.why) for item in missing_profiles(store)}
    assert found == {"profile-6": ("赵敏", DAMAGED), "zhang": ("张三", DELETED),
                     "li": ("李四", MISSING)}
    trash = sorted(os.listdir(root / "trash"))
    store.restore("zhang", store.backups("zhang")[0].id)
    assert sorted(os.listdir(root / "trash")) == trash  # the deleted file stays in the trash
    assert "zhang" not in {item.profile_id for item in missing_profiles(store)}
    store.close_all()


def test_a_file_written_again_since_is_backed_up_not_overwritten(tmp_path):
    root = tmp_path / "data"
    path = saved_versions(root)
    cut_in_half(path)
    store, _entries, problem = set_aside_at_start(root)
    _name, offer = recoverable_after(store, problem)
    with ProfileStore(root) as other:  # another window saves her again meanwhile
        other.save("profile-6", sample_profile("赵敏", amount="9999"))
    assert recoverable_after(store, problem)[1] is None  # in the list again: nothing to offer
    again = path.read_bytes()
    store.restore("profile-6", offer.backup.id)
    assert any((root / "backups" / "profile-6" / f"{b.id}.json").read_bytes() == again
               for b in store.backups("profile-6"))
    store.close_all()
