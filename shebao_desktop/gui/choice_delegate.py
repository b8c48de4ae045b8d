"""Choice lists for the history table's cells that take one of a few words (trial 17: 金额类型 was
a free-text cell, whose words a user had to guess): 金额类型 (工资 / 基数) and 身份 (同身份类别 /
职工 / 灵活就业) edit in a drop-down list, 地区 in the searchable region list of the personal form.

The list writes the same words the cell shows, through the model's own ``setData`` (so a choice
is parsed, checked and undone as typed text is). A cell whose text is none of the choices (a row
left out for it) keeps that text as the list's first entry until another is chosen: opening the
editor and leaving it changes nothing.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from .history_cells import COLUMN_OF, CellError, kind_words, parse_region, same_as_category
from .labels import employment_labels, region_name
from .widgets import RegionCombo

EDIT = Qt.ItemDataRole.EditRole


def _employments() -> list[str]:
    return [same_as_category(), *employment_labels().values()]


#: column -> the words it takes, in the window's language when the editor opens
CHOICES: dict[int, Callable[[], list[str]]] = {COLUMN_OF["amount_kind"]: lambda: list(kind_words().values()),
                                                 COLUMN_OF["employment"]: _employments}
REGION = COLUMN_OF["region"]


class ChoiceDelegate(QStyledItemDelegate):
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                     index: QModelIndex) -> QWidget:
        if index.column() == REGION:
            return RegionCombo(parent)
        words = CHOICES.get(index.column())
        if words is None:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        combo.addItems(words())
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:  # noqa: N802
        text = str(index.data(EDIT) or "")
        if isinstance(editor, RegionCombo):
            try:
                slug = parse_region(text)
            except CellError:
                slug = None
            if slug is not None:
                editor.set_slug(slug)
            else:
                editor.setEditText(text)
        elif isinstance(editor, QComboBox):
            found = editor.findText(text)
            if found < 0:  # not one of the choices: kept as it is until another is chosen
                editor.insertItem(0, text)
                found = 0
            editor.setCurrentIndex(found)
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,  # noqa: N802
                     index: QModelIndex) -> None:
        if isinstance(editor, RegionCombo):  # a region chosen, else the text as typed
            text, at = editor.currentText(), editor.currentIndex()
            if at >= 0 and text == editor.itemText(at):
                text = region_name(editor.slug())
        elif isinstance(editor, QComboBox):
            text = editor.currentText()
        else:
            super().setModelData(editor, model, index)
            return
        if text != str(index.data(EDIT) or ""):
            model.setData(index, text, EDIT)
