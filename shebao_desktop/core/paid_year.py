"""What a year's paid months contribute, whatever the balances (``PaidYear``): computed once
per distinct set of months and memoised in the policy view with the parameters it used; and
which parts of a year's figures rest on an estimate.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from functools import cached_property
from typing import Callable, Optional

from .contributions import INSURANCES, MonthResult
from .money import ZERO, fen
from .plan import Plan, Work
from .policy.view import PolicyView
from .result import InsuranceAmounts
from .yearmonth import YearMonth

PROJECTED_WAGE = "own_wage"  # an assumed wage (no record for the month)


def by_year(plan: Plan) -> dict[int, list[tuple[YearMonth, Work]]]:
    """The plan's paid months by year, in month order."""
    years: dict[int, list[tuple[YearMonth, Work]]] = {}
    for month, work in sorted(plan.months.items(), key=lambda item: item[0].index):
        years.setdefault(month.year, []).append((month, work))
    return years


_PARTS: dict[frozenset, dict] = {}


@dataclass(frozen=True)
class PaidYear:
    """What a year's paid months contribute, whatever the balances: (month index, to the
    pension, medical and housing-fund accounts) per month, the indices in month order, the
    year line's contribution figures and the notices."""

    deposits: tuple[tuple[int, Decimal, Decimal, Decimal], ...]
    indices: tuple[Decimal, ...]
    paid: int
    contributions: dict[str, InsuranceAmounts]
    average_base: Decimal
    average_index: Optional[Decimal]
    region: Optional[str]
    notices: tuple[tuple[int, str, dict], ...]  # (month index, code, parameters)
    last_wage: Optional[Decimal]
    #: the month of ``last_wage`` (the year's last paid month)
    last_wage_month: Optional[YearMonth] = None

    @cached_property
    def by_account(self) -> tuple[list, list, list, list]:
        """The positive deposits (month index, amount) to the pension and medical accounts,
        and to the housing fund up to June and from July (its interest year ends in June)."""
        july = self.deposits[0][0] // 12 * 12 + 6 if self.deposits else 0
        return ([(d[0], d[1]) for d in self.deposits if d[1] > 0],
                [(d[0], d[2]) for d in self.deposits if d[2] > 0],
                [(d[0], d[3]) for d in self.deposits if d[3] > 0 and d[0] < july],
                [(d[0], d[3]) for d in self.deposits if d[3] > 0 and d[0] >= july])


def estimated_parts(names: frozenset[str]) -> dict:
    """``_parts_of`` once per distinct set of names."""
    found = _PARTS.get(names)
    if found is None:
        if len(_PARTS) > 1000:
            _PARTS.clear()
        found = _PARTS[names] = _parts_of(names)
    return found


def _parts_of(names: frozenset[str]) -> dict:
    """Which of a year's figures rest on an estimate: ``pension`` (the base, the index, the
    pension account and pension), ``medical`` (the medical account), ``housing_fund``."""
    parts = set()
    for name in names:
        if name in (PROJECTED_WAGE, "contribution_base", "average_wage"):
            parts.update(("pension", "medical", "housing_fund") if name != "average_wage"
                         else ("pension",))
        elif name.startswith(("medical/",)):
            parts.add("medical")
        elif name.startswith("housing_fund/"):
            parts.add("housing_fund")
        elif not name.startswith("assumptions/"):
            parts.add("pension")
    return {"estimated": "pension" in parts, "estimated_parts": tuple(sorted(parts))}


def make_paid_year(year: int, items: list[tuple[YearMonth, Work]], view: PolicyView,
                   contributions: Callable[[YearMonth, Work], MonthResult]) -> PaidYear:
    """The year's paid months (in month order) through ``contributions``, summed as the year
    line shows them; a projected wage marks the year's figures as estimated."""
    totals = {name: [ZERO, ZERO, ZERO] for name in INSURANCES}
    bases, indices, regions = ZERO, ZERO, []
    deposits, index_list, notices = [], [], []
    for month, work in items:
        result = contributions(month, work)
        if work.projected:  # an assumed wage: the year's figures rest on it
            view.estimated_names.add(PROJECTED_WAGE)
        for code, params in result.notices:
            notices.append((month.index, code, {**params, "year": str(year)}))
        for name, amounts in result.lines.items():
            total = totals[name]
            total[0] += amounts.employee
            total[1] += amounts.employer
            total[2] += amounts.to_personal_account
        bases += result.base
        indices += result.index
        regions.append(result.region)
        index_list.append(result.index)
        deposits.append((month.index, result.pension_to_account, result.medical_to_account,
                         result.housing_deposit))
    paid = len(items)
    return PaidYear(
        deposits=tuple(deposits), indices=tuple(index_list), paid=paid,
        contributions={name: InsuranceAmounts.model_construct(
            employee=v[0], employer=v[1], to_personal_account=v[2])
            for name, v in totals.items()},
        average_base=fen(bases / paid) if paid else ZERO,
        average_index=(indices / paid).quantize(Decimal("0.0001")) if paid else None,
        region=max(set(regions), key=regions.count) if regions else None,
        notices=tuple(notices), last_wage=items[-1][1].amount if items else None,
        last_wage_month=items[-1][0] if items else None)
