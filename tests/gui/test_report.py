"""“How was this calculated”, the printable summary, notice wording and the PDF export."""

from __future__ import annotations

import re
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QImage, QPainter, QPen

from shebao_desktop.cli_text import NOTICES
from shebao_desktop.core.estimate import estimate
from shebao_desktop.core.profile import Profile
from shebao_desktop.core.result import Notice
from shebao_desktop.core.yearmonth import YearMonth
from shebao_desktop.gui.explain import collapse, explain_html, parameters_table_html
from shebao_desktop.gui.notices import code_text, notice_text
from shebao_desktop.gui.printing import export_pdf
from shebao_desktop.gui.report import summary_html
from shebao_desktop.presentation.formats import money, number, percent, rate
from shebao_desktop.presentation.values import deflator, shown

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "profile-beijing.json"
AS_OF = YearMonth(2026, 1)


@pytest.fixture(scope="module")
def case():
    profile = Profile.model_validate_json(EXAMPLE.read_text(encoding="utf-8"))
    return profile, estimate(profile, as_of=AS_OF)


def _text(html: str) -> str:
    return re.sub(r"<[^>]+>", " ", html)


def _png(width: int = 800, height: int = 400) -> bytes:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setPen(QPen(QColor("#1f77b4"), 5))
    painter.drawLine(20, height - 20, width - 20, 20)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


def test_money_format():
    assert money(Decimal("1275128.466")) == "1,275,128.47"
    assert money(shown(Decimal("200"), Decimal("2"))) == "100.00"  # today's money: / deflator
    assert money(shown(Decimal("200"), None)) == "200.00"
    assert money(None) == "—"


def test_one_percent_per_purpose():
    # a result (replacement rate) has one decimal everywhere; a policy rate drops trailing zeros
    assert percent(Decimal("0.45312")) == "45.3%"
    assert rate(Decimal("0.0800")) == "8%" and rate(Decimal("0.0525")) == "5.25%"
    assert number(Decimal("139.0"), 1) == "139" and number(Decimal("1.2000")) == "1.2"


def test_card_and_pdf_show_the_same_replacement_rate(qapp, case):
    profile, e = case
    html = summary_html(profile, e, chart_png=None, today_money=False, version="t", printed_on="t")
    assert percent(e.pension.replacement_rate) in html
    assert f"{e.pension.replacement_rate * 100:.2f}%" not in html  # not the old two-decimal form


def test_today_money_divides_by_the_retirement_years_deflator(case):
    _, e = case
    year = e.retirement.chosen_month.year
    line = next(y for y in e.years if y.year == year)
    assert deflator(e) == line.deflator == deflator(e, year) and line.deflator > 1
    assert deflator(e, 1800) == 1  # a year the estimate does not cover: as it is


def test_explain_shows_the_formula_numbers(qapp, case):
    profile, e = case
    p = e.pension
    text = _text(explain_html(profile, e))
    for figure in (p.total, p.basic_pension, p.account_pension, p.pension_base, p.account_balance):
        assert money(figure) in text
    assert f"{p.average_index}" in text  # Ī
    # N: 464 months, counted as the region's data says (months / 12, maybe to 2 decimals)
    assert p.contribution_years in (Decimal("38.6667"), Decimal("38.6700"))
    assert number(p.contribution_years) in text
    assert f"÷ {p.account_pension_divisor}" in text  # the divisor at the exact age
    assert "63岁" in text and str(e.retirement.statutory_month) in text
    assert f"{e.retirement.minimum_years:f}".rstrip("0").rstrip(".") in text
    assert "年度计算法" in text  # the interest convention of the example's data
    # the pension base of 2051 is projected: marked in the formula and in the table
    assert p.pension_base_estimated
    assert f"{money(p.pension_base)} 元※" in text
    assert f"※{money(p.pension_base)}" in text
    assert "※ 估计值" in text  # the legend


def test_explain_in_todays_money(qapp, case):
    profile, e = case
    text = _text(explain_html(profile, e, today_money=True))
    assert "今日购买力" in text
    assert money(e.pension.total_today) in text
    assert money(e.pension.total) in text  # the formula itself stays nominal


def test_parameter_table_groups_and_collapses(qapp, case):
    _, e = case
    html = parameters_table_html(e)
    groups = collapse(e.parameters)
    runs = sum(len(r) for r in groups.values())
    assert set(groups) == {p.name for p in e.parameters}
    assert runs < len(e.parameters) / 2  # hundreds of dated values -> a readable table
    for name in groups:  # each parameter is one group with a human label
        assert html.count(f">{name}</span>") == 1
    assert "养老金计发基数" in html and "社会平均工资" in html
    # an enacted value cites its document, an estimated one its method
    assert "国发〔2005〕38号" in html
    assert "推算方法" in html
    # projected average wages from 2027 collapse into one row
    assert "2027-07 至 2050-07" in html


def test_summary_contains_inputs_and_results(qapp, case):
    profile, e = case
    p, at = e.pension, e.at_retirement
    html = summary_html(profile, e, chart_png=_png(), today_money=False, version="9.8.7",
                        printed_on="2026-01-15")
    text = _text(html)
    for figure in (p.total, p.basic_pension, p.account_pension, at.pension_account,
                   at.medical_account, at.housing_fund, e.monthly_contributions.total_employee,
                   e.monthly_contributions.total_employer):
        assert money(figure) in text
    assert percent(p.replacement_rate) in text  # on the last own wage: one decimal, as the card
    assert "9.8.7" in text and "2026-01-15" in text
    assert "1988-03" in text and "北京市" in text and "上海市" in text
    assert text.count("无个人账户") == 3  # unemployment, injury, maternity
    # 162 months recorded (13.50 years) of the 20 Beijing asks in 2051: met once the projected
    # years are paid (new-user trial 9), not "已满足"
    r = e.retirement
    # (until when: trial 14, not "缴到退休才满足")
    assert f"缴到 {r.minimum_reached_month} 满足" in text and f"其中已缴 {r.years_recorded.normalize()} 年" in text
    assert "已满足" not in text
    assert '<img src="chart.png"' in html
    assert "不是官方数字" in text
    assert "2011※" in text  # the yearly table marks years resting on estimates
    assert "断缴" in text  # notices, in words
    assert "GAP_IN_HISTORY" not in text
    no_chart = summary_html(profile, e, chart_png=None, today_money=False, version="1",
                            printed_on="x")
    assert "<img" not in no_chart


def test_summary_in_todays_money(qapp, case):
    profile, e = case
    text = _text(summary_html(profile, e, chart_png=None, today_money=True, version="1",
                              printed_on="x"))
    assert "今日购买力" in text
    assert money(e.pension.total_today) in text
    assert money(e.pension.total) not in text
    last = e.years[-1]
    assert money(last.pension_paid / last.deflator) in text


PLACEHOLDERS = {"provinces": "hubei=8.00,guangdong=9.00", "year": "2020", "floor": "3613", "ceiling": "35811", "from": "2016-01",
                "to": "2016-12", "as_of": "2025-12", "required": "20", "shortfall_months": "5",
                "names": "pension_base,average_wage", "name": "pension_base", "value": "12000",
                "amount": "1000", "month": "2030-05", "wanted": "5000", "taken": "100",
                "index": "1.2", "region": "beijing", "earliest": "2048-03", "latest": "2054-03",
                "row": "3", "period": "2013", "months": "2", "accounts": "medical,housing_fund",
                "other": "4", "low": "1930", "high": "2015", "start": "1998-07", "years": "2.0000",
                "count": "2", "since": "20.5", "excess": "1.5", "local_start": "1996-01"}


def test_every_notice_code_has_wording(qapp):
    for code in NOTICES:
        sentence = code_text(code, PLACEHOLDERS)
        assert sentence != code and "{" not in sentence, code
        assert re.search(r"[\u4e00-\u9fff]", sentence), code
    assert code_text("BASE_RAISED_TO_FLOOR", PLACEHOLDERS) == \
        "2020年工资（缴费基数）低于下限，按下限 3,613.00 元缴费"
    assert "2 项" in code_text("USES_ESTIMATED_VALUES", PLACEHOLDERS)
    assert "养老金计发基数 = 12,000.00" in code_text("OVERRIDE_USED", PLACEHOLDERS)
    assert "北京市" in code_text("UNKNOWN_REGION", PLACEHOLDERS)
    # unknown codes and missing placeholders fall back to the code, never raise
    assert notice_text(Notice(code="SOMETHING_NEW")) == "SOMETHING_NEW"
    assert notice_text(Notice(code="GAP_IN_HISTORY", params={})) == "GAP_IN_HISTORY"


def test_every_code_the_core_emits_is_known(qapp):
    core = Path(__file__).resolve().parents[2] / "shebao_desktop" / "core"
    emitted = set()
    for source in core.rglob("*.py"):
        text = source.read_text("utf-8")
        emitted |= set(re.findall(r'\(\s*"([A-Z][A-Z_]{5,})",\s*\{', text))  # notices
        emitted |= set(re.findall(r'ProfileError\([^,]+,\s*"([A-Z][A-Z_]{5,})"', text))  # errors
    assert {"GAP_IN_HISTORY", "BELOW_MINIMUM_YEARS", "UNKNOWN_REGION"} <= emitted
    for code in emitted:
        assert code_text(code, PLACEHOLDERS) != code, code


needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None or
                                   shutil.which("pdfinfo") is None,
                                   reason="poppler-utils (pdftotext, pdfinfo) not installed")


@needs_poppler
def test_export_pdf_is_a4_with_chinese_and_figures(qapp, case, tmp_path):
    profile, e = case
    chart = _png()
    html = summary_html(profile, e, chart_png=chart, today_money=False, version="0.1.0",
                        printed_on="2026-01-15")
    path = tmp_path / "summary.pdf"
    export_pdf(html, path, images={"chart.png": chart})
    assert path.read_bytes().startswith(b"%PDF")
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    assert re.search(r"Page size:\s+595(\.\d+)? x 842(\.\d+)? pts \(A4\)", info), info
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    assert 2 <= pages <= 20
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert money(e.pension.total) in text
    for words in ("基础养老金", "个人账户养老金", "社保养老金估算摘要", "使用的参数及来源", "不是官方数字"):
        assert words in text, words
    assert "\ufffd" not in text and "□" not in text


@needs_poppler
def test_export_explain_pdf_embeds_a_cjk_font(qapp, case, tmp_path):
    profile, e = case
    path = tmp_path / "explain.pdf"
    export_pdf(explain_html(profile, e), path)
    if shutil.which("pdffonts"):
        fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True,
                               check=True).stdout
        rows = fonts.splitlines()[2:]
        assert rows and all(" yes " in row for row in rows), fonts
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "计发月数" in text and money(e.pension.account_pension) in text


def test_print_preview_renders_the_pages(qapp, case, monkeypatch):
    from PySide6.QtCore import QTimer
    from PySide6.QtPrintSupport import QPrintPreviewDialog
    from PySide6.QtWidgets import QApplication

    from shebao_desktop.gui import printing

    profile, e = case
    rendered = []
    real = printing.render

    def spy(doc, device):
        real(doc, device)
        rendered.append(doc.pageCount())

    monkeypatch.setattr(printing, "render", spy)

    def close():
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QPrintPreviewDialog):
                widget.reject()

    QTimer.singleShot(300, close)
    printing.print_preview(explain_html(profile, e), None)
    assert rendered and rendered[0] >= 2


def test_the_same_summary_is_not_built_twice(qapp, case, monkeypatch):
    """Printed again (the PDF exported again, a preview after it), the summary of the same
    profile and estimate is the one built last; another estimate, unit or language builds anew."""
    from shebao_desktop.gui import report

    profile, e = case
    built = []
    real = report._summary_html
    monkeypatch.setattr(report, "_summary_html", lambda *a, **k: built.append(1) or real(*a, **k))
    args = dict(chart_png=None, today_money=False, version="1", printed_on="2026-12-02")
    first = summary_html(profile, e, **args)
    assert summary_html(profile, e, **args) is first and len(built) == 1
    assert summary_html(profile, e, **{**args, "today_money": True}) != first
    other = estimate(profile, as_of=YearMonth(2026, 2))  # equal figures maybe, another object
    summary_html(profile, other, **args)
    assert len(built) == 3
    monkeypatch.setattr(report, "current_language", lambda: "en")
    summary_html(profile, other, **args)
    assert len(built) == 4
