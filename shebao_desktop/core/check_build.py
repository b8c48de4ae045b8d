"""Checkers of containers (``list``, ``dict``, ``Optional``, a left-to-right ``Union``) and the
checker of a field from its annotation, for :mod:`.model`; the rules and errors are pydantic
2's lax mode, as in :mod:`.checks`."""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Callable, Literal, Mapping, Optional, Union, get_args, get_origin

from .checks import (Fail, LineError, check_bool, check_month, decimal_checker, fail, int_checker,
                     literal_checker, str_checker, under)
from .yearmonth import YearMonth

# -- containers --------------------------------------------------------------------------------

_SEQUENCES = (list, tuple, set, frozenset, type({}.keys()), type({}.values()))


def list_checker(item: Callable[[Any], Any], max_length: Optional[int] = None,
                 **_: Any) -> Callable[[Any], list]:
    model = getattr(item, "model", None)

    def check(value: Any) -> list:
        if type(value) is not list:
            if not isinstance(value, _SEQUENCES) and type(value).__name__ != "deque":
                raise fail("list_type", "Input should be a valid list", value)
            value = list(value)
        if max_length is not None and len(value) > max_length:
            raise fail("too_long", f"List should have at most {max_length} "
                       f"item{'s' if max_length != 1 else ''} after validation, not {len(value)}",
                       value, {"field_type": "List", "max_length": max_length,
                               "actual_length": len(value)})
        out = []
        errors: list[LineError] = []
        one = item if model is None else model._check  # a model's own checker, once compiled
        for index, element in enumerate(value):
            try:
                out.append(one(element))
            except Fail as failed:
                errors += under(index, failed.errors)
        if errors:
            raise Fail(errors)
        return out
    return check


def dict_checker(key: Callable[[Any], Any], item: Callable[[Any], Any]) -> Callable[[Any], dict]:
    def check(value: Any) -> dict:
        if not isinstance(value, Mapping):
            raise fail("dict_type", "Input should be a valid dictionary", value)
        out = {}
        errors: list[LineError] = []
        for name, element in value.items():
            try:
                checked = key(name)
            except Fail as failed:
                errors += under(name, under("[key]", failed.errors))
                continue
            try:
                out[checked] = item(element)
            except Fail as failed:
                errors += under(name, failed.errors)
        if errors:
            raise Fail(errors)
        return out
    return check


def union_checker(members: list[tuple[str, Callable[[Any], Any]]]) -> Callable[[Any], Any]:
    """The first member that takes the value (pydantic's ``union_mode="left_to_right"``)."""
    def check(value: Any) -> Any:
        errors: list[LineError] = []
        for tag, member in members:
            try:
                return member(value)
            except Fail as failed:
                errors += under(tag, failed.errors)
        raise Fail(errors)
    return check


def nullable(inner: Callable[[Any], Any]) -> Callable[[Any], Any]:
    def check(value: Any) -> Any:
        return None if value is None else inner(value)
    check.inner = inner  # type: ignore[attr-defined] - a model's checker tests None inline
    return check


# -- from annotations --------------------------------------------------------------------------

def checker(kind: Any, constraints: Mapping[str, Any], model_checker: Callable[[type], Callable]
            ) -> Callable[[Any], Any]:
    """The checker of a field of type ``kind`` (an annotation, resolved) with ``constraints``
    (``Field(ge=..., max_length=...)``); ``model_checker(cls)`` checks a nested model."""
    origin = get_origin(kind)
    if origin is not None and getattr(kind, "__metadata__", None) is not None:  # Annotated
        extra: dict[str, Any] = {}
        for meta in kind.__metadata__:
            extra.update(getattr(meta, "constraints", None) or {})
        return checker(kind.__origin__, {**extra, **constraints}, model_checker)
    if origin is Union:
        members = list(get_args(kind))
        if type(None) in members:
            members.remove(type(None))
            inner = members[0] if len(members) == 1 else Union[tuple(members)]  # type: ignore
            return nullable(checker(inner, constraints, model_checker))
        return union_checker([(_tag(member), checker(member, {}, model_checker))
                              for member in members])
    if origin is Literal:
        return literal_checker(get_args(kind))
    if origin is list:
        (item,) = get_args(kind)
        return list_checker(checker(item, {}, model_checker), **constraints)
    if origin is dict:
        key, item = get_args(kind)
        return dict_checker(checker(key, {}, model_checker), checker(item, {}, model_checker))
    if kind is Decimal:
        return decimal_checker(**constraints)
    if kind is bool:
        return check_bool
    if kind is int:
        return int_checker(**constraints)
    if kind is str:
        return str_checker(**constraints)
    if kind is YearMonth:
        return check_month
    if isinstance(kind, type) and hasattr(kind, "model_validate"):
        return model_checker(kind)
    raise TypeError(f"no check for fields of type {kind!r}")


def _tag(kind: Any) -> str:
    """The name pydantic gives a union member in an error's ``loc``."""
    names = {Decimal: "decimal", bool: "bool", int: "int", str: "str", YearMonth: "function-plain"}
    if kind in names:
        return names[kind]
    if get_origin(kind) is Literal:
        return f"literal[{','.join(repr(choice) for choice in get_args(kind))}]"
    return getattr(kind, "__name__", str(kind))
