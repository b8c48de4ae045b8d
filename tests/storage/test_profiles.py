"""ProfileStore: atomic saves, backups, restore, set-aside, newer versions, permissions, and
saves that fail (read-only folder, full disk) without changing the file."""

from __future__ import annotations

import errno
import json
import os
import stat
import tempfile

import pytest

from shebao_desktop.storage import ProfileStore, StorageError, atomic
from shebao_desktop.storage.exchange import export_profile, import_profile
from shebao_desktop.storage.profiles import BACKUPS_KEPT

from .conftest import sample_profile

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


@pytest.fixture
def store(tmp_path):
    with ProfileStore(tmp_path / "data") as store:
        yield store


def leftovers(folder):
    return [name for name in os.listdir(folder) if name.endswith(".tmp")]


def test_create_load_save_round_trip(store, profile):
    profile_id = store.create(profile)
    assert profile_id == "sample"
    assert store.load(profile_id) == profile
    changed = profile.model_copy(update={"name": "changed"})
    store.save(profile_id, changed)
    assert store.load(profile_id) == changed
    [entry] = store.list()
    assert (entry.id, entry.name, entry.read_only) == ("sample", "changed", False)
    assert leftovers(store.root) == []


def test_file_is_plain_json_with_schema_version_and_decimal_strings(store, profile):
    profile_id = store.create(profile)
    raw = json.loads(store.path(profile_id).read_text(encoding="utf-8"))
    assert raw["schema_version"] == 1
    assert raw["history"][0]["amount"] == "8000"


def test_ids_are_unique_and_names_free(store):
    first = store.create(sample_profile("张三"))
    second = store.create(sample_profile("张三"))
    third = store.create(sample_profile("Wang Wu"))
    assert (first, second, third) == ("profile", "profile-2", "wang-wu")


def test_backups_roll_and_keep_the_latest(store, profile):
    profile_id = store.create(profile)
    for number in range(BACKUPS_KEPT + 5):
        store.save(profile_id, profile.model_copy(update={"name": f"v{number}"}))
    backups = store.backups(profile_id)
    assert len(backups) == BACKUPS_KEPT >= 5
    names = [store.load_backup(profile_id, entry.id).name for entry in backups]
    # newest first: the content before the last save is v(n-2)
    assert names == [f"v{n}" for n in range(BACKUPS_KEPT + 3, 3, -1)][:BACKUPS_KEPT]
    assert all(b.created >= a.created for a, b in zip(backups[1:], backups))


def test_unchanged_save_makes_no_backup(store, profile):
    profile_id = store.create(profile)
    store.save(profile_id, profile)
    assert store.backups(profile_id) == []


def test_restore_brings_back_a_backup_and_can_be_undone(store, profile):
    profile_id = store.create(profile)
    store.save(profile_id, profile.model_copy(update={"name": "second"}))
    [backup] = store.backups(profile_id)
    restored = store.restore(profile_id, backup.id)
    assert restored == profile == store.load(profile_id)
    assert store.load_backup(profile_id, store.backups(profile_id)[0].id).name == "second"
    with pytest.raises(StorageError) as error:
        store.restore(profile_id, "../../etc/passwd")
    assert error.value.code == "NOT_FOUND"


def test_duplicate_rename_delete(store, profile):
    profile_id = store.create(profile)
    copy = store.duplicate(profile_id)
    assert copy != profile_id and store.load(copy).name == "sample (2)"
    assert store.rename(copy, "renamed").name == "renamed"
    assert store.load(copy).name == "renamed"
    with pytest.raises(StorageError) as error:
        store.rename(copy, "x" * 101)
    assert error.value.code == "INVALID" and store.load(copy).name == "renamed"
    moved = store.delete(copy)
    assert moved.parent.name == "trash" and moved.exists()
    assert [entry.id for entry in store.list()] == [profile_id]
    with pytest.raises(StorageError) as error:
        store.load(copy)
    assert error.value.code == "NOT_FOUND"


@pytest.mark.parametrize("content, code", [
    (b"\xff\xfe\x00garbage", "UNREADABLE"),
    ("{\"name\": \"\u5f20\u4e09\"".encode("gbk"), "UNREADABLE"),
    (b"{not json", "INVALID"),
    (b"[1, 2, 3]", "INVALID"),
    (b'{"schema_version": 1, "birth": "1985-13", "gender": "male", "region": "x"}', "INVALID"),
    (b"[" * 100000 + b"]" * 100000, "INVALID"),
])
def test_unreadable_files_are_set_aside_and_the_others_still_load(store, profile, content, code):
    good = store.create(profile)
    (store.root / "bad.json").write_bytes(content)
    assert [entry.id for entry in store.list()] == [good]
    [problem] = store.problems
    assert (problem.file, problem.code) == ("bad.json", code)
    assert problem.moved_to.name.startswith("bad.corrupt-") and problem.moved_to.read_bytes() == content
    assert not (store.root / "bad.json").exists()
    with pytest.raises(StorageError) as error:  # loading it directly also reports where it went
        (store.root / "bad.json").write_bytes(content)
        store.load("bad")
    assert error.value.code == code and error.value.moved_to.name.startswith("bad.corrupt-")
    # a second bad file of the same name is set aside beside the first, never over it
    (store.root / "bad.json").write_bytes(content)
    store.list()
    assert len([n for n in os.listdir(store.root) if n.startswith("bad.corrupt-")]) == 3


def test_oversized_file_is_set_aside(store):
    (store.root / "big.json").write_bytes(b" " * (5 * 1024 * 1024 + 1))
    assert store.list() == [] and store.problems[0].code == "TOO_LARGE"


def test_newer_version_is_refused_and_left_untouched(store, profile):
    raw = json.loads(profile.model_dump_json())
    raw["schema_version"] = 2
    raw["new_field"] = {"from": "the future"}
    content = json.dumps(raw).encode()
    path = store.root / "future.json"
    path.write_bytes(content)
    before = path.stat()
    assert store.list() == []
    with pytest.raises(StorageError) as error:
        store.load("future")
    assert error.value.code == "NEWER_VERSION" and error.value.params["version"] == "2"
    [problem] = store.problems
    assert problem.code == "NEWER_VERSION" and problem.moved_to is None
    with pytest.raises(StorageError) as error:
        store.save("future", profile)
    assert error.value.code == "NEWER_VERSION"
    assert path.read_bytes() == content and path.stat().st_mtime_ns == before.st_mtime_ns
    assert not (store.root / "backups" / "future").exists()


@posix_only
def test_files_0600_and_folders_0700(store, profile):
    profile_id = store.create(profile)
    store.save(profile_id, profile.model_copy(update={"name": "2"}))
    mode = lambda path: stat.S_IMODE(path.stat().st_mode)  # noqa: E731
    assert mode(store.root) == 0o700
    assert mode(store.path(profile_id)) == 0o600
    assert mode(store.root / "backups") == mode(store.root / "backups" / profile_id) == 0o700
    [backup] = os.listdir(store.root / "backups" / profile_id)
    assert mode(store.root / "backups" / profile_id / backup) == 0o600
    store.delete(profile_id)
    assert mode(store.root / "trash") == 0o700


def _assert_unchanged(store, profile_id, content):
    assert store.path(profile_id).read_bytes() == content
    assert leftovers(store.root) == []
    assert store.load(profile_id).name == "sample"


@pytest.mark.parametrize("number, code", [(errno.EROFS, "READ_ONLY"), (errno.EACCES, "READ_ONLY"),
                                          (errno.ENOSPC, "DISK_FULL"), (errno.EIO, "WRITE_FAILED")])
def test_failed_temp_file_creation_leaves_the_file(store, profile, monkeypatch, number, code):
    profile_id = store.create(profile)
    content = store.path(profile_id).read_bytes()

    def refuse(*args, **kwargs):
        raise OSError(number, os.strerror(number))
    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    with pytest.raises(StorageError) as error:
        store.save(profile_id, profile.model_copy(update={"name": "new"}))
    assert error.value.code == code
    monkeypatch.undo()
    _assert_unchanged(store, profile_id, content)


@pytest.mark.parametrize("failing_call", [1, 2])  # 1: the backup, 2: the profile itself
def test_disk_full_while_writing_leaves_the_file(store, profile, monkeypatch, failing_call):
    profile_id = store.create(profile)
    store.save(profile_id, profile.model_copy(update={"name": "sample"}))
    content = store.path(profile_id).read_bytes()
    real, calls = atomic._write_bytes, []

    def write(fd, data):
        calls.append(1)
        if len(calls) == failing_call:
            os.write(fd, data[: len(data) // 2])
            raise OSError(errno.ENOSPC, "No space left on device")
        real(fd, data)
    monkeypatch.setattr(atomic, "_write_bytes", write)
    new = profile.model_copy(update={"name": "new"})
    with pytest.raises(StorageError) as error:
        store.save(profile_id, new)
    assert error.value.code == "DISK_FULL" and error.value.path is not None
    monkeypatch.undo()
    _assert_unchanged(store, profile_id, content)
    # the data is still in memory and can be saved elsewhere
    export_profile(new, store.root.parent / "elsewhere.json")
    assert import_profile(store.root.parent / "elsewhere.json") == new


def test_fsync_failure_leaves_the_file(store, profile, monkeypatch):
    profile_id = store.create(profile)
    content = store.path(profile_id).read_bytes()

    def fail(fd):
        raise OSError(errno.ENOSPC, "No space left on device")
    monkeypatch.setattr(os, "fsync", fail)
    with pytest.raises(StorageError) as error:
        store.save(profile_id, profile.model_copy(update={"name": "new"}))
    monkeypatch.undo()
    assert error.value.code == "DISK_FULL"
    _assert_unchanged(store, profile_id, content)


@posix_only
@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root ignores permissions")
def test_really_read_only_folder(store, profile):
    profile_id = store.create(profile)
    content = store.path(profile_id).read_bytes()
    os.chmod(store.root, 0o500)
    try:
        assert store.list()[0].read_only
        with pytest.raises(StorageError) as error:
            store.save(profile_id, profile.model_copy(update={"name": "new"}))
        assert error.value.code == "READ_ONLY"
    finally:
        os.chmod(store.root, 0o700)
    _assert_unchanged(store, profile_id, content)


def test_stale_temp_files_are_ignored_and_cleaned(tmp_path, profile):
    root = tmp_path / "data"
    with ProfileStore(root) as store:
        profile_id = store.create(profile)
    old = root / ".sample.json.abc.tmp"
    old.write_bytes(b"{half")
    os.utime(old, (0, 0))
    young = root / ".sample.json.def.tmp"
    young.write_bytes(b"{half")
    with ProfileStore(root) as store:
        assert [entry.id for entry in store.list()] == [profile_id] and store.problems == []
    assert not old.exists() and young.exists()


@pytest.mark.parametrize("bad_id", ["", ".hidden", "../x", "a/b", "a\\b", "x.corrupt-1", " x"])
def test_bad_ids_are_refused(store, profile, bad_id):
    with pytest.raises(StorageError):
        store.save(bad_id, profile)


def test_a_file_damaged_after_loading_is_set_aside_not_overwritten(store, profile):
    profile_id = store.create(profile)
    store.path(profile_id).write_bytes(b"{damaged")
    store.save(profile_id, profile.model_copy(update={"name": "new"}))
    assert store.load(profile_id).name == "new"
    [problem] = store.problems
    assert problem.file == "sample.json" and problem.moved_to.read_bytes() == b"{damaged"


def test_storage_imports_no_qt():
    import subprocess
    import sys
    code = ("import sys\n"
            "import shebao_desktop.storage.profiles, shebao_desktop.storage.exchange\n"
            "import shebao_desktop.storage.lock, shebao_desktop.storage.migrations\n"
            "import shebao_desktop.storage.tables, openpyxl\n"
            "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken'))))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
