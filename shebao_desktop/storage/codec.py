"""Profile bytes <-> ``Profile``: the one place a profile file's content is judged.

Decoding refuses, with a ``StorageError``: files over ``MAX_PROFILE_BYTES`` (TOO_LARGE), bytes
that are not UTF-8 (UNREADABLE), text that is not JSON or is nested absurdly deep, NaN/Infinity
or numbers too long to read (INVALID), a newer schema (NEWER_VERSION), data the model
rejects (INVALID, naming the first field), and a region the policy data does not have
(UNKNOWN_REGION: such a profile cannot be estimated). Numbers are read as ``Decimal``, never
float. ``params`` carry ``field`` and ``problem`` (and ``region``) for one-line messages.
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any, Optional

from ..core.checks import ValidationError
from ..core.errors import ProfileError, first_error
from ..core.policy.loader import default_policy_data
from ..core.profile import Profile
from .drafts import profile_from_dict
from .errors import INVALID, TOO_LARGE, UNKNOWN_FORMAT, UNKNOWN_REGION, UNREADABLE, StorageError
from .migrations import migrate

MAX_PROFILE_BYTES = 5 * 1024 * 1024
#: a profile is 4 levels deep; anything past this is hostile or broken
MAX_DEPTH = 32


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number a profile can hold")


def _depth_ok(value: Any, limit: int) -> bool:
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if depth > limit:
            return False
        if isinstance(item, dict):
            stack.extend((child, depth + 1) for child in item.values())
        elif isinstance(item, list):
            stack.extend((child, depth + 1) for child in item)
    return True


def parse_json(data: bytes, path: Optional[Path] = None) -> Any:
    """Bytes -> JSON value with Decimal numbers; StorageError for anything else."""
    if len(data) > MAX_PROFILE_BYTES:
        raise StorageError(TOO_LARGE, path, f"{len(data)} bytes; the limit is {MAX_PROFILE_BYTES}",
                           size=str(len(data)), limit=str(MAX_PROFILE_BYTES))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise StorageError(UNREADABLE, path, f"not UTF-8 text (byte {exc.start})") from None
    try:
        value = json.loads(text, parse_float=Decimal, parse_constant=_no_constant)
    except RecursionError:
        raise StorageError(INVALID, path, "JSON nested too deeply") from None
    except ValueError as exc:  # JSONDecodeError, huge integers, NaN
        raise StorageError(INVALID, path, f"not valid JSON: {str(exc)[:200]}") from None
    if not _depth_ok(value, MAX_DEPTH):
        raise StorageError(INVALID, path, "JSON nested too deeply")
    return value


def _first_error(exc: ValidationError) -> str:
    errors = exc.errors(include_url=False, include_input=False)
    if not errors:
        return "invalid profile"
    first = errors[0]
    where = ".".join(str(part) for part in first.get("loc", ())) or "profile"
    more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
    return f"{where}: {first.get('msg', 'invalid')}"[:300] + more


def _cause(exc: ValidationError) -> dict[str, str]:
    """The code (and its parameters) of the profile check that failed, for the message
    catalogue: ``cause`` is a ProfileError code, or INVALID_VALUE naming the field."""
    errors = exc.errors(include_url=False, include_input=False)
    if not errors:
        return {}
    cause = (errors[0].get("ctx") or {}).get("error")
    if isinstance(cause, ProfileError):
        return {**{k: str(v) for k, v in cause.params.items()}, "cause": cause.code}
    return {"cause": "INVALID_VALUE"}


def row_problems(exc: ValidationError, raw: Any) -> list[dict[str, str]]:
    """Each wrong record of the history (trial 16: a file with "85OO" and "2019-13" was refused
    as "“金额”的值无效" alone): its number (from 1), its period as written, and why, in the words
    of an imported table's cell (import_cells: the letter O for the digit 0, a month 13) where
    the cell says it, else the profile check's code; ``code`` and its parameters, for the
    catalogue's IMPORT_ROW."""
    from .import_cells import Reject, not_an_amount, read_period
    rows = raw.get("history") if isinstance(raw, dict) else None
    out: list[dict[str, str]] = []
    for error in exc.errors(include_url=False, include_input=True):
        loc = error.get("loc", ())
        if len(loc) < 2 or loc[0] != "history" or not isinstance(loc[1], int):
            continue
        row = rows[loc[1]] if isinstance(rows, list) and loc[1] < len(rows) else None
        period = str(row.get("period", ""))[:20] if isinstance(row, dict) else ""
        field = loc[2] if len(loc) > 2 else None
        found: dict[str, str] = {}
        if field == "amount" and not isinstance(error.get("input"), (dict, list)):
            reject = not_an_amount(str(error.get("input")))
            found = {"code": reject.code, **reject.params}
        elif field in (None, "period") and period:
            try:
                read_period(period)
            except Reject as reject:
                found = {"code": reject.code, **reject.params}
        if not found:
            cause = (error.get("ctx") or {}).get("error")
            found = {**{k: str(v) for k, v in cause.params.items()}, "code": cause.code} \
                if isinstance(cause, ProfileError) else \
                {"code": "INVALID_VALUE", "field": ".".join(str(part) for part in loc[2:]) or "history"}
        out.append({"row": str(loc[1] + 1), "period": period or "-", **found})
    return out


def check_regions(profile: Profile, path: Optional[Path] = None) -> Profile:
    """``profile`` if the policy data knows its region and every history row's region, else
    UNKNOWN_REGION naming the first unknown one (a profile from a newer program, or edited)."""
    known = default_policy_data().regions
    places = [("region", profile.region)]
    places += [(f"history.{number}.region", row.region) for number, row in enumerate(profile.history)]
    for field, region in places:
        if region not in known:
            raise StorageError(UNKNOWN_REGION, path, f"{field}: unknown region {region[:40]!r}",
                               field=field, problem=f"unknown region {region[:40]!r}",
                               region=region[:40])
    return profile


def validate(raw: Any, path: Optional[Path] = None) -> Profile:
    """A JSON value (any version) -> ``Profile``, migrated and validated."""
    if not isinstance(raw, dict):
        raise StorageError(INVALID, path, "a profile must be a JSON object")
    current = migrate(raw, path)
    try:
        profile = profile_from_dict(current)
    except ValidationError as exc:
        where, problem = first_error(exc)
        error = StorageError(INVALID, path, _first_error(exc), field=where or "profile",
                             problem=problem[:300], **_cause(exc))
        error.problems = row_problems(exc, current)
        raise error from None
    except (ValueError, TypeError, ArithmeticError, RecursionError) as exc:
        raise StorageError(INVALID, path, f"invalid profile: {str(exc)[:200]}") from None
    return check_regions(profile, path)


def decode_profile(data: bytes, path: Optional[Path] = None) -> Profile:
    return validate(parse_json(data, path), path)


def looks_like_profile(value: Any) -> bool:
    """Whether a JSON value was meant as a profile (to tell UNKNOWN_FORMAT from INVALID)."""
    return isinstance(value, dict) and bool({"schema_version", "birth", "history"} & value.keys())


def decode_import(data: bytes, path: Optional[Path] = None) -> Profile:
    """Like ``decode_profile`` but a file that is not a profile at all is UNKNOWN_FORMAT."""
    if len(data) <= MAX_PROFILE_BYTES and not data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{"):
        raise StorageError(UNKNOWN_FORMAT, path, "not a shebao-desktop profile (JSON object expected)")
    value = parse_json(data, path)
    if not looks_like_profile(value):
        raise StorageError(UNKNOWN_FORMAT, path, "not a shebao-desktop profile")
    return validate(value, path)


def encode_profile(profile: Profile) -> bytes:
    """The file content of ``profile``: UTF-8 JSON, Decimals as strings, a final newline. The
    last profile encoded is remembered (a profile never changes: an edit makes a new one): at
    close the window saves it and then compares the file with it (kept_estimate), ~6 ms each."""
    last = _last_encoded
    if last and last[0] is profile:
        return last[1]
    data = profile.model_dump_json(indent=2).encode("utf-8") + b"\n"
    _last_encoded[:] = [profile, data]
    return data


_last_encoded: list = []


def read_version(data: bytes) -> Optional[int]:
    """The schema version in a file's bytes, or ``None`` if they cannot be read as a profile."""
    try:
        value = json.loads(data.decode("utf-8-sig"), parse_float=Decimal, parse_constant=_no_constant)
    except (ValueError, RecursionError):
        return None
    if not isinstance(value, dict):
        return None
    version = value.get("schema_version", 0)
    return version if isinstance(version, int) and not isinstance(version, bool) else None
