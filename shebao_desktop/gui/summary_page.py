"""一页摘要 (issue 11): one page to share with a spouse or an adviser -- the pension with its
range, the three retirement months compared and the three balances at retirement, without the
parameter tables. PNG or PDF, A4 or phone-sized (1080 × 1920).

``one_page_data(session, bands)`` gathers the figures (core.decide.compare for the months);
``one_page_html(data)`` words them; ``write_one_page(path, html, size)`` draws the page.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any, Optional, Union

from PySide6.QtCore import QCoreApplication, QMarginsF, QSizeF, Qt
from PySide6.QtGui import (QColor, QFont, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter,
                           QTextDocument)

from .. import __version__
from ..core.result import Estimate
from ..presentation.formats import ESTIMATE_MARK, escape, number
from .fan_chart import range_shown, range_text
from .labels import age_text, english, money, month_count, not_payable_headline, region_name

translate = QCoreApplication.translate

#: page sizes: (logical width of the text in px, PNG size in px)
SIZES = {"a4": (620, (1240, 1754)), "phone": (440, (1080, 1920))}


@dataclass(frozen=True)
class OnePage:
    name: str
    region: str
    as_of: Any
    estimate: Estimate
    choices: list  # core.decide.compare.Choice for statutory, earliest, latest
    bands: Any  # core.decide.bands.Bands or None
    #: a flexible worker with no housing fund: 不适用, as the window's card says (not "0.00 元 ※")
    no_housing_fund: bool = False
    #: the profile's 继续缴费至退休 (the years of a plan short of the minimum rest on it)
    continue_contributing: bool = True


def one_page_data(session, bands=None) -> OnePage:
    """The figures of the page (computes the three months: about one estimate each)."""
    from ..core.decide.compare import compare
    from ..core.sweep import open_months, retirement_months
    from .summary_cards import no_housing_fund  # the card's own rule
    profile = session.profile
    window = retirement_months(profile, as_of=session.as_of)
    # the months one can still choose (none past; none later once the statutory month passed)
    months = sorted({window.statutory_month, *open_months(profile, window, session.as_of)})
    return OnePage(profile.name, profile.region, session.as_of, session.estimate,
                   compare(profile, months, as_of=session.as_of), bands,
                   no_housing_fund(session.estimate, profile), profile.future.continue_contributing)


def _kind(choice) -> str:
    names = {"statutory": translate("summary_page", "法定"),
             "earliest": translate("summary_page", "最早"),
             "earliest_ahead": translate("summary_page", "最早（今后）"),
             "latest": translate("summary_page", "最晚")}
    return "/".join(names[k] for k in getattr(choice, "kinds", ()) if k in names) or \
        translate("summary_page", "自选")


def _estimated(e: Estimate) -> bool:
    """Whether the estimate rests on an estimated figure (the window's cards mark it ※)."""
    from .summary_cards import pension_estimated  # the cards' own rule
    return pension_estimated(e)


def _shortfall_lines(page: OnePage) -> list[str]:
    """For a plan short of the minimum years: what the years assume of the months to come, an
    earlier month of the comparison that meets its own (lower) minimum, and the ways to make up
    the years (new-user trial 13: the page said none of it)."""
    from ..presentation.decide_words import basis_text
    out = [translate("summary_page", "年限按今后继续缴费至退休计算。") if page.continue_contributing else
           translate("summary_page", "年限按今后不再缴费计算（假设中未勾选“继续缴费至退休”）。")]
    planned = page.estimate.retirement.chosen_month
    earlier = next((c for c in page.choices if c.minimum_met and c.retirement_month < planned), None)
    if earlier is not None:  # the minimum rises by retirement year from 2030
        out.append(translate("summary_page", "若提前到 {0} 退休（该年最低 {1} 年），现有年限已够，见下表。").format(
            earlier.retirement_month, number(earlier.minimum_years, 2)))
    out.append(basis_text("DECIDE_MAKE_UP_RULE", "en" if english() else "zh") + translate("summary_page", "。"))
    return out


def one_page_html(page: OnePage, printed_on: Optional[str] = None) -> str:
    e = page.estimate
    p, at = e.pension, e.at_retirement
    mark = f" {ESTIMATE_MARK}" if _estimated(e) else ""  # on every figure resting on estimates
    yuan = lambda v: escape(translate("summary_page", "{0} 元").format(money(v))) + mark  # noqa: E731
    title = translate("summary_page", "养老金估算一页摘要")
    if page.name:
        title += translate("summary_page", "（{0}）").format(page.name)
    out = [f'<h2 style="color:#1f3b57; margin:0;">{escape(title)}</h2>',
           '<p style="color:#555; font-size:small; margin-top:2px;">' + escape(translate(
               "summary_page", "{0}　·　估算基准月 {1}　·　打印日期 {2}　·　shebao-desktop {3}").format(
               region_name(page.region), page.as_of, printed_on or date.today().isoformat(),
               __version__)) + "</p>"]
    out.append('<h3 style="color:#1f3b57; margin-bottom:2px;">' + escape(translate(
        "summary_page", "每月养老金（计划 {0} 退休）").format(p.retirement_month)) + "</h3>")
    r = e.retirement
    if r.shortfall_months:  # not a figure in the headline that will not be paid (trial 12)
        headline = '<p style="font-size:x-large; margin:2px 0; color:#c0392b;"><b>' + escape(
            not_payable_headline(r)) + "</b>"
        lines = [translate("summary_page", "按现有年限算约 {0} 元/月（今日购买力约 {1} 元），满最低年限前不发放；"
                           "补足后略高").format(money(p.total), money(p.total_today)) + mark]
        lines += _shortfall_lines(page)
    else:
        headline = f'<p style="font-size:x-large; margin:2px 0;"><b>{yuan(p.total)}</b>'
        lines = [translate("summary_page", "今日购买力约 {0} 元").format(money(p.total_today)) + mark]
    out.append(headline + "</p>")
    if range_shown(page.bands, e):
        lines.append(range_text(page.bands) + " ※" + translate(
            "summary_page", "（记账利率、工资增长、养老金调整取低/高假设）"))
    out.append("<p>" + "<br/>".join(escape(line) for line in lines) + "</p>")
    out.append('<h3 style="color:#1f3b57; margin-bottom:2px;">'
               + escape(translate("summary_page", "三个退休时间比较") if len(page.choices) == 3
                        else translate("summary_page", "退休时间比较")) + "</h3>")
    cell = 'style="padding:3px 6px; border-bottom:1px solid #ccc;"'
    right = 'style="padding:3px 6px; border-bottom:1px solid #ccc;" align="right"'
    head = [translate("summary_page", "退休时间"), translate("summary_page", "月养老金") + mark,
            translate("summary_page", "今日购买力") + mark, translate("summary_page", "回本年龄")]
    rows = ["<tr>" + "".join(f'<th {cell} align="left">{escape(h)}</th>' for h in head) + "</tr>"]
    for c in page.choices:
        even = "—" if c.break_even_age is None or not c.minimum_met else translate(
            "summary_page", "{0} 岁").format(c.break_even_age.quantize(Decimal("0.1")))
        # a month short of the minimum years pays nothing (the comparison tab's 不可领取)
        pension = f"<td {right}>{money(c.total)}</td><td {right}>{money(c.total_today)}</td>" \
            if c.minimum_met else f'<td {right} colspan="2">' + escape(translate(
                "summary_page", "不可领取（缴费差 {0}）").format(month_count(c.shortfall_months))) + "</td>"
        rows.append(
            "<tr>" + f"<td {cell}>{escape(_kind(c))}<br/>" + escape(translate(
                "summary_page", "{0}（{1}）").format(c.retirement_month, age_text(c.age).replace(
                    " ", "\u00a0"))) + "</td>" + pension + f"<td {right}>{escape(even)}</td></tr>")
    out.append('<table cellspacing="0" width="100%">' + "".join(rows) + "</table>")
    out.append('<h3 style="color:#1f3b57; margin-bottom:2px;">'
               + escape(translate("summary_page", "退休时三个账户余额")) + "</h3>")
    # what is not yet paid out is inheritable, not the whole balance (the card's words; trial 6)
    balances = [(translate("summary_page", "养老保险个人账户（未领完的余额可继承）"), yuan(at.pension_account)),
                (translate("summary_page", "医保个人账户"), yuan(at.medical_account)),
                (translate("summary_page", "住房公积金（退休时可提取）"),
                 escape(translate("summary_page", "不适用")) if page.no_housing_fund else
                 yuan(at.housing_fund))]
    out.append('<table cellspacing="0" width="100%">' + "".join(
        f"<tr><td {cell}>{escape(label)}</td><td {right}>{value}</td></tr>"
        for label, value in balances) + "</table>")
    out.append('<p style="color:#555; font-size:small; margin-top:10px;">' + escape(translate(
        "summary_page", "金额为名义金额（当年的元），另注今日购买力。回本年龄：领取的养老金累计超过个人缴纳的"
        "养老保险费之时。这是按公开政策和本人填写的信息所作的估算（※ 含估计值），不是官方数字；"
        "以社会保险经办机构核定为准。完整报告（含参数及出处）可在“文件 → 导出PDF”中获得。")) + "</p>")
    return "<html><body>" + "".join(out) + "</body></html>"


def _document(html: str, width: int) -> QTextDocument:
    doc = QTextDocument()
    font = QFont()
    font.setPixelSize(15)
    doc.setDefaultFont(font)
    doc.setDocumentMargin(0)
    doc.setHtml(html)
    doc.setTextWidth(width)
    return doc


def _paint(painter: QPainter, doc: QTextDocument, width: float, height: float, logical: int) -> None:
    """The page white, the text ``logical`` px wide scaled to fill ``width`` with a margin."""
    painter.fillRect(0, 0, int(width), int(height), QColor("white"))
    margin = width * 0.06
    scale = (width - 2 * margin) / logical
    painter.translate(margin, margin)
    painter.scale(scale, scale)
    doc.drawContents(painter)


def write_one_page(path: Union[str, os.PathLike], html: str, size: str = "a4") -> Path:
    """Draw the page at ``path``: a PNG or (by its suffix) a PDF, A4 or phone-sized."""
    logical, (px_width, px_height) = SIZES[size]
    doc = _document(html, logical)
    target = Path(path)
    if target.suffix.lower() == ".pdf":
        writer = QPdfWriter(os.fspath(target))
        writer.setResolution(144)
        if size == "a4":
            page = QPageSize(QPageSize.PageSizeId.A4)
        else:  # phone: the PNG's proportions, 9 × 16 cm
            page = QPageSize(QSizeF(90, 160), QPageSize.Unit.Millimeter, "phone")
        writer.setPageLayout(QPageLayout(page, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
        writer.setTitle(translate("summary_page", "养老金估算一页摘要"))
        writer.setCreator("shebao-desktop")
        painter = QPainter(writer)
        try:
            _paint(painter, doc, writer.width(), writer.height(), logical)
        finally:
            painter.end()
        if not target.exists():
            raise OSError(f"not written: {target}")
        return target
    image = QImage(px_width, px_height, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    try:
        _paint(painter, doc, px_width, px_height, logical)
    finally:
        painter.end()
    if not image.save(os.fspath(target), "PNG"):
        raise OSError(f"not written: {target}")
    return target


def fits(html: str, size: str = "a4") -> bool:
    """Whether the page holds the whole text (tests; the phone page is the tighter one)."""
    logical, (px_width, px_height) = SIZES[size]
    doc = _document(html, logical)
    margin = px_width * 0.06
    scale = (px_width - 2 * margin) / logical
    return doc.size().height() * scale <= px_height - 2 * margin


def export_one_page(window, path: Optional[str] = None, size: Optional[str] = None) -> Optional[Path]:
    """文件 → 导出一页摘要…: ask where and which size (the file type follows the name), then
    write the page; a message, never a traceback, when it cannot be written."""
    from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
    from ..storage.errors import StorageError, from_os_error
    from ..storage.names import export_path
    from .storage_text import storage_message
    if not window._require_estimate():
        return None
    filters = {translate("summary_page", "PNG 图片，A4 (*.png)"): "a4",
               translate("summary_page", "PNG 图片，手机尺寸 (*.png)"): "phone",
               translate("summary_page", "PDF，A4 (*.pdf)"): "a4",
               translate("summary_page", "PDF，手机尺寸 (*.pdf)"): "phone"}
    if path is None:
        from .exchange_dialogs import remember_folder, start_folder
        suggested = str(export_path(start_folder(window.settings), window.session.profile.name, ".png",
                                    "shebao-summary"))
        path, chosen = QFileDialog.getSaveFileName(window, translate("summary_page", "导出一页摘要"),
                                                   suggested, ";;".join(filters))
        if not path:
            return None
        remember_folder(window.settings, path)
        size = size or filters.get(chosen, "a4")
        # a name typed with its type keeps it (trial 14: "page.pdf" typed under the PNG filter
        # was written as "page.pdf.png"); a name without one gets the filter's
        if not path.lower().endswith((".pdf", ".png")):
            path += ".pdf" if chosen.endswith("(*.pdf)") else ".png"
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        page = one_page_data(window.session, window.results.bands.current())
        written = write_one_page(path, one_page_html(page), size or "a4")
    except OSError as exc:
        problem = from_os_error(exc, Path(path))
        if problem.code == "NOT_FOUND":
            problem = StorageError("WRITE_FAILED", Path(path), problem.detail)
        QApplication.restoreOverrideCursor()
        QMessageBox.critical(window, translate("summary_page", "导出失败"), storage_message(problem))
        return None
    except Exception:  # noqa: BLE001 - a core refusal: said, not raised
        QApplication.restoreOverrideCursor()
        QMessageBox.critical(window, translate("summary_page", "导出失败"),
                             translate("summary_page", "无法计算摘要中的比较，请检查输入。"))
        return None
    QApplication.restoreOverrideCursor()
    window.confirm_export(written)  # a note that stays, as for 导出PDF
    return written
