"""Old files are migrated as dicts before validation; each step is tested on a frozen fixture."""

from __future__ import annotations

import json
import shutil
from decimal import Decimal

import pytest

from shebao_desktop.core.profile import Profile
from shebao_desktop.storage import ProfileStore, StorageError
from shebao_desktop.storage.migrations import CURRENT_VERSION, STEPS, migrate

from .conftest import FIXTURES


def v0():
    return json.loads((FIXTURES / "profile-v0.json").read_text(encoding="utf-8"))


def test_current_version_is_the_models():
    assert CURRENT_VERSION == Profile.model_fields["schema_version"].default == 1
    assert sorted(STEPS) == list(range(CURRENT_VERSION))  # a step from every older version


def test_every_older_version_has_a_frozen_fixture():
    for version in STEPS:
        assert (FIXTURES / f"profile-v{version}.json").is_file()


def test_v0_fixture_migrates_wage_to_amount():
    raw = v0()
    assert "schema_version" not in raw and "wage" in raw["history"][0]
    migrated = migrate(raw)
    assert raw == v0()  # the input is not changed
    assert migrated["schema_version"] == 1
    assert [row["amount"] for row in migrated["history"]] == ["1200", "1500", "1800.50"]
    assert all("wage" not in row for row in migrated["history"])
    profile = Profile.model_validate(migrated)
    assert profile.history[2].amount == Decimal("1800.50") and profile.history[0].months == 6


def test_store_loads_v0_and_keeps_the_original_as_backup_on_save(tmp_path):
    with ProfileStore(tmp_path / "data") as store:
        shutil.copy(FIXTURES / "profile-v0.json", store.root / "old.json")
        original = (store.root / "old.json").read_bytes()
        profile = store.load("old")
        assert (store.root / "old.json").read_bytes() == original  # loading never writes
        store.save("old", profile)
        assert json.loads((store.root / "old.json").read_text())["schema_version"] == 1
        [backup] = store.backups("old")
        assert (store.root / "backups" / "old" / f"{backup.id}.json").read_bytes() == original


@pytest.mark.parametrize("version, code", [(2, "NEWER_VERSION"), (99, "NEWER_VERSION"), (-1, "INVALID"),
                                           ("1", "INVALID"), (True, "INVALID"), (1.5, "INVALID")])
def test_versions_refused(version, code):
    raw = v0()
    raw["schema_version"] = version
    with pytest.raises(StorageError) as error:
        migrate(raw)
    assert error.value.code == code


def test_current_file_passes_through_unchanged():
    raw = {"schema_version": 1, "birth": "1980-01", "gender": "male", "region": "beijing"}
    assert migrate(raw) == raw and migrate(raw) is not raw
