"""New-user trial 11: the English PDF's contribution-history line read "1 rows, 2025 to 2025, 12
months paid in total"; one row is now said as one row, in both languages."""

from __future__ import annotations

import pytest

from shebao_desktop.core.profile import Profile
from shebao_desktop.gui.report_inputs import history_text


def _profile(*periods: str) -> Profile:
    return Profile.model_validate({"birth": "1990-05", "gender": "male", "region": "beijing",
                                   "history": [{"period": p, "region": "beijing", "amount": "21000"}
                                               for p in periods]})


@pytest.mark.parametrize("language", ["en"], indirect=True)
def test_one_row_in_english(language):
    assert history_text(_profile("2025")) == \
        "1 row: 2025, 12 months paid (Beijing), monthly wage 21,000.00 yuan"
    assert history_text(_profile("2024", "2025")).startswith("2 rows, 2024 to 2025, 24 months recorded")


def test_one_row_in_chinese(language):
    assert history_text(_profile("2025")) == "1 行：2025，缴费 12 个月（北京市），月工资 21,000.00 元"
