"""The guided example profile shown on first start, so the window is never empty."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..core.profile import Profile
from ..core.yearmonth import YearMonth


def sample_profile(as_of: YearMonth) -> Profile:
    """A Beijing employee, ten years of history, contributing on to retirement."""
    start = as_of.year - 10
    history = [{"period": str(year), "region": "beijing",
                "amount": str(9000 + 800 * (year - start))} for year in range(start, as_of.year)]
    if as_of.month > 1:  # this year so far; the future projection goes on from as_of
        history.append({"period": str(as_of.year), "region": "beijing",
                        "amount": str(9000 + 800 * (as_of.year - start)),
                        "months": as_of.month - 1})
    return Profile.model_validate({
        "name": QCoreApplication.translate("sample", "示例：北京企业职工（可直接修改）"),
        "birth": f"{as_of.year - 35}-06", "gender": "male", "category": "worker",
        "region": "beijing", "history": history,
        "housing_fund": {"employee_rate": "0.12"},
    })


def blank_profile(as_of: YearMonth, region: str = "beijing") -> Profile:
    """A new profile: no history and no pinned future wage (the future is projected from the
    last row the user enters); the results say what is missing until then."""
    return Profile.model_validate({
        "name": QCoreApplication.translate("sample", "新档案"),
        "birth": f"{as_of.year - 30}-01", "gender": "male", "category": "worker",
        "region": region,
    })
