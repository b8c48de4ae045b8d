"""Statutory and elective retirement ages (month-precise) and the minimum contribution years.

Rule: 全国人民代表大会常务委员会关于实施渐进式延迟法定退休年龄的决定 (2024-09-13) and its annexes
1-4, with 《实施弹性退休制度暂行办法》 (人社部发〔2024〕94号). The numbers (old ages, first cohorts,
steps, caps, elective windows, minimum years) are in ``policy/data/national/retirement`` and
``pension/min_contribution_years.yaml``; this module only applies them.
"""

from __future__ import annotations

from .record import dataclass  # frozen value classes without importing dataclasses
from decimal import Decimal
from typing import TYPE_CHECKING

from .age import Age  # the type lives in core/age.py (result.py uses it); importable here too
from .policy.view import PolicyView
from .yearmonth import YearMonth

if TYPE_CHECKING:
    from .profile import Profile
    from .result import Estimate


@dataclass(frozen=True)
class RetirementWindow:
    group: str
    old_age_month: YearMonth  # reaching the pre-reform age
    statutory_month: YearMonth
    delay_months: int
    earliest_month: YearMonth
    latest_month: YearMonth

    def age_at(self, birth: YearMonth, month: YearMonth) -> Age:
        return Age.between(birth, month)


def schedule_name(group: str) -> str:
    return f"retirement/schedule_{group}"


def schedule_group(group: str, region: str, view: PolicyView, month: YearMonth) -> str:
    """The group whose schedule applies: a schedule that only says ``follows: <group>`` hands
    over to that group's schedule for the same region (flexible-employment women: the cadres'
    wherever the region has no rule of its own, national/retirement/schedule_female_flexible)."""
    seen = {group}
    while True:
        follows = view.value(schedule_name(group), region, month).get("follows")
        if follows is None or follows in seen:
            return group
        group = str(follows)
        seen.add(group)


def retirement_window(birth: YearMonth, group: str, region: str, view: PolicyView) -> RetirementWindow:
    """The statutory retirement month and the elective window for one person (``group`` of the
    window: the schedule actually used, see :func:`schedule_group`).

    delay = min(cap, floor(d / step) + 1) for d = months from the first cohort's birth month
    (d >= 0), else 0: the first cohort already retires one month later.
    """
    group = schedule_group(group, region, view, birth + 12 * 60)
    probe = view.value(schedule_name(group), region, birth + 12 * 60)
    old_age_month = birth + 12 * int(probe["old_age_years"])
    schedule = view.value(schedule_name(group), region, old_age_month)
    base = YearMonth.parse(schedule["base_birth"])
    step = int(schedule["step_months"])
    distance = birth - base
    delay = 0 if step == 0 or distance < 0 else min(int(schedule["max_delay_months"]),
                                                    distance // step + 1)
    statutory = old_age_month + delay
    early = int(schedule["early_months"])
    earliest = max(old_age_month, statutory + (-early)) if early else statutory
    latest = statutory + int(schedule["late_months"])
    return RetirementWindow(group, old_age_month, statutory, delay, earliest, latest)


def minimum_years(window: RetirementWindow, chosen: YearMonth, region: str,
                  view: PolicyView) -> Decimal:
    """Minimum contribution years for a monthly pension when retiring in ``chosen``.

    Early retirement uses the table value of the chosen year; late retirement that of the
    statutory year (人社部发〔2024〕94号).
    """
    month = min(chosen, window.statutory_month)
    return view.value("pension/min_contribution_years", region, month)


def shortfall_months(window: RetirementWindow, retire: YearMonth, region: str, view: PolicyView,
                     total_months: Decimal) -> int:
    """Months still missing to the minimum contribution years (deemed years included)."""
    required = minimum_years(window, retire, region, view)
    return max(0, int((required * 12 - total_months).to_integral_value(rounding="ROUND_CEILING")))


def earliest_ahead(window, as_of: YearMonth) -> YearMonth:
    """The earliest month one can still choose: the later of the window's earliest month and
    the month after ``as_of`` (retiring cannot be in the past), at most the latest month."""
    return min(max(window.earliest_month, as_of + 1), window.latest_month)


def open_months(profile: Profile, window, as_of: YearMonth) -> tuple[YearMonth, YearMonth]:
    """(first, last): the retirement months one can still choose, none in the past
    (``earliest_ahead``). A statutory month already past, with no contribution recorded since,
    closes the later months: an elective delay is agreed with the employer in writing before
    the statutory age (人社部发〔2024〕94号), so there is no later month to choose (trial 5: a
    woman retired in 2025-12 was shown 2027-01 and 2028-12, months she could no longer pay).
    The earlier months of the window stay open then, past as they are: the month she did
    retire in (trial 6: early at 2025-12, she could only pick the statutory 2026-06), from the
    month after the last one her record shows paid."""
    statutory = window.statutory_month
    if statutory > as_of:
        return earliest_ahead(window, as_of), window.latest_month
    paid = [month for row in profile.history for month in row.months_covered()]
    if any(month >= statutory for month in paid) or \
            (profile.statement is not None and profile.statement.as_of >= statutory):
        return earliest_ahead(window, as_of), window.latest_month
    after_paid = max(paid) + 1 if paid else window.earliest_month
    return min(max(window.earliest_month, after_paid), statutory), statutory


def retirement_settled(profile: Profile, estimate: "Estimate") -> bool:
    """Whether the person chose a retirement month that is now past (retired then): nothing is
    left to choose or compare (trial 7). A statutory month merely passed, not chosen, is the
    estimate's assumption: its open months (``open_months``) are still offered."""
    return estimate.retired_by_as_of and profile.retirement is not None
