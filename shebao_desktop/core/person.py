"""Plain facts about a person that need no profile model (and so no pydantic): who this program
estimates for, and which statutory-age schedule applies. ``core.profile`` re-exports them."""

from __future__ import annotations

#: personal statuses a person may state (CLI ``--personal``): the regions' rules for them are
#: data (add-ons with ``personal``, pension/personal_transitional_coefficient)
PERSONAL_STATUSES = ("intellectual",)

#: people this program can estimate for: alive and of working age or retired
MIN_BIRTH_YEAR, MAX_BIRTH_YEAR = 1930, 2015


def retirement_group(gender: str, category: str) -> str:
    """The retirement group: men; women whose old age was 50 (workers); women whose old age
    was 55 (cadres); flexible-employment women, whose schedule is the cadres' unless a region
    has its own (``retirement/fallback_female_flexible``, core.retirement.schedule_group)."""
    if gender == "male":
        return "male"
    return {"worker": "female_worker", "flexible": "female_flexible"}.get(category, "female_cadre")
