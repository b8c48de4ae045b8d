"""Frozen, slotted records for data the core hands out (estimates, policy entries), without pydantic.

A class deriving from :class:`Record` is a frozen value class with slots and keyword-only
construction, like ``@dataclass(frozen=True, slots=True, kw_only=True)``: equality and hash by
its fields, a readable repr. Its body is written like a pydantic model (annotations, defaults,
``Field(default_factory=...)``, ``@field_serializer``) and it keeps the few pydantic methods
callers use: ``model_construct``, ``model_copy(update=...)``, ``model_dump(mode="python"|"json")``
and ``model_dump_json``. The values are built by the core from typed, validated input, so
nothing is validated again here. Input models (the profile) are records that check what they
are given: :class:`.model.Model`.

Why not ``dataclasses``: making a dataclass compiles six methods per class, which costs more
at import than the records are worth to a short command; here a class is a ``__slots__`` class
and its ``__init__`` is compiled the first time an instance is made.

The dumps follow pydantic's: in ``json`` mode a ``Decimal`` is its text, a tuple a list and dict
keys text; in both modes a month is ``"YYYY-MM"`` and a plain dataclass (an ``Age``) a mapping.
"""

from __future__ import annotations

import json
from decimal import Decimal
from operator import attrgetter
from typing import Any, Callable

from .yearmonth import YearMonth


class FrozenInstanceError(AttributeError):
    """Assigning to a field of a frozen record (as ``dataclasses.FrozenInstanceError``)."""


class _Factory:
    __slots__ = ("make",)

    def __init__(self, make: Callable[[], Any]):
        self.make = make


_REQUIRED = object()


class _Spec:
    __slots__ = ("default", "constraints")

    def __init__(self, default: Any, constraints: dict[str, Any]):
        self.default, self.constraints = default, constraints


def Field(default: Any = _REQUIRED, *, default_factory: Any = None,  # noqa: N802 - pydantic's name
          **constraints: Any) -> Any:
    """A field's default (``Field(default_factory=list)``), as in a pydantic model. Constraints
    (``ge=0``, ``min_length=2``, ``pattern=...``) are not checked here: they are kept in the
    class's ``_constraints`` for a checker built from the record (policy.schema_check)."""
    value = _Factory(default_factory) if default_factory is not None else default
    return _Spec(value, constraints) if constraints else value


def field_serializer(*names: str) -> Callable[[Callable], Callable]:
    """Marks ``method(self, value)`` as how the named fields are dumped (both modes)."""
    def mark(method: Callable) -> Callable:
        method.__serializes__ = names  # type: ignore[attr-defined]
        return method
    return mark


class _RecordMeta(type):
    def __new__(mcs, name: str, bases: tuple, namespace: dict, **kwargs: Any):
        if namespace.get("_record_base"):
            return super().__new__(mcs, name, bases, namespace, **kwargs)
        inherited: list[str] = []
        defaults: dict[str, Any] = {}
        constraints: dict[str, dict[str, Any]] = {}
        for base in bases:
            inherited += [n for n in getattr(base, "_field_names", ()) if n not in inherited]
            defaults.update(getattr(base, "_defaults", {}))
            constraints.update(getattr(base, "_constraints", {}))
        own = [n for n in namespace.get("__annotations__", {}) if n not in inherited]
        for field_name in own:
            if field_name in namespace:
                default = namespace.pop(field_name)
                if isinstance(default, _Spec):
                    constraints[field_name], default = default.constraints, default.default
                defaults[field_name] = default
        namespace["__slots__"] = tuple(own) + tuple(namespace.get("__slots__", ()))  # + caches
        namespace.setdefault("__init__", _first_init)
        cls = super().__new__(mcs, name, bases, namespace, **kwargs)
        names = tuple(inherited + own)
        cls._field_names = names
        cls._defaults = {n: d for n, d in defaults.items() if d is not _REQUIRED}
        cls._constraints = constraints
        cls._values = staticmethod(attrgetter(*names) if len(names) > 1 else
                                   (lambda record: (getattr(record, names[0]),)) if names else
                                   (lambda record: ()))
        cls._slot_setters = tuple(_slot(cls, n).__set__ for n in names)
        cls._serializers = {n: attr for klass in reversed(cls.__mro__)
                            for attr in vars(klass).values()
                            for n in getattr(attr, "__serializes__", ())}
        return cls


def _slot(cls: type, name: str) -> Any:
    return next(vars(klass)[name] for klass in cls.__mro__ if name in vars(klass))


def _first_init(self: Any, **values: Any) -> None:
    """The first instance of a class compiles the class's own ``__init__``, then uses it."""
    cls = type(self)
    cls.__init__ = _compiled_init(cls)
    cls.__init__(self, **values)


def _compiled_init(cls: Any) -> Callable:
    scope: dict[str, Any] = {}
    params, body = [], []
    for i, name in enumerate(cls._field_names):
        scope[f"_s{i}"] = cls._slot_setters[i]
        default = cls._defaults.get(name, _REQUIRED)
        if default is _REQUIRED:
            params.append(name)
            body.append(f" _s{i}(self, {name})")
        elif isinstance(default, _Factory):
            scope[f"_f{i}"] = default.make
            params.append(f"{name}=_F")
            body.append(f" _s{i}(self, _f{i}() if {name} is _F else {name})")
        else:
            scope[f"_d{i}"] = default
            params.append(f"{name}=_d{i}")
            body.append(f" _s{i}(self, {name})")
    scope["_F"] = _Factory
    source = f"def __init__(self, *, {', '.join(params)}):\n" + "\n".join(body or [" pass"])
    exec(source, scope)  # noqa: S102 - our own field names, as dataclasses does
    return scope["__init__"]


def _rebuild(cls: type, values: tuple) -> Any:
    """Unpickling: the fields set straight into their slots."""
    record = object.__new__(cls)
    for setter, value in zip(cls._slot_setters, values):
        setter(record, value)
    return record


class Record(metaclass=_RecordMeta):
    _record_base = True
    __slots__ = ()
    _field_names: tuple[str, ...] = ()
    _defaults: dict[str, Any] = {}
    _constraints: dict[str, dict[str, Any]] = {}
    _values: Callable[[Any], tuple] = staticmethod(lambda record: ())  # type: ignore[assignment]
    _slot_setters: tuple[Callable, ...] = ()
    _serializers: dict[str, Callable] = {}

    def __setattr__(self, name: str, value: Any) -> None:
        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise FrozenInstanceError(f"cannot delete field {name!r}")

    def __eq__(self, other: Any) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self._values(self) == other._values(other)

    def __hash__(self) -> int:
        return hash(self._values(self))

    def __repr__(self) -> str:
        fields = ", ".join(f"{n}={getattr(self, n)!r}" for n in self._field_names)
        return f"{type(self).__name__}({fields})"

    def __reduce__(self) -> tuple:
        return _rebuild, (type(self), self._values(self))

    @classmethod
    def model_construct(cls, **values: Any) -> Any:
        return cls(**values)

    def model_copy(self, *, update: dict[str, Any] | None = None, deep: bool = False) -> Any:
        if deep:
            import copy
            self = copy.deepcopy(self)
        if not update:
            return self
        return type(self)(**{**dict(zip(self._field_names, self._values(self))), **update})

    def model_dump(self, *, mode: str = "python", exclude_defaults: bool = False) -> dict[str, Any]:
        json_mode = mode == "json"
        out: dict[str, Any] = {}
        for name, value in zip(self._field_names, self._values(self)):
            if exclude_defaults and self._is_default(name, value):
                continue
            serializer = self._serializers.get(name)
            if serializer is not None:
                value = serializer(self, value)
            out[name] = dump(value, json_mode)
        return out

    def model_dump_json(self, *, indent: int | None = None) -> str:
        return json.dumps(self.model_dump(mode="json"), ensure_ascii=False, indent=indent,
                          separators=None if indent is not None else (",", ":"))

    @classmethod
    def _is_default(cls, name: str, value: Any) -> bool:
        if name not in cls._defaults:
            return False
        default = cls._defaults[name]
        return value == (default.make() if isinstance(default, _Factory) else default)


def dataclass(cls: Any = None, *, frozen: bool = False, order: bool = False) -> Any:
    """``@dataclass(frozen=True)`` for the core's small value classes, without the dataclasses
    module (it imports ``inspect``, a large part of a short command's start): fields from the
    annotations with their defaults, a positional-or-keyword ``__init__`` (compiled on first
    use) calling ``__post_init__`` if there is one, repr, equality, and hash when frozen."""
    def make(klass: Any) -> Any:
        names: list[str] = list(getattr(klass, "_field_names", ()))
        defaults = dict(getattr(klass, "_defaults", {}))
        for name, kind in vars(klass).get("__annotations__", {}).items():
            if str(kind).startswith(("ClassVar", "typing.ClassVar")):
                continue
            if name not in names:
                names.append(name)
            if name in vars(klass):
                defaults[name] = vars(klass)[name]
        klass._field_names, klass._defaults = tuple(names), defaults
        klass._values = staticmethod(attrgetter(*names) if len(names) > 1 else
                                     (lambda value: (getattr(value, names[0]),)) if names else
                                     (lambda value: ()))
        klass._slot_setters = tuple(_setter(n) for n in names)
        klass.__init__ = _first_plain_init
        klass.__repr__ = Record.__repr__
        klass.__eq__ = Record.__eq__
        klass.__match_args__ = tuple(names)
        if frozen:
            klass.__setattr__, klass.__delattr__ = Record.__setattr__, Record.__delattr__
            klass.__hash__ = Record.__hash__
        else:
            klass.__hash__ = None
        if order:
            for op in ("__lt__", "__le__", "__gt__", "__ge__"):
                setattr(klass, op, _order(op))
        return klass
    return make if cls is None else make(cls)


def _setter(name: str) -> Callable[[Any, Any], None]:
    return lambda value, field: object.__setattr__(value, name, field)


def _order(op: str) -> Callable[[Any, Any], Any]:
    compare = getattr(tuple, op)

    def method(self: Any, other: Any) -> Any:
        if type(other) is not type(self):
            return NotImplemented
        return compare(self._values(self), other._values(other))
    method.__name__ = op
    return method


def _first_plain_init(self: Any, *args: Any, **values: Any) -> None:
    cls = type(self)
    scope: dict[str, Any] = {"_set": object.__setattr__}
    params, body = [], []
    for i, name in enumerate(cls._field_names):
        if name in cls._defaults:
            scope[f"_d{i}"] = cls._defaults[name]
            params.append(f"{name}=_d{i}")
        else:
            params.append(name)
        body.append(f" _set(self, {name!r}, {name})")
    if hasattr(cls, "__post_init__"):
        body.append(" self.__post_init__()")
    exec(f"def __init__(self, {', '.join(params)}):\n" + "\n".join(body), scope)  # noqa: S102
    cls.__init__ = scope["__init__"]
    cls.__init__(self, *args, **values)


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
    names = getattr(value, "_field_names", None) or getattr(value, "__dataclass_fields__", None)
    if names is not None and not isinstance(value, type):  # a plain value class (an Age)
        return {n: dump(getattr(value, n), json_mode) for n in names}
    return value
