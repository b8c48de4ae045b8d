"""Profiles on disk (no Qt): see profiles.py for the layout, lock.py for two running copies,
migrations.py for old files and exchange.py for import and export."""

from .errors import StorageError
from .paths import data_dir
from .profiles import BackupEntry, Opened, ProfileEntry, ProfileStore, SetAside

__all__ = ["BackupEntry", "Opened", "ProfileEntry", "ProfileStore", "SetAside", "StorageError",
           "data_dir"]
