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


#: the example's name as each language wrote it at the first start (the Chinese source and its
#: English translation, resources/i18n/shebao_en.ts; a test keeps them equal)
SAMPLE_NAMES = ("示例：北京企业职工（可直接修改）", "Example: Beijing enterprise employee (edit freely)")


def shown_name(name: str) -> str:
    """A profile's name as the window shows it: the first-start example's name in the window's
    language (it is stored in the language of the first start: after a switch to English the
    list and the title still read 示例：北京企业职工…), any other name as it is. Shown only: the
    stored name, and the estimate kept for these inputs, stay as they are."""
    if name in SAMPLE_NAMES:
        return QCoreApplication.translate("sample", "示例：北京企业职工（可直接修改）")
    return name


def blank_profile(as_of: YearMonth, region: str = "beijing") -> Profile:
    """A new profile: no history and no pinned future wage (the future is projected from the
    last row the user enters); the results say what is missing until then."""
    return Profile.model_validate({
        "name": QCoreApplication.translate("sample", "新档案"),
        "birth": f"{as_of.year - 30}-01", "gender": "male", "category": "worker",
        "region": region,
    })
