"""A profile another program window holds is open read-only here: a banner says so and offers
"另存为副本" (a new profile that this window can save), and closing with unsaved edits asks."""

from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

translate = QCoreApplication.translate

#: the answers of ``ask_unsaved``
SAVE_COPY, DISCARD, CANCEL = "copy", "discard", "cancel"


class ReadOnlyBanner(QFrame):
    """A yellow strip above the window's content, shown only for a read-only profile."""

    save_copy_requested = Signal()

    def __init__(self, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.setObjectName("readOnlyBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#readOnlyBanner { background: #fff4c2; color: #4a3b00; }")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 10, 4)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.button = QPushButton(self.tr("另存为副本"), self)
        self.button.setToolTip(self.tr("把当前内容（含未保存的修改）另存为一个新档案，之后的修改保存到新档案"))
        self.button.clicked.connect(self.save_copy_requested)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.button)
        self.hide()

    def show_for(self, read_only: bool) -> None:
        self.text.setText(self.tr("只读：该档案正在被另一个程序窗口使用，这里的修改不会保存到它。"
                                  "要保留修改，请“另存为副本”。"))
        self.setVisible(read_only)


def ask_unsaved(parent: QWidget, name: str) -> str:
    """Closing a read-only profile with edits: save them as a copy, discard them, or stay."""
    box = QMessageBox(QMessageBox.Icon.Warning, translate("ReadOnlyBanner", "未保存的修改"),
                      translate("ReadOnlyBanner", "“{0}”是只读打开的，您的修改还没有保存。"
                                "要把修改另存为副本吗？").format(name),
                      QMessageBox.StandardButton.NoButton, parent)
    copy = box.addButton(translate("ReadOnlyBanner", "另存为副本"), QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(translate("ReadOnlyBanner", "放弃修改"),
                            QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(copy)
    clicked = choose(box)
    if clicked == copy:
        return SAVE_COPY
    if clicked == discard:
        return DISCARD
    return CANCEL


def choose(box: QMessageBox):
    """Run the dialog and return the button clicked (tests replace this)."""
    box.exec()
    return box.clickedButton()
