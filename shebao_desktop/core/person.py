"""Plain facts about a person that need no profile model (and so no pydantic): who this program
estimates for, and which statutory-age schedule applies. ``core.profile`` re-exports them."""

from __future__ import annotations

#: people this program can estimate for: alive and of working age or retired
MIN_BIRTH_YEAR, MAX_BIRTH_YEAR = 1930, 2015


def retirement_group(gender: str, category: str) -> str:
    """The statutory-age schedule: men; women whose old age was 50 (workers); women whose old
    age was 55 (cadres, and flexible workers)."""
    if gender == "male":
        return "male"
    return "female_worker" if category == "worker" else "female_cadre"
