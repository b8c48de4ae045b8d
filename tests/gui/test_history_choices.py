"""Trial 17 (left): 金额类型 was a free-text cell whose words a user had to guess. 金额类型 and 身份
edit in a drop-down list of the words the cell takes, 地区 in the searchable region list; a choice
goes through the model as typed text does (parsed, in the profile, undone by Ctrl+Z)."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView, QComboBox

from shebao_desktop.gui.history_cells import COLUMN_OF
from shebao_desktop.gui.widgets import RegionCombo

EDIT = Qt.ItemDataRole.EditRole
KIND, EMPLOYMENT, REGION = COLUMN_OF["amount_kind"], COLUMN_OF["employment"], COLUMN_OF["region"]


def _open(window, qtbot, row: int, column: int):
    window.inputs.setCurrentIndex(1)
    table = window.history.table
    qtbot.waitExposed(table)
    index = table.model().index(row, column)
    table.setCurrentIndex(index)
    table.edit(index)
    assert table.state() == QAbstractItemView.State.EditingState
    return table, table.indexWidget(index) or table.focusWidget()


def _commit(table, editor, qtbot) -> None:
    table.commitData(editor)
    table.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)


def test_amount_kind_is_chosen_from_a_list_and_reaches_the_profile(window, qtbot):
    table, editor = _open(window, qtbot, 0, KIND)
    assert isinstance(editor, QComboBox)
    assert [editor.itemText(n) for n in range(editor.count())] == ["工资", "基数"]
    assert editor.currentText() == table.model().data(table.model().index(0, KIND), EDIT)
    before = window.session.profile.history[0].amount_kind
    editor.setCurrentIndex(1)
    _commit(table, editor, qtbot)
    assert table.model().data(table.model().index(0, KIND), EDIT) == "基数"
    assert window.session.profile.history[0].amount_kind == "base" != before
    window.session.undo_stack.undo()
    assert window.session.profile.history[0].amount_kind == before


def test_employment_lists_its_three_words(window, qtbot):
    table, editor = _open(window, qtbot, 0, EMPLOYMENT)
    words = [editor.itemText(n) for n in range(editor.count())]
    assert words == ["（同身份类别）", "职工", "灵活就业"]
    editor.setCurrentIndex(2)
    _commit(table, editor, qtbot)
    assert window.session.profile.history[0].employment == "flexible"


def test_region_is_chosen_from_the_region_list(window, qtbot):
    table, editor = _open(window, qtbot, 0, REGION)
    assert isinstance(editor, RegionCombo) and editor.count() > 25
    editor.set_slug("guangdong")
    _commit(table, editor, qtbot)
    assert window.session.profile.history[0].region == "guangdong"
    assert table.model().data(table.model().index(0, REGION), EDIT) == "广东省"


def test_opening_and_leaving_changes_nothing(window, qtbot):
    history = window.session.profile.history
    for column in (KIND, EMPLOYMENT, REGION):
        table, editor = _open(window, qtbot, 0, column)
        _commit(table, editor, qtbot)
    assert window.session.profile.history == history
