"""Errors the core raises for bad input. ``field`` names the offending input; ``code`` lets a
GUI translate the message, ``detail`` is an English sentence for logs and the CLI."""

from __future__ import annotations


class ProfileError(ValueError):
    def __init__(self, field: str, code: str, detail: str, **params: str):
        super().__init__(f"{field}: {detail}")
        self.field = field
        self.code = code
        self.detail = detail
        self.params = params
