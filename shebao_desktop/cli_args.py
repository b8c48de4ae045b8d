"""The command line's input: the error it reports (one line naming the field, exit status
2), its argument parser, and the readers of months and numbers with their ranges."""

from __future__ import annotations

import argparse
import os
import sys
from decimal import Decimal, InvalidOperation
from typing import Any, Callable

from .core.person import MAX_BIRTH_YEAR, MIN_BIRTH_YEAR
from .core.yearmonth import YearMonth

EXIT_BAD_INPUT = 2


class InputError(Exception):
    """Bad input from the command line; ``field`` is the option or profile field."""

    def __init__(self, field: str, problem: str):
        super().__init__(f"{field}: {problem}")
        self.field, self.problem = field, problem


def _chinese() -> bool:
    lang = os.environ.get("LC_ALL") or os.environ.get("LC_MESSAGES") or os.environ.get("LANG", "")
    return lang.lower().startswith("zh")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, exit 2, no usage dump
        prefix = "输入有误" if _chinese() else "error"
        raise SystemExit(_fail(f"{prefix}: {message}"))


def _fail(line: str) -> int:
    print(f"shebao-desktop: {line}", file=sys.stderr)
    return EXIT_BAD_INPUT


# -- typed option readers -----------------------------------------------------------------
def _month(field: str) -> Callable[[str], YearMonth]:
    def read(text: str) -> YearMonth:
        try:
            return YearMonth.parse(text)
        except ValueError as exc:
            raise InputError(field, str(exc)) from None
    return read


def _birth(text: str) -> YearMonth:
    month = _month("--birth")(text)
    if not MIN_BIRTH_YEAR <= month.year <= MAX_BIRTH_YEAR:
        raise InputError("--birth", f"year must be {MIN_BIRTH_YEAR}-{MAX_BIRTH_YEAR}")
    return month


def _as_of(text: str) -> YearMonth:
    month = _month("--as-of")(text)
    if not 1990 <= month.year <= 2100:
        raise InputError("--as-of", "year must be 1990-2100")
    return month


def _decimal(field: str, low: Decimal, high: Decimal) -> Callable[[str], Decimal]:
    def read(text: str) -> Decimal:
        try:
            value = Decimal(text.strip().replace(",", ""))
        except InvalidOperation:
            raise InputError(field, f"'{text}' is not a number") from None
        if not value.is_finite() or not low <= value <= high:
            raise InputError(field, f"{text} is outside {low}-{high}")
        return value
    return read


def _wrap(reader: Callable[[str], Any]) -> Callable[[str], Any]:
    """argparse turns reader exceptions into its own message; keep ours (field + problem)."""
    def read(text: str) -> Any:
        try:
            return reader(text)
        except InputError as exc:
            raise argparse.ArgumentTypeError(exc.problem) from None
    read.__name__ = getattr(reader, "__name__", "value")
    return read
