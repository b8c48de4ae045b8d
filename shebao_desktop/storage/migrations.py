"""Profile files from older program versions, brought up to date as plain dicts before
validation (the napari way: the model only ever sees the current layout).

Each step is a function ``dict -> dict`` registered for the version it reads; it returns the
dict of the next version (with ``schema_version`` set). ``migrate`` runs the chain. A file
with a version newer than ``CURRENT_VERSION`` is refused (``NEWER_VERSION``) and never written
back by this program. Every step has a frozen fixture file under ``tests/storage/fixtures``.

Versions:
- 0: the pre-release layout: no ``schema_version`` key, history rows carry ``wage`` where
  version 1 has ``amount``.
- 1: the current ``core.profile.Profile``.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any, Callable, Optional, get_args

from ..core.profile import Profile
from .errors import INVALID, NEWER_VERSION, StorageError

Step = Callable[[dict], dict]

#: the version the program writes, taken from the model so the two cannot drift apart
CURRENT_VERSION: int = get_args(Profile.model_fields["schema_version"].annotation)[0]

#: from-version -> the step producing from-version + 1
STEPS: dict[int, Step] = {}


def step(from_version: int) -> Callable[[Step], Step]:
    """Register ``function`` as the migration from ``from_version`` to the next version."""
    def register(function: Step) -> Step:
        if from_version in STEPS:
            raise ValueError(f"two migrations from version {from_version}")
        STEPS[from_version] = function
        return function
    return register


def version_of(raw: dict, path: Optional[Path] = None) -> int:
    """The file's ``schema_version`` (0 when absent: the pre-release layout)."""
    version: Any = raw.get("schema_version", 0)
    if isinstance(version, bool) or not isinstance(version, int) or version < 0:
        raise StorageError(INVALID, path, f"schema_version must be a whole number, not {version!r:.40}")
    return version


def migrate(raw: dict, path: Optional[Path] = None) -> dict:
    """Return ``raw`` brought to ``CURRENT_VERSION`` (a new dict; ``raw`` is not changed).

    Raises ``StorageError``: NEWER_VERSION for a file of a later program, INVALID when the
    version is not a whole number or no step reads it."""
    if not isinstance(raw, dict):
        raise StorageError(INVALID, path, "a profile must be a JSON object")
    version = version_of(raw, path)
    if version > CURRENT_VERSION:
        raise StorageError(NEWER_VERSION, path,
                           f"written by a newer program (schema version {version}; this program "
                           f"reads up to {CURRENT_VERSION})",
                           version=str(version), supported=str(CURRENT_VERSION))
    data = copy.deepcopy(raw)
    while version < CURRENT_VERSION:
        function = STEPS.get(version)
        if function is None:
            raise StorageError(INVALID, path, f"no migration from schema version {version}")
        data = function(data)
        following = data.get("schema_version")
        if following != version + 1:  # a broken step is a bug, not a user error
            raise AssertionError(f"migration from {version} produced version {following!r}")
        version = following
    return data


@step(0)
def _v0_to_v1(data: dict) -> dict:
    """History rows: ``wage`` -> ``amount``; add ``schema_version``."""
    history = data.get("history")
    if isinstance(history, list):
        for row in history:
            if isinstance(row, dict) and "wage" in row and "amount" not in row:
                row["amount"] = row.pop("wage")
    data["schema_version"] = 1
    return data
