"""A read error is not bad content (issue 9, item 10): a profile that cannot be read just now
(permission denied, EIO, too many open files) is retried, reported, and left where it is;
only a file whose content is invalid is set aside as ``*.corrupt-*``."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from shebao_desktop.storage import ProfileStore, StorageError, reading

from .conftest import sample_profile

ERRORS = {
    "EACCES": lambda: PermissionError(errno.EACCES, "Permission denied"),
    "EIO": lambda: OSError(errno.EIO, "Input/output error"),
    "EMFILE": lambda: OSError(errno.EMFILE, "Too many open files"),
}


class FailingReads:
    """Patches ``Path.read_bytes``: the first ``failures`` reads of ``target`` raise ``error``.
    Counts the reads tried and the pauses between them (no real waiting)."""

    def __init__(self, monkeypatch, target: Path, error, failures: int):
        self.target, self.error, self.failures = target, error, failures
        self.reads = self.pauses = 0
        original = Path.read_bytes

        def read_bytes(path):
            if path == self.target:
                self.reads += 1
                if self.reads <= self.failures:
                    raise self.error()
            return original(path)

        def pause(attempt):
            self.pauses += 1

        monkeypatch.setattr(Path, "read_bytes", read_bytes)
        monkeypatch.setattr(reading, "_pause", pause)


def corrupt_files(root):
    return sorted(name for name in os.listdir(root) if ".corrupt-" in name)


@pytest.fixture
def stored(tmp_path):
    root = tmp_path / "data"
    with ProfileStore(root) as store:
        profile_id = store.create(sample_profile("healthy"))
    return root, profile_id


@pytest.mark.parametrize("kind", sorted(ERRORS))
def test_a_read_error_is_retried_and_a_later_read_succeeds(stored, monkeypatch, kind):
    root, profile_id = stored
    store = ProfileStore(root)
    failing = FailingReads(monkeypatch, store.path(profile_id), ERRORS[kind],
                           failures=reading.READ_ATTEMPTS - 1)
    assert store.load(profile_id).name == "healthy"
    assert failing.reads == reading.READ_ATTEMPTS  # two failed, the third worked
    assert failing.pauses == reading.READ_ATTEMPTS - 1
    assert store.problems == [] and corrupt_files(root) == []


@pytest.mark.parametrize("kind", sorted(ERRORS))
def test_a_lasting_read_error_is_reported_and_never_sets_the_file_aside(stored, monkeypatch, kind):
    root, profile_id = stored
    store = ProfileStore(root)
    path = store.path(profile_id)
    content = path.read_bytes()
    failing = FailingReads(monkeypatch, path, ERRORS[kind], failures=10**6)
    with pytest.raises(StorageError) as caught:
        store.load(profile_id)
    assert caught.value.code == "READ_FAILED"
    assert caught.value.moved_to is None
    assert failing.reads == reading.READ_ATTEMPTS
    # listing at start-up: not listed, reported, left in place
    assert store.list() == []
    assert failing.reads == 2 * reading.READ_ATTEMPTS
    [problem] = store.problems
    assert (problem.file, problem.code, problem.moved_to) == (path.name, "READ_FAILED", None)
    assert corrupt_files(root) == []
    # the error goes away: the same profile opens, unchanged
    failing.failures = 0
    assert path.read_bytes() == content
    assert store.open(profile_id).profile.name == "healthy"
    assert [entry.id for entry in store.list()] == [profile_id]


def test_invalid_content_is_still_set_aside(stored):
    root, profile_id = stored
    store = ProfileStore(root)
    store.path(profile_id).write_bytes(b'{"schema_version": 1, "birth": "x"')
    with pytest.raises(StorageError) as caught:
        store.load(profile_id)
    assert caught.value.code == "INVALID"
    assert len(corrupt_files(root)) == 1


def test_a_read_error_while_saving_leaves_the_file(stored, monkeypatch):
    root, profile_id = stored
    store = ProfileStore(root)
    path = store.path(profile_id)
    content = path.read_bytes()
    FailingReads(monkeypatch, path, ERRORS["EIO"], failures=10**6)
    with pytest.raises(StorageError) as caught:
        store.save(profile_id, sample_profile("changed"))
    assert caught.value.code == "READ_FAILED"
    monkeypatch.undo()
    assert path.read_bytes() == content and corrupt_files(root) == []
