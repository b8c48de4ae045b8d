"""What an estimate says about itself besides its figures: the assumptions it used (and whether
each is the user's or the default) and the rules it applied, each dated entry with its source.
``estimate()`` adds these to the ``Estimate`` so no reader digs them out of the parameter list."""

from __future__ import annotations

from decimal import Decimal
from typing import Iterable

from .result import AssumptionUsed, ParameterUsed

#: the assumptions every estimate uses (core/estimate.ASSUMPTIONS, in the same order)
ASSUMPTION_NAMES = ("average_wage_growth", "own_wage_growth", "credited_interest_rate", "inflation",
                    "pension_adjustment")
#: rules rather than figures: how interest is credited, how months count as years, how the
#: pension is rounded, what the transitional pension counts
RULE_NAMES = ("pension/interest_convention", "pension/year_counting", "pension/rounding",
              "pension/total_rounding", "pension/indexed_wage_rounding", "housing_fund/rounding",
              "pension/transitional_index_rule", "pension/transitional_years_rule",
              "pension/transitional_index_fallback")


def assumptions_used(given, used: dict[str, Decimal]) -> list[AssumptionUsed]:
    """``given``: the profile's ``Assumptions`` (``None`` = not given); ``used``: the values the
    estimate ran with (the policy view's assumptions)."""
    return [AssumptionUsed(name=name, value=Decimal(used[name]),
                           source="default" if getattr(given, name) is None else "user")
            for name in ASSUMPTION_NAMES if name in used]


def rules_used(parameters: Iterable[ParameterUsed]) -> list[ParameterUsed]:
    """The rule entries among ``parameters``, in the order of ``RULE_NAMES`` then by date."""
    order = {name: i for i, name in enumerate(RULE_NAMES)}
    found = [p for p in parameters if p.name in order]
    return sorted(found, key=lambda p: (order[p.name], p.region, p.effective_from))


def summary(profile, view, parameters: list[ParameterUsed]) -> dict:
    """The ``Estimate`` fields this module fills (``assumptions``, ``rules``)."""
    return {"assumptions": assumptions_used(profile.assumptions, view.assumptions),
            "rules": rules_used(parameters)}
