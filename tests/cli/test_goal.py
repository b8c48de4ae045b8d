"""The ``goal`` command (cli_decide.py): one object with the index, retirement-month and wage
answers, each with ``possible``, the reason code and the catalogue's words in both languages;
bad input one line, exit 2."""

import contextlib
import io
import json
import re
from decimal import Decimal
from pathlib import Path

import pytest

from shebao_desktop.cli import main
from shebao_desktop.core.yearmonth import YearMonth
from shebao_desktop.presentation.catalogue import GOAL_REASON_CODES
from shebao_desktop.presentation.messages import template

REPO = Path(__file__).resolve().parents[2]
EXAMPLE = str(REPO / "examples" / "profile-beijing.json")
CJK = re.compile(r"[\u4e00-\u9fff]")


def _json(*argv):
    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        assert main(["goal", EXAMPLE, "--as-of", "2026-12", "--format", "json", *argv]) == 0
    return json.loads(buffer.getvalue())


@pytest.fixture(scope="module")
def reachable():
    # the example's present plan is about 15,285 a month in today's money: 17,000 takes more
    return _json("--target", "17000")


@pytest.fixture(scope="module")
def unreachable():
    return _json("--target", "60000", "--today")


def _check_words(answer):
    assert answer["reason"] in GOAL_REASON_CODES
    assert answer["words"] == {"zh": template(answer["reason"], "zh"),
                               "en": template(answer["reason"], "en")}
    assert CJK.search(answer["words"]["zh"]) and not CJK.search(answer["words"]["en"])


def test_goal_json_reachable(reachable):
    g = reachable
    assert g["target_today"] == "17000.00" and g["retirement_month"] == "2051-03"
    assert Decimal(g["current_today"]) < Decimal("17000")
    assert set(g) >= {"index", "retirement", "wage", "basis"}
    for key in ("index", "retirement", "wage"):
        answer = g[key]
        _check_words(answer)
        assert answer["possible"] is True and answer["reason"] == "FOUND"
        # the answer is checked on the estimate itself: it reaches the target
        assert Decimal(answer["total_today"]) >= Decimal("17000")
    assert Decimal("0.6") < Decimal(g["index"]["value"]) <= Decimal("3")
    assert len(g["index"]["value"].split(".")[1]) == 4
    assert YearMonth.parse("2051-03") < YearMonth.parse(g["retirement"]["value"]) \
        <= YearMonth.parse("2054-03")  # at most the latest elective month (3 years later)
    assert re.fullmatch(r"\d+\.00", g["wage"]["value"])  # to the yuan
    assert g["basis"][0]["code"] == "DECIDE_GOAL_RULE"


def test_goal_json_impossible_says_why(unreachable):
    g = unreachable
    for key, why in (("index", "ABOVE_CEILING"), ("retirement", "NOT_WITHIN_WINDOW"),
                     ("wage", "ABOVE_CEILING")):
        answer = g[key]
        _check_words(answer)
        assert (answer["value"], answer["possible"], answer["reason"]) == (None, False, why)
        assert Decimal(answer["total_today"]) < Decimal("60000")


def test_goal_json_already_reached():
    g = _json("--target", "5000")
    assert g["index"]["reason"] == "ALREADY_REACHED" and g["index"]["value"] == "0.6000"
    assert g["retirement"] == {**g["retirement"], "value": "2051-03", "possible": True}


def test_goal_text_in_the_users_language(run_cli):
    argv = ["goal", EXAMPLE, "--target", "60000", "--as-of", "2026-12"]
    code, out, _ = run_cli(*argv, lang="zh_CN.UTF-8")
    assert code == 0
    assert "今后平均缴费指数" in out and template("ABOVE_CEILING", "zh") in out
    assert template("NOT_WITHIN_WINDOW", "zh") in out and "60,000.00" in out
    code, out, _ = run_cli(*argv)
    assert code == 0 and template("ABOVE_CEILING", "en") in out and not CJK.search(out)


@pytest.mark.parametrize("argv, field", [
    (["--target", "abc"], "--target"),
    (["--target", "0"], "--target"),
    (["--target", "6000", "--retire", "2020-01"], "--retire"),
    (["--target", "6000", "--retire", "2051-13"], "--retire"),
])
def test_goal_bad_input_one_line_exit_2(capsys, argv, field):
    code = main(["goal", EXAMPLE, "--as-of", "2026-12", *argv])
    out, err = capsys.readouterr()
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err and field in err
