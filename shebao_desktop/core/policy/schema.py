"""A policy data file (one legal quantity per YAML file) as the program uses it: plain records.

Every value is keyed by the month it takes effect and carries its own status: ``enacted``
values cite a reference (document title, number, URL, date); ``estimated`` values state the
method that produced them. ``None`` means "not in force from this month".

These are frozen, slotted records without pydantic, so that the pre-built bundle
(:mod:`.bundle`) loads without it. Their fields, with the constraints in ``Field(...)``, are the
schema: :mod:`.schema_check` builds the strict pydantic models from them, adds the rules between
fields, and checks the YAML with them; ``model_validate`` runs that check.
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

    title: str = Field(min_length=2)
    number: Optional[str] = None
    url: Optional[str] = None
    published: Optional[str] = Field(default=None, pattern=r"^\d{4}-\d{2}(-\d{2})?$")
    confidence: Confidence
    note: Optional[str] = None


class DatedValue(_Checked):
    value: Any
    status: Status
    reference: Optional[Reference] = None
    method: Optional[str] = None
    note: Optional[str] = None


class ParameterFile(_Checked):
    description: str = Field(min_length=2)
    description_en: str = Field(min_length=2)
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
    """One band of a banded add-on: ``rate`` x the years beyond ``over`` (up to ``upto``). A band
    with ``starts_at`` counts only once the years reach it; below, the band before runs on (吉林:
    the 31st-year band from 31 years, so 30.58 years put 5.58 in the 26th-30th band)."""

    over: Decimal = Field(ge=0)
    upto: Optional[Decimal] = Field(default=None, ge=0)
    rate: Decimal = Field(ge=0)
    starts_at: Optional[Decimal] = Field(default=None, ge=0)


class AddonStep(_Checked):
    """One step of a stepped add-on: ``rate`` of its base from ``years`` on (the highest step
    the person reaches applies; 西藏 高原补贴: 5% from 10 years worked in Tibet, 10% from 15,
    15% from 20)."""

    years: Decimal = Field(ge=0)
    rate: Decimal = Field(ge=0)


class AddonValue(_Checked):
    """One regional add-on to the monthly pension (e.g. 浙江 过渡性调节金):
    fixed + per_year x Y + per_index_year x Z x Y + base_rate x C x Y, with Y the ``years`` and
    Z the ``index`` it names, C the pension base."""

    name_zh: str = Field(min_length=2)
    name_en: str = Field(min_length=2)
    fixed: Decimal = Field(default=Decimal(0), ge=0)
    per_year: Decimal = Field(default=Decimal(0), ge=0)
    per_index_year: Decimal = Field(default=Decimal(0), ge=0)
    base_rate: Decimal = Field(default=Decimal(0), ge=0)
    #: region_years: the years the person worked in the region, a personal input (CLI
    #: --region-years, Profile.region_years); an add-on on them is paid only when given
    years: Literal["total_years", "full_total_years", "deemed_years",
                   "pre_account_years", "region_years"] = "total_years"
    index: Literal["one", "average_index", "transitional_index"] = "one"
    requires: Literal["none", "pre_account", "no_pre_account", "minimum_years"] = "none"
    #: paid only to people who state this personal status (CLI ``--personal``, Profile.personal;
    #: e.g. ``intellectual``: 宁夏 知识分子); None: to everyone the other conditions admit
    personal: Optional[str] = None
    rounding: Literal["fen", "jiao_up", "yuan"] = "fen"
    #: banded rates on a base x the years in each band (吉林 增发基础养老金: (C + C x Ī) / 2 x
    #: (0.15% x the 21st-25th year + 0.2% x the 26th-30th + 0.25% beyond))
    bands: list[AddonBand] = Field(default_factory=list)
    #: the base of the bands: the pension base C, the basic pension's base (a x C + indexed
    #: wage) / 2, or the indexed wage C x Ī (四川 月增发养老金: 0.1% of it a year)
    band_base: Literal["pension_base", "basic_base", "indexed_wage"] = "basic_base"
    #: paid only to people with at least these years actually paid (deemed years not counted)
    min_paid_years: Optional[Decimal] = Field(default=None, ge=0)
    #: paid only to people with at least these deemed years (视同缴费年限; 甘肃 调节金: 15)
    min_deemed_years: Optional[Decimal] = Field(default=None, ge=0)
    #: a rate of the indexed wage (C x Ī) by the highest step of ``years`` reached
    steps: list[AddonStep] = Field(default_factory=list)
    #: paid only as far as it exceeds the transitional pension, i.e. the person gets the larger of
    #: the two (广东 定额加发 against the new-method transitional pension)
    top_up: bool = False


class RegionIndex(_Checked):
    name_zh: str
    name_en: str
    code: str = Field(pattern=r"^\d{6}$")
    parent: Optional[str] = None
    kind: Literal["province", "city"]
    note: Optional[str] = None
