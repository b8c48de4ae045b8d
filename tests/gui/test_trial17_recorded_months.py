"""New-user trial 17: the printed summary said "缴费记录 26 行，2012-07 至 2026，共缴费 158 个月" while
the years card said 13.08 years paid (157 months) and the current month 2026-12 projected: the
summary counts the months the rows record, the card the months paid before the estimate's month.
The summary now says it counts recorded months and where paid and projected are told apart."""

from __future__ import annotations

from shebao_desktop.core.profile import Profile
from shebao_desktop.gui.report_inputs import history_text


def test_the_summary_counts_recorded_months(qapp):
    profile = Profile.model_validate({
        "birth": "1990-01", "gender": "male", "category": "worker", "region": "hangzhou",
        "history": [{"period": str(y), "region": "hangzhou", "amount": "9000"} for y in (2025, 2026)]})
    text = history_text(profile)
    assert "共记录 24 个月（杭州市；已缴与预计见估算结果）" in text and "共缴费" not in text
