"""The list of saved profiles: new, open, duplicate, rename, delete (with confirmation)."""

from __future__ import annotations

import re
from typing import Optional

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QGridLayout, QInputDialog, QListWidget, QListWidgetItem,
                               QMessageBox, QPushButton, QVBoxLayout, QWidget)

from .sample import shown_name


def name_order(name: str) -> list[tuple[int, int, bytes]]:
    """The sort key of a name: its text by GB 2312 code, whose 3,755 common characters are in
    pinyin order (陈 chen, 李 li, 王 wang, 张 zhang, 赵 zhao; the rarer ones by radical after
    them), Latin letters first; numbers by value (档案2 before 档案10). Python's own codec: a
    QCollator for zh_CN does the same with ICU's collation data, ~2.5 MiB resident (issue 10)."""
    return [(0, int(part), b"") if part.isdigit() else (1, 0, part.encode("gb18030", "replace"))
            for part in _PARTS.findall(name)]


_PARTS = re.compile(r"\d+|\D+")


class ProfilesPanel(QWidget):
    open_requested = Signal(str)
    new_requested = Signal()
    duplicate_requested = Signal(str)
    rename_requested = Signal(str, str)
    delete_requested = Signal(str)

    def __init__(self, parent: Optional[QWidget] = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("档案列表"))
        # a long name on two lines, not cut at the column's edge (trial 10: 示例：北京企业职工（可直接…)
        self.list.setWordWrap(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(self.list, 1)
        buttons = QGridLayout()
        self.new_button = QPushButton(self.tr("新建"), self)
        self.duplicate_button = QPushButton(self.tr("复制"), self)
        self.rename_button = QPushButton(self.tr("重命名"), self)
        self.delete_button = QPushButton(self.tr("删除"), self)
        for n, button in enumerate((self.new_button, self.duplicate_button, self.rename_button,
                                    self.delete_button)):
            buttons.addWidget(button, n // 2, n % 2)
        layout.addLayout(buttons)
        self.setMinimumWidth(150)
        self.list.itemActivated.connect(self._activated)
        self.list.currentItemChanged.connect(lambda item, _prev: item and self._activated(item))
        self.new_button.clicked.connect(self.new_requested)
        self.duplicate_button.clicked.connect(lambda: self._with_current(self.duplicate_requested.emit))
        self.rename_button.clicked.connect(self.rename_current)
        self.delete_button.clicked.connect(self.delete_current)
        self._current: Optional[str] = None

    def show_profiles(self, entries: list[tuple[str, str]], current: Optional[str]) -> None:
        """``entries``: (id, label) pairs, listed in the order of a Chinese dictionary (by
        pinyin: 陈, 李, 王, 张, 赵), not by character code (张 before 李): ``name_order``."""
        entries = sorted(entries, key=lambda entry: (name_order(entry[1] or ""), entry[0]))
        self.list.blockSignals(True)
        self.list.clear()
        for profile_id, label in entries:
            item = QListWidgetItem(shown_name(label) if label else self.tr("（未命名）"))
            item.setToolTip(item.text())
            item.setData(Qt.ItemDataRole.UserRole, profile_id)
            self.list.addItem(item)
            if profile_id == current:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self._current = current

    def show_typed_name(self, typed: str) -> None:
        """The open profile's entry says the name as it is being typed (trial 16: the list said
        新档案 beside a name box saying 广州李女士 until the box lost focus); the list is made
        again from the saved names when the name is committed."""
        item = self.list.currentItem()
        if item is not None and item.data(Qt.ItemDataRole.UserRole) == self._current:
            item.setText(typed.strip() or self.tr("（未命名）"))

    def current_id(self) -> Optional[str]:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _activated(self, item: QListWidgetItem) -> None:
        profile_id = item.data(Qt.ItemDataRole.UserRole)
        if profile_id != self._current:
            self._current = profile_id
            self.open_requested.emit(profile_id)

    def _with_current(self, action) -> None:
        profile_id = self.current_id()
        if profile_id:
            action(profile_id)

    def rename_current(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        name, ok = QInputDialog.getText(self, self.tr("重命名档案"), self.tr("新名称："),
                                        text=item.text())
        if ok and name.strip():
            self.rename_requested.emit(item.data(Qt.ItemDataRole.UserRole), name.strip()[:100])

    def delete_current(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        answer = QMessageBox.question(
            self, self.tr("删除档案"),
            self.tr("确定删除“{0}”吗？删除的档案会移到数据文件夹的回收站（trash）。").format(item.text()),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            self.delete_requested.emit(item.data(Qt.ItemDataRole.UserRole))
