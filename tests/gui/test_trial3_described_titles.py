"""Trial 3, finding 5: the sources column repeated the data's note "（标题为描述，原文未读）" 27
times in a 上海 PDF. The note is said once, in the table's legend, and each such title carries a
mark (†) instead: still honest about which sources are descriptions, not read."""

from __future__ import annotations

from shebao_desktop.core.estimate import estimate
from shebao_desktop.core.profile import Profile
from shebao_desktop.core.yearmonth import YearMonth
from shebao_desktop.gui.explain import explain_html
from shebao_desktop.gui.explain_sources import DESCRIBED_MARK, described
from shebao_desktop.gui.report import summary_html

NOTE = "原文未读"


def _shanghai():
    rows = [{"period": str(y), "region": "shanghai", "amount": "9000", "amount_kind": "base"}
            for y in range(2005, 2026)]
    profile = Profile.model_validate({"birth": "1985-06", "gender": "male", "region": "shanghai",
                                      "history": rows})
    return profile, estimate(profile, as_of=YearMonth(2026, 11))


def test_the_note_is_said_once_and_each_described_title_is_marked(qapp):
    profile, result = _shanghai()
    titles = {p.title for p in result.parameters if p.title and NOTE in p.title}
    assert len(titles) > 1  # the data marks several of 上海's titles so
    for html in (explain_html(profile, result),
                 summary_html(profile, result, chart_png=None, today_money=False, version="t",
                              printed_on="2026-12-01")):
        assert html.count(NOTE) == 1  # the legend's
        assert f"{DESCRIBED_MARK}：标题是对文件的描述" in html
        for title in titles:
            shown, _ = described(title)
            assert shown + DESCRIBED_MARK in html and NOTE not in shown


def test_described_keeps_the_other_words_in_the_brackets():
    assert described("上海市调整2025年度职工社会保险缴费基数上下限的通知（标题为描述，原文未读）") == \
        ("上海市调整2025年度职工社会保险缴费基数上下限的通知", True)
    assert described("辽宁省基数（全省，沈阳、大连除外；标题为描述，原文未读）") == \
        ("辽宁省基数（全省，沈阳、大连除外）", True)
    assert described("京劳社养发〔2007〕31号") == ("京劳社养发〔2007〕31号", False)
