"""New-user trial 2: the PDF summary's and the 计算过程 tab's total line adds up where the region
rounds the total (浙江 见分进角: 21,162.29 -> 21,162.30), and 深圳's 定额加发 is worded as paid by
the contribution years (100 + 4 per full year, 粤人社〔2014〕8号), not as a fixed sum."""

from __future__ import annotations

import re

import pytest

from shebao_desktop.core.estimate import estimate
from shebao_desktop.core.yearmonth import YearMonth
from shebao_desktop.gui.explain import explain_html
from shebao_desktop.gui.report import summary_html

from ..core.test_trial2_total_and_addon import hangzhou, shenzhen

AS_OF = YearMonth(2026, 12)


@pytest.fixture(scope="module")
def zj():
    profile = hangzhou()
    return profile, estimate(profile, as_of=AS_OF)


@pytest.fixture(scope="module")
def sz():
    profile = shenzhen()
    return profile, estimate(profile, as_of=AS_OF)


def _summary(profile, result, today_money=False) -> str:
    return summary_html(profile, result, chart_png=None, version="t", printed_on="2026-12-01",
                        today_money=today_money)


def _text(html: str) -> str:
    return re.sub(r"<[^>]+>", "", html)


@pytest.mark.parametrize("language", ["zh_CN"], indirect=True)
def test_pdf_headline_adds_up_and_names_the_jiao_rounding(language, zj):
    text = _text(_summary(*zj))
    assert "过渡调节金 758.68） = 21,162.29，见分进角为 21,162.30" in text


@pytest.mark.parametrize("language", ["en"], indirect=True)
def test_pdf_headline_in_english(language, zj):
    text = _text(_summary(*zj))
    assert "758.68) = 21,162.29, rounded up to the jiao: 21,162.30" in text


@pytest.mark.parametrize("language", ["zh_CN"], indirect=True)
def test_pdf_headline_in_todays_money_says_the_rounding_was_nominal(language, zj):
    text = _text(_summary(*zj, today_money=True))
    assert re.search(r"） = [\d,]+\.\d\d，名义合计见分进角后折算为 [\d,]+\.\d\d", text)


@pytest.mark.parametrize("language", ["zh_CN", "en"], indirect=True)
def test_explain_total_line_adds_up(language, zj):
    text = _text(explain_html(*zj))
    words = "，见分进角为 " if language == "zh_CN" else ", rounded up to the jiao: "
    assert f"758.68 = 21,162.29{words}21,162.30" in text


@pytest.mark.parametrize("language", ["zh_CN"], indirect=True)
def test_pdf_and_explain_word_the_supplement_by_years(language, sz):
    pdf = _text(_summary(*sz))
    # the headline and the results table: the rule with the years counted
    assert pdf.count("定额加发 212.00（按缴费年限计发：100 元 + 每满一年 4 元 × 28 年）") == 1
    assert "212.00 元（按缴费年限计发：100 元 + 每满一年 4 元 × 28 年）" in pdf
    # the 计算过程 (tab and PDF section): the rule's terms beside the formula and its source
    tab = _text(explain_html(*sz))
    assert "定额加发（按缴费年限计发：100 元 + 每满一年 4 元）：100.00 + 4 × 28 = 212.00" in tab
    assert "粤人社〔2014〕8号" in tab


@pytest.mark.parametrize("language", ["en"], indirect=True)
def test_english_does_not_call_the_supplement_fixed(language, sz):
    pdf = _text(_summary(*sz))
    assert "Fixed supplement" not in pdf
    assert "212.00 (by contribution years: 100 yuan + 4 yuan per full year × 28 years)" in pdf
