"""Checking a policy data file against its strict schema (pydantic), when it is read from YAML.

The rules are those of :mod:`.schema`: every value is keyed by the month it takes effect and
carries its own status; ``enacted`` values cite a reference (document title, number, URL,
date); ``estimated`` values state the method that produced them; ``null`` means "not in force
from this month". A checked file is turned into the plain records of :mod:`.schema`
(:func:`checked`), which is what the program uses and what the pre-built bundle holds.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Literal, Optional

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from ..yearmonth import YearMonth
from . import schema
from .schema import DECIMAL_UNITS, Backcast, Confidence, Projection, Status, Unit


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Reference(_Strict):
    """Where an enacted value comes from. ``confidence`` says how it was checked:
    O official text read, O-m official document cited but not read, T third-party, U unconfirmed."""

    title: str = Field(min_length=2)
    number: Optional[str] = None
    url: Optional[str] = None
    published: Optional[str] = Field(default=None, pattern=r"^\d{4}-\d{2}(-\d{2})?$")
    confidence: Confidence
    note: Optional[str] = None


def _to_decimal(value: Any) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, (int, Decimal, str)):
        raise ValueError(f"expected a number, got {value!r}")
    return Decimal(str(value))


class DatedValue(_Strict):
    value: Any
    status: Status
    reference: Optional[Reference] = None
    method: Optional[str] = None
    note: Optional[str] = None

    @model_validator(mode="after")
    def _cited(self) -> "DatedValue":
        if self.status == "enacted" and self.reference is None:
            raise ValueError("an enacted value must cite a reference")
        if self.status == "enacted" and not (self.reference.number or self.reference.url):
            raise ValueError("an enacted value must cite a document number or a URL")
        if self.status == "estimated" and not self.method:
            raise ValueError("an estimated value must state its method")
        return self


class ParameterFile(_Strict):
    description: str = Field(min_length=2)
    description_en: str = Field(min_length=2)
    unit: Unit
    #: ``until_changed``: a value holds until the next one; ``year``: it covers 12 months only
    period: Literal["until_changed", "year"] = "until_changed"
    projection: Projection = "none"
    assumption: Optional[str] = None
    backcast: Backcast = "none"
    choices: Optional[list[str]] = None
    values: dict[YearMonth, Optional[DatedValue]]

    @field_validator("values", mode="before")
    @classmethod
    def _month_keys(cls, raw: Any) -> Any:
        if not isinstance(raw, dict) or not raw:
            raise ValueError("values must be a non-empty mapping of YYYY-MM to entries")
        for key in raw:
            if not isinstance(key, str) or len(key) != 7:
                raise ValueError(f"value key {key!r} must be a quoted month YYYY-MM")
        return raw

    @model_validator(mode="after")
    def _typed(self) -> "ParameterFile":
        if self.projection == "assumption" and not self.assumption:
            raise ValueError("projection 'assumption' needs the assumption's name")
        if self.unit == "convention" and not self.choices:
            raise ValueError("a convention file must list its choices")
        typed: dict[YearMonth, Optional[DatedValue]] = {}
        for month, entry in self.values.items():
            typed[month] = None if entry is None else entry.model_copy(
                update={"value": self._coerce(entry.value)})
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


class AddonBand(_Strict):
    """One band of a banded add-on: ``rate`` x the years beyond ``over`` (up to ``upto``)."""

    over: Decimal = Field(ge=0)
    upto: Optional[Decimal] = Field(default=None, ge=0)
    rate: Decimal = Field(ge=0)

    @field_validator("over", "upto", "rate", mode="before")
    @classmethod
    def _number(cls, value: Any) -> Optional[Decimal]:
        return None if value is None else _to_decimal(value)


class AddonValue(_Strict):
    """One regional add-on to the monthly pension (e.g. 浙江 过渡性调节金):
    fixed + per_year x Y + per_index_year x Z x Y + base_rate x C x Y, with Y the ``years`` and
    Z the ``index`` it names, C the pension base."""

    name_zh: str = Field(min_length=2)
    name_en: str = Field(min_length=2)
    fixed: Decimal = Field(default=Decimal(0), ge=0)
    per_year: Decimal = Field(default=Decimal(0), ge=0)
    per_index_year: Decimal = Field(default=Decimal(0), ge=0)
    base_rate: Decimal = Field(default=Decimal(0), ge=0)
    years: Literal["total_years", "full_total_years", "deemed_years",
                   "pre_account_years"] = "total_years"
    index: Literal["one", "average_index", "transitional_index"] = "one"
    requires: Literal["none", "pre_account", "no_pre_account", "minimum_years"] = "none"
    rounding: Literal["fen", "jiao_up", "yuan"] = "fen"
    #: banded rates on a base x the years in each band (吉林 增发基础养老金: (C + C x Ī) / 2 x
    #: (0.15% x the 21st-25th year + 0.2% x the 26th-30th + 0.25% beyond))
    bands: list[AddonBand] = Field(default_factory=list)
    #: the base of the bands: the pension base C, or the basic pension's base (a x C + indexed
    #: wage) / 2
    band_base: Literal["pension_base", "basic_base"] = "basic_base"
    #: paid only to people with at least these years actually paid (deemed years not counted)
    min_paid_years: Optional[Decimal] = Field(default=None, ge=0)
    #: paid only as far as it exceeds the transitional pension, i.e. the person gets the larger of
    #: the two (广东 定额加发 against the new-method transitional pension)
    top_up: bool = False

    @field_validator("fixed", "per_year", "per_index_year", "base_rate", mode="before")
    @classmethod
    def _number(cls, value: Any) -> Decimal:
        return _to_decimal(value)

    @field_validator("min_paid_years", mode="before")
    @classmethod
    def _optional_number(cls, value: Any) -> Optional[Decimal]:
        return None if value is None else _to_decimal(value)


class RegionIndex(_Strict):
    name_zh: str
    name_en: str
    code: str = Field(pattern=r"^\d{6}$")
    parent: Optional[str] = None
    kind: Literal["province", "city"]
    note: Optional[str] = None


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
