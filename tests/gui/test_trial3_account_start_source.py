"""Trial 3, finding 1: a 北京 profile with history rows in 广州 showed the personal account's
start as 北京's (1992-10) but cited 广东's entry (建账1998年7月). The start month and its source
come from the same region's entry: the retiring region's."""

from __future__ import annotations

import re

from shebao_desktop.core.estimate import estimate
from shebao_desktop.core.profile import Profile
from shebao_desktop.core.yearmonth import YearMonth
from shebao_desktop.gui.explain import explain_html


def _line(html: str) -> str:
    """The 计算过程 list item naming the account start, tags removed."""
    item = next(li for li in html.split("<li>") if "个人账户建立时间" in li)
    return re.sub("<[^>]+>", " ", item.split("</li>")[0])


def test_account_start_cites_the_entry_of_the_region_whose_month_it_shows(qapp):
    rows = [{"period": str(y), "region": "guangzhou", "amount": "9000", "amount_kind": "base"}
            for y in (2023, 2024, 2025)]
    profile = Profile.model_validate({"birth": "1985-06", "gender": "male", "region": "beijing",
                                      "history": rows})
    result = estimate(profile, as_of=YearMonth(2026, 11))
    starts = {p.region: p for p in result.parameters if p.name == "pension/account_start"}
    # the estimate used both entries: 广东's for the 广州 rows, 北京's for the pension
    assert set(starts) == {"beijing", "guangdong"}
    assert result.pension.account_start == starts["beijing"].value == YearMonth(1992, 10)
    line = _line(explain_html(profile, result))
    assert "1992-10" in line
    assert starts["beijing"].number in line
    assert starts["guangdong"].title not in line
    assert "1998" not in line
