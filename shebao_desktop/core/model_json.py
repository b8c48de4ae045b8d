"""A model as indented JSON, as ``json.dumps(model.model_dump(mode="json"), ensure_ascii=False,
indent=...)`` writes it (and pydantic wrote it: the profile file), without the json module's
indented encoder, which is pure Python: each model class gets a writer compiled from its field
types on first use (a value not of its field's type is written from its dump, as before), and a
container of scalars is written by the json module's C encoder in one call. A profile of 540
rows is written on every save and for the kept estimate's key."""

from __future__ import annotations

import json
from decimal import Decimal
from json.encoder import encode_basestring
from typing import Any, Callable, Literal, Union, get_args, get_origin

from .record import dump
from .yearmonth import YearMonth


def indented(model: Any, step: str) -> str:
    parts: list[str] = []
    _model(model, "\n", step, parts)
    return "".join(parts)


def _model(model: Any, newline: str, step: str, parts: list[str]) -> None:
    cls = type(model)
    writer = cls.__dict__.get("_json_writer")
    if writer is None:
        writer = _compile(cls)
        cls._json_writer = staticmethod(writer)
    writer(model, newline, step, parts)


def _kind(annotation: Any) -> tuple[str, bool]:
    """(how a field's value is written, whether it may be None)."""
    origin = get_origin(annotation)
    if origin is not None and getattr(annotation, "__metadata__", None) is not None:
        return _kind(annotation.__origin__)
    if origin is Union:
        members = [m for m in get_args(annotation) if m is not type(None)]
        kind, _ = _kind(members[0]) if len(members) == 1 else ("any", False)
        return kind, len(members) < len(get_args(annotation))
    if origin is Literal:
        return ("str" if all(isinstance(c, str) for c in get_args(annotation)) else "any"), False
    if origin is list:
        (item,) = get_args(annotation)
        return ("models" if hasattr(item, "_field_names") else "any"), False
    if annotation in (str, Decimal, bool, YearMonth):
        return {str: "str", Decimal: "decimal", bool: "bool", YearMonth: "month"}[annotation], False
    return ("model" if hasattr(annotation, "_field_names") else "any"), False


_VALUE = {
    "str": ("type({v}) is str", "parts.append(_enc({v}))"),
    "decimal": ("type({v}) is Decimal", "parts.append('\"' + str({v}) + '\"')"),
    "bool": ("{v} is True or {v} is False", "parts.append('true' if {v} else 'false')"),
    "month": ("type({v}) is YearMonth", "parts.append('\"' + str({v}) + '\"')"),
    "model": ("isinstance({v}, _Record)", "_model({v}, inner, step, parts)"),
    "models": ("type({v}) is list and all(isinstance(x, _Record) for x in {v})", "_models({v}, inner, step, parts)"),
}


def _compile(cls: Any) -> Callable[..., None]:
    from .model import _field_types
    from .record import Record
    types = _field_types(cls)
    names = cls._field_names
    assert not names or names[0] not in cls._dump_omits
    lines = ["def write(self, newline, step, parts):", " inner = newline + step",
             f" {', '.join(f'v{i}' for i in range(len(names)))}, = _values(self)" if names else
             " pass"]
    for i, name in enumerate(names):
        key = encode_basestring(name) + ": "
        lead = "{" if i == 0 else ","
        if name in cls._dump_omits:
            lines.append(f" if v{i} != _defaults[{name!r}]:")
            pad = "  "
        else:
            pad = " "
        lines.append(f"{pad}parts.append({lead!r} + inner + {key!r})")
        kind, nullable = _kind(types[name])
        v = f"v{i}"
        tests = [(f"{v} is None", "parts.append('null')")] if nullable else []
        if kind in _VALUE:
            test, write = _VALUE[kind]
            tests.append((test.format(v=v), write.format(v=v)))
        for n, (test, write) in enumerate(tests):  # the field's type, else as its dump
            lines += [f"{pad}{'elif' if n else 'if'} {test}:", f"{pad} {write}"]
        generic = f"_write(_dump({v}, True), inner, step, parts)"
        lines += [f"{pad}else:", f"{pad} {generic}"] if tests else [f"{pad}{generic}"]
    lines.append(" parts.append(newline + '}')" if names else " parts.append('{}')")
    scope = {"_values": cls._values, "_defaults": cls._defaults, "_enc": encode_basestring,
             "Decimal": Decimal, "YearMonth": YearMonth, "_Record": Record, "_model": _model,
             "_models": _models, "_write": _write, "_dump": dump}
    exec("\n".join(lines), scope)  # noqa: S102 - our own field names
    return scope["write"]


def _models(items: list, newline: str, step: str, parts: list[str]) -> None:
    if not items:
        parts.append("[]")
        return
    inner = newline + step
    between = "," + inner
    parts.append("[")
    for n, item in enumerate(items):
        parts.append(between if n else inner)
        _model(item, inner, step, parts)
    parts.append(newline + "]")


#: item separator -> the json module's C encoder writing a container of scalars with it
_FLAT: dict[str, json.JSONEncoder] = {}


def _write(value: Any, newline: str, step: str, parts: list[str]) -> None:
    """``value`` (JSON-mode data) as ``json.dumps(value, ensure_ascii=False, indent=...)``
    writes it, into ``parts``; scalars inline (a saved profile has thousands)."""
    kind = type(value)
    if kind is not dict and kind is not list:
        parts.append(_scalar(value))
        return
    if not value:
        parts.append("{}" if kind is dict else "[]")
        return
    inner = newline + step
    between = "," + inner
    if all(type(item) is not dict and type(item) is not list
           for item in (value.values() if kind is dict else value)):  # a row: one C call
        encoder = _FLAT.get(between)
        if encoder is None:
            encoder = _FLAT[between] = json.JSONEncoder(ensure_ascii=False, check_circular=False,
                                                        separators=(between, ": "))
        text = encoder.encode(value)
        parts.append(text[0] + inner + text[1:-1] + newline + text[-1])
        return
    parts.append("{" if kind is dict else "[")
    first = True
    for item in value:
        parts.append(inner if first else between)
        first = False
        if kind is dict:
            parts.append(encode_basestring(item) + ": ")
            item = value[item]
        if type(item) is str:
            parts.append(encode_basestring(item))
        elif item is None:
            parts.append("null")
        elif type(item) is dict or type(item) is list:
            _write(item, inner, step, parts)
        else:
            parts.append(_scalar(item))
    parts.append(newline + ("}" if kind is dict else "]"))


def _scalar(value: Any) -> str:
    if type(value) is str:
        return encode_basestring(value)
    if value is None:
        return "null"
    if value is True or value is False:
        return "true" if value else "false"
    if type(value) is int:
        return int.__repr__(value)
    return json.dumps(value)
