"""Inputs of the profile dump/error test (test_profile_dumps.py): every example profile, the
golden and worked-example shapes, edge values of every field, and hostile inputs whose errors
are pinned. ``make_profile_dumps.py`` wrote ``data/profile_dumps.json`` from these ONCE with the
pydantic models the profile had before (commit eca4dcb); the test compares the models of today
with it, byte for byte."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import yaml

ROOT = Path(__file__).parents[2]
BASE = {"birth": "1980-01", "gender": "male", "region": "beijing"}
ROW = {"period": "2019", "region": "beijing", "amount": "5000"}


def examples() -> dict[str, str]:
    """Name -> JSON text of each example profile shipped in ``examples/``."""
    return {path.name: path.read_text(encoding="utf-8")
            for path in sorted((ROOT / "examples").glob("*.json"))}


def valid_inputs() -> dict[str, tuple[str, dict]]:
    """Name -> (model name, python input) of profiles and parts that validate."""
    from tests.core.test_golden_estimates import _profiles
    out: dict[str, tuple[str, dict]] = {f"golden-{k}": ("Profile", v) for k, v in _profiles().items()}
    cases = yaml.safe_load((Path(__file__).parent / "cases" / "estimates.yaml").read_text("utf-8"))
    for n, case in enumerate(cases):
        out[f"worked-{n}"] = ("Profile", case["input"]["profile"])
    full = {
        "schema_version": 1, "name": "全 \"字段\" \\ \x01\t\n\u2028 😀", "birth": "1975-03",
        "gender": "female", "category": "cadre", "region": "shanghai", "work_start": "1995/7",
        "deemed_years": "3.5", "pre_account_years": "10", "transitional_index": "1.20",
        "personal": ["intellectual"], "region_years": 7,
        "history": [
            {"period": "1996", "region": "shanghai", "amount": "1E+3", "amount_kind": "base", "months": 6},
            {"period": "1997", "region": "shanghai", "amount": " 1_200.5 ", "months": 12},
            {"period": "1998-03", "region": "beijing", "amount": "0.10", "months": 0,
             "employment": "flexible", "generated": True},
            {"period": "1998-04", "region": "beijing", "amount": 5000, "generated": False},
            {"period": "1999", "region": "beijing", "amount": "5000.00", "months": "3"},
            {"period": "2000", "region": "beijing", "amount": "１２", "months": 1.0},
        ],
        "statement": {"as_of": "2020-12", "pension_balance": "12345.67", "contribution_years": "20",
                      "average_index": "0.8", "medical_balance": "100", "housing_fund_balance": "0",
                      "pre_account_years": "2.5", "transitional_index": "1", "notional_account": "9.9"},
        "future": {"continue_contributing": "false", "monthly_wage": "8000", "employment": "employee"},
        "retirement": "2030-03",
        "housing_fund": {"enabled": 1, "employee_rate": "0.12", "employer_rate": "0.05",
                         "withdrawals": [{"month": "2021-01", "amount": "500"}]},
        "assumptions": {"own_wage_growth": "-0.2", "average_wage_growth": "0.5", "credited_interest_rate": "0",
                        "inflation": "-0", "pension_adjustment": "1e-2", "medical_monthly_spending": "12.3"},
        "overrides": [{"parameter": "pension/x", "value": "100"}, {"parameter": "yes/no", "value": "true"},
                      {"parameter": "conv", "value": "abc", "from_month": "2020-01", "region": "beijing"},
                      {"parameter": "flag", "value": False}, {"parameter": "num", "value": 7},
                      {"parameter": "empty", "value": ""}],
    }
    out["full"] = ("Profile", full)
    out["minimal"] = ("Profile", dict(BASE))
    out["draft"] = ("ProfileWithDraft", {**BASE, "history": [ROW], "history_draft": [
        {"position": 1, "cells": {"period": "20x9", "amount": "abc", "region": "北京"}},
        {"position": 3, "cells": {}}]})
    out["row-generated"] = ("HistoryRow", {**ROW, "generated": "yes"})
    out["row-month"] = ("HistoryRow", {**ROW, "period": "2019-12", "months": 1})
    out["statement"] = ("Statement", full["statement"])
    out["override-decimal"] = ("ParameterOverride", {"parameter": "ab", "value": "1.50"})
    return out


def invalid_inputs() -> dict[str, tuple[str, object]]:
    """Name -> (model name, python input) that must fail, with the errors pinned."""
    def p(**changes):
        return {**BASE, **changes}
    return {
        "not-object": ("Profile", [1]),
        "empty": ("Profile", {}),
        "extra-and-missing": ("Profile", {"gender": "x", "zz": 1, "birth": "1980-01"}),
        "birth-int": ("Profile", p(birth=1980)),
        "birth-bad": ("Profile", p(birth="1980-13")),
        "birth-range": ("Profile", p(birth="1900-01")),
        "version": ("Profile", p(schema_version=2)),
        "version-text": ("Profile", p(schema_version="1")),
        "name-long": ("Profile", p(name="x" * 101)),
        "name-int": ("Profile", p(name=5)),
        "region-empty": ("Profile", p(region="")),
        "category": ("Profile", p(category="boss")),
        "deemed": ("Profile", p(deemed_years="-1")),
        "deemed-text": ("Profile", p(deemed_years="abc")),
        "deemed-nan": ("Profile", p(deemed_years="NaN")),
        "deemed-bool": ("Profile", p(deemed_years=True)),
        "deemed-digits": ("Profile", p(deemed_years="1.123456789")),
        "personal": ("Profile", p(personal=["x"])),
        "personal-text": ("Profile", p(personal="intellectual")),
        "personal-long": ("Profile", p(personal=["intellectual"] * 5)),
        "history-not-list": ("Profile", p(history={"a": ROW})),
        "history-items": ("Profile", p(history=[ROW, 5, {**ROW, "amount": "x"}, {**ROW, "zz": 1},
                                                 {"region": "beijing"}])),
        "history-too-long": ("Profile", p(history=[ROW] * 2001)),
        "amount-places": ("Profile", p(history=[{**ROW, "amount": "1.234"}])),
        "amount-digits": ("Profile", p(history=[{**ROW, "amount": "123456789012.345"}])),
        "amount-whole": ("Profile", p(history=[{**ROW, "amount": "12345678901234"}])),
        "amount-big": ("Profile", p(history=[{**ROW, "amount": "10000000.01"}])),
        "amount-neg": ("Profile", p(history=[{**ROW, "amount": "-1"}])),
        "amount-inf": ("Profile", p(history=[{**ROW, "amount": "-Infinity"}])),
        "amount-list": ("Profile", p(history=[{**ROW, "amount": [1]}])),
        "period-pattern": ("Profile", p(history=[{**ROW, "period": "2019\n"}])),
        "period-month": ("Profile", p(history=[{**ROW, "period": "2019-13"}])),
        "period-early": ("Profile", p(history=[{**ROW, "period": "1949"}])),
        "period-age-14": ("Profile", p(history=[{**ROW, "period": "1990"}])),
        "month-twice": ("Profile", p(history=[ROW, ROW])),
        "month-row-long": ("Profile", p(history=[{**ROW, "period": "2019-03", "months": 2}])),
        "months-text": ("Profile", p(history=[{**ROW, "months": "x"}])),
        "months-frac": ("Profile", p(history=[{**ROW, "months": 1.5}])),
        "months-range": ("Profile", p(history=[{**ROW, "months": 13}])),
        "kind": ("Profile", p(history=[{**ROW, "amount_kind": "salary"}])),
        "generated": ("Profile", p(history=[{**ROW, "generated": "maybe"}])),
        "generated-none": ("Profile", p(history=[{**ROW, "generated": None}])),
        "future-none": ("Profile", p(future=None)),
        "statement-missing": ("Profile", p(statement={"as_of": "2020-01"})),
        "override-range": ("Profile", p(overrides=[{"parameter": "abc", "value": "-5"}])),
        "override-list": ("Profile", p(overrides=[{"parameter": "abc", "value": [1]}])),
        "override-short": ("Profile", p(overrides=[{"parameter": "a", "value": "1"}])),
        "rate-low": ("Profile", p(assumptions={"inflation": "-0.3"})),
        "rate-high": ("Profile", p(assumptions={"inflation": "1E+1"})),
        "withdrawal": ("Profile", p(housing_fund={"withdrawals": [{"month": "x", "amount": "1"}]})),
        "draft-key": ("ProfileWithDraft", p(history_draft=[{"position": 1, "cells": {"zz": "y"}}])),
        "draft-value": ("ProfileWithDraft", p(history_draft=[{"position": -1, "cells": {"period": 5}}])),
        "row-extra": ("HistoryRow", {**ROW, "x": None}),
    }


def dumps_of(model) -> dict[str, str]:
    """The dumps that reach disk, exports and digests, as text."""
    return {"json_indent": model.model_dump_json(indent=2), "json": model.model_dump_json(),
            "json_mode": json.dumps(model.model_dump(mode="json"), ensure_ascii=False),
            "python": repr(model.model_dump())}


def errors_of(exc) -> list[dict]:
    """A ValidationError's errors as JSON: the exception in ``ctx`` by its type and text."""
    out = []
    for error in exc.errors(include_url=False):
        item = {"type": error["type"], "loc": list(error["loc"]), "msg": error["msg"],
                "input": repr(error["input"])[:500]}
        if "ctx" in error:
            item["ctx"] = {k: (f"{type(v).__name__}: {v}" if isinstance(v, Exception) else
                               str(v) if isinstance(v, Decimal) else v)
                           for k, v in error["ctx"].items()}
        out.append(item)
    return out
