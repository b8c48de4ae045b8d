"""Estimates for several retirement months of one profile.

``estimate_ages(profile, months, policy, as_of=...)`` returns ``{month: Estimate}``, each equal
to ``estimate(profile with retirement=month)``. ``retirement_months(profile, policy, as_of=...)``
gives the profile's window (statutory, earliest and latest elective month) without a walk.

This first version runs one estimate per month; the walk-once-and-branch version replaces the
body and keeps the contract (tests/core/test_sweep.py compares both ways).
"""

from __future__ import annotations

from typing import Optional, Sequence

from .estimate import check_regions, estimate, make_view
from .policy.loader import PolicyData, default_policy_data
from .profile import Profile
from .result import Estimate
from .retirement import RetirementWindow, retirement_window
from .yearmonth import YearMonth


def retirement_months(profile: Profile, policy: Optional[PolicyData] = None, *,
                      as_of: YearMonth) -> RetirementWindow:
    """The profile's retirement window: statutory month, earliest and latest elective month."""
    data = policy or default_policy_data()
    check_regions(profile, data)
    view = make_view(profile, data, as_of)
    return retirement_window(profile.birth, profile.retirement_group, profile.region, view)


def estimate_ages(profile: Profile, months: Sequence[YearMonth],
                  policy: Optional[PolicyData] = None, *,
                  as_of: YearMonth) -> dict[YearMonth, Estimate]:
    """One estimate per retirement month (each inside the window, else ProfileError)."""
    data = policy or default_policy_data()
    return {m: estimate(profile.model_copy(update={"retirement": m}), data, as_of=as_of)
            for m in dict.fromkeys(months)}
