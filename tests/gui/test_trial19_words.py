"""New-user trial 19, words: the English tour named a "Flexible %" tab (it is "Flexible levels"),
a notice said "under Personal information" (the tab is "Personal details"), a rule read "…,
Round to the fen"; an unknown city ("长沙") was refused with "未知地区：长沙" alone, though its
province is in the list; 计算过程 said "实际缴费 328 个月" of months 35 of which are projected."""

from __future__ import annotations

import re

from shebao_desktop.core.estimate import estimate
from shebao_desktop.core.profile import Profile
from shebao_desktop.core.yearmonth import YearMonth
from shebao_desktop.presentation.messages import render


def test_the_english_words_name_the_tabs_as_they_are(window):
    window.set_language("en")
    tabs = {window.results.tabs.tabText(n) for n in range(window.results.tabs.count())}
    tabs |= {window.inputs.tabText(n) for n in range(window.inputs.count())}
    quoted = re.findall(r"\"([^\"]+)\"", window.tour.steps()[1])
    assert quoted and set(quoted) <= tabs, (quoted, tabs)
    several = render("PAID_IN_SEVERAL_PROVINCES", {"provinces": "hunan=9.50,guangdong=17.83",
                                                   "region": "guangdong"}, "en")
    assert several.endswith("under Personal details") and "Personal details" in tabs


def test_an_unknown_city_is_refused_with_its_province_suggested():
    from shebao_desktop.gui.history_cells import CellError, parse_region
    said = ""
    try:
        parse_region("长沙")
    except CellError as error:
        said = str(error)
    assert said == "未知地区：长沙（地区列表中没有的城市，请填它所在的省份，如“湖南”）"
    assert parse_region("湖南") == "hunan"


def test_the_months_paid_say_they_include_projected_ones(window):
    from shebao_desktop.gui.explain import explain_html
    profile = Profile.model_validate({
        "region": "guangzhou", "birth": "1978-03", "gender": "female", "category": "worker",
        "history": [{"period": str(y), "region": "guangzhou", "amount": "8000"}
                    for y in range(2003, 2027)]})
    e = estimate(profile, as_of=YearMonth(2026, 12))
    assert e.retirement.years_projected > 0
    html = explain_html(profile, e)
    assert "实际缴费（含今后推算的）" in html
