"""An edit of the history table checks the history, not the whole profile (issue 10): the
profile ``with_table`` gives is the one a full validation of the same content gives, and a row
the profile refuses is refused with the same error, naming the same row."""

from __future__ import annotations

from decimal import Decimal

import pytest

from shebao_desktop.core.errors import ProfileError
from shebao_desktop.core.profile import HistoryRow, Profile
from shebao_desktop.presentation.messages import error_text
from shebao_desktop.storage.drafts import ProfileWithDraft, with_table

from .conftest import sample_profile


def validated(profile: Profile, rows) -> Profile:
    """What validating the whole profile with this table gives (the reference)."""
    kind = type(profile)
    data = profile.model_dump()
    data["history"] = [row.model_dump() for row in rows]
    return kind.model_validate(data)


def test_an_edited_amount_gives_the_profile_a_full_validation_gives():
    profile = sample_profile()  # 2010, 2011, 2012
    rows = list(profile.history)
    rows[1] = rows[1].model_copy(update={"amount": Decimal("12345.67")})
    fast = with_table(profile, rows)
    assert type(fast) is Profile
    assert fast == validated(profile, rows)
    assert fast.model_dump() == validated(profile, rows).model_dump()
    assert fast.history[1].amount == Decimal("12345.67") and fast.name == profile.name


def test_draft_rows_keep_their_place_and_kind():
    profile = sample_profile()
    rows = list(profile.history)
    drafted = with_table(profile, [rows[0], {"period": "20x1", "amount": "1"}, rows[1], rows[2]])
    assert isinstance(drafted, ProfileWithDraft)
    edited = with_table(drafted, [rows[0], {"period": "20x1", "amount": "2"}, rows[1], rows[2]])
    assert type(edited) is ProfileWithDraft
    assert [(d.position, d.cells["amount"]) for d in edited.history_draft] == [(1, "2")]
    assert edited == ProfileWithDraft.model_validate(edited.model_dump())
    plain = with_table(edited, rows)  # the draft row deleted: a plain profile again
    assert type(plain) is Profile and plain == sample_profile()


@pytest.mark.parametrize("period, code", [("2011", "MONTH_IN_TWO_ROWS"),
                                          ("1960", "PERIOD_BEFORE_AGE_14")])
def test_a_refused_row_is_refused_as_a_full_validation_refuses_it(period, code):
    profile = sample_profile()
    rows = list(profile.history) + [HistoryRow(period=period, region=profile.region,
                                               amount=Decimal("5000"))]
    with pytest.raises(ValueError) as full:
        validated(profile, rows)
    with pytest.raises(ProfileError) as fast:
        with_table(profile, rows)
    assert fast.value.code == code
    assert fast.value.field == "history.3.period"
    # the table reads the row number and the reason from the message; the user sees the same
    assert str(fast.value) in str(full.value)
    assert error_text(fast.value, "zh") == error_text(full.value, "zh")
    assert error_text(fast.value, "en") == error_text(full.value, "en")


def test_a_period_edited_in_place_is_checked_again():
    """Only rows that keep their periods and month counts skip the history checks."""
    profile = sample_profile()
    rows = list(profile.history)
    rows[2] = HistoryRow(period="2010-05", region=profile.region, amount=rows[2].amount)
    with pytest.raises(ProfileError) as fast:
        with_table(profile, rows)
    assert fast.value.code == "MONTH_IN_TWO_ROWS" and fast.value.field == "history.2.period"
    rows[2] = HistoryRow(period="2013", region=profile.region, amount=rows[2].amount)  # accepted
    assert with_table(profile, rows) == validated(profile, rows)
