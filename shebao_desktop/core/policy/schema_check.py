"""Checking a policy data file against its strict schema (pydantic), when it is read from YAML.

The schema is the records of :mod:`.schema` (their fields, types, defaults and ``Field``
constraints); the pydantic models here are built from them, with the rules between fields
added: every value is keyed by the month it takes effect and carries its own status;
``enacted`` values cite a reference (title and a document number or URL); ``estimated``
values state the method that produced them; ``null`` means "not in force from this month";
each value is typed by the file's ``unit``. A checked file is turned into those records
(:func:`checked`), which is what the program uses and what the pre-built bundle holds.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Optional

from pydantic import BaseModel, ConfigDict, Field, create_model, field_validator, model_validator

from ..yearmonth import YearMonth
from . import schema
from .schema import DECIMAL_UNITS


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _to_decimal(value: Any) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, (int, Decimal, str)):
        raise ValueError(f"expected a number, got {value!r}")
    return Decimal(str(value))


def _number(value: Any) -> Optional[Decimal]:
    return None if value is None else _to_decimal(value)


# -- the rules between fields, by record ----------------------------------------------------
class _DatedValueRules(_Strict):
    @model_validator(mode="after")
    def _cited(self) -> Any:
        if self.status == "enacted" and self.reference is None:
            raise ValueError("an enacted value must cite a reference")
        if self.status == "enacted" and not (self.reference.number or self.reference.url):
            raise ValueError("an enacted value must cite a document number or a URL")
        if self.status == "estimated" and not self.method:
            raise ValueError("an estimated value must state its method")
        return self


class _ParameterFileRules(_Strict):
    @field_validator("values", mode="before", check_fields=False)
    @classmethod
    def _month_keys(cls, raw: Any) -> Any:
        if not isinstance(raw, dict) or not raw:
            raise ValueError("values must be a non-empty mapping of YYYY-MM to entries")
        for key in raw:
            if not isinstance(key, str) or len(key) != 7:
                raise ValueError(f"value key {key!r} must be a quoted month YYYY-MM")
        return raw

    @model_validator(mode="after")
    def _typed(self) -> Any:
        if self.projection == "assumption" and not self.assumption:
            raise ValueError("projection 'assumption' needs the assumption's name")
        if self.unit == "convention" and not self.choices:
            raise ValueError("a convention file must list its choices")
        typed = {month: None if entry is None else entry.model_copy(
            update={"value": self._coerce(entry.value)}) for month, entry in self.values.items()}
        object.__setattr__(self, "values", dict(sorted(typed.items())))
        return self

    def _coerce(self, value: Any) -> Any:
        if self.unit in DECIMAL_UNITS:
            number = _to_decimal(value)
            if number < 0:
                raise ValueError(f"negative value {number}")
            return number
        if self.unit == "convention":
            if value not in (self.choices or []):
                raise ValueError(f"{value!r} is not one of {self.choices}")
            return value
        if self.unit == "flag":
            if not isinstance(value, bool):
                raise ValueError("a flag must be true or false")
            return value
        if self.unit == "table":
            if not isinstance(value, dict) or not value:
                raise ValueError("a table must be a mapping")
            return {int(k): _to_decimal(v) for k, v in sorted(value.items())}
        if self.unit == "month":  # a quoted "YYYY-MM" (e.g. the month accounts opened)
            return YearMonth.parse(str(value))
        if self.unit == "addon":
            return AddonValue.model_validate(value)
        if not isinstance(value, dict):  # schedule
            raise ValueError("a schedule must be a mapping")
        return {str(k): (_to_decimal(v) if isinstance(v, (int, Decimal)) and not isinstance(v, bool)
                         else v) for k, v in value.items()}


class _AddonBandRules(_Strict):
    _numbers = field_validator("over", "upto", "rate", "starts_at", mode="before",
                               check_fields=False)(
        classmethod(lambda cls, value: _number(value)))


class _AddonStepRules(_Strict):
    _numbers = field_validator("years", "rate", mode="before", check_fields=False)(
        classmethod(lambda cls, value: _number(value)))


class _AddonValueRules(_Strict):
    _numbers = field_validator("fixed", "per_year", "per_index_year", "base_rate",
                               "min_paid_years", "min_deemed_years", mode="before",
                               check_fields=False)(
        classmethod(lambda cls, value: _number(value)))


def _model(record: Any, rules: type[BaseModel] = _Strict) -> type[BaseModel]:
    """The strict pydantic model of ``record``: its fields, types (other records meaning their
    models), defaults and constraints, on top of ``rules``."""
    scope = {**vars(schema), **_MODELS}
    written: dict[str, Any] = {}
    for klass in reversed(record.__mro__):
        written.update(vars(klass).get("__annotations__", {}))
    hints = {name: eval(written[name], scope) if isinstance(written[name], str)  # noqa: S307
             else written[name] for name in record._field_names}  # our own annotations
    fields: dict[str, Any] = {}
    for name in record._field_names:
        default = record._defaults.get(name, ...)
        factory = getattr(default, "make", None)
        spec = Field(default_factory=factory, **record._constraints.get(name, {})) if factory \
            else Field(default, **record._constraints.get(name, {}))
        fields[name] = (hints[name], spec)
    model = create_model(record.__name__, __base__=rules, __module__=__name__, **fields)
    _MODELS[record.__name__] = model
    return model


_MODELS: dict[str, type[BaseModel]] = {}
Reference = _model(schema.Reference)
DatedValue = _model(schema.DatedValue, _DatedValueRules)
ParameterFile = _model(schema.ParameterFile, _ParameterFileRules)
AddonBand = _model(schema.AddonBand, _AddonBandRules)
AddonStep = _model(schema.AddonStep, _AddonStepRules)
AddonValue = _model(schema.AddonValue, _AddonValueRules)
RegionIndex = _model(schema.RegionIndex)


def to_record(value: Any) -> Any:
    """A checked model as the plain record of the same name in :mod:`.schema` (recursively)."""
    if isinstance(value, BaseModel):
        record = getattr(schema, type(value).__name__)
        return record(**{name: to_record(getattr(value, name)) for name in type(value).model_fields})
    if isinstance(value, dict):
        return {key: to_record(item) for key, item in value.items()}
    if isinstance(value, list):
        return [to_record(item) for item in value]
    return value


def checked(name: str, raw: Any) -> Any:
    """``raw`` (parsed YAML) checked as the schema class ``name``, as a plain record; raises
    pydantic's ValidationError."""
    model: type[BaseModel] = globals()[name]
    return to_record(model.model_validate(raw))
