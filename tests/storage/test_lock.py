"""Two running copies never write one profile: a live holder makes it read-only; a dead
holder's lock (crash) is taken over."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time

import pytest

from shebao_desktop.storage import ProfileStore, StorageError, lock

HOLDER = """
import sys
from pathlib import Path
from shebao_desktop.storage import ProfileStore
store = ProfileStore(Path(sys.argv[1]))
opened = store.open(sys.argv[2])
print("ready" if opened.writable else "read-only", flush=True)
sys.stdin.readline()
"""


def dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


@pytest.fixture
def setup(tmp_path, profile):
    root = tmp_path / "data"
    with ProfileStore(root) as store:
        profile_id = store.create(profile)
    return root, profile_id


def spawn_holder(root, profile_id):
    child = subprocess.Popen([sys.executable, "-c", HOLDER, str(root), profile_id],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert child.stdout.readline().strip() == "ready"
    return child


def test_live_holder_makes_the_profile_read_only_then_its_crash_frees_it(setup, profile):
    root, profile_id = setup
    child = spawn_holder(root, profile_id)
    try:
        store = ProfileStore(root)
        content = store.path(profile_id).read_bytes()
        opened = store.open(profile_id)
        assert not opened.writable and opened.holder.pid == child.pid
        assert opened.profile == profile
        assert store.list()[0].read_only
        for write in (lambda: store.save(profile_id, profile.model_copy(update={"name": "x"})),
                      lambda: store.rename(profile_id, "x"), lambda: store.delete(profile_id)):
            with pytest.raises(StorageError) as error:
                write()
            assert error.value.code == "LOCKED" and error.value.params["pid"] == str(child.pid)
        assert store.path(profile_id).read_bytes() == content
    finally:
        child.kill()  # a crash: the lock file stays behind
        child.wait()
    assert (root / f"{profile_id}.lock").exists()
    opened = store.open(profile_id)
    assert opened.writable and not store.list()[0].read_only
    store.save(profile_id, profile.model_copy(update={"name": "after"}))
    assert lock.read_lock(root / f"{profile_id}.lock").pid == os.getpid()
    store.close_all()
    assert not (root / f"{profile_id}.lock").exists()


def test_a_second_program_sees_our_lock(setup):
    root, profile_id = setup
    with ProfileStore(root) as store:
        assert store.open(profile_id).writable
        code = HOLDER.replace('sys.stdin.readline()', '')
        out = subprocess.run([sys.executable, "-c", code, str(root), profile_id],
                             capture_output=True, text=True, check=True)
        assert out.stdout.strip() == "read-only"


def write_lock(root, profile_id, **info):
    (root / f"{profile_id}.lock").write_text(json.dumps(info))


def test_dead_pid_lock_is_taken_over(setup):
    root, profile_id = setup
    write_lock(root, profile_id, pid=dead_pid(), host=socket.gethostname())
    with ProfileStore(root) as store:
        assert store.open(profile_id).writable


def test_recycled_pid_is_not_the_holder(setup):
    root, profile_id = setup
    parent = os.getppid()  # alive, but started at another time than the lock says
    if lock._process_start(parent) is None:
        pytest.skip("no process start times on this system")
    write_lock(root, profile_id, pid=parent, host=socket.gethostname(), started="1")
    with ProfileStore(root) as store:
        assert store.open(profile_id).writable


def test_other_host_is_respected_until_broken(setup):
    root, profile_id = setup
    write_lock(root, profile_id, pid=1, host="another-host.example")
    with ProfileStore(root) as store:
        opened = store.open(profile_id)
        assert not opened.writable and opened.holder.host == "another-host.example"
        lock.break_lock(root / f"{profile_id}.lock")
        assert store.open(profile_id).writable


def test_garbage_lock_is_respected_while_fresh_and_taken_when_old(setup):
    root, profile_id = setup
    path = root / f"{profile_id}.lock"
    path.write_bytes(b"\x00garbage")
    with ProfileStore(root) as store:
        assert not store.open(profile_id).writable
        old = time.time() - 60
        os.utime(path, (old, old))
        assert store.open(profile_id).writable


def test_reentrant_within_a_process(setup):
    root, profile_id = setup
    first, second = ProfileStore(root), ProfileStore(root)
    assert first.open(profile_id).writable and second.open(profile_id).writable
    first.close(profile_id)
    assert (root / f"{profile_id}.lock").exists()  # still held by the second
    second.close(profile_id)
    assert not (root / f"{profile_id}.lock").exists()
