"""Crash safety: a child process saving profiles in a loop is killed (SIGKILL) at random points,
many times; afterwards every profile file loads and holds the old or the new content, never a
mix, never less than what was already on disk. The next child takes over the dead one's lock.

Nothing here depends on the machine's speed: the child measures how long one save takes on
this machine and reports every save it completes through a pipe; the parent waits (blocking,
no timeout) for a random number of completed saves, then kills within a random fraction of
one measured save. Kills that land mid-write (a half-written temp file is left) are counted,
and the test goes on until ``MID_WRITE_KILLS`` of them have happened, bounded by a number of
attempts, not by time."""

from __future__ import annotations

import os
import random
import signal
import time

import pytest

from shebao_desktop.core.profile import Profile
from shebao_desktop.storage import ProfileStore, StorageError

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork and SIGKILL")

#: kills that must land while a temp file is half written
MID_WRITE_KILLS = 8
#: the most kills tried to get them (a bound on the work, not on time)
MAX_ATTEMPTS = 1000
PROFILES = 3
#: a kill falls within this many measured save durations after the waited-for saves
KILL_WINDOW_SAVES = 1.5


def generation(number: int, which: int) -> Profile:
    """Content number ``number`` of profile ``which``: every field derives from the two."""
    return Profile.model_validate({
        "name": f"p{which}-gen{number}", "birth": "1980-01", "gender": "male", "region": "beijing",
        "history": [{"period": str(2000 + n), "region": "beijing",
                     "amount": str(3000 + number % 997 + n)} for n in range(20)],
    })


def _child(root, ids, first, pipe):
    """Save in a loop; first report one save's duration (``T<seconds>\\n``), then one byte
    per completed save: the profile's index."""
    try:
        store = ProfileStore(root)
        started = time.perf_counter()
        store.save(ids[0], generation(first, 0))
        os.write(pipe, f"T{time.perf_counter() - started:.6f}\n".encode())
        os.write(pipe, b"0")
        number, start_at = first, 1
        while True:
            for which in range(start_at, len(ids)):
                store.save(ids[which], generation(number, which))
                os.write(pipe, str(which).encode())
            number, start_at = number + 1, 0
    finally:
        os._exit(0)


def _read_duration(reader) -> float:
    line = b""
    while not line.endswith(b"\n"):
        byte = reader.read(1)
        if not byte:
            raise AssertionError("the saving child died before it measured a save")
        line += byte
    return float(line[1:].decode())


def test_kill_while_saving(tmp_path, report):
    root = tmp_path / "data"
    with ProfileStore(root) as store:
        ids = [store.create(generation(0, which)) for which in range(PROFILES)]
    seen = {profile_id: 0 for profile_id in ids}
    rng = random.Random(20240601)
    lost = stale = mid_write = saves = reported = attempts = 0
    durations = []
    while mid_write < MID_WRITE_KILLS and attempts < MAX_ATTEMPTS:
        attempts += 1
        first = max(seen.values()) + 1
        temps_before = sum(name.endswith(".tmp") for name in os.listdir(root))
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:
            os.close(read_end)
            _child(root, ids, first, write_end)
        os.close(write_end)
        confirmed = {}  # profile id -> the generation the child reported saved
        with os.fdopen(read_end, "rb", buffering=0) as reader:
            duration = _read_duration(reader)
            durations.append(duration)
            number, which = first, -1
            for _ in range(1 + rng.randrange(PROFILES)):  # wait for that many saves
                byte = reader.read(1)
                assert byte, "the saving child died"
                which = int(byte)
                if which == 0 and confirmed:
                    number += 1
                confirmed[ids[which]] = number
                reported += 1
            time.sleep(rng.uniform(0.0, KILL_WINDOW_SAVES * duration))
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
        temps_after = sum(name.endswith(".tmp") for name in os.listdir(root))
        mid_write += temps_after > temps_before  # killed with a temp file half written
        check = ProfileStore(root)
        for which, profile_id in enumerate(ids):
            try:
                profile = check.load(profile_id)
            except StorageError:
                lost += 1
                continue
            found = int(profile.name.rsplit("gen", 1)[1])
            if profile != generation(found, which):
                lost += 1  # a mix of two saves
            elif found < max(seen[profile_id], confirmed.get(profile_id, 0)):
                stale += 1  # older than what was on disk, or than a save the child completed
            saves += max(0, found - seen[profile_id])
            seen[profile_id] = max(seen[profile_id], found)
        assert check.problems == []
    # the backups written on the way are whole too
    bad_backups = 0
    check = ProfileStore(root)
    for profile_id in ids:
        for entry in check.backups(profile_id):
            try:
                check.load_backup(profile_id, entry.id)
            except StorageError:
                bad_backups += 1
    durations.sort()
    report("kill attempts", attempts)
    report("kills that left a half-written temp file", mid_write)
    report("saves the killed children reported complete", reported)
    report("median measured save (ms)", f"{1000 * durations[len(durations) // 2]:.1f}")
    report("profile files lost or mixed", lost)
    report("profile files older than a completed save", stale)
    report("backups unreadable", bad_backups)
    assert lost == 0 and stale == 0 and bad_backups == 0
    assert reported >= attempts  # every child completed at least one save before its kill
    assert saves >= PROFILES  # the saves reached the files
    assert mid_write >= MID_WRITE_KILLS, f"only {mid_write} of {attempts} kills landed mid-write"
    # afterwards the program still works: a writer takes the dead child's lock
    with ProfileStore(root) as store:
        assert store.open(ids[0]).writable
        store.save(ids[0], generation(10**6, 0))
        assert store.list()[0].name.startswith("p0-gen")
