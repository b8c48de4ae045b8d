"""Frozen, slotted records for data the core hands out (estimates, policy entries), without pydantic.

A class deriving from :class:`Record` becomes a frozen, keyword-only dataclass with slots; its
body is written like a pydantic model (annotations, defaults, ``Field(default_factory=...)``,
``@field_serializer``) and it keeps the few pydantic methods callers use: ``model_construct``,
``model_copy(update=...)``, ``model_dump(mode="python"|"json")`` and ``model_dump_json``. The
values are built by the core from typed, validated input, so nothing is validated again here.

The dumps follow pydantic's: in ``json`` mode a ``Decimal`` is its text, a tuple a list and dict
keys text; in both modes a month is ``"YYYY-MM"`` and a plain dataclass (an ``Age``) a mapping.
"""

from __future__ import annotations

import dataclasses
import json
from decimal import Decimal
from typing import Any, Callable

from .yearmonth import YearMonth

_MISSING = dataclasses.MISSING


def Field(default: Any = _MISSING, *, default_factory: Any = _MISSING,  # noqa: N802 - pydantic's name
          **_ignored: Any) -> Any:
    """A field with a default (``Field(default_factory=list)``), as in a pydantic model."""
    return dataclasses.field(default=default, default_factory=default_factory)


def field_serializer(*names: str) -> Callable[[Callable], Callable]:
    """Marks ``method(self, value)`` as how the named fields are dumped (both modes)."""
    def mark(method: Callable) -> Callable:
        method.__serializes__ = names  # type: ignore[attr-defined]
        return method
    return mark


class _RecordMeta(type):
    def __new__(mcs, name: str, bases: tuple, namespace: dict, **kwargs: Any):
        if "__dataclass_fields__" in namespace or namespace.get("_record_base"):
            # the base itself, or dataclass(slots=True) re-creating the class
            return super().__new__(mcs, name, bases, namespace, **kwargs)
        cls = super().__new__(mcs, name, bases, namespace, **kwargs)
        cls = dataclasses.dataclass(frozen=True, slots=True, kw_only=True)(cls)
        serializers: dict[str, Callable] = {}
        for klass in reversed(cls.__mro__):
            for attr in vars(klass).values():
                for field_name in getattr(attr, "__serializes__", ()):
                    serializers[field_name] = attr
        cls._serializers = serializers
        cls._field_names = tuple(f.name for f in dataclasses.fields(cls))
        cls._slot_setters = tuple(vars(cls)[name].__set__ for name in cls._field_names)
        return cls


def _rebuild(cls: type, values: tuple) -> Any:
    """Unpickling: the fields set straight into their slots (no per-object field lookup)."""
    record = object.__new__(cls)
    for setter, value in zip(cls._slot_setters, values):
        setter(record, value)
    return record


class Record(metaclass=_RecordMeta):
    _record_base = True
    __slots__ = ()
    _serializers: dict[str, Callable] = {}
    _field_names: tuple[str, ...] = ()
    _slot_setters: tuple[Callable, ...] = ()

    def __reduce__(self) -> tuple:
        return _rebuild, (type(self), tuple(getattr(self, name) for name in self._field_names))

    @classmethod
    def model_construct(cls, **values: Any) -> Any:
        return cls(**values)

    def model_copy(self, *, update: dict[str, Any] | None = None, deep: bool = False) -> Any:
        if deep:
            import copy
            return copy.deepcopy(self) if not update else dataclasses.replace(
                copy.deepcopy(self), **update)
        return dataclasses.replace(self, **update) if update else self

    def model_dump(self, *, mode: str = "python", exclude_defaults: bool = False) -> dict[str, Any]:
        json_mode = mode == "json"
        out: dict[str, Any] = {}
        for f in dataclasses.fields(self):
            value = getattr(self, f.name)
            if exclude_defaults and _is_default(f, value):
                continue
            serializer = self._serializers.get(f.name)
            if serializer is not None:
                value = serializer(self, value)
            out[f.name] = dump(value, json_mode)
        return out

    def model_dump_json(self, *, indent: int | None = None) -> str:
        return json.dumps(self.model_dump(mode="json"), ensure_ascii=False, indent=indent,
                          separators=None if indent is not None else (",", ":"))


def _is_default(f: dataclasses.Field, value: Any) -> bool:
    if f.default is not _MISSING:
        return value == f.default
    if f.default_factory is not _MISSING:
        return value == f.default_factory()
    return False


def dump(value: Any, json_mode: bool) -> Any:
    """``value`` as pydantic dumps it (records and dataclasses become mappings)."""
    if value is None or isinstance(value, (str, bool, int)):
        return value
    if isinstance(value, Decimal):
        return str(value) if json_mode else value
    if isinstance(value, YearMonth):
        return str(value)
    if isinstance(value, Record):
        return value.model_dump(mode="json" if json_mode else "python")
    if isinstance(value, list):
        return [dump(v, json_mode) for v in value]
    if isinstance(value, tuple):
        items = [dump(v, json_mode) for v in value]
        return items if json_mode else tuple(items)
    if isinstance(value, dict):
        return {(str(k) if json_mode and not isinstance(k, str) else dump(k, json_mode)):
                dump(v, json_mode) for k, v in value.items()}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: dump(getattr(value, f.name), json_mode) for f in dataclasses.fields(value)}
    if hasattr(value, "model_dump"):  # a pydantic model (a profile's part)
        return value.model_dump(mode="json" if json_mode else "python")
    return value
