"""Worked examples (tests/core/cases/*.yaml), each with its source, compared exactly."""

from decimal import Decimal
from pathlib import Path

import pytest
import yaml

from shebao_desktop.core.estimate import estimate
from shebao_desktop.core.pension_at_retirement import PensionInputs, pension_at_retirement
from shebao_desktop.core.policy.loader import default_policy_data
from shebao_desktop.core.policy.view import PolicyView
from shebao_desktop.core.profile import Profile
from shebao_desktop.core.yearmonth import YearMonth

CASES = Path(__file__).parent / "cases"


def _load(name):
    cases = yaml.safe_load((CASES / name).read_text(encoding="utf-8"))
    for case in cases:
        assert case["source"], case["name"]
    return cases


def _resolve(result, path: str):
    """``pension.total``, ``years[2024].pension_account.closing``, ``notices`` ..."""
    node = result
    for part in path.split("."):
        if "[" in part:
            attr, key = part[:-1].split("[")
            node = getattr(node, attr)
            if attr == "years":
                node = next(y for y in node if y.year == int(key))
            else:
                node = node[key] if isinstance(node, dict) else node[int(key)]
        else:
            node = node[part] if isinstance(node, dict) else getattr(node, part)
    return node


@pytest.mark.parametrize("case", _load("pension_at_retirement.yaml"), ids=lambda c: c["name"])
def test_pension_at_retirement(case):
    i = case["input"]
    view = PolicyView(default_policy_data(), {"average_wage_growth": Decimal("0.03")})
    years, deemed = Decimal(i["years"]), Decimal(i["deemed_years"])
    got = pension_at_retirement(view, PensionInputs(
        birth=YearMonth.parse(i["birth"]), retire=YearMonth.parse(i["retire"]),
        region=i["region"], actual_months=(years - deemed) * 12, deemed_years=deemed,
        balance=Decimal(i["account"]), average_index=Decimal(i["average_index"]),
        pension_base=Decimal(i["pension_base"]) if "pension_base" in i else None))
    for key, expected in case["output"].items():
        value = getattr(got, key)
        assert value == Decimal(expected), key
        assert str(value) == expected, f"{key}: {value} is not written as {expected}"


@pytest.mark.parametrize("case", _load("estimates.yaml"), ids=lambda c: c["name"])
def test_estimate(case):
    profile = Profile.model_validate(case["input"]["profile"])
    result = estimate(profile, as_of=YearMonth.parse(case["input"]["as_of"]))
    for path, expected in case["output"].items():
        value = _resolve(result, path)
        if path.endswith("notices"):
            codes = [(n.code, n.params) for n in value]
            for item in expected:
                assert (item["code"], item.get("params", {})) in codes or \
                    (not item.get("params") and item["code"] in [c for c, _ in codes]), item
        elif isinstance(expected, (str, int)) and not isinstance(expected, bool):
            assert str(value) == str(expected), f"{path}: got {value}, expected {expected}"
        else:
            assert value == expected, path
