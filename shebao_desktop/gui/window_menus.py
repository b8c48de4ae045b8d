"""The finished window's menus (文件, 编辑, 视图, 语言, 数据, 帮助): built once the content is,
after the first figure is painted (the frame shows their titles only: ``startup.frame_menus``).
Their words keep the main window's translation context."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence

from .undo_keys import EXPORT_PDF

translate = QCoreApplication.translate


def action(window, menu, text: str, slot, shortcut=None) -> QAction:
    item = QAction(text, window)
    if shortcut is not None:
        item.setShortcut(shortcut)
    item.triggered.connect(slot)
    menu.addAction(item)
    return item


def save_now(window) -> None:
    """立即保存, and the status bar says it was saved (the autosave after an edit says nothing;
    a failed save says why in its own message; a read-only profile is not saved)."""
    from PySide6.QtCore import QTime
    done: list[bool] = []

    def said() -> None:
        done.append(True)
    window.session.saved.connect(said)
    try:
        window.session.save_now()
    finally:
        window.session.saved.disconnect(said)
    if done:
        window.statusBar().showMessage(translate("MainWindow", "已保存（{0}）").format(
            QTime.currentTime().toString("HH:mm")), 4000)


def build_menus(window) -> None:
    bar = window.menuBar()
    file_menu = bar.addMenu(translate("MainWindow", "文件(&F)"))
    action(window, file_menu, translate("MainWindow", "新建档案"), window.new_profile, QKeySequence.StandardKey.New)
    action(window, file_menu, translate("MainWindow", "立即保存"), lambda: save_now(window), QKeySequence.StandardKey.Save)
    action(window, file_menu, translate("MainWindow", "复制档案"), lambda: window.profiles.duplicate(window.profiles.current_id))
    rename = action(window, file_menu, translate("MainWindow", "重命名档案…"),
                    window.profiles_panel.rename_current, QKeySequence("F2"))
    # F2 renames only where the profiles are: in a table it edits the cell (trial 2026-12-02)
    rename.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    window.profiles_panel.addAction(rename)
    action(window, file_menu, translate("MainWindow", "删除档案…"), window.profiles_panel.delete_current)
    file_menu.addSeparator()
    action(window, file_menu, translate("MainWindow", "导出PDF…"), lambda: window.export_pdf(), QKeySequence(EXPORT_PDF))
    action(window, file_menu, translate("MainWindow", "导出一页摘要…"), lambda: window.export_one_page())
    action(window, file_menu, translate("MainWindow", "打印预览…"), window.print_preview, QKeySequence("Ctrl+Shift+P"))
    action(window, file_menu, translate("MainWindow", "打印…"), window.print_summary, QKeySequence.StandardKey.Print)
    file_menu.addSeparator()
    action(window, file_menu, translate("MainWindow", "退出"), window.close, QKeySequence.StandardKey.Quit)
    edit_menu = bar.addMenu(translate("MainWindow", "编辑(&E)"))
    undo = window.session.undo_stack.createUndoAction(window, translate("MainWindow", "撤销"))
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    redo = window.session.undo_stack.createRedoAction(window, translate("MainWindow", "重做"))
    # Ctrl+Y as on Windows, everywhere; once: where the platform's keys have it already, a
    # second Ctrl+Y made the key ambiguous and it redid nothing (found by trial 4's undo test)
    keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
    redo.setShortcuts(keys + [QKeySequence("Ctrl+Y")] * (QKeySequence("Ctrl+Y") not in keys))
    edit_menu.addAction(undo)
    edit_menu.addAction(redo)
    edit_menu.addSeparator()
    action(window, edit_menu, translate("MainWindow", "粘贴缴费记录"), window.history.paste, QKeySequence("Ctrl+Shift+V"))
    action(window, edit_menu, translate("MainWindow", "快速填写过去的记录…"), window.quick_history)
    view_menu = bar.addMenu(translate("MainWindow", "视图(&V)"))
    window.today_action = action(window, view_menu, translate("MainWindow", "按今日购买力显示"),
                                     lambda on: window.session.set_today_money(on), QKeySequence("Ctrl+T"))
    window.today_action.setCheckable(True)
    window.today_action.setChecked(window.session.today_money)
    for n, title in enumerate((translate("MainWindow", "个人信息"), translate("MainWindow", "缴费记录"), translate("MainWindow", "假设与公积金"))):
        action(window, view_menu, title, lambda _c=False, i=n: window.inputs.setCurrentIndex(i),
                     QKeySequence(f"Ctrl+{n + 1}"))
    language_menu = bar.addMenu(translate("MainWindow", "语言(&L) / Language"))
    group = QActionGroup(window)
    for code, label in (("zh_CN", "简体中文"), ("en", "English")):
        item = action(window, language_menu, label, lambda _c=False, c=code: window.set_language(c))
        item.setCheckable(True)
        item.setChecked(code == window.language)
        group.addAction(item)
    window.data_actions.fill_menu(bar.addMenu(translate("MainWindow", "数据(&D)")))
    help_menu = bar.addMenu(translate("MainWindow", "帮助(&H)"))
    action(window, help_menu, translate("MainWindow", "术语表"), window.show_glossary, QKeySequence("F1"))
    action(window, help_menu, translate("MainWindow", "入门导览"), window.show_tour)
    action(window, help_menu, translate("MainWindow", "关于"), window.about)
