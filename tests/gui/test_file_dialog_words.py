"""Qt's own file dialog (where the platform has none: a bare X server) in Chinese: a trial saw
"Look in:" and "Files of type:" in English (Qt's qtbase_zh_CN.qm lacks them for this Qt
version) and the size column cut to "612…tes"."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QFileDialog, QLabel, QTreeView

from shebao_desktop.gui.i18n import install_language, qm_path


@pytest.fixture
def dialog(qapp, qtbot, tmp_path):
    install_language("zh_CN")
    (tmp_path / "small.txt").write_bytes(b"x" * 612)
    (tmp_path / "big.pdf").write_bytes(b"x" * 2900)
    widget = QFileDialog(None, "导出PDF", str(tmp_path), "PDF (*.pdf)")
    widget.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    widget.setViewMode(QFileDialog.ViewMode.Detail)
    qtbot.addWidget(widget)
    widget.resize(700, 400)
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(lambda: qapp.focusWidget() is not None
                    and qapp.focusWidget().window() is widget)
    yield widget
    widget.close()
    install_language("zh_CN")


def test_the_file_dialog_speaks_chinese(dialog):
    labels = [label.text() for label in dialog.findChildren(QLabel) if label.text()]
    assert "查找范围(&L)：" in labels and "文件类型(&T)：" in labels, labels
    assert not [t for t in labels if re.search(r"[A-Za-z]{3}", t.replace("&", ""))], labels
    assert qm_path("", "qtbase_zh_CN") and qm_path("", "qt_extra_zh_CN")  # shipped with us


def test_the_size_column_fits_its_sizes(dialog):
    view = dialog.findChild(QTreeView, "treeView")
    needed = view.fontMetrics().horizontalAdvance(QLocale.system().formattedDataSize(1023 * 1024 - 1))
    assert view.header().sectionSize(1) > needed  # "1,023.00 KiB" and "612 bytes" show whole
