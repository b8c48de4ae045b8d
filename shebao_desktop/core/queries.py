"""Small questions the window asks of the policy data, answered here so no widget builds a
policy view of its own: the default assumptions, a region's housing-fund rate bounds, whether a
region has a rule. Pure: no Qt, no clock."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Optional

from .policy.loader import NATIONAL, PolicyData, default_policy_data
from .policy.view import PolicyView
from .summary import ASSUMPTION_NAMES
from .yearmonth import YearMonth


@dataclass(frozen=True)
class DefaultAssumption:
    name: str
    value: Decimal
    method: Optional[str]  # how the default was chosen (it is an estimate)


def _view(policy: Optional[PolicyData]) -> PolicyView:
    return PolicyView(policy or default_policy_data(), {})


def default_assumptions(month: YearMonth,
                        policy: Optional[PolicyData] = None) -> dict[str, DefaultAssumption]:
    """The policy data's default for each assumption in force in ``month``."""
    view = _view(policy)
    out = {}
    for name in ASSUMPTION_NAMES:
        found = view.get(f"assumptions/{name}", NATIONAL, month)
        out[name] = DefaultAssumption(name, Decimal(str(found.value)), found.method)
    return out


def housing_fund_bounds(region: str, month: YearMonth,
                        policy: Optional[PolicyData] = None) -> tuple[Decimal, Decimal]:
    """The lowest and highest housing-fund deposit rate of ``region`` in ``month``
    (housing_fund/rate_min, rate_max); the estimate clamps a typed rate to them, and a rate left
    blank is the minimum. A region the data does not know gets the national bounds."""
    data = policy or default_policy_data()
    view = _view(data)
    region = region if region in data.regions else NATIONAL
    return (Decimal(str(view.value("housing_fund/rate_min", region, month))),
            Decimal(str(view.value("housing_fund/rate_max", region, month))))


def has_rule(name: str, region: str, policy: Optional[PolicyData] = None) -> bool:
    """Whether ``region`` (or a parent) has a value of parameter ``name`` at all."""
    return _view(policy).has(name, region)


def average_wage(region: str, month: YearMonth, policy: Optional[PolicyData] = None) -> Decimal:
    """The region's average wage (the one its contribution band is set from) in ``month``."""
    return Decimal(str(_view(policy).value("average_wage", region, month)))
