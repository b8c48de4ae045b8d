"""Crash safety: a child process saving profiles in a loop is killed (SIGKILL) at random points,
many times; afterwards every profile file loads and holds the old or the new content, never a
mix, never less than what was already on disk. The next child takes over the dead one's lock."""

from __future__ import annotations

import os
import random
import signal
import time

import pytest

from shebao_desktop.core.profile import Profile
from shebao_desktop.storage import ProfileStore, StorageError

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork and SIGKILL")

ITERATIONS = 200
PROFILES = 3


def generation(number: int, which: int) -> Profile:
    """Content number ``number`` of profile ``which``: every field derives from the two."""
    return Profile.model_validate({
        "name": f"p{which}-gen{number}", "birth": "1980-01", "gender": "male", "region": "beijing",
        "history": [{"period": str(2000 + n), "region": "beijing",
                     "amount": str(3000 + number % 997 + n)} for n in range(20)],
    })


def _child(root, ids, first):
    try:
        store = ProfileStore(root)
        number = first
        while True:
            for which, profile_id in enumerate(ids):
                store.save(profile_id, generation(number, which))
            number += 1
    finally:
        os._exit(0)


def test_kill_while_saving(tmp_path, report):
    root = tmp_path / "data"
    with ProfileStore(root) as store:
        ids = [store.create(generation(0, which)) for which in range(PROFILES)]
    seen = {profile_id: 0 for profile_id in ids}
    rng = random.Random(20240601)
    lost = stale = partial_writes = saves = 0
    started = time.monotonic()
    for iteration in range(ITERATIONS):
        first = max(seen.values()) + 1
        temps_before = sum(name.endswith(".tmp") for name in os.listdir(root))
        pid = os.fork()
        if pid == 0:
            _child(root, ids, first)
        time.sleep(rng.uniform(0.0, 0.02))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        temps_after = sum(name.endswith(".tmp") for name in os.listdir(root))
        partial_writes += temps_after > temps_before  # killed with a temp file half written
        check = ProfileStore(root)
        for which, profile_id in enumerate(ids):
            try:
                profile = check.load(profile_id)
            except StorageError:
                lost += 1
                continue
            number = int(profile.name.rsplit("gen", 1)[1])
            if profile != generation(number, which):
                lost += 1  # a mix of two saves
            elif number < seen[profile_id]:
                stale += 1  # went back to older content
            saves += max(0, number - seen[profile_id])
            seen[profile_id] = max(seen[profile_id], number)
        assert check.problems == []
    elapsed = time.monotonic() - started
    # the backups written on the way are whole too
    bad_backups = 0
    check = ProfileStore(root)
    for profile_id in ids:
        for entry in check.backups(profile_id):
            try:
                check.load_backup(profile_id, entry.id)
            except StorageError:
                bad_backups += 1
    report("kill iterations", ITERATIONS)
    report("kills that left a half-written temp file", partial_writes)
    report("saves completed by the killed children", saves)
    report("profile files lost or mixed", lost)
    report("backups unreadable", bad_backups)
    print(f"{ITERATIONS} kills in {elapsed:.1f} s")
    assert lost == 0 and stale == 0 and bad_backups == 0
    assert saves > ITERATIONS // 4  # the children did save between kills (timing varies)
    # afterwards the program still works: a writer takes the dead child's lock
    with ProfileStore(root) as store:
        assert store.open(ids[0]).writable
        store.save(ids[0], generation(10**6, 0))
        assert store.list()[0].name.startswith("p0-gen")
