"""New-user trial 19: the printed year table of a record in two provinces (湖南 then 广东) named
neither the region nor the index of a year, which the window's table shows; its 阶段 column was
right-aligned like the figures. A record in more than one region prints each year's region
and index; one region prints neither (the table stays as narrow as it was)."""

from __future__ import annotations

import re

from shebao_desktop.core.estimate import estimate
from shebao_desktop.core.profile import Profile
from shebao_desktop.core.yearmonth import YearMonth
from shebao_desktop.gui.report import _years_html

AS_OF = YearMonth(2026, 12)


def _woman(moved: bool) -> Profile:
    return Profile.model_validate({
        "region": "guangdong", "birth": "1978-03", "gender": "female", "category": "worker",
        "history": [{"period": str(y), "amount": "6000",
                     "region": "hunan" if moved and y < 2012 else "guangdong"}
                    for y in range(2000, 2027)]})


def test_a_record_in_two_provinces_prints_each_years_region_and_index(qtbot):
    e = estimate(_woman(True), as_of=AS_OF)
    html = _years_html(e, False)
    heads = re.findall(r"<th[^>]*>([^<]+)</th>", html)
    assert heads[:5] == ["年份", "年龄", "阶段", "地区", "缴费指数"]
    row_2005 = re.search(r"<tr><td[^>]*>2005[^<]*</td>(.*?)</tr>", html).group(1)
    index_2005 = next(y.average_index for y in e.years if y.year == 2005)
    assert "湖南省" in row_2005 and f"{index_2005:.4f}" in row_2005
    assert '<td align="left">缴费</td>' in html  # the phase reads left, as words
    alone = _years_html(estimate(_woman(False), as_of=AS_OF), False)
    assert "地区" not in alone and "缴费指数" not in alone


def test_the_printed_transitional_index_says_where_it_comes_from(qtbot):
    """Trial 20: a 深圳 man's PDF read "建账前缴费年限 / 过渡性指数: 0 years / 3", the 3 (his average
    index, the region's rule) unexplained; it reads 3.0000 and says where it comes from."""
    from shebao_desktop.gui.report import summary_html
    profile = Profile.model_validate({
        "region": "shenzhen", "birth": "1986-05", "gender": "male", "category": "worker",
        "history": [{"period": str(y), "region": "shenzhen", "amount": "32000"}
                    for y in range(2014, 2027)]})
    e = estimate(profile, as_of=AS_OF)
    html = summary_html(profile, e, chart_png=None, today_money=False, version="t",
                        printed_on="2026-12-04")
    assert e.pension.transitional_index_source == "fallback"
    assert "过渡性指数" in html and "3.0000（未填写，按本地区默认（平均缴费指数））" in html
    assert "建账前缴费年限 / 过渡性指数" not in html
