"""Approval forms (核定表) from every province: tests/core/forms/<province>.yaml.

Each case runs through the ``pension`` command itself (``cli.main``, JSON output), so what is
scored is what users get; every component in ``output`` is compared to the fen. A case whose
figures no consistent rule reproduces carries ``xfail: "<why>"``.

``python -m tests.core.test_forms`` prints the score by province: all three parts within
0.05 yuan, and the total within 1% (column ``totals``: how many forms give a total at all).
"""

from __future__ import annotations

import io
import json
import sys
from contextlib import redirect_stderr, redirect_stdout
from decimal import Decimal
from pathlib import Path

import pytest
import yaml

from shebao_desktop import cli

FORMS = Path(__file__).parent / "forms"
#: case input key -> ``pension`` option
OPTIONS = {"region": "--region", "gender": "--gender", "category": "--category",
           "birth": "--birth", "retire": "--retire", "years": "--years",
           "deemed_years": "--deemed-years", "pre_account_years": "--pre-account-years",
           "average_index": "--average-index", "transitional_index": "--transitional-index",
           "account": "--account", "pension_base": "--pension-base", "work_start": "--work-start",
           "early_retirement": "--early-retirement", "notional_account": "--notional-account",
           "old_transitional": "--old-transitional", "personal": "--personal",
           "region_years": "--region-years"}
PARTS = ("basic_pension", "account_pension", "transitional_pension")


def load_cases() -> list[tuple[str, dict]]:
    """Every case; a file that is not valid YAML becomes one case that fails saying why (the
    other provinces still run)."""
    cases = []
    for path in sorted(FORMS.glob("*.yaml")):
        try:
            loaded = yaml.safe_load(path.read_text(encoding="utf-8")) or []
        except yaml.YAMLError as exc:
            loaded = [{"name": "unreadable file", "unreadable": str(exc)}]
        for case in loaded:
            cases.append((path.stem, case))
    return cases


def run_pension(given: dict) -> tuple[int, dict, str]:
    """``shebao-desktop pension`` on a case's input: (exit status, JSON output, stderr)."""
    unknown = set(given) - set(OPTIONS)
    assert not unknown, f"unknown input keys {sorted(unknown)}"
    argv = ["pension", "--format", "json"]
    for key, value in given.items():
        argv += [OPTIONS[key], str(value)]
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = cli.main(argv)
    return code, (json.loads(out.getvalue()) if code == 0 else {}), err.getvalue()


def compare(output: dict, got: dict) -> list[str]:
    """Every expected figure that differs, as 'key: got X, form Y' (empty: all match)."""
    wrong = []
    for key, expected in output.items():
        if key == "extra_pension":
            lines = {line["name_zh"]: line["amount"] for line in got.get("extra_pension", [])}
            for name, amount in expected.items():
                if name not in lines or Decimal(lines[name]) != Decimal(str(amount)):
                    wrong.append(f"{name}: got {lines.get(name)}, form {amount}")
            continue
        value = got.get(key)
        if value is None or Decimal(str(value)) != Decimal(str(expected)):
            wrong.append(f"{key}: got {value}, form {expected}")
    return wrong


def _param(slug: str, case: dict):
    marks = [pytest.mark.xfail(reason=case["xfail"], strict=False)] if case.get("xfail") else []
    return pytest.param(slug, case, id=f"{slug}: {case['name']}", marks=marks)


CASES = load_cases()


def test_every_case_cites_a_source():
    for slug, case in CASES:
        assert "unreadable" not in case, f"forms/{slug}.yaml: {case.get('unreadable')}"
        assert len(str(case.get("source", ""))) > 10, f"{slug}: {case.get('name')} has no source"
        assert case.get("input", {}).get("region"), f"{slug}: {case.get('name')} has no region"
        assert case.get("output"), f"{slug}: {case.get('name')} has no output"


@pytest.mark.parametrize("slug, case", [_param(s, c) for s, c in CASES])
def test_approval_form(slug, case):
    assert "unreadable" not in case, f"forms/{slug}.yaml: {case['unreadable']}"
    code, got, err = run_pension(case["input"])
    assert code == 0, err
    wrong = compare(case["output"], got)
    assert not wrong, "; ".join(wrong)


def score() -> dict[str, list[int]]:
    """Per province: [cases, all three parts within 0.05, total within 1%, exact, cases whose
    form gives a total] (a form without a total cannot be scored on it)."""
    table: dict[str, list[int]] = {}
    for slug, case in CASES:
        row = table.setdefault(slug, [0, 0, 0, 0, 0])
        row[0] += 1
        row[4] += "total" in case.get("output", {})
        if "unreadable" in case:
            continue
        code, got, _ = run_pension(case["input"])
        if code != 0:
            continue
        out = case["output"]
        if all(abs(Decimal(got[p]) - Decimal(str(out[p]))) <= Decimal("0.05")
               for p in PARTS if p in out):
            row[1] += 1
        if "total" in out and abs(Decimal(got["total"]) - Decimal(str(out["total"]))) \
                <= Decimal(str(out["total"])) / 100:
            row[2] += 1
        row[3] += not compare(out, got)
    return table


if __name__ == "__main__":
    rows = score()
    print(f"{'province':<14}{'cases':>6}{'parts':>7}{'total':>7}{'exact':>7}{'totals':>8}")
    for slug, (n, parts, total, exact, totals) in sorted(rows.items()):
        print(f"{slug:<14}{n:>6}{parts:>7}{total:>7}{exact:>7}{totals:>8}")
    sums = [sum(r[i] for r in rows.values()) for i in range(5)]
    print(f"{'all':<14}{sums[0]:>6}{sums[1]:>7}{sums[2]:>7}{sums[3]:>7}{sums[4]:>8}")
    print(f"parts {sums[1]}/{sums[0]} = {sums[1] / sums[0]:.1%}; totals {sums[2]}/{sums[4]} "
          f"= {sums[2] / sums[4]:.1%} of the forms that give one ({sums[2]}/{sums[0]} of all)")
    sys.exit(0)
