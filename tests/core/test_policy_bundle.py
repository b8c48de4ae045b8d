"""The pre-built policy bundle (core/policy/bundle.py): it holds exactly what the YAML loads to,
it is used only while current, and a stale, damaged or foreign bundle is passed over for the
YAML (and said in the log only). The pension command then runs without pydantic or PyYAML."""

from __future__ import annotations

import json
import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from shebao_desktop.core.policy import bundle
from shebao_desktop.core.policy.loader import NATIONAL, PolicyData, data_root, read_policy_data
from shebao_desktop.core.yearmonth import YearMonth

RATE = "national/pension/employee_rate.yaml"  # pension/employee_rate: 7% 2002, 8% from 2004


@pytest.fixture(scope="module")
def from_yaml() -> PolicyData:
    return read_policy_data()


@pytest.fixture()
def tree(tmp_path, monkeypatch) -> Path:
    """A copy of the packaged YAML, a cache folder of its own and no packaged bundle."""
    root = tmp_path / "data"
    shutil.copytree(str(data_root()), root)
    monkeypatch.setenv(bundle.CACHE_ENV, str(tmp_path / "cache"))
    monkeypatch.setattr(bundle, "PACKAGED", tmp_path / "no-packaged.bundle")
    return root


def _no_yaml(monkeypatch) -> None:
    from shebao_desktop.core.policy import yaml_reader

    def refuse(*_a, **_k):
        raise AssertionError("the YAML was read although the bundle is current")
    monkeypatch.setattr(yaml_reader, "read_policy_data", refuse)


def test_the_bundle_holds_every_record_value_and_reference_of_the_yaml(tmp_path, from_yaml):
    out = tmp_path / "policy-data.bundle"
    bundle.build(out)
    loaded, by_content = bundle.decode(out.read_bytes(), Path(str(data_root())),
                                       bundle.stamp(Path(str(data_root()))))
    assert not by_content
    assert loaded.regions == from_yaml.regions
    assert {r: sorted(f) for r, f in loaded.files.items()} == \
        {r: sorted(f) for r, f in from_yaml.files.items()}
    entries = 0
    for region, named in from_yaml.files.items():
        for name, pfile in named.items():
            mine = loaded.files[region][name]
            assert mine == pfile, (region, name)  # every field of the file and of its entries
            assert list(mine.values) == list(pfile.values)  # month order kept
            for month, entry in pfile.values.items():
                got = mine.values[month]
                if entry is None:
                    assert got is None
                    continue
                entries += 1
                assert (got.value, type(got.value), got.status, got.method, got.reference) == \
                    (entry.value, type(entry.value), entry.status, entry.method, entry.reference)
    assert entries > 500
    rate = loaded.files[NATIONAL]["pension/employee_rate"].values[YearMonth(2006, 1)]
    assert str(rate.value) == "0.08" and "国发" in rate.reference.number


def test_a_current_cached_bundle_is_used_and_the_yaml_not_read(tree, monkeypatch):
    expected = read_policy_data(tree)
    first = bundle.policy_data(tree)  # no bundle yet: the YAML, and the cache written
    assert first.files == expected.files
    assert bundle.cache_file(tree).is_file()
    _no_yaml(monkeypatch)
    assert bundle.policy_data(tree).files == expected.files


def test_a_changed_file_is_read_from_the_yaml_and_the_cache_rebuilt(tree, caplog):
    bundle.policy_data(tree)
    rate = tree / RATE
    rate.write_text(rate.read_text(encoding="utf-8").replace("value: 0.08", "value: 0.09", 1),
                    encoding="utf-8")
    with caplog.at_level(logging.INFO, logger=bundle.__name__):
        changed = bundle.policy_data(tree)
    values = changed.files[NATIONAL]["pension/employee_rate"].values
    assert str(values[YearMonth(2004, 1)].value) == "0.09"
    assert "changed since it was built" in caplog.text
    again, _ = bundle.decode(bundle.cache_file(tree).read_bytes(), tree, bundle.stamp(tree))
    assert again.files == changed.files  # the cache now holds the edited data


def test_new_times_with_the_same_bytes_are_checked_by_content(tree, monkeypatch):
    expected = bundle.policy_data(tree)
    for path in tree.rglob("*.yaml"):  # as after an install: same bytes, other times
        os.utime(path, (1_000_000_000, 1_000_000_000))
    _no_yaml(monkeypatch)
    assert bundle.policy_data(tree).files == expected.files


@pytest.mark.parametrize("damage", ["flip", "truncate", "garbage", "schema", "format"])
def test_a_damaged_or_foreign_bundle_is_passed_over_for_the_yaml(tree, damage, caplog):
    expected = bundle.policy_data(tree)
    cached = bundle.cache_file(tree)
    blob = cached.read_bytes()
    head, payload = bundle.header_of(blob)
    if damage == "flip":  # one byte of the pickled records changed
        middle = len(blob) - len(payload) // 2
        blob = blob[:middle] + bytes([blob[middle] ^ 0x01]) + blob[middle + 1:]
    elif damage == "truncate":
        blob = blob[: len(blob) - 1000]
    elif damage == "garbage":
        blob = b"\x00" * 100
    else:
        head = {**head, **({"schema": "Other(x)"} if damage == "schema" else {"format": 0})}
        text = json.dumps(head, sort_keys=True).encode()
        blob = bundle.MAGIC + f"{len(text)}\n".encode() + text + payload
    cached.write_bytes(blob)
    with caplog.at_level(logging.INFO, logger=bundle.__name__):
        data = bundle.policy_data(tree)
    assert data.files == expected.files and data.regions == expected.regions
    assert "passed over" in caplog.text


def test_the_packaged_copy_is_used_when_current_and_copied_to_the_cache(tree, monkeypatch):
    packaged = tree.parent / "policy-data.bundle"
    expected = bundle.build(packaged, tree)
    monkeypatch.setattr(bundle, "PACKAGED", packaged)
    for path in tree.rglob("*.yaml"):
        os.utime(path, (1_000_000_000, 1_000_000_000))
    _no_yaml(monkeypatch)
    assert bundle.policy_data(tree).files == expected.files
    assert bundle.cache_file(tree).is_file()  # checked by content once, then by stamp


def test_the_pension_command_runs_without_pydantic_or_yaml(tmp_path):
    """Once the bundle is built, the ``pension`` command imports neither (they are most of what a
    short command used to spend)."""
    code = (
        "import io, sys, contextlib\n"
        "from shebao_desktop.__main__ import main\n"
        "out = io.StringIO()\n"
        "with contextlib.redirect_stdout(out):\n"
        "    code = main(['pension', '--region', 'beijing', '--gender', 'male', '--birth',\n"
        "                 '1964-03', '--retire', '2024-03', '--years', '35',\n"
        "                 '--average-index', '1.2', '--account', '120000', '--format', 'json'])\n"
        "total = 'total' in __import__('json').loads(out.getvalue())\n"
        "print(code, 'pydantic' in sys.modules, 'yaml' in sys.modules, total)\n")
    env = dict(os.environ, **{bundle.CACHE_ENV: str(tmp_path / "cache")})
    runs = [subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                           check=True).stdout.split() for _ in range(2)]
    assert runs[0][0] == "0" and runs[0][3] == "True"  # the first run may build the cache
    assert runs[1] == ["0", "False", "False", "True"]


def test_equal_values_are_loaded_as_one_object_with_their_exact_text(tmp_path, from_yaml):
    """The bundle pickles equal texts, figures, months and references once (bundle.one_copy):
    loaded, each distinct one is one object; a Decimal keeps its own text (0.08 is not merged
    with 0.080) and every value is the YAML's."""
    out = tmp_path / "policy-data.bundle"
    bundle.build(out)
    loaded, _ = bundle.decode(out.read_bytes(), Path(str(data_root())),
                              bundle.stamp(Path(str(data_root()))))
    entries = [(region, name, month, entry) for region, named in loaded.files.items()
               for name, pfile in named.items() for month, entry in pfile.values.items()]
    references = [e.reference for *_, e in entries if e is not None and e.reference is not None]
    months = [month for _, _, month, _ in entries]
    assert len({id(r) for r in references}) == len(set(references)) < len(references)
    assert len({id(m) for m in months}) == len(set(months)) < len(months)
    texts = [r.title for r in references]
    assert len({id(t) for t in texts}) == len(set(texts))
    assert [(region, name, str(month), repr(entry)) for region, name, month, entry in entries] \
        == [(region, name, str(month), repr(entry)) for region, named in from_yaml.files.items()
            for name, pfile in named.items() for month, entry in pfile.values.items()]
    original = read_policy_data()
    copied = bundle.one_copy(original.files)
    assert copied == original.files and copied is not original.files  # a copy, the input kept


def test_bundles_of_other_install_folders_are_pruned_to_the_newest(tree):
    """Each folder the program runs from writes its own cached bundle; those of folders no
    longer used (an install moved) went on piling up (~0.4 MB each)."""
    folder = bundle.cache_file(tree).parent
    folder.mkdir(parents=True)
    old = [folder / f"policy-data-{n:012x}.bundle" for n in range(5)]
    for age, path in enumerate(old):  # 0 the newest of them, 4 the oldest
        path.write_bytes(b"stale")
        os.utime(path, (1_000_000_000 - age * 1000, 1_000_000_000 - age * 1000))
    unrelated = folder / "kept-estimate.bin"
    unrelated.write_bytes(b"other")
    bundle.policy_data(tree)  # no current bundle here: the YAML read, its bundle written
    left = sorted(p.name for p in folder.glob("policy-data-*.bundle"))
    assert left == sorted([bundle.cache_file(tree).name] + [p.name for p in old[:bundle.KEPT_BUNDLES - 1]])
    assert unrelated.read_bytes() == b"other"
    bundle.policy_data(tree)  # current: nothing written, nothing removed
    assert sorted(p.name for p in folder.glob("policy-data-*.bundle")) == left
