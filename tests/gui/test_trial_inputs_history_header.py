"""New-user trial: in English the history table's last column header read "Employ…" (cut at
the edge of the table). Its English title is short enough to be read whole where the column
starts to show, in the window's first layout."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QStyle


def test_the_last_header_reads_whole_in_english(window):
    window.set_language("en")
    QApplication.processEvents()
    window.inputs.setCurrentIndex(1)  # 缴费记录
    QApplication.processEvents()
    table = window.history.table
    header, model = table.horizontalHeader(), table.model()
    last = model.columnCount() - 1
    title = model.headerData(last, Qt.Orientation.Horizontal)
    assert title and not any("\u4e00" <= ch <= "\u9fff" for ch in title)  # English
    assert header.defaultAlignment() & Qt.AlignmentFlag.AlignHCenter
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin)
    width = header.fontMetrics().horizontalAdvance(title)
    start, size = header.sectionViewportPosition(last), header.sectionSize(last)
    assert size >= width + 2 * margin  # not elided
    # centred in its section: the text's right end inside what the table shows
    assert start + (size + width) / 2 + margin <= header.viewport().width(), \
        (start, size, width, header.viewport().width())


def test_a_pasted_header_with_the_english_title_names_the_column():
    """The table's English title of 身份 is "Status": a sheet copied with it pasted back reads
    that column as the category (history_cells._HEADER_WORDS)."""
    from shebao_desktop.gui.history_cells import _header_key
    assert _header_key("Status") == "employment" and _header_key("身份") == "employment"
