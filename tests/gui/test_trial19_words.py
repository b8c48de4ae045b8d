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


def test_months_assumed_paid_are_said_to_count_among_the_projected_years():
    """Trial 20: the notice said the months to today were "计为已缴" (counted as paid) while the
    years card put them among "预计" (projected): three different paid years on one screen.
    The notice says where they count."""
    profile = Profile.model_validate({
        "region": "hangzhou", "birth": "1984-09", "gender": "male", "category": "worker",
        "history": [{"period": str(y), "region": "hangzhou", "amount": "9000"}
                    for y in range(2015, 2026)]})
    e = estimate(profile, as_of=YearMonth(2026, 12))
    found = [n.params for n in e.notices if n.code == "PAST_MONTHS_ASSUMED_PAID"]
    assert found and found[0]["from"] == "2026-01"
    assert "当作已缴（工资按最后一行缴费记录推算），在缴费年限中算作预计" in render(
        "PAST_MONTHS_ASSUMED_PAID", found[0], "zh_CN")
    assert "among the projected years" in render("PAST_MONTHS_ASSUMED_PAID", found[0], "en")
    assert e.retirement.years_recorded == 11  # 2015-2025: the months of 2026 are projected


def test_the_empty_state_names_places_the_window_has(window):
    """Trial 20: with no contributions yet, the English window sent the user to a "Statement"
    tab, which does not exist (nor did the Chinese “权益记录单”)."""
    from PySide6.QtWidgets import QGroupBox, QLabel, QTabWidget, QToolButton
    for language in ("zh_CN", "en"):
        window.new_profile()
        window.set_language(language)
        window.session.recompute()
        text = window.results.error.text()
        quoted = re.findall(r"[“\"]([^”\"]+)[”\"]", text)
        names = {tabs.tabText(n) for tabs in window.findChildren(QTabWidget) for n in range(tabs.count())}
        names |= {box.title() for box in window.findChildren(QGroupBox)}
        names |= {w.text() for kind in (QToolButton, QLabel) for w in window.findChildren(kind)}
        assert len(quoted) >= 3, text
        for name in quoted:
            assert any(n == name or n.startswith(name) for n in names), (language, name)
