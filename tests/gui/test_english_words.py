"""English-mode wording a trial found wrong: "Contribution rows 5 have an error … (1 rows)",
"Employee Local minimum rate, employer Same as employee", "2047-08 ( 55 y，statutory
retirement )" with Chinese punctuation, the greyed statement index 0.0000 in English but 1.0000
in Chinese; and the first-start example profile is named in the language in effect."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

from shebao_desktop.core.estimate import estimate
from shebao_desktop.core.profile import Profile
from shebao_desktop.core.yearmonth import YearMonth
from shebao_desktop.gui.i18n import install_language
from shebao_desktop.gui.report import summary_html
from shebao_desktop.gui.sample import sample_profile
from shebao_desktop.presentation.catalogue import _T
from shebao_desktop.presentation.variants import EN_ONE
from shebao_desktop.presentation.messages import render

AS_OF = YearMonth(2026, 12)
GUANGZHOU = {"name": "广州导入", "birth": "1992-08", "gender": "female", "category": "worker",
             "region": "guangzhou",
             "history": [{"period": str(y), "region": "guangzhou", "amount": "8536"}
                         for y in range(2015, 2026)]}


@pytest.fixture
def english(qapp):
    install_language("en")
    yield
    install_language("zh_CN")


def _text(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html)).replace("&amp;", "&")


def test_one_left_out_row_is_one_row_in_english():
    one = render("ROWS_LEFT_OUT", {"rows": "5", "count": "1"}, "en")
    assert one == ("Contribution row 5 has an error and is left out of the figures until "
                   "corrected")
    three = render("ROWS_LEFT_OUT", {"rows": "3, 5, 7", "count": "3"}, "en")
    assert three == ("Contribution rows 3, 5, 7 have errors and are left out of the figures "
                     "until corrected (3 rows)")
    assert render("ROWS_LEFT_OUT", {"rows": "5", "count": "1"}, "zh") == \
        "缴费记录第 5 行有误，未计入计算（共 1 行）；改正后计入"
    assert render("USES_ESTIMATED_VALUES", {"names": "pension_base"}, "en").startswith(
        "1 parameter uses an estimate")
    assert render("USES_ESTIMATED_VALUES", {"names": "a,b"}, "en").startswith(
        "2 parameters use estimates")


def test_the_singular_english_asks_for_no_placeholder_the_message_lacks():
    placeholder = re.compile(r"\{(\w*)\}")
    for code, text in EN_ONE.items():
        assert set(placeholder.findall(text)) <= set(placeholder.findall(_T[code][1])), code
        assert "{count}" in _T[code][0] or code == "USES_ESTIMATED_VALUES", code


def test_the_pdf_inputs_read_as_english(english):
    profile = Profile.model_validate(GUANGZHOU)
    text = _text(summary_html(profile, estimate(profile, as_of=AS_OF), chart_png=None,
                              today_money=False, version="t", printed_on="2026-12-02"))
    assert "Employee: the local minimum rate; employer: the same as the employee" in text
    assert re.search(r"Retirement \d{4}-\d\d \(\d+ y( \d+ m)?, statutory retirement\)", text), \
        re.search(r"Retirement.{0,60}", text).group(0)
    inputs = text[:text.index("Transitional pension and regional add-ons")]  # then: sources
    assert "Monthly pension: " in inputs
    assert not re.search(r"[，（）：；、]", inputs.replace("（广州导入）", "")), inputs
    profile = profile.model_copy(update={"housing_fund": profile.housing_fund.model_copy(
        update={"employee_rate": Decimal("0.07"), "employer_rate": Decimal("0.12")})})
    text = _text(summary_html(profile, estimate(profile, as_of=AS_OF), chart_png=None,
                              today_money=False, version="t", printed_on="2026-12-02"))
    assert "Employee: 7%; employer: 12%" in text


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_the_greyed_statement_index_is_one_in_either_language(qapp, language):
    from shebao_desktop.gui.history_panel import HistoryPanel
    from shebao_desktop.gui.session import Session
    install_language(language)
    try:
        panel = HistoryPanel(Session(Profile.model_validate(GUANGZHOU), as_of=AS_OF))
        assert not panel.st_index.isEnabled()  # no statement: greyed
        assert panel.st_index.decimal() == Decimal(1)
        assert panel.st_index.text().strip() == "1.0000"
        assert "1.0000" in panel.st_index.toolTip()
    finally:
        install_language("zh_CN")


def test_the_first_start_example_is_named_in_the_language_in_effect(english):
    assert sample_profile(AS_OF).name == "Example: Beijing enterprise employee (edit freely)"
    install_language("zh_CN")
    assert sample_profile(AS_OF).name == "示例：北京企业职工（可直接修改）"
