"""core/record.py: the estimate's records and the core's small value classes behave as the
pydantic models and dataclasses they replace (frozen, equal by value, the same dumps)."""

from __future__ import annotations

import copy
import json
import pickle
from decimal import Decimal

import pytest

from shebao_desktop.core.age import Age
from shebao_desktop.core.policy.schema import AddonValue
from shebao_desktop.core.record import Field, FrozenInstanceError, Record, dataclass
from shebao_desktop.core.result import AccountYear, ParameterUsed
from shebao_desktop.core.yearmonth import YearMonth


class _Line(Record):
    month: YearMonth
    amount: Decimal
    age: Age
    parts: tuple[str, ...] = ()
    tags: dict[int, Decimal] = Field(default_factory=dict)
    note: str | None = None


def _line(**changes) -> _Line:
    values = dict(month=YearMonth(2024, 3), amount=Decimal("12.30"), age=Age(60, 3),
                  parts=("pension",), tags={1: Decimal("0.5")})
    return _Line(**{**values, **changes})


def test_records_are_frozen_keyword_only_and_equal_by_value():
    line = _line()
    with pytest.raises(FrozenInstanceError):
        line.amount = Decimal(1)  # type: ignore[misc]
    with pytest.raises(TypeError):
        _Line(YearMonth(2024, 3), Decimal(1), Age(60, 0))  # type: ignore[misc]
    with pytest.raises(TypeError):
        _Line(month=YearMonth(2024, 3), amount=Decimal(1))  # age is required
    assert line == _line() and line != _line(note="x") and line != "not a record"
    assert not hasattr(line, "__dict__")  # slots
    assert _Line(month=YearMonth(2024, 1), amount=Decimal(0), age=Age(60, 0)).tags == {}
    year = dict(opening=Decimal(1), contributions=Decimal(2), interest=Decimal(0),
                withdrawals=Decimal(0), closing=Decimal(3))
    assert hash(AccountYear(**year)) == hash(AccountYear(**year))
    assert len({AccountYear(**year), AccountYear(**year)}) == 1


def test_model_copy_construct_and_pickle():
    line = _line()
    other = line.model_copy(update={"amount": Decimal("1.00")})
    assert other.amount == Decimal("1.00") and line.amount == Decimal("12.30")
    assert other.month == line.month and line.model_copy() is line
    assert _Line.model_construct(**{n: getattr(line, n) for n in _Line._field_names}) == line
    assert pickle.loads(pickle.dumps(line)) == line == copy.deepcopy(line)


def test_dumps_follow_pydantic():
    line = _line()
    assert line.model_dump(mode="json") == {
        "month": "2024-03", "amount": "12.30", "age": {"years": 60, "months": 3},
        "parts": ["pension"], "tags": {"1": "0.5"}, "note": None}
    python = line.model_dump()
    assert python["amount"] == Decimal("12.30") and python["parts"] == ("pension",)
    assert python["month"] == "2024-03" and python["tags"] == {1: Decimal("0.5")}
    assert json.loads(line.model_dump_json(indent=2)) == line.model_dump(mode="json")
    assert line.model_dump_json() == json.dumps(line.model_dump(mode="json"), ensure_ascii=False,
                                                separators=(",", ":"))
    used = ParameterUsed(name="pension/account_start", region="beijing",
                         effective_from=YearMonth(1992, 1), value=YearMonth(1992, 10),
                         status="enacted")
    assert used.model_dump()["value"] == "1992-10"  # its field serializer, in both modes
    rule = AddonValue(name_zh="测试加发", name_en="Test", fixed=Decimal(100))
    assert rule.model_dump(mode="json", exclude_defaults=True) == {
        "name_zh": "测试加发", "name_en": "Test", "fixed": "100"}
    year = AccountYear(opening=Decimal(1), contributions=Decimal(2), interest=Decimal(0),
                       withdrawals=Decimal(0), closing=Decimal(3))
    assert year.model_dump(mode="json")["closing"] == "3"


@dataclass(frozen=True, order=True)
class _Span:
    start: int
    months: int = 12

    def __post_init__(self) -> None:
        if self.months < 0:
            raise ValueError("negative")


def test_the_light_dataclass_decorator():
    span = _Span(3)
    assert span == _Span(start=3, months=12) and span.months == 12 and span != _Span(3, 1)
    assert _Span(1, 5) < _Span(2, 0) and sorted([_Span(2), _Span(1)]) == [_Span(1), _Span(2)]
    assert repr(span) == "_Span(start=3, months=12)" and hash(span) == hash(_Span(3))
    with pytest.raises(FrozenInstanceError):
        span.start = 4  # type: ignore[misc]
    with pytest.raises(ValueError):
        _Span(1, -1)
    assert Age(60, 3).total_months == 723 and str(Age(60, 3)) == "60y3m"
