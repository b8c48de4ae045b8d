"""Messages for the storage layer's errors in the window's language (``presentation``)."""

from __future__ import annotations

from ..presentation.messages import storage_text
from .i18n import catalogue_language


def storage_message(problem) -> str:
    """A StorageError, or a set-aside record, as one sentence."""
    return storage_text(problem, catalogue_language())
