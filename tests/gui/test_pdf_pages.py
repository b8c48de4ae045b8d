"""Page breaks of the full PDF (a trial: the 五险一金 table broke with no header, leaving its
合计 row alone on a near-empty page 2; long tables continued without their header).

Checked on the PDF's own text (pdftotext, page by page): a table's header row is on every page
the table continues on, the 合计 row shares its page with a row of its table, a section title
is never the last line of a page, and no page but the last is mostly blank.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from decimal import Decimal

import pytest

from shebao_desktop.core.estimate import estimate
from shebao_desktop.core.profile import Profile
from shebao_desktop.core.yearmonth import YearMonth
from shebao_desktop.gui import pagination, printing
from shebao_desktop.gui.pagination import keep_together
from shebao_desktop.gui.report import summary_html

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext")

AS_OF = YearMonth(2026, 12)
#: the trial's profiles: a Beijing statement, and a Shanghai worker with 15 years of wages
PROFILES = {
    "beijing_statement": {
        "name": "北京对账单", "birth": "1975-03", "gender": "male", "category": "worker",
        "region": "beijing", "deemed_years": "0",
        "statement": {"as_of": "2026-11", "pension_balance": "180000", "contribution_years": "25",
                      "average_index": "1.2"},
        "future": {"continue_contributing": True, "monthly_wage": "12000"}},
    "shanghai_history": {
        "name": "上海男工1990", "birth": "1990-05", "gender": "male", "category": "worker",
        "region": "shanghai",
        "history": [{"period": str(y), "region": "shanghai",
                     "amount": str((Decimal(6500) * Decimal("1.07") ** (y - 2012)).quantize(Decimal(1)))}
                    for y in range(2012, 2027) if y != 2019]},
}
INSURANCE_ROWS = ("养老保险", "医疗保险", "失业保险", "工伤保险", "生育保险", "住房公积金")
TITLES = ("基本情况", "估算结果", "每月缴费（五险一金）", "提示", "账户余额走势", "逐年明细",
          "使用的参数及来源")


def _pages(path) -> list[list[str]]:
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout
    pages = text.split("\f")
    if not pages[-1].strip():
        pages.pop()  # after the last page's form feed
    return [[line.strip() for line in page.splitlines() if line.strip()] for page in pages]


def _bottoms(path) -> list[float]:
    """How far down each page its last word reaches (a share of the page's height)."""
    xml = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True,
                         check=True).stdout
    out = []
    for page in re.findall(r"<page [^>]*height=\"([\d.]+)\">(.*?)</page>", xml, re.S):
        height, body = float(page[0]), page[1]
        words = [(float(y), w) for y, w in re.findall(r'yMax="([\d.]+)">([^<]*)<', body)]
        # the page number in the footer is not content
        content = [y for y, w in words if not re.fullmatch(r"第|\d+|页，共|页", w)]
        out.append(max(content, default=0.0) / height)
    return out


@pytest.fixture(scope="module", params=sorted(PROFILES))
def pdf(request, qapp, tmp_path_factory):
    profile = Profile.model_validate(PROFILES[request.param])
    result = estimate(profile, as_of=AS_OF)
    html = summary_html(profile, result, chart_png=None, today_money=False, version="test",
                        printed_on="2026-12-02")
    path = tmp_path_factory.mktemp("pdf") / f"{request.param}.pdf"
    printing.export_pdf(html, path)
    return path


def _table_pages(pages: list[list[str]], row: re.Pattern) -> list[int]:
    return [n for n, lines in enumerate(pages) if any(row.match(line) for line in lines)]


def test_a_table_that_breaks_repeats_its_header_on_each_page(pdf):
    pages = _pages(pdf)
    years = _table_pages(pages, re.compile(r"^20\d\d※?\s+\d+\s+\S+\s+\d+\s+[\d,]+\.\d\d"))
    parameters = [n for n, lines in enumerate(pages)
                  if any(re.match(r"^(北京市|上海市|全国)\s+\d{4}-\d\d", line) for line in lines)]
    assert years and len(parameters) >= 2  # the parameters run over pages (years: one or two)
    for n in years:
        assert any(line.startswith("年份") and "当年养老金" in line for line in pages[n]), n
    for n in parameters:
        assert any("来源 / 推算方法" in line and line.startswith("地区") for line in pages[n]), n


def test_the_total_row_shares_its_page_with_its_table(pdf):
    pages = _pages(pdf)
    total = [n for n, lines in enumerate(pages) if any(re.match(r"^合计\s+[\d,]+\.\d\d", line)
                                                      for line in lines)]
    assert len(total) == 1
    rows = [line for line in pages[total[0]]
            if re.match(r"^(" + "|".join(INSURANCE_ROWS) + r")\s+[\d,]+\.\d\d", line)]
    assert rows  # at least one data row above it on that page (here: all of them)
    assert any(line.startswith("险种") for line in pages[total[0]])


def test_no_title_ends_a_page_and_no_page_is_near_empty(pdf):
    pages = _pages(pdf)
    for lines in pages[:-1]:
        content = [line for line in lines if not re.fullmatch(r"第 \d+ 页，共 \d+ 页", line)]
        assert content[-1] not in TITLES, content[-3:]
    bottoms = _bottoms(pdf)
    assert len(bottoms) == len(pages)
    assert all(b > 0.6 for b in bottoms[:-1]), bottoms  # (the trial's page 2 ended at 0.3)


def test_keep_together_moves_a_title_and_a_short_table_to_the_next_page(qapp, tmp_path):
    """Unit: filler pushes a title and its short table across a page end; they move whole."""
    table = ("<table><thead><tr><th>险种</th><th>个人缴纳</th></tr></thead>"
             + "".join(f"<tr><td>行 {n}</td><td>{n}.00</td></tr>" for n in range(8))
             + "<tr><td>合计</td><td>28.00</td></tr></table>")
    writer = printing.QPdfWriter(str(tmp_path / "probe.pdf"))
    writer.setResolution(printing.PDF_RESOLUTION)
    writer.setPageLayout(printing.a4_layout())
    page = printing._page(writer)[0].height()
    for lines in range(20, 120):  # some filler length strands the title or breaks the table
        filler = "".join(f"<p>第 {n} 段说明文字。</p>" for n in range(lines))
        doc = printing.build_document(filler + "<h3>每月缴费</h3>" + table, None, writer)
        layout = doc.documentLayout()
        title = doc.findBlockByNumber(lines)
        assert title.text() == "每月缴费"
        total = doc.find("合计").block()
        before = int(layout.blockBoundingRect(title).top() // page), \
            int(layout.blockBoundingRect(total).bottom() // page)
        if before[0] == before[1]:
            continue
        assert keep_together(doc, page) == 1
        assert int(layout.blockBoundingRect(title).top() // page) == \
            int(layout.blockBoundingRect(total).bottom() // page) == before[0] + 1
        return
    pytest.fail("no filler length put the table across a page end")


def test_the_same_document_printed_again_gets_its_page_breaks_before_its_layout(qapp, tmp_path):
    """The breaks keep_together added are remembered by the document's key (HTML, page, font):
    the same HTML built again for the same pages has them from the start (no second layout),
    lands on the same pages, and needs no more; other HTML gets none of them."""
    table = ("<table><thead><tr><th>险种</th><th>个人缴纳</th></tr></thead>"
             + "".join(f"<tr><td>行 {n}</td><td>{n}.00</td></tr>" for n in range(8))
             + "<tr><td>合计</td><td>28.00</td></tr></table>")

    def writer():
        out = printing.QPdfWriter(str(tmp_path / "probe.pdf"))
        out.setResolution(printing.PDF_RESOLUTION)
        out.setPageLayout(printing.a4_layout())
        return out

    def laid_out(html):
        device = writer()
        doc = printing.build_document(html, None, device)
        title = doc.find("每月缴费").block()
        before = bool(title.blockFormat().pageBreakPolicy() & pagination._BEFORE)
        page = printing._page(device)[0].height()
        added = keep_together(doc, page, doc.property(printing.BREAKS_KEY))
        top = doc.documentLayout().blockBoundingRect(doc.find("每月缴费").block()).top()
        return before, added, int(top // page), doc.pageCount()

    for lines in range(20, 120):
        html = "".join(f"<p>第 {n} 段说明文字。</p>" for n in range(lines)) + "<h3>每月缴费</h3>" + table
        first = laid_out(html)
        if first[1]:
            break
    else:
        pytest.fail("no filler length put the table across a page end")
    assert first[0] is False and first[1] == 1
    again = laid_out(html)
    assert again == (True, 0, first[2], first[3])
    other = laid_out(html.replace("第 0 段", "第〇段"))  # other HTML: nothing remembered
    assert other[:2] == (False, 1)


def _chart_picture():
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QPainter, QPicture

    from shebao_desktop.gui.charts import PRINT_SIZE
    picture = QPicture()
    painter = QPainter(picture)
    painter.drawLine(0, 0, *PRINT_SIZE)
    painter.end()
    picture.setBoundingRect(QRect(0, 0, *PRINT_SIZE))
    return picture


@pytest.mark.parametrize("name", [*sorted(PROFILES), "example"])
def test_a_first_print_has_its_early_breaks_before_its_layout(qapp, tmp_path, monkeypatch, name):
    """A document printed for the first time gets the breaks of its part before the first long
    table from a copy of that part (pagination.early_breaks) before its one layout: the same
    breaks and pages as keep_together finds on the whole laid-out document, none of them added
    after that layout (which lays out again all that follows a break: the long tables)."""
    from collections import OrderedDict
    from pathlib import Path

    monkeypatch.setattr(pagination, "_breaks", OrderedDict())  # nothing remembered
    if name == "example":
        path = Path(__file__).resolve().parents[2] / "examples" / "profile-beijing.json"
        profile = Profile.model_validate_json(path.read_text(encoding="utf-8"))
    else:
        profile = Profile.model_validate(PROFILES[name])
    chart = _chart_picture()
    html = summary_html(profile, estimate(profile, as_of=AS_OF), chart_png=chart,
                        today_money=False, version="test", printed_on="2026-12-02")
    images = {"chart.png": chart}
    writer = printing.QPdfWriter(str(tmp_path / "probe.pdf"))
    writer.setResolution(printing.PDF_RESOLUTION)
    writer.setPageLayout(printing.a4_layout())
    page = printing._page(writer)[0]

    def breaks(doc):
        return [n for n, item in enumerate(pagination._items(doc)) if pagination._has_break(item)]

    whole = printing.build_document(html, images, None)  # no early breaks without a device
    whole.documentLayout().setPaintDevice(writer)
    whole.setPageSize(page)
    keep_together(whole, page.height())
    first = printing.build_document(html, images, writer)
    early = breaks(first)
    items = pagination._items(first)
    cut = next(n for n, item in enumerate(items)
               if isinstance(item, pagination.QTextTable) and item.rows() > pagination.LONG_ROWS)
    assert early and all(n < cut for n in early)  # the 五险一金 title (these documents)
    keep_together(first, page.height())
    assert breaks(first) == breaks(whole) and first.pageCount() == whole.pageCount()
    assert [n for n in breaks(first) if n < cut] == early  # none before the long tables added late


def _example_pdf(tmp_path):
    from pathlib import Path

    path = Path(__file__).resolve().parents[2] / "examples" / "profile-beijing.json"
    profile = Profile.model_validate_json(path.read_text(encoding="utf-8"))
    chart = _chart_picture()
    html = summary_html(profile, estimate(profile, as_of=AS_OF), chart_png=chart,
                        today_money=False, version="test", printed_on="2026-12-02")
    out = tmp_path / "example.pdf"
    printing.export_pdf(html, out, images={"chart.png": chart})
    return out


#: the first line of a parameter row (region, month) or of a parameter's group title (its name
#: and key)
_PARAMETER_ROW = re.compile(r"^(北京市|上海市|全国)\s+\d{4}-\d\d|^\S.*\s[a-z_]+(/[a-z_/]+)?$")


def test_no_parameter_row_is_split_across_pages(pdf, tmp_path):
    """Trials 13 and 15: a parameter whose source ran over several lines was broken by Qt after
    its first lines; the next page began with the end of its source (a web address) under
    empty cells, its region, month and value left on the page before. Each page of the
    parameters now begins with a whole row (or a group's title), and no group's title ends a
    page without its first row."""
    for path in (pdf, _example_pdf(tmp_path)):
        pages = _pages(path)
        continued = [n for n, lines in enumerate(pages)
                     if any(line.startswith("地区") and "来源 / 推算方法" in line for line in lines)]
        assert len(continued) >= 3, continued
        for n in continued:
            lines = pages[n]
            header = next(i for i, line in enumerate(lines)
                          if line.startswith("地区") and "来源 / 推算方法" in line)
            assert _PARAMETER_ROW.match(lines[header + 1]), (n, lines[header + 1])
        for n in continued[:-1]:  # a title with its rows on the next page
            content = [line for line in pages[n] if not re.fullmatch(r"第 \d+ 页，共 \d+ 页", line)]
            assert not re.match(r"^\S.*\s[a-z_]+(/[a-z_/]+)?$", content[-1]), (n, content[-1])


def test_keep_together_moves_a_row_that_would_run_onto_the_next_page(qapp, tmp_path):
    """Unit: a long table whose rows are several lines high, after some filler: the row that
    crosses a page's end begins the next page whole (no part of it left behind), and no row
    crosses after (the rows after it decided at once: pagination._planned_rows)."""
    source = "《某某文件》" + "很长的来源说明" * 12
    table = ("<table><thead><tr><th>地区</th><th>来源</th></tr></thead>"
             + "".join(f"<tr><td>行 {n}</td><td>{source}</td></tr>" for n in range(90)) + "</table>")
    writer = printing.QPdfWriter(str(tmp_path / "probe.pdf"))
    writer.setResolution(printing.PDF_RESOLUTION)
    writer.setPageLayout(printing.a4_layout())
    page = printing._page(writer)[0].height()

    def crossing(doc):
        found = []
        t = next(f for f in doc.rootFrame().childFrames() if isinstance(f, pagination.QTextTable))
        layout = doc.documentLayout()
        for row in range(1, t.rows()):
            cells = [t.cellAt(row, c) for c in range(2)]
            top = min(layout.blockBoundingRect(c.firstCursorPosition().block()).top() for c in cells)
            bottom = max(layout.blockBoundingRect(c.lastCursorPosition().block()).bottom()
                         for c in cells)
            if int(top // page) != int((bottom - 1) // page):
                found.append(row)
        return found

    for lines in range(0, 40):
        filler = "".join(f"<p>第 {n} 段说明文字。</p>" for n in range(lines))
        doc = printing.build_document(filler + table, None, writer)
        if not crossing(doc):
            continue
        pages = doc.pageCount()
        assert keep_together(doc, page) >= 1
        assert crossing(doc) == []
        assert doc.pageCount() <= pages + 1
        return
    pytest.fail("no filler length put a row across a page end")
