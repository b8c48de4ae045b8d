"""Render report HTML with QTextDocument to a PDF file, a print preview or a printer.

A4 with 15 mm margins; a CJK font is set on the document so Chinese is embedded in the PDF;
images are registered as document resources, so ``<img src="chart.png">`` works; a picture
(``QPicture``: the chart, charts.balances_chart_picture) named so is drawn there as vectors by
:class:`_Pictures`, at the size an image of its size would have.
Pages are laid out here (not by ``QTextDocument.print``, which adds its own 2 cm margins), with a
page number in the footer.
"""

from __future__ import annotations

import functools
import os
from typing import Optional, Union

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (QFont, QFontDatabase, QGuiApplication, QImage, QPageLayout, QPageSize,
                           QPagedPaintDevice, QPainter, QPdfWriter, QPicture, QPyTextObject,
                           QTextDocument, QTextFormat)
from PySide6.QtWidgets import QWidget

from .pagination import apply_remembered, early_breaks, keep_together, remembered

translate = QCoreApplication.translate
#: images the HTML names (``<img src="chart.png">``): encoded bytes, the image itself, or a
#: picture drawn as vectors
Images = dict[str, Union[bytes, QImage, QPicture]]

CJK_FAMILIES = ("Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei",
                "Microsoft YaHei", "PingFang SC", "Hiragino Sans GB", "SimSun")
MARGIN_MM = 15.0
BODY_POINT_SIZE = 9.5
PDF_RESOLUTION = 300
#: table cells are white unless they say otherwise: the report's tables draw their grid as
#: the table background showing between cells (report._TABLE)
CELLS = "td { background-color: #ffffff; }"
#: the document's dynamic property holding its key for the remembered page breaks (pagination)
BREAKS_KEY = "shebao_page_breaks_key"
#: the text object type of a picture put where the HTML has its <img>
PICTURE_OBJECT = QTextFormat.ObjectTypes.UserObject + 1


def _rounded(value: float) -> int:
    return int(value + 0.5)  # as Qt's qRound (a size is never negative)


class _Pictures(QPyTextObject):
    """Draws the pictures of a document, by name, where its ``<img>`` were (as vectors: a
    QPicture replays its painter commands into the printer's painter). Its size is the one Qt
    gives an image of the picture's size (the HTML's width and height, the other kept in
    proportion, scaled from the screen's resolution to the device's), so the pages break as
    they did with an image."""

    def __init__(self, pictures: dict[str, QPicture], parent=None):
        super().__init__(parent)
        self.pictures = pictures

    def _picture(self, fmt: QTextFormat) -> QPicture:
        return self.pictures[fmt.stringProperty(QTextFormat.Property.ImageName)]

    def intrinsicSize(self, doc, position, fmt) -> QSizeF:  # noqa: N802 - Qt's name
        picture = self._picture(fmt)
        native = picture.boundingRect()
        has_width = fmt.hasProperty(QTextFormat.Property.ImageWidth)
        has_height = fmt.hasProperty(QTextFormat.Property.ImageHeight)
        width = _rounded(fmt.doubleProperty(QTextFormat.Property.ImageWidth))
        height = _rounded(fmt.doubleProperty(QTextFormat.Property.ImageHeight))
        if not has_width:
            width = native.width() if not has_height else \
                _rounded(height * native.width() / native.height())
        if not has_height:
            height = native.height() if not has_width else \
                _rounded(width * native.height() / native.width())
        device = doc.documentLayout().paintDevice()
        scale = device.logicalDpiY() / picture.logicalDpiY() if device is not None else 1.0
        return QSizeF(_rounded(width * scale), _rounded(height * scale))

    def drawObject(self, painter, rect, doc, position, fmt) -> None:  # noqa: N802 - Qt's name
        picture = self._picture(fmt)
        native = picture.boundingRect()
        device = painter.device()
        # QPicture.play scales its commands from the screen's resolution to the device's
        x = device.logicalDpiX() / picture.logicalDpiX()
        y = device.logicalDpiY() / picture.logicalDpiY()
        painter.save()
        painter.translate(rect.topLeft())
        painter.scale(rect.width() / (native.width() * x), rect.height() / (native.height() * y))
        painter.translate(-native.topLeft())
        picture.play(painter)
        painter.restore()


def _draw_pictures(doc: QTextDocument, pictures: dict[str, QPicture]) -> None:
    """Have ``doc``'s layout size and draw its picture objects."""
    handler = _Pictures(pictures, doc)
    doc.documentLayout().registerHandler(PICTURE_OBJECT, handler)
    doc.shebao_pictures = handler  # its Python side kept as long as the document


def _put_pictures(doc: QTextDocument, pictures: dict[str, QPicture]) -> None:
    """Turn the ``<img>`` of ``doc`` named after a picture into that picture's text object."""
    if not pictures:
        return
    _draw_pictures(doc, pictures)
    found = doc.find("\ufffc")
    while not found.isNull():
        fmt = found.charFormat()
        if fmt.isImageFormat() and fmt.toImageFormat().name() in pictures:
            fmt.setObjectType(PICTURE_OBJECT)
            found.setCharFormat(fmt)
        found = doc.find("\ufffc", found)


@functools.lru_cache(maxsize=1)
def _cjk_family() -> Optional[str]:
    installed = set(QFontDatabase.families())
    return next((family for family in CJK_FAMILIES if family in installed), None)


def cjk_font(point_size: float = BODY_POINT_SIZE) -> QFont:
    """The first installed CJK-capable family (looked up once), else the application font."""
    family = _cjk_family()
    font = QFont(family) if family is not None else QFont(QGuiApplication.font())
    font.setPointSizeF(point_size)
    return font


def a4_layout() -> QPageLayout:
    return QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                       QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                       QPageLayout.Unit.Millimeter)


def _page(device: QPagedPaintDevice) -> tuple[QSizeF, float]:
    """The text area of a page on ``device`` and the footer's height below it (pixels)."""
    rect = device.pageLayout().paintRectPixels(device.resolution())
    footer_height = device.resolution() * 7.5 / 72 * 2  # two lines of 7.5 pt
    return QSizeF(rect.width(), rect.height() - footer_height), footer_height


def _set_device(doc: QTextDocument, device: QPagedPaintDevice) -> QSizeF:
    """Lay ``doc`` out for ``device``'s pages (a no-op when it already is)."""
    page = _page(device)[0]
    if doc.documentLayout().paintDevice() is not device or doc.pageSize() != page:
        doc.documentLayout().setPaintDevice(device)
        doc.setPageSize(page)
    return page


def _page_key(page: QSizeF, device: QPagedPaintDevice) -> str:
    return f"{page.width()}x{page.height()}@{device.resolution()}:"


def _breaks_key(html: str, images: dict[str, Union[QImage, QPicture]], font: QFont, page: QSizeF,
                device: QPagedPaintDevice) -> str:
    """What decides a document's page breaks: its page, font, HTML and image sizes."""
    try:  # hashlib's own blake2b, without loading OpenSSL (libcrypto: ~3 MiB resident)
        from _blake2 import blake2b
    except ImportError:  # pragma: no cover - a Python built without it
        from hashlib import blake2b
    digest = blake2b(html.encode(), digest_size=16)
    digest.update(font.key().encode())
    for name, image in sorted(images.items()):
        size = image.boundingRect() if isinstance(image, QPicture) else image
        digest.update(f"\0{name}\0{size.width()}x{size.height()}".encode())
    return _page_key(page, device) + digest.hexdigest()


def build_document(html: str, images: Optional[Images] = None,
                   device: Optional[QPagedPaintDevice] = None) -> QTextDocument:
    """The document of ``html``; given the ``device`` it will be printed on, it is laid out
    once, for that device's pages (not first for the screen and then again for print), with the
    page breaks it had when printed last (``pagination.apply_remembered``) put in before."""
    doc = QTextDocument()
    if device is not None:
        doc.documentLayout().setPaintDevice(device)
        doc.setPageSize(QSizeF(0, 0))  # no layout before the remembered page breaks are in
    font = cjk_font()
    doc.setDefaultFont(font)
    doc.setDefaultStyleSheet(CELLS)
    doc.setDocumentMargin(0)
    loaded: dict[str, Union[QImage, QPicture]] = {}
    pictures: dict[str, QPicture] = {}
    for name, data in (images or {}).items():
        if isinstance(data, QPicture):
            if not data.isNull():
                pictures[name] = loaded[name] = data
            continue
        image = data if isinstance(data, QImage) else QImage.fromData(data)
        if not image.isNull():
            doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
            loaded[name] = image
    doc.setHtml(html)
    _put_pictures(doc, pictures)
    # each block's shaped text is not kept after its layout (QTextLayout.setCacheEnabled): the
    # page is drawn shaping it again (~15 ms of an export), not holding ~2 MiB of glyphs of
    # the whole document at the end (issue 10, the memory of an export)
    if device is not None:
        page = _page(device)[0]
        key = _breaks_key(html, loaded, font, page, device)
        if remembered(key):
            apply_remembered(doc, key)
        else:
            def prepare(part: QTextDocument) -> None:  # a copy of the part before a long table
                part.documentLayout().setPaintDevice(device)
                for name, image in loaded.items():
                    if isinstance(image, QImage):
                        part.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
                if pictures:
                    _draw_pictures(part, pictures)
            early_breaks(doc, page, prepare)
        doc.setProperty(BREAKS_KEY, key)
        _set_device(doc, device)
    return doc


def render(doc: QTextDocument, device: QPagedPaintDevice) -> None:
    """Lay ``doc`` out on the device's printable area, page by page, with page numbers."""
    painter = QPainter(device)
    if not painter.isActive():
        raise OSError(translate("report", "无法打开打印设备或文件"))
    try:
        footer_font = cjk_font(7.5)
        page = _set_device(doc, device)
        key = doc.property(BREAKS_KEY)  # when built for pages of this size (build_document)
        if not (isinstance(key, str) and key.startswith(_page_key(page, device))):
            key = None
        keep_together(doc, page.height(), key)  # no title or short table stranded at a page's end
        footer_height = _page(device)[1]
        count = doc.pageCount()
        for number in range(count):
            if number:
                device.newPage()
            painter.save()
            painter.translate(0, -number * page.height())
            # a pixel short of the next page: its first block, which Qt would draw clipped here,
            # would leave invisible text on this page (found by a PDF search, copied with it)
            doc.drawContents(painter, QRectF(0, number * page.height(), page.width(),
                                             page.height() - 1))
            painter.restore()
            painter.setFont(footer_font)
            painter.setPen(Qt.GlobalColor.darkGray)
            painter.drawText(QRectF(0, page.height(), page.width(), footer_height),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom),
                             translate("report", "第 {n} 页，共 {total} 页").format(
                                 n=number + 1, total=count))
    finally:
        painter.end()


def export_pdf(html: str, path: Union[str, os.PathLike],
               *, images: Optional[Images] = None) -> None:
    """Write ``html`` as an A4 PDF at ``path`` (Chinese fonts embedded)."""
    writer = QPdfWriter(os.fspath(path))
    writer.setResolution(PDF_RESOLUTION)
    writer.setPageLayout(a4_layout())
    writer.setTitle(translate("report", "社保养老金估算摘要"))
    writer.setCreator("shebao-desktop")
    render(build_document(html, images, writer), writer)


def _printer():
    """A printer for a dialog (QtPrintSupport is loaded only to print: a PDF export, the most
    common use, needs QtGui's QPdfWriter alone; ~0.8 MiB, issue 10)."""
    from PySide6.QtPrintSupport import QPrinter
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(a4_layout())
    return printer


def print_preview(html: str, parent: Optional[QWidget] = None,
                  images: Optional[Images] = None) -> int:
    """Show a print preview of ``html``; returns the dialog's result."""
    printer = _printer()
    from PySide6.QtPrintSupport import QPrintPreviewDialog
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(translate("report", "打印预览"))
    dialog.paintRequested.connect(
        lambda device: render(build_document(html, images, device), device))
    return dialog.exec()


def print_document(html: str, parent: Optional[QWidget] = None,
                   images: Optional[Images] = None) -> bool:
    """Ask for a printer and print ``html``; ``False`` when the user cancels."""
    printer = _printer()
    from PySide6.QtPrintSupport import QPrintDialog
    from PySide6.QtWidgets import QDialog
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(translate("report", "打印"))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    render(build_document(html, images, printer), printer)
    return True
