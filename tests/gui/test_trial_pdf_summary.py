"""A new user's trial of the exported summary PDF (a Shanghai worker, 11 pages): the pension's
figures to check against the approval form (平均缴费指数, 计发月数, the basic and account pension
formulas with the figures), a transitional pension of no years said in one line, labels never
broken inside a word, and no last page of a few lines."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QImage, QPdfWriter, QTextTable

from shebao_desktop.core.estimate import estimate
from shebao_desktop.core.profile import Profile
from shebao_desktop.core.yearmonth import YearMonth
from shebao_desktop.gui import printing
from shebao_desktop.gui.explain import (account_pension_html, basic_pension_html, explain_html,
                                        formula_result)
from shebao_desktop.gui.report import summary_html
from shebao_desktop.presentation.formats import money, number

from .window_helpers import pdf_text

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "profile-beijing.json"
AS_OF = YearMonth(2026, 11)
LABEL = QColor("#e8edf3")  # report._HEAD: the label cells' background


def _shanghai() -> Profile:
    """The trial's person: the example's worker, insured in Shanghai all along."""
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    data.update(name="示例：上海男职工", region="shanghai")
    for row in data["history"]:
        row["region"] = "shanghai"
    return Profile.model_validate(data)


@pytest.fixture(scope="module")
def shanghai():
    profile = _shanghai()
    return profile, estimate(profile, as_of=AS_OF)


def _summary(profile, result, **kwargs) -> str:
    return summary_html(profile, result, chart_png=kwargs.pop("chart", None), version="t",
                        printed_on="2026-12-01", **{"today_money": False, **kwargs})


def _section(html: str, first: str, end: str) -> str:
    start = html.index(first)
    return html[start:html.index(end, start)]


def _text(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def _chart() -> bytes:
    image = QImage(800, 400, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


# -- 1. the figures of the approval form -----------------------------------------------------
def test_the_pdf_states_the_index_the_divisor_and_both_formulas_with_figures(language, shanghai):
    profile, result = shanghai
    p = result.pension
    html = _summary(profile, result)
    part = _text(_section(html, "养老金计算过程", "每月缴费（五险一金）"))
    assert f"Ī 平均缴费指数 = {number(p.average_index)}" in part
    assert "基础养老金 = C × (1 + Ī) ÷ 2 × N × 1%" in part
    assert f"N 缴费年限 = {number(p.contribution_years)} 年" in part
    # the basic pension's figures multiplied out, then its rounding (上海: 进位到角; trial 16)
    assert f"，进位到角： {money(p.basic_pension)} 元" in part
    assert p.account_pension_divisor == 117
    assert "个人账户养老金 = 退休时个人账户余额 ÷ 计发月数" in part and "计发月数 117" in part
    # the quotient, then the rounding that made the part (上海: to the jiao; trial 11)
    quotient = money(p.account_balance / 117, 4)
    assert f"{money(p.account_balance)} ÷ 117 = {quotient}，四舍五入到角： {money(p.account_pension)} 元" in part
    # the 计算过程 tab's own words, not a second wording of them
    result_text = formula_result(result, False)
    tab = explain_html(profile, result)
    for shared in (basic_pension_html(profile, result, result_text),
                   account_pension_html(result, result_text)):
        assert shared in html and shared in tab


def test_todays_money_keeps_the_formulas_nominal_with_todays_money_beside(language, shanghai):
    profile, result = shanghai
    p = result.pension
    part = _text(_section(_summary(profile, result, today_money=True), "养老金计算过程", "每月缴费"))
    # the form's figures multiply out (nominal); today's money in brackets after each result
    assert f"{money(p.account_balance)} ÷ 117 = {money(p.account_balance / 117, 4)}，四舍五入到角： " \
        f"{money(p.account_pension)} 元（今日购买力约" in part
    assert "公式中的金额为名义金额" in part


# -- 2. a transitional pension of no years: one line, why, no links ---------------------------
@pytest.mark.parametrize("profile, why", [
    (_shanghai(), "本地区按视同缴费年限（个人账户建立以前的工作年限）计算，本人没有视同缴费年限"),
    (Profile.model_validate_json(EXAMPLE.read_text(encoding="utf-8")),  # Beijing: 建账前 years
     "本地区按个人账户建立（{start}）以前的缴费年限计算，本人没有这段年限"),
], ids=["shanghai-deemed-years", "beijing-pre-account-years"])
def test_a_transitional_pension_of_no_years_is_one_line_saying_why(language, profile, why):
    result = estimate(profile, as_of=AS_OF)
    p = result.pension
    assert p.transitional_pension == 0 and p.transitional_years == 0
    html = _summary(profile, result)
    part = _section(html, "养老金计算过程", "每月缴费（五险一金）")
    transitional = _section(part, "过渡性养老金不适用", "</p>")
    assert why.format(start=p.account_start) in transitional
    assert "<a " not in part and "http" not in part  # sources: the parameters' table
    assert "C × Z × N × k" not in part and "k 计发系数" not in part
    parameters = html[html.index("使用的参数及来源"):]
    for name in ("pension/transitional_years_rule", "pension/transitional_coefficient"):
        assert name in parameters


def test_a_transitional_pension_that_counts_years_keeps_its_calculation(language):
    rows = [{"period": str(y), "region": "zhejiang", "amount": "6000", "amount_kind": "base"}
            for y in range(1994, 2026)]
    profile = Profile.model_validate({"birth": "1966-01", "gender": "male", "region": "zhejiang",
                                      "deemed_years": "3", "history": rows,
                                      "future": {"continue_contributing": False}})
    result = estimate(profile, as_of=AS_OF)
    assert result.pension.transitional_pension > 0
    part = _section(_summary(profile, result), "养老金计算过程", "每月缴费（五险一金）")
    assert "过渡性养老金 = C × Z × N × k" in part and "过渡性养老金不适用" not in part
    assert f"= <b>{money(result.pension.transitional_pension)}</b>" in part


# -- 3. labels never broken inside a word ----------------------------------------------------
def _label_lines(html: str, tmp_path) -> list[list[str]]:
    """The lines of every label cell of ``html`` laid out for the PDF's pages."""
    writer = QPdfWriter(str(tmp_path / "layout.pdf"))
    writer.setResolution(printing.PDF_RESOLUTION)
    writer.setPageLayout(printing.a4_layout())
    doc = printing.build_document(html, None, writer)
    out = []
    for table in doc.rootFrame().childFrames():
        if not isinstance(table, QTextTable):
            continue
        for row in range(table.rows()):
            for column in range(table.columns()):
                cell = table.cellAt(row, column)
                if cell.format().background().color() != LABEL:
                    continue
                block = cell.firstCursorPosition().block()
                layout = block.layout()
                out.append([block.text()[line.textStart():line.textStart() + line.textLength()]
                            for line in (layout.lineAt(n) for n in range(layout.lineCount()))])
    return out


@pytest.mark.parametrize("language", ["zh_CN", "en"], indirect=True)
def test_no_label_breaks_inside_a_word(language, shanghai, tmp_path):
    profile, result = shanghai
    labels = _label_lines(_summary(profile, result), tmp_path)
    assert len(labels) > 20
    joined = ["".join(lines).replace("\xa0", " ").strip() for lines in labels]
    assert ("建账前缴费年限" if language == "zh_CN" else "Years before the account") in joined
    for lines in labels:  # a line ends at a space (between words) or is the label's last
        for line in lines[:-1]:
            assert line[-1:].isspace(), lines


# -- 4. no last page of a few lines ----------------------------------------------------------
@pytest.mark.skipif(shutil.which("pdfinfo") is None, reason="poppler-utils not installed")
def test_the_trial_pdf_ends_on_a_page_worth_printing(language, shanghai, tmp_path):
    """The trial's PDF (as of 2026-11, with its chart) had 11 pages, the last with 3 lines."""
    profile, result = shanghai
    chart = _chart()
    path = tmp_path / "trial.pdf"
    printing.export_pdf(_summary(profile, result, chart=chart), path, images={"chart.png": chart})
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    pages = int(re.search(r"Pages:\s+(\d+)", info.stdout).group(1))
    last = subprocess.run(["pdftotext", "-layout", "-f", str(pages), "-l", str(pages), str(path),
                           "-"], capture_output=True, text=True, check=True).stdout
    assert pages <= 10
    assert len([line for line in last.splitlines() if line.strip()]) > 10
    text = pdf_text(path)  # and the figures are in the PDF itself
    assert f"平均缴费指数 = {number(result.pension.average_index)}" in text
    assert "计发月数 117" in text and "过渡性养老金不适用" in text
