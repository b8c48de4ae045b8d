"""Profiles on disk (no Qt): see profiles.py for the layout, lock.py for two running copies,
migrations.py for old files and exchange.py for import and export.

The names below are imported when first asked for: ``storage.paths`` and ``storage.errors``
(the data-folder check the window runs before its first paint) must not pull in the profile
model and its validation."""

from __future__ import annotations

from importlib import import_module
from typing import Any

_WHERE = {"StorageError": "errors", "data_dir": "paths", "BackupEntry": "profiles",
          "Opened": "profiles", "ProfileEntry": "profiles", "ProfileStore": "profiles",
          "SetAside": "profiles"}

__all__ = ["BackupEntry", "Opened", "ProfileEntry", "ProfileStore", "SetAside", "StorageError",
           "data_dir"]


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f".{_WHERE[name]}", __name__), name)
    globals()[name] = value
    return value
