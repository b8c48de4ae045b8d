"""Strict checks of input against a model's field types, the way pydantic checked the profile:
the errors, and the checkers of single values (:mod:`.check_build` the containers, and one
checker from a field's annotation).

:mod:`.model` builds, from each field's annotation, one checker: a function that returns the
value the field holds (``"5000"`` -> ``Decimal("5000")``) or raises :class:`Fail` with the
errors found. The rules are pydantic 2's lax mode for the types the profile uses (``Decimal``
with ``ge``/``le``/``max_digits``/``decimal_places``, ``int``, ``str`` with lengths and a
pattern, ``bool``, ``Literal``, ``Optional``, a left-to-right ``Union``, ``list`` with
``max_length``, ``dict``, nested models, and ``YearMonth``), and so are the errors: the same
``type`` codes, ``loc``, ``msg``, ``ctx`` and ``input`` (:class:`ValidationError`), which the
message catalogue and the storage layer read. ``tests/core/test_profile_dumps.py`` pins them
against what pydantic gave.
"""

from __future__ import annotations

import math
import re
from decimal import Decimal, InvalidOperation
from typing import Any, Callable, Optional

from .yearmonth import YearMonth

_MAX_PRECISION = 28  # Decimal's default context: normalize() rounds past it, as pydantic saw


class LineError:
    """One error: where (``loc``, from the model down), its code, its message, the input."""

    __slots__ = ("type", "loc", "msg", "input", "ctx")

    def __init__(self, type_: str, msg: str, value: Any, ctx: Optional[dict] = None,
                 loc: tuple = ()):
        self.type, self.loc, self.msg, self.input, self.ctx = type_, loc, msg, value, ctx


class Fail(Exception):
    """Raised by a checker: the errors under the value it was given."""

    def __init__(self, errors: list[LineError]):
        self.errors = errors


def fail(type_: str, msg: str, value: Any, ctx: Optional[dict] = None) -> Fail:
    return Fail([LineError(type_, msg, value, ctx)])


def under(key: Any, errors: list[LineError]) -> list[LineError]:
    """``errors`` moved one level down, under ``key``."""
    for error in errors:
        error.loc = (key,) + error.loc
    return errors


class ValidationError(ValueError):
    """Input a model refuses, with every error found (as pydantic's ``ValidationError``:
    ``errors()`` gives dicts of ``type``, ``loc``, ``msg``, ``input`` and ``ctx``)."""

    def __init__(self, title: str, errors: list[LineError]):
        super().__init__(title)
        self.title = title
        self._errors = errors

    def errors(self, *, include_url: bool = True, include_context: bool = True,
               include_input: bool = True) -> list[dict[str, Any]]:
        out = []
        for error in self._errors:
            item: dict[str, Any] = {"type": error.type, "loc": error.loc, "msg": error.msg}
            if include_input:
                item["input"] = error.input
            if include_context and error.ctx is not None:
                item["ctx"] = dict(error.ctx)
            out.append(item)
        return out

    def error_count(self) -> int:
        return len(self._errors)

    def __str__(self) -> str:
        count = len(self._errors)
        lines = [f"{count} validation error{'s' if count != 1 else ''} for {self.title}"]
        for error in self._errors:
            if error.loc:
                lines.append(".".join(str(part) for part in error.loc))
            shown = repr(error.input)
            if len(shown) > 50:
                shown = shown[:25] + "..." + shown[-24:]
            lines.append(f"  {error.msg} [type={error.type}, input_value={shown}, "
                         f"input_type={type(error.input).__name__}]")
        return "\n".join(lines)

    def __repr__(self) -> str:
        return str(self)


def validator_error(exc: Exception, given: Any) -> Fail:
    """A validator's ValueError or AssertionError as the error of what it checked (pydantic's
    ``value_error`` / ``assertion_error``, the exception in ``ctx``); ``given`` is the input."""
    if isinstance(exc, AssertionError):
        return fail("assertion_error", f"Assertion failed, {exc}", given, {"error": exc})
    return fail("value_error", f"Value error, {exc}", given, {"error": exc})


def call_validator(check: Callable[[Any], Any], value: Any, given: Any) -> Any:
    """``check(value)``, its ValueError or AssertionError raised as :func:`validator_error`."""
    try:
        return check(value)
    except (ValueError, AssertionError) as exc:
        raise validator_error(exc, given) from None


# -- scalars -----------------------------------------------------------------------------------

def _bound(value: Any) -> Decimal:
    return value if isinstance(value, Decimal) else Decimal(str(value))


def decimal_checker(ge: Any = None, le: Any = None, max_digits: Optional[int] = None,
                    decimal_places: Optional[int] = None, **_: Any) -> Callable[[Any], Decimal]:
    low = None if ge is None else _bound(ge)
    high = None if le is None else _bound(le)
    digits_checked = max_digits is not None or decimal_places is not None
    whole = None if max_digits is None or decimal_places is None else max_digits - decimal_places
    #: with both limits, a number under 10**whole that is whole in hundredths (places 2) fits
    #: both, and telling so takes 3 C calls instead of as_tuple (a named tuple made in Python)
    quick = whole is not None

    def check(value: Any) -> Decimal:
        kind = type(value)
        if kind is str:
            try:
                number = Decimal(value)
            except InvalidOperation:
                raise fail("decimal_parsing", "Input should be a valid decimal", value) from None
        elif kind is Decimal:
            number = value
        elif kind is int:
            number = Decimal(value)
        elif kind is float:
            number = Decimal(str(value))
        else:
            number = _other_decimal(value)
        if not number.is_finite():
            raise fail("finite_number", "Input should be a finite number", value)
        digits_fit = False
        if quick and number.adjusted() < whole:  # type: ignore[operator]
            scaled = number.scaleb(decimal_places)  # type: ignore[arg-type]
            if scaled == scaled.to_integral_value():  # digits and places fit: nothing to count
                digits_fit = True
        if digits_checked and not digits_fit:
            _, figures, exponent = number.as_tuple()
            if len(figures) > _MAX_PRECISION or (exponent < 0 and figures[-1] == 0) or \
                    figures[0] == 0:  # type: ignore[operator]
                _, figures, exponent = number.normalize().as_tuple()
            if exponent >= 0:  # type: ignore[operator]
                digits, places = len(figures) + exponent, 0  # type: ignore[operator]
            else:
                places = -exponent  # type: ignore[operator]
                digits = max(len(figures), places)
            if max_digits is not None and digits > max_digits:
                raise fail("decimal_max_digits", f"Decimal input should have no more than "
                           f"{max_digits} digit{'s' if max_digits != 1 else ''} in total", value,
                           {"max_digits": max_digits})
            if decimal_places is not None and places > decimal_places:
                raise fail("decimal_max_places", f"Decimal input should have no more than "
                           f"{decimal_places} decimal place{'s' if decimal_places != 1 else ''}",
                           value, {"decimal_places": decimal_places})
            if whole is not None and digits - places > whole:
                raise fail("decimal_whole_digits", f"Decimal input should have no more than "
                           f"{whole} digit{'s' if whole != 1 else ''} before the decimal point",
                           value, {"whole_digits": whole})
        return within(number, low, high, value)
    return check


def within(number: Any, ge: Any, le: Any, value: Any) -> Any:
    """``number`` if it is within the bounds (None: no bound), else pydantic's error for them."""
    if ge is not None and not number >= ge:
        raise fail("greater_than_equal", f"Input should be greater than or equal to {ge}",
                   value, {"ge": ge})
    if le is not None and not number <= le:
        raise fail("less_than_equal", f"Input should be less than or equal to {le}",
                   value, {"le": le})
    return number


def _other_decimal(value: Any) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, (Decimal, int, float, str)):
        raise fail("decimal_type", "Decimal input should be an integer, float, string or Decimal "
                   "object", value)
    if isinstance(value, Decimal):
        return Decimal(value)
    if isinstance(value, int):
        return Decimal(int(value))
    if isinstance(value, float):
        return Decimal(str(float(value)))
    try:
        return Decimal(str(value))
    except InvalidOperation:
        raise fail("decimal_parsing", "Input should be a valid decimal", value) from None


_INT_TEXT = re.compile(r"[+-]?[0-9]+(?:_[0-9]+)*(?:\.0+)?")


def int_checker(ge: Any = None, le: Any = None, **_: Any) -> Callable[[Any], int]:
    def check(value: Any) -> int:
        kind = type(value)
        if kind is int:
            number = value
        elif kind is bool:
            number = int(value)
        elif isinstance(value, (str, bytes, bytearray)):
            text = value.decode("utf-8", "replace") if not isinstance(value, str) else value
            text = text.strip()
            if not _INT_TEXT.fullmatch(text):
                raise fail("int_parsing", "Input should be a valid integer, unable to parse "
                           "string as an integer", value)
            number = int(text.split(".")[0])
        elif isinstance(value, (float, Decimal)):
            if not _finite(value):
                raise fail("finite_number", "Input should be a finite number", value)
            if value != int(value):
                raise fail("int_from_float", "Input should be a valid integer, got a number with "
                           "a fractional part", value)
            if isinstance(value, float) and abs(value) >= 2 ** 63:
                raise fail("int_parsing_size", "Unable to parse input string as an integer, "
                           "exceeded maximum size", value)
            number = int(value)
        elif isinstance(value, int):
            number = int(value)
        else:
            raise fail("int_type", "Input should be a valid integer", value)
        return within(number, ge, le, value)
    return check


def str_checker(min_length: Optional[int] = None, max_length: Optional[int] = None,
                pattern: Optional[str] = None, **_: Any) -> Callable[[Any], str]:
    compiled = re.compile(pattern) if pattern is not None else None

    def check(given: Any) -> str:
        value = given
        if type(value) is not str:
            value = _other_str(value)
        elif not value.isascii():
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:
                raise fail("string_unicode", "Input should be a valid string, unable to parse "
                           "raw data as a unicode string", value) from None
        if min_length is not None and len(value) < min_length:
            raise fail("string_too_short", f"String should have at least {min_length} "
                       f"character{'s' if min_length != 1 else ''}", given,
                       {"min_length": min_length})
        if max_length is not None and len(value) > max_length:
            raise fail("string_too_long", f"String should have at most {max_length} "
                       f"character{'s' if max_length != 1 else ''}", given,
                       {"max_length": max_length})
        if compiled is not None:
            found = compiled.match(value)  # a pattern's $ ends the text (no final newline)
            if found is None or found.end() != len(value):
                raise fail("string_pattern_mismatch", f"String should match pattern '{pattern}'",
                           given, {"pattern": pattern})
        return value
    return check


def _other_str(value: Any) -> str:
    if isinstance(value, str):
        return str(value)
    if isinstance(value, (bytes, bytearray)):
        try:
            return bytes(value).decode("utf-8")
        except UnicodeDecodeError:
            raise fail("string_unicode", "Input should be a valid string, unable to parse raw "
                       "data as a unicode string", value) from None
    raise fail("string_type", "Input should be a valid string", value)


def _finite(value: Any) -> bool:
    """Whether a number is finite (a signalling NaN compared raises: never compared here)."""
    if isinstance(value, Decimal):
        return value.is_finite()
    return not isinstance(value, float) or math.isfinite(value)


_TRUE = {"1", "on", "t", "true", "y", "yes"}
_FALSE = {"0", "off", "f", "false", "n", "no"}


def check_bool(value: Any) -> bool:
    if value is True or value is False:
        return value
    if isinstance(value, (str, bytes)):
        word = value.decode("utf-8", "replace") if isinstance(value, bytes) else value
        word = word.lower()
        if word in _TRUE:
            return True
        if word in _FALSE:
            return False
        raise fail("bool_parsing", "Input should be a valid boolean, unable to interpret input",
                   value)
    number: Any = float(value) if isinstance(value, Decimal) and _finite(value) else value
    if isinstance(number, float) and _finite(number) and number == int(number) \
            and -2 ** 63 <= number < 2 ** 63:  # a Decimal read as a float first, as pydantic
        number = int(number)
    elif isinstance(value, int) and -2 ** 63 <= value < 2 ** 63:
        number = value
    else:
        raise fail("bool_type", "Input should be a valid boolean", value)
    if number in (0, 1):
        return number == 1
    raise fail("bool_parsing", "Input should be a valid boolean, unable to interpret input", value)


def literal_checker(choices: tuple) -> Callable[[Any], Any]:
    shown = [repr(choice) for choice in choices]
    expected = shown[0] if len(shown) == 1 else f"{', '.join(shown[:-1])} or {shown[-1]}"
    texts = {choice for choice in choices if isinstance(choice, str)}
    numbers = [choice for choice in choices if isinstance(choice, int) and not isinstance(choice, bool)]

    def check(value: Any) -> Any:
        if type(value) is str:
            if value in texts:
                return value
        elif numbers and isinstance(value, (int, float, Decimal)) and _finite(value):
            if isinstance(value, int) and not -2 ** 63 <= value < 2 ** 63:
                raise fail("int_parsing_size", "Unable to parse input string as an integer, "
                           "exceeded maximum size", value)
            for choice in numbers:
                if value == choice:
                    return choice
        raise fail("literal_error", f"Input should be {expected}", value, {"expected": expected})
    return check


def check_month(value: Any) -> YearMonth:
    """A month: a ``YearMonth``, or text ``YearMonth.parse`` reads (its ValueError the error)."""
    if type(value) is YearMonth:
        return value
    if isinstance(value, str):
        return call_validator(YearMonth.parse, value, value)
    raise fail("value_error", "Value error, expected a month in the form YYYY-MM", value,
               {"error": ValueError("expected a month in the form YYYY-MM")})
