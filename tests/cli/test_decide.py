"""The ``compare`` and ``flexible`` commands (cli_decide.py): the JSON contract, text in the
user's language, and one clear line with exit 2 for bad input."""

import json
import re
from decimal import Decimal
from pathlib import Path

import pytest

from shebao_desktop.cli import main

REPO = Path(__file__).resolve().parents[2]
EXAMPLE = str(REPO / "examples" / "profile-beijing.json")
MONEY = re.compile(r"^\d+\.\d{2}$")
AGE = re.compile(r"^\d{2,3}\.\d{2}$")


@pytest.fixture(scope="module")
def compare_json():
    import contextlib
    import io
    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        assert main(["compare", EXAMPLE, "--as-of", "2026-12", "--format", "json"]) == 0
    return json.loads(buffer.getvalue())


def test_compare_json_contract(compare_json):
    rows = compare_json
    # the example (born 1988-03, male): statutory 2051-03 (63), earliest 2048-03, latest 2054-03
    assert [r["retirement_month"] for r in rows] == ["2051-03", "2048-03", "2054-03"]
    for r in rows:
        for key in ("total", "total_today", "contributions_personal", "received_to_80",
                    "inheritable_at_80", "received_to_85", "contributions_total"):
            assert MONEY.match(r[key]), (key, r[key])
        assert r["break_even_age"] is None or AGE.match(r["break_even_age"])
        assert {b["code"] for b in r["basis"]} >= {"DECIDE_BREAK_EVEN_RULE"}
        # the parts add up to the total
        parts = sum(Decimal(r[k]) for k in ("basic_pension", "account_pension",
                                            "transitional_pension", "extra_pension"))
        assert parts == Decimal(r["total"])
    statutory, earliest, latest = rows
    assert Decimal(earliest["total"]) < Decimal(statutory["total"]) < Decimal(latest["total"])
    assert statutory["kinds"] == ["statutory", "chosen"]


def test_compare_chosen_months(run_cli):
    code, out, err = run_cli("compare", EXAMPLE, "--as-of", "2026-12",
                             "--retire", "2052-03,2050-01", "--format", "json")
    assert code == 0, err
    rows = json.loads(out)
    assert [r["retirement_month"] for r in rows] == ["2052-03", "2050-01"]
    assert rows[1]["kinds"] == ["custom"]


def test_compare_text_in_chinese_and_english(run_cli):
    code, out, _ = run_cli("compare", EXAMPLE, "--as-of", "2026-12",
                           "--retire", "2051-03", lang="zh_CN.UTF-8")
    assert code == 0
    assert "回本年龄（个人缴费）" in out and "计算依据" in out and "2051-03" in out
    assert "DECIDE_" not in out
    code, out, _ = run_cli("compare", EXAMPLE, "--as-of", "2026-12", "--retire", "2051-03")
    assert code == 0 and "break-even age (personal)" in out and "Basis:" in out


def test_flexible_json_contract(run_cli):
    code, out, err = run_cli("flexible", EXAMPLE, "--as-of", "2026-12",
                             "--levels", "0.6,1,3", "--format", "json")
    assert code == 0, err
    rows = json.loads(out)
    assert [r["level"] for r in rows] == ["0.6", "1", "3"]
    for r in rows:
        for key in ("monthly_cost", "total_cost", "total", "total_today", "medical_monthly"):
            assert MONEY.match(r[key]), (key, r[key])
        assert r["from_month"] == "2027-01"
    assert rows[0]["years_to_recover"] is None
    assert re.match(r"^\d+\.\d$", rows[2]["years_to_recover"])
    # 100 % costs 1/0.6 of 60 % a month, unless the floor binds (then less)
    assert Decimal(rows[1]["monthly_cost"]) <= Decimal(rows[0]["monthly_cost"]) / Decimal("0.6")
    assert Decimal(rows[0]["total"]) < Decimal(rows[1]["total"]) < Decimal(rows[2]["total"])


@pytest.mark.parametrize("argv, field", [
    (["compare", EXAMPLE, "--retire", "2040-01"], "retirement"),
    (["compare", EXAMPLE, "--retire", "2051-13"], "--retire"),
    (["compare", "no-such-file.json"], "no-such-file.json"),
    (["flexible", EXAMPLE, "--levels", "0.6,abc"], "--levels"),
    (["flexible", EXAMPLE, "--levels", "50"], "--levels"),
    (["flexible", EXAMPLE, "--as-of", "2026-12", "--from", "2020-01"], "--from"),
])
def test_bad_input_one_line_exit_2(run_cli, argv, field):
    code, out, err = run_cli(*argv, "--format", "json")
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1, err
    assert "Traceback" not in err and field in err


def test_every_decision_word_in_both_languages():
    """Each basis code the decision tools give, each goal answer and each kind of month has a
    Chinese and an English wording (presentation/decide_words.py; the goal reasons in the
    catalogue)."""
    import importlib
    import inspect
    compare, flexible, goal, shortfall = (importlib.import_module(f"shebao_desktop.core.decide.{m}")
                                          for m in ("compare", "flexible", "goal", "shortfall"))
    from shebao_desktop.presentation import decide_words as w
    cjk = re.compile(r"[\u4e00-\u9fff]")
    codes = set(compare.BASIS) | {compare.BASIS_STATEMENT} | set(flexible.BASIS) | \
        set(shortfall.BASIS) | set(goal.BASIS) | set(goal.BASIS_FLEXIBLE)
    assert codes == set(w.BASIS)
    whys = set(re.findall(r'"([A-Z_]{5,})"', inspect.getsource(goal))) - set(goal.BASIS) - \
        set(goal.BASIS_FLEXIBLE)
    from shebao_desktop.presentation.catalogue import GOAL_REASON_CODES
    assert whys == set(GOAL_REASON_CODES)
    kinds = set(re.findall(r'\("(\w+)", (?:window|profile)\.', inspect.getsource(compare)))
    kinds |= set(re.findall(r'"(earliest\w*)"', inspect.getsource(compare.earliest_kind)))
    assert kinds | {"custom"} == set(w.KINDS)
    for table in (w.BASIS, w.KINDS, w.LABELS):
        for key, (zh, en) in table.items():
            assert cjk.search(zh) and not cjk.search(en), key
