"""History rows the user typed or pasted that are not valid yet: kept with the profile so
nothing typed is lost, and kept away from the calculation.

A profile file may carry ``history_draft``: a list of ``DraftRow`` (the text of each cell of a
table row that did not parse, and the row's place in the table). The core never sees them:
``ProfileWithDraft`` is a ``Profile`` (the estimate reads ``history`` only) with that one field
added. A profile without draft rows is a plain ``Profile`` and its file is byte for byte what
it was before drafts existed, so nothing is migrated; the field is optional in version 1.

The table shows ``table_rows(profile)``: the valid rows and the draft rows merged by position.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Any, Literal, Mapping, Sequence, Union

from ..core.model import Field, Model
from ..core.profile import HistoryRow, Profile

#: the cells a history table row has, in table order
CELL_KEYS = ("period", "region", "amount", "amount_kind", "months", "employment")
CellKey = Literal["period", "region", "amount", "amount_kind", "months", "employment"]
MAX_DRAFT_ROWS = 2000
MAX_CELL_TEXT = 200


class DraftRow(Model):
    """One table row that is not a valid ``HistoryRow``: the text of its cells as typed."""

    #: the row's place in the table (0-based, counting valid and draft rows)
    position: int = Field(ge=0, le=2 * MAX_DRAFT_ROWS)
    cells: dict[CellKey, str] = Field(default_factory=dict)

    def text(self, key: str) -> str:
        return self.cells.get(key, "")  # type: ignore[call-overload]

    @classmethod
    def of(cls, position: int, cells: Mapping[str, Any]) -> "DraftRow":
        return cls(position=position, cells={key: str(value)[:MAX_CELL_TEXT]
                                             for key, value in cells.items()
                                             if key in CELL_KEYS and str(value) != ""})


class ProfileWithDraft(Profile):
    """A profile whose history table also holds rows that are not valid yet."""

    history_draft: list[DraftRow] = Field(default_factory=list, max_length=MAX_DRAFT_ROWS)


TableRow = Union[HistoryRow, DraftRow]


def draft_rows(profile: Profile) -> list[DraftRow]:
    return list(getattr(profile, "history_draft", ()) or ())


def table_rows(profile: Profile) -> list[TableRow]:
    """Valid and draft rows in table order (a draft row's position beyond the end, or taken
    twice, puts it after the rows before it)."""
    drafts = sorted(draft_rows(profile), key=lambda row: row.position)
    valid = profile.history
    if not drafts:
        return list(valid)
    out: list[TableRow] = []
    d = v = 0
    while d < len(drafts) or v < len(valid):
        if d < len(drafts) and (drafts[d].position <= len(out) or v == len(valid)):
            out.append(drafts[d])
            d += 1
        else:
            out.append(valid[v])
            v += 1
    return out


def drafts_kept(profile: Profile, history: Sequence[HistoryRow]) -> list[DraftRow]:
    """The profile's draft rows placed in a table whose valid rows are now ``history`` (in time
    order): each one after the rows that start no later than the valid row above it did, so
    rows added elsewhere (an import) do not leave it between other months (trial 6)."""
    kept: list[DraftRow] = []
    above = None  # the first month of the valid row above, in the old table
    starts = sorted(row.first_month for row in history)
    for row in table_rows(profile) if draft_rows(profile) else ():
        if isinstance(row, HistoryRow):
            above = row.first_month
            continue
        before = 0 if above is None else bisect_right(starts, above)
        kept.append(DraftRow(position=before + len(kept), cells=row.cells))
    return kept


def left_out_positions(profile: Profile) -> list[int]:
    """Table positions (0-based) of the rows held back from the calculation."""
    if not draft_rows(profile):
        return []
    return [n for n, row in enumerate(table_rows(profile)) if isinstance(row, DraftRow)]


def with_table(profile: Profile, rows: Sequence[Union[HistoryRow, Mapping[str, Any], DraftRow]]) -> Profile:
    """``profile`` with its history table replaced by ``rows`` (valid rows as ``HistoryRow``,
    others as cell texts). Raises ValueError (a ``ProfileError``, or a ``ValidationError`` when the
    profile changes kind) if the valid rows conflict; the message names the row the same
    way either way. Only the history is checked when the profile keeps its kind."""
    history: list[HistoryRow] = []
    drafts: list[DraftRow] = []
    for position, row in enumerate(rows):
        if isinstance(row, HistoryRow):
            history.append(row)
        elif isinstance(row, DraftRow):
            drafts.append(row if row.position == position else DraftRow(position=position, cells=row.cells))
        else:
            drafts.append(DraftRow.of(position, row))
    kind = ProfileWithDraft if drafts else Profile
    if type(profile) is kind and len(drafts) <= MAX_DRAFT_ROWS:  # the rows checked, not the rest
        fast = profile.with_history(history)
        return fast.model_copy(update={"history_draft": drafts}) if drafts else fast
    data = profile.model_dump()
    data.pop("history_draft", None)
    data["history"] = [row.model_dump() for row in history]
    if not drafts:
        return Profile.model_validate(data)
    data["history_draft"] = [row.model_dump() for row in drafts]
    return ProfileWithDraft.model_validate(data)


def profile_from_dict(data: Mapping[str, Any]) -> Profile:
    """Validate a current-version profile dict: a ``ProfileWithDraft`` only if it has draft
    rows (an empty ``history_draft`` is dropped)."""
    if data.get("history_draft"):
        return ProfileWithDraft.model_validate(data)
    if "history_draft" in data:
        data = {key: value for key, value in data.items() if key != "history_draft"}
    return Profile.model_validate(data)
