"""The results' notices box showed the first six notices only (from the first window, before it
scrolled): a worker with records in three regions, gaps and records that stop in 2015 has eight,
and the seventh, 累计缴费年限不足 (no monthly pension), was not shown anywhere on screen. Every
notice is listed now (the box scrolls when the column is low); the floor and ceiling notices are
still folded into one line."""

from __future__ import annotations

from shebao_desktop.core.profile import Profile
from shebao_desktop.core.yearmonth import YearMonth
from shebao_desktop.gui.results_panel import ResultsPanel
from shebao_desktop.gui.session import Session


def test_the_seventh_notice_and_after_are_shown(qtbot):
    profile = Profile.model_validate({
        "birth": "1966-05", "gender": "male", "region": "zhejiang", "work_start": "1984-07",
        "history": [{"period": "1999", "region": "zhejiang", "amount": "3000"},
                    {"period": "2003", "region": "shanghai", "amount": "500"},
                    {"period": "2008", "region": "beijing", "amount": "90000"},
                    {"period": "2015", "region": "zhejiang", "amount": "9000"}]})
    session = Session(profile, as_of=YearMonth(2026, 12))
    panel = ResultsPanel(session)
    qtbot.addWidget(panel)
    session.recompute()
    codes = [n.code for n in session.estimate.notices
             if n.code not in ("BASE_RAISED_TO_FLOOR", "BASE_CAPPED_AT_CEILING")]
    # (the ninth: his statutory month, 2026-10, is past and none is chosen: trial 9; the tenth:
    # three provinces, where the pension is drawn: trial 13)
    assert len(codes) == 10 and codes.index("BELOW_MINIMUM_YEARS") == 6
    assert codes[7] == "RETIRED_AT_STATUTORY_ASSUMED" and codes[8] == "PAID_IN_SEVERAL_PROVINCES"
    text = panel.notices.text()
    assert text.count("• ") == 10 + 1  # ten, and the folded floor/ceiling line
    assert "缴费记录跨省（浙江省 " in text
    assert "按已于 2026-10 退休计算" in text
    assert "累计缴费年限不足" in text and "项参数使用了估计值" in text
    # the years adjusted, not the notices (a year is two of them when the base year changes in
    # July: trial 13 counted sub-periods); 2008 (capped) and 2015 (raised to the floor)
    adjusted = {n.params["year"] for n in session.estimate.notices
                if n.code in ("BASE_RAISED_TO_FLOOR", "BASE_CAPPED_AT_CEILING")}
    assert len(adjusted) < len(session.estimate.notices) - len(codes)
    assert f"有 {len(adjusted)} 年的缴费基数按上下限调整（见逐年明细）" in text
