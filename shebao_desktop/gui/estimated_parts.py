"""Which of a month's contribution amounts rest on an estimated rate (marked ※): the window's
五险一金 table and the PDF's mark the same amounts (trial 5: the PDF marked none). Qt-free."""

from __future__ import annotations

from ..core.profile import Profile
from ..core.result import Estimate

#: the rates (names under the insurance's: medical/employer_rate) an amount of the month is
#: figured with (core/contributions.month_contributions): employee, employer, account
_RATES = {"employee": (("employee_rate", "employee_fixed"), ("employer_rate",),
                       ("personal_account_rate", "account_employee_share", "account_employer_rate")),
          "flexible": (("flexible_rate",), (), ("flexible_account_rate", "account_employee_share"))}


def _estimated_in_force(estimate: Estimate, region: str, month) -> set[str]:
    """The parameters whose value in force in ``month`` (the region's, else the national one)
    is an estimate (status estimated), as the PDF's parameter list marks them."""
    latest: dict[str, tuple] = {}
    for p in estimate.parameters:
        if p.effective_from <= month and p.region in (region, "national"):
            rank = (p.region == region, p.effective_from)
            if p.name not in latest or rank >= latest[p.name][0]:
                latest[p.name] = (rank, p.status == "estimated" or rank == latest.get(
                    p.name, ((), False))[0] and latest[p.name][1])
    return {name for name, (_rank, estimated) in latest.items() if estimated}


def estimated_parts(estimate: Estimate, profile: Profile) -> dict[str, tuple[str, ...]]:
    """Insurance key -> the parts of its amounts of the month (employee, employer, account)
    that rest on a rate whose value in force is an estimate."""
    mc = estimate.monthly_contributions
    if mc is None:
        return {}
    estimated = _estimated_in_force(estimate, mc.region, mc.month)
    employee, employer, account = _RATES[profile.employment_of()]

    def marked(key: str) -> tuple[str, ...]:  # the housing fund: its rate band, rounding
        rates = [("rate_min", "rate_max", "rounding")] * 3 if key == "housing_fund" else \
            [employee, employer, account + ("employee_rate",) * (key == "medical")
             if key in ("pension", "medical") else ()]
        return tuple(part for part, names in zip(("employee", "employer", "account"), rates)
                     if any(f"{key}/{name}" in estimated for name in names))
    return {key: marked(key) for key in mc.lines}
