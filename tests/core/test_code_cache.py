"""Issue 10: the profile models' checkers are compiled once and kept between runs
(``core/code_cache.py``): a second run compiles nothing and checks exactly as the first."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from shebao_desktop.core import code_cache

RUN = r'''
import json, sys
from shebao_desktop.core import code_cache
from shebao_desktop.core.profile import Profile
from shebao_desktop.core.checks import ValidationError
good = json.loads(open(sys.argv[1], encoding="utf-8").read())
bad = json.loads(open(sys.argv[1], encoding="utf-8").read())
bad["birth"] = "1988-13"
bad["history"][0]["amount"] = "12a00"
try:
    Profile.model_validate(bad)
    errors = None
except ValidationError as exc:
    errors = [[list(map(str, e["loc"])), e["type"], e["msg"]] for e in exc.errors()]
print(json.dumps({"compiled": code_cache.compiled,
                  "dump": Profile.model_validate(good).model_dump(mode="json"),
                  "errors": errors}))
'''


def _run(cache, example) -> dict:
    env = dict(os.environ, SHEBAO_CACHE_DIR=str(cache))
    done = subprocess.run([sys.executable, "-c", RUN, str(example)], env=env,
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def _example(tmp_path):
    from pathlib import Path
    data = json.loads((Path(__file__).parents[2] / "examples" / "profile-beijing.json")
                      .read_text(encoding="utf-8"))
    path = tmp_path / "example.json"
    path.write_text(json.dumps(data.get("profile", data), ensure_ascii=False), encoding="utf-8")
    return path


def test_a_second_run_compiles_nothing_and_checks_the_same(tmp_path):
    example = _example(tmp_path)
    first = _run(tmp_path / "cache", example)
    assert first["compiled"] >= 3  # the checkers of the models used, the first time
    assert first["errors"] and {e[0][0] for e in first["errors"]} >= {"birth", "history"}
    kept = list((tmp_path / "cache").glob("checkers-*.marshal"))
    assert len(kept) == 1 and kept[0].stat().st_size > 0
    second = _run(tmp_path / "cache", example)
    assert second["compiled"] == 0
    assert second["dump"] == first["dump"] and second["errors"] == first["errors"]


def test_a_damaged_cache_file_is_compiled_again_and_rewritten(tmp_path):
    example = _example(tmp_path)
    first = _run(tmp_path / "cache", example)
    path = next((tmp_path / "cache").glob("checkers-*.marshal"))
    path.write_bytes(b"\x00not marshal" * 50)
    damaged = _run(tmp_path / "cache", example)
    assert damaged["compiled"] == first["compiled"]
    assert damaged["dump"] == first["dump"] and damaged["errors"] == first["errors"]
    assert _run(tmp_path / "cache", example)["compiled"] == 0  # rewritten whole at exit


def test_another_source_under_the_same_name_gets_its_own_code(tmp_path, monkeypatch):
    monkeypatch.setenv("SHEBAO_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(code_cache, "_known", None)
    monkeypatch.setattr(code_cache, "_new", {})
    one = code_cache.code_of("x = 1", "<checker T>")
    two = code_cache.code_of("x = 2", "<checker T>")
    assert one is not two
    scope_one, scope_two = {}, {}
    exec(one, scope_one)  # noqa: S102
    exec(two, scope_two)  # noqa: S102
    assert (scope_one["x"], scope_two["x"]) == (1, 2)
    code_cache.save()
    monkeypatch.setattr(code_cache, "_known", None)
    before = code_cache.compiled
    assert code_cache.code_of("x = 2", "<checker T>").co_consts == two.co_consts
    assert code_cache.compiled == before  # read back from the file
