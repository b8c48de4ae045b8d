"""Validated records: the input models of the core (the profile and its parts), without pydantic.

A :class:`Model` is a :class:`~.record.Record` (frozen, slotted, equal and hashed by its fields,
dumped as pydantic dumps) whose construction checks its input strictly, as a pydantic model with
``extra="forbid", frozen=True`` did: ``Model(**data)``, ``Model.model_validate(data)`` (a dict,
or an instance, kept as it is) and ``Model.model_validate_json(text)`` give the model or raise
:class:`~.checks.ValidationError` with every error found (same ``type``/``loc``/``msg``/``ctx``
as pydantic's). The fields are checked from their annotations (:mod:`.checks`); then each
``@field_validator`` on its field and each ``@model_validator(mode="after")`` on the model, as
plain methods: a ``ValueError`` they raise is that field's or the model's ``value_error``.

``model_copy(update=...)`` and ``model_construct`` do not check (as in pydantic). A model's
checker is compiled the first time one is checked, so importing the profile costs no checks.
"""

from __future__ import annotations

import json
import sys
from decimal import Decimal
from typing import Any, Callable, Mapping

from . import check_build
from .code_cache import code_of
from .checks import Fail, LineError, ValidationError, call_validator, fail, under, validator_error
from .record import Field, Record, _Factory, _RecordMeta, _rebuild, dump  # noqa: F401 - Field re-exported

__all__ = ["Field", "Model", "ValidationError", "field_validator", "model_validator"]

_MISSING = object()


def field_validator(*names: str) -> Callable[[Any], Any]:
    """Marks a classmethod ``(cls, value) -> value`` run on the named fields once they check."""
    def mark(method: Any) -> Any:
        method.__validates__ = names
        return method
    return mark


def model_validator(*, mode: str) -> Callable[[Callable], Callable]:
    """Marks ``(self) -> self`` run on the model once every field checks (``mode="after"``)."""
    if mode != "after":
        raise ValueError("only mode='after' model validators are supported")

    def mark(method: Callable) -> Callable:
        method.__after__ = True  # type: ignore[attr-defined]
        return method
    return mark


class FieldInfo:
    """What ``Model.model_fields[name]`` tells: the annotation and the default."""

    __slots__ = ("annotation", "default", "default_factory")

    def __init__(self, annotation: Any, default: Any, default_factory: Any):
        self.annotation, self.default, self.default_factory = annotation, default, default_factory

    def is_required(self) -> bool:
        return self.default is _MISSING and self.default_factory is None


class _ModelMeta(_RecordMeta):
    def __new__(mcs, name: str, bases: tuple, namespace: dict, **kwargs: Any):
        if not namespace.get("_record_base"):
            namespace.setdefault("__init__", _init)
        cls = super().__new__(mcs, name, bases, namespace, **kwargs)
        cls._model_fields = None
        return cls

    @property
    def model_fields(cls) -> dict[str, FieldInfo]:
        if cls._model_fields is None:
            hints = _field_types(cls)
            out = {}
            for name in cls._field_names:
                default = cls._defaults.get(name, _MISSING)
                factory = default.make if isinstance(default, _Factory) else None
                out[name] = FieldInfo(hints[name], _MISSING if factory else default, factory)
            cls._model_fields = out
        return cls._model_fields


def _init(self: Any, **data: Any) -> None:
    try:
        type(self)._check(data, self)
    except Fail as failed:
        raise ValidationError(type(self).__name__, failed.errors) from None


class Model(Record, metaclass=_ModelMeta):
    _record_base = True
    __slots__ = ()
    #: fields a dump leaves out while they hold their default (so files stay as they were)
    _dump_omits: tuple[str, ...] = ()

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        cls._check = staticmethod(_compiling(cls))  # type: ignore[assignment]

    @classmethod
    def model_validate(cls, obj: Any, **_: Any) -> Any:
        try:
            return cls._check(obj)
        except Fail as failed:
            raise ValidationError(cls.__name__, failed.errors) from None

    @classmethod
    def model_validate_json(cls, data: str | bytes, **_: Any) -> Any:
        """The JSON read (numbers as ``Decimal``) and checked as Python data: the same values,
        error types and places as pydantic's JSON mode; a few messages are the Python mode's
        ("a valid list", not "a valid array"). The program reads files through storage.codec."""
        try:
            value = json.loads(data, parse_float=Decimal)
        except ValueError as exc:
            raise ValidationError(cls.__name__, [LineError(
                "json_invalid", f"Invalid JSON: {exc}", data, {"error": str(exc)})]) from None
        return cls.model_validate(value)

    @classmethod
    def model_construct(cls, **values: Any) -> Any:
        """A model from ``values`` as they are, defaults for the others; nothing is checked."""
        record = object.__new__(cls)
        for name, setter in zip(cls._field_names, cls._slot_setters):
            if name in values:
                setter(record, values[name])
            else:
                default = cls._defaults[name]
                setter(record, default.make() if isinstance(default, _Factory) else default)
        return record

    def model_copy(self, *, update: dict[str, Any] | None = None, deep: bool = False) -> Any:
        """A copy with ``update`` set as given (not checked, as in pydantic)."""
        if deep:
            import copy
            self = copy.deepcopy(self)
        if not update:
            return self
        unknown = set(update).difference(self._field_names)
        if unknown:
            raise TypeError(f"{type(self).__name__} has no field {sorted(unknown)[0]!r}")
        values = self._values(self)
        return _rebuild(type(self), tuple(update[n] if n in update else v
                                          for n, v in zip(self._field_names, values)))

    def model_dump(self, *, mode: str = "python", exclude_defaults: bool = False) -> dict[str, Any]:
        """As :meth:`Record.model_dump`, with the scalars a profile is made of dumped inline (a
        profile of 540 rows is dumped on every save)."""
        if exclude_defaults or self._serializers:
            return Record.model_dump(self, mode=mode, exclude_defaults=exclude_defaults)
        json_mode = mode == "json"
        out: dict[str, Any] = {}
        omits = self._dump_omits
        for name, value in zip(self._field_names, self._values(self)):
            if omits and name in omits and value == self._defaults[name]:
                continue
            kind = type(value)
            if kind is Decimal:
                if json_mode:
                    value = str(value)
            elif kind is list:
                value = [item.model_dump(mode=mode) if isinstance(item, Record) else
                         dump(item, json_mode) for item in value]
            elif not (kind is str or value is None or kind is bool or kind is int):
                value = dump(value, json_mode)
            out[name] = value
        return out

    def model_dump_json(self, *, indent: int | None = None) -> str:
        """The JSON pydantic wrote: compact, or indented (as ``json.dumps(indent=...)``, written
        here: the json module's indented encoder is pure Python and several times slower)."""
        if indent is None:
            return json.dumps(self.model_dump(mode="json"), ensure_ascii=False,
                              separators=(",", ":"))
        from .model_json import indented
        return indented(self, " " * indent)


def _compiling(cls: Any) -> Callable[..., Any]:
    def first(data: Any, into: Any = None) -> Any:
        compiled = _compile(cls)
        cls._check = staticmethod(compiled)
        return compiled(data, into)
    return first


def _model_checker(kind: Any) -> Callable[[Any], Any]:
    def check(value: Any) -> Any:
        return kind._check(value)
    check.model = kind  # type: ignore[attr-defined] - a list of models calls kind._check itself
    return check


def _compile(cls: Any) -> Callable[..., Any]:
    """The checker of ``cls``: straight-line code, one block per field (a profile's 540 rows
    are checked in a few milliseconds)."""
    hints = _field_types(cls)
    field_checks: dict[str, list] = {}
    afters: list[Callable] = []
    for klass in reversed(cls.__mro__):
        for attr_name, attr in vars(klass).items():
            method = getattr(attr, "__func__", attr)
            for field in getattr(attr, "__validates__", None) or getattr(method, "__validates__", ()):
                field_checks.setdefault(field, []).append(getattr(cls, attr_name))
            if getattr(method, "__after__", False):
                afters.append(method)
    scope: dict[str, Any] = {"_M": _MISSING, "_Fail": Fail, "_new": object.__new__, "_cls": cls,
                             "_names": frozenset(cls._field_names), "_Mapping": Mapping,
                             "_missing": _missing, "_extras": _extras, "_under": under,
                             "_not_model": _not_model, "_failed": validator_error}
    lines = ["def check(data, into=None):",
             " if type(data) is not dict:",
             "  if into is None and isinstance(data, _cls):",
             "   return data",
             "  if not isinstance(data, _Mapping):",
             "   raise _not_model(_cls, data)",
             "  data = dict(data)",
             " get = data.get",
             " errors = None"]
    for i, name in enumerate(cls._field_names):
        check = check_build.checker(hints[name], cls._constraints.get(name, {}), _model_checker)
        for validator in field_checks.get(name, ()):
            check = _then(check, validator)
        inner = getattr(check, "inner", None)  # Optional[...]: None tested here, not called
        scope[f"_c{i}"], scope[f"_s{i}"] = inner or check, cls._slot_setters[i]
        default = cls._defaults.get(name, _MISSING)
        lines += [f" v{i} = get({name!r}, _M)", f" if v{i} is _M:"]
        if default is _MISSING:
            lines.append(f"  errors = _missing(errors, {name!r}, data)")
        elif isinstance(default, _Factory):
            scope[f"_f{i}"] = default.make
            lines.append(f"  v{i} = _f{i}()")
        else:
            scope[f"_d{i}"] = default
            lines.append(f"  v{i} = _d{i}")
        lines += [f" elif v{i} is not None:" if inner else " else:", "  try:",
                  f"   v{i} = _c{i}(v{i})", "  except _Fail as failed:",
                  f"   errors = (errors or []) + _under({name!r}, failed.errors)"]
    lines += [" if not _names.issuperset(data):", "  errors = _extras(errors, data, _names)",
              " if errors:", "  raise _Fail(errors)",
              " self = _new(_cls) if into is None else into"]
    lines += [f" _s{i}(self, v{i})" for i in range(len(cls._field_names))]
    for n, after in enumerate(afters):  # each on the model whose fields all checked
        scope[f"_a{n}"] = after
        lines += [" try:", f"  self = _a{n}(self)", " except (ValueError, AssertionError) as exc:",
                  "  raise _failed(exc, data) from None"]
    lines.append(" return self")
    # our own field names, as dataclasses does; compiled once, then kept between runs
    exec(code_of("\n".join(lines), f"<checker {cls.__qualname__}>"), scope)  # noqa: S102
    return scope["check"]


def _field_types(cls: Any) -> dict[str, Any]:
    """The annotation of each field of ``cls``, evaluated in the module that wrote it (with
    ``Annotated`` constraints kept)."""
    out = {}
    for klass in reversed(cls.__mro__):
        written = vars(klass).get("__annotations__", {})
        scope = vars(sys.modules[klass.__module__])
        for name in cls._field_names:
            if name in written:
                kind = written[name]
                out[name] = eval(kind, scope) if isinstance(kind, str) else kind  # noqa: S307
    return out


def _then(check: Callable[[Any], Any], validator: Callable[[Any], Any]) -> Callable[[Any], Any]:
    def checked(value: Any) -> Any:
        return call_validator(validator, check(value), value)
    return checked


def _missing(errors: list | None, name: str, data: Any) -> list:
    return (errors or []) + [LineError("missing", "Field required", data, None, (name,))]


def _extras(errors: list | None, data: dict, names: frozenset) -> list:
    return (errors or []) + [LineError("extra_forbidden", "Extra inputs are not permitted", value,
                                       None, (key,))
                             for key, value in data.items() if key not in names]


def _not_model(cls: type, value: Any) -> Fail:
    return fail("model_type", f"Input should be a valid dictionary or instance of {cls.__name__}",
                value, {"class_name": cls.__name__})
