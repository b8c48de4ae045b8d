"""A policy data file (one legal quantity per YAML file) as the program uses it: plain records.

Every value is keyed by the month it takes effect and carries its own status: ``enacted``
values cite a reference (document title, number, URL, date); ``estimated`` values state the
method that produced them. ``None`` means "not in force from this month".

These are frozen, slotted records without pydantic, so that the pre-built bundle
(:mod:`.bundle`) loads without it. The YAML is checked by :mod:`.schema_check`, which holds the
strict rules and gives these records; ``model_validate`` runs that check.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Literal, Optional

from ..record import Field, Record
from ..yearmonth import YearMonth

Status = Literal["enacted", "estimated"]
Confidence = Literal["O", "O-m", "T", "U"]
Unit = Literal[
    "rate", "ratio", "yuan", "yuan_per_month", "years", "months",
    "convention", "table", "schedule", "flag", "month", "addon",
]
DECIMAL_UNITS = {"rate", "ratio", "yuan", "yuan_per_month", "years", "months"}
#: how a value is extended past the period of the last published value
Projection = Literal["none", "hold", "average_wage_growth", "assumption"]
#: how a value is estimated for months before the first published value
Backcast = Literal["none", "national_wage_index", "hold"]


class _Checked(Record):
    @classmethod
    def model_validate(cls, raw: Any) -> Any:
        """``raw`` (parsed YAML) checked by the strict schema; raises pydantic's ValidationError."""
        from .schema_check import checked
        return checked(cls.__name__, raw)


class Reference(_Checked):
    """Where an enacted value comes from. ``confidence`` says how it was checked:
    O official text read, O-m official document cited but not read, T third-party, U unconfirmed."""

    title: str
    number: Optional[str] = None
    url: Optional[str] = None
    published: Optional[str] = None
    confidence: Confidence
    note: Optional[str] = None


class DatedValue(_Checked):
    value: Any
    status: Status
    reference: Optional[Reference] = None
    method: Optional[str] = None
    note: Optional[str] = None


class ParameterFile(_Checked):
    description: str
    description_en: str
    unit: Unit
    #: ``until_changed``: a value holds until the next one; ``year``: it covers 12 months only
    period: Literal["until_changed", "year"] = "until_changed"
    projection: Projection = "none"
    assumption: Optional[str] = None
    backcast: Backcast = "none"
    choices: Optional[list[str]] = None
    #: in month order; the value typed by ``unit`` (Decimal, text, flag, table, month, add-on)
    values: dict[YearMonth, Optional[DatedValue]]


class AddonBand(_Checked):
    """One band of a banded add-on: ``rate`` x the years beyond ``over`` (up to ``upto``)."""

    over: Decimal
    upto: Optional[Decimal] = None
    rate: Decimal


class AddonValue(_Checked):
    """One regional add-on to the monthly pension (e.g. 浙江 过渡性调节金):
    fixed + per_year x Y + per_index_year x Z x Y + base_rate x C x Y, with Y the ``years`` and
    Z the ``index`` it names, C the pension base (the rules: schema_check.AddonValue)."""

    name_zh: str
    name_en: str
    fixed: Decimal = Decimal(0)
    per_year: Decimal = Decimal(0)
    per_index_year: Decimal = Decimal(0)
    base_rate: Decimal = Decimal(0)
    years: Literal["total_years", "full_total_years", "deemed_years",
                   "pre_account_years"] = "total_years"
    index: Literal["one", "average_index", "transitional_index"] = "one"
    requires: Literal["none", "pre_account", "no_pre_account", "minimum_years"] = "none"
    rounding: Literal["fen", "jiao_up", "yuan"] = "fen"
    bands: list[AddonBand] = Field(default_factory=list)
    band_base: Literal["pension_base", "basic_base"] = "basic_base"
    min_paid_years: Optional[Decimal] = None
    top_up: bool = False


class RegionIndex(_Checked):
    name_zh: str
    name_en: str
    code: str
    parent: Optional[str] = None
    kind: Literal["province", "city"]
    note: Optional[str] = None
