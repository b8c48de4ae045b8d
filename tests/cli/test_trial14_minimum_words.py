"""New-user trial 14: one person's minimum years were written "需满 16.0 年" (notice), "16.00 年"
(card) and "16 年" (计算过程, comparison); and "short 1 months" in English. The notices now write
it as 计算过程 does."""

from __future__ import annotations

from shebao_desktop.presentation.messages import render


def test_the_minimum_years_read_one_way():
    params = {"required": "16.0", "shortfall_months": "48"}
    assert "需满 16 年，还差 48 个月" in render("BELOW_MINIMUM_YEARS", params, "zh")
    assert render("NO_MONTHLY_PENSION", {"required": "16.50", "shortfall_months": "6"}, "zh") == \
        "缴费年限不足最低 16.5 年（差 6 个月）"
    assert render("NO_MONTHLY_PENSION", {"required": "20.00", "shortfall_months": "1"}, "en") == \
        "below the minimum 20 years (short 1 month)"
    assert "16 years required, 48 months short" in render("BELOW_MINIMUM_YEARS", params, "en")
