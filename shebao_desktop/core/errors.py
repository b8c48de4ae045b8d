"""Errors the core raises for bad input. ``field`` names the offending input; ``code`` lets a
GUI translate the message, ``detail`` is an English sentence for logs and the CLI."""

from __future__ import annotations


def first_error(exc: Exception) -> tuple[str, str]:
    """(where, message) of the first error of a ``ValidationError`` (:mod:`.checks`, shaped as
    pydantic's): ``where`` is the dotted field path (``history.0.amount``, empty for the whole
    model); other errors give ("", their text)."""
    errors = getattr(exc, "errors", None)
    if not callable(errors):
        return "", str(exc)
    found = errors(include_url=False, include_input=False)
    if not found:
        return "", str(exc)
    first = found[0]
    return ".".join(str(part) for part in first.get("loc", ())), str(first.get("msg", ""))


class ProfileError(ValueError):
    def __init__(self, field: str, code: str, detail: str, **params: str):
        super().__init__(f"{field}: {detail}")
        self.field = field
        self.code = code
        self.detail = detail
        self.params = params
