"""``goal`` for a flexible worker (灵活就业): the text speaks in 缴费档次, names the level paid
now when the goal is reached and gives no wage; the JSON keeps its fields and adds ``level``.
(Trial: "average index 0.6000 - reached already" read like an instruction.)"""

import json
import re

import pytest

from shebao_desktop.presentation.messages import template

CJK = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture
def flexible_profile(tmp_path):
    """A Beijing man born 1975-01, a flexible worker who paid on 7,200 from 2011 and goes on."""
    path = tmp_path / "flexible.json"
    path.write_text(json.dumps(dict(
        birth="1975-01", gender="male", region="beijing", category="flexible",
        history=[{"period": str(y), "region": "beijing", "amount": "7200"}
                 for y in range(2011, 2026)])), encoding="utf-8")
    return str(path)


def _goal(run_cli, profile, target, lang="C.UTF-8", *extra):
    code, out, err = run_cli("goal", profile, "--target", target, "--as-of", "2026-01", *extra,
                             lang=lang)
    assert code == 0, err
    return out


def test_reached_names_the_present_level(run_cli, flexible_profile):
    out = _goal(run_cli, flexible_profile, "5000", "zh_CN.UTF-8")
    assert "缴费档次: 按当前档次（62.1%）已能达到；按最低档次（60%）也能达到" in out
    assert "今后平均缴费指数" not in out and "0.6000" not in out and "月工资" not in out
    out = _goal(run_cli, flexible_profile, "5000")
    assert "reached already at your present level (62.1%)" in out and not CJK.search(out)
    assert "average index" not in out and "monthly wage" not in out


def test_a_level_to_choose_not_a_wage(run_cli, flexible_profile):
    out = _goal(run_cli, flexible_profile, "9000", "zh_CN.UTF-8")
    assert "缴费档次: 今后按 252.7% 档次缴费（平均缴费指数 2.5262）" in out
    assert "月工资" not in out
    out = _goal(run_cli, flexible_profile, "30000", "zh_CN.UTF-8")
    assert "所需档次高于最高档次（300%），达不到" in out
    assert template("ABOVE_CEILING", "zh") not in out


def test_the_json_keeps_its_fields_and_adds_the_level(run_cli, flexible_profile):
    g = json.loads(_goal(run_cli, flexible_profile, "9000", "C.UTF-8", "--format", "json"))
    assert {"index", "retirement", "wage", "basis"} <= set(g)
    assert g["index"]["value"] == "2.5262"
    assert g["level"] == {"flexible": True, "current": "0.621", "needed": "2.527",
                          "lowest": "0.6", "highest": "3", "choosable": None,
                          "words": {"zh": "今后按 252.7% 档次缴费（平均缴费指数 2.5262）",
                                    "en": "pay at the 252.7% level from now on "
                                          "(average index 2.5262)"}}


def test_an_employee_keeps_the_index_and_wage_lines(run_cli):
    from .test_goal import EXAMPLE
    code, out, _ = run_cli("goal", EXAMPLE, "--target", "5000", "--as-of", "2026-12")
    assert code == 0
    assert "average index from now on: 0.6000 - reached already with the present plan" in out
    assert "or a monthly wage from now on:" in out and "level" not in out
    code, out, _ = run_cli("goal", EXAMPLE, "--target", "5000", "--as-of", "2026-12",
                           "--format", "json")
    level = json.loads(out)["level"]  # said for everyone; words only for a flexible worker
    assert (level["flexible"], level["words"], level["needed"]) == (False, None, "0.600")
