"""Draft history rows (issue 9, item 6): text typed into the history table that is not valid
yet is saved with the profile, never reaches the core, and leaves files without drafts as they
were (nothing migrated)."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from shebao_desktop.core.estimate import estimate
from shebao_desktop.core.profile import HistoryRow, Profile
from shebao_desktop.core.yearmonth import YearMonth
from shebao_desktop.storage import StorageError
from shebao_desktop.storage.codec import decode_profile, encode_profile
from shebao_desktop.storage.drafts import (DraftRow, ProfileWithDraft, left_out_positions,
                                           table_rows, with_table)
from shebao_desktop.storage.exchange import apply_import, import_history
from shebao_desktop.storage.profiles import ProfileStore

from .conftest import sample_profile


def drafted() -> Profile:
    profile = sample_profile()  # 2010, 2011, 2012
    rows = list(profile.history)
    return with_table(profile, [rows[0], {"period": "2013", "amount": "9,5oo"}, rows[1],
                                {"period": "20x4", "amount": "8000", "region": "上海"}, rows[2]])


def test_table_order_and_left_out_rows():
    profile = drafted()
    assert isinstance(profile, ProfileWithDraft)
    assert [r.period if isinstance(r, HistoryRow) else r.text("period") for r in table_rows(profile)] == [
        "2010", "2013", "2011", "20x4", "2012"]
    assert left_out_positions(profile) == [1, 3]
    assert [r.period for r in profile.history] == ["2010", "2011", "2012"]


def test_the_core_never_sees_draft_rows():
    plain, with_drafts = sample_profile(), drafted()
    as_of = YearMonth(2026, 1)
    assert estimate(with_drafts, as_of=as_of).pension == estimate(plain, as_of=as_of).pension


def test_no_drafts_gives_a_plain_profile_and_the_same_bytes():
    plain = sample_profile()
    again = with_table(plain, list(plain.history))
    assert type(again) is Profile and encode_profile(again) == encode_profile(plain)


def test_store_round_trip_keeps_drafts(tmp_path):
    with ProfileStore(tmp_path) as store:
        profile_id = store.create(drafted())
        loaded = store.load(profile_id)
        assert loaded == drafted()
        renamed = store.rename(profile_id, "renamed")
        assert renamed.name == "renamed" and left_out_positions(renamed) == [1, 3]
        raw = json.loads((tmp_path / f"{profile_id}.json").read_text())
        assert raw["history_draft"][0] == {"position": 1, "cells": {"period": "2013", "amount": "9,5oo"}}


def test_a_draft_with_an_unknown_cell_is_invalid():
    raw = json.loads(encode_profile(drafted()))
    raw["history_draft"][0]["cells"]["salary"] = "1"
    with pytest.raises(StorageError) as error:
        decode_profile(json.dumps(raw).encode())
    assert error.value.code == "INVALID"


def test_draft_text_is_kept_within_bounds():
    row = DraftRow.of(0, {"amount": "9" * 5000, "unknown": "x", "period": ""})
    assert row.cells == {"amount": "9" * 200}


def test_an_import_keeps_the_draft_rows(tmp_path):
    (tmp_path / "h.csv").write_text("费款所属期,缴费基数\n201103,9000\n")
    merged = apply_import(drafted(), import_history(tmp_path / "h.csv", region="beijing"))
    assert isinstance(merged, ProfileWithDraft) and len(left_out_positions(merged)) == 2
    assert Decimal("9000") in {r.amount for r in merged.history}


def test_an_import_before_the_draft_rows_keeps_them_after_their_rows(tmp_path):
    """Trial 6: months imported before a row left out left it between other months (its
    position counted from the top), where correcting it showed one month twice."""
    (tmp_path / "h.csv").write_text("费款所属期,缴费基数\n200806,9000\n200807,9000\n")
    merged = apply_import(drafted(), import_history(tmp_path / "h.csv", region="beijing"))
    assert [r.period if isinstance(r, HistoryRow) else r.text("period") for r in table_rows(merged)] == [
        "2008-06", "2008-07", "2010", "2013", "2011", "20x4", "2012"]
    assert left_out_positions(merged) == [3, 5]
