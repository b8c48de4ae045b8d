"""The Data menu: import/export of profiles, contribution history and results, restoring a
backup, and saving elsewhere when the profile folder cannot be written."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Optional

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLabel, QMenu, QMessageBox, QWidget

from ..storage.names import export_path
from ..storage.errors import INVALID
from ..storage.profiles import StorageError
from .storage_text import backup_time, storage_message

# the import/export code (storage.exchange: CSV, XLSX) and its dialogs are imported when an
# action is first used: the window is built before any of them is wanted (issue 10)

translate = QCoreApplication.translate
TABLES = "CSV (*.csv);;Excel (*.xlsx)"
#: what an import opens: also Excel's "Unicode Text" (.txt, UTF-16) and tab-separated text
IMPORT_TABLES = "CSV / Excel / Unicode Text (*.csv *.xlsx *.xlsm *.txt *.tsv);;CSV (*.csv);;Excel (*.xlsx);;Unicode Text (*.txt)"


class DataActions(QObject):
    #: a history import started reading in the background (the ``BackgroundRun``: its dialog)
    import_started = Signal(object)

    def __init__(self, window: QWidget, session, profiles):
        super().__init__(window)
        self.window, self.session, self.profiles = window, session, profiles
        self._warned_save = False
        self.last_message = ""  # the last status-line message of an action (tests read it)
        session.save_failed.connect(self.save_failed)
        session.saved.connect(self._saved)
        if getattr(profiles, "offers", None):  # damaged at start, a good backup on disk
            QTimer.singleShot(0, self, self.offer_restores)

    def fill_menu(self, menu: QMenu) -> None:
        for text, slot in (
                (translate("DataActions", "导入缴费记录（CSV/XLSX）…"), lambda: self.import_history()),
                (translate("DataActions", "导出缴费记录模板…"), lambda: self.export_template()),
                (translate("DataActions", "导出逐年结果（CSV/XLSX）…"), lambda: self.export_years()),
                (None, None),
                (translate("DataActions", "导出档案…"), lambda: self.export_profile()),
                (translate("DataActions", "导入档案…"), lambda: self.import_profile()),
                (translate("DataActions", "从备份恢复…"), lambda: self.restore_backup())):
            if text is None:
                menu.addSeparator()
            else:
                menu.addAction(text).triggered.connect(slot)

    # -- helpers ---------------------------------------------------------------------------
    def _ask_path(self, save: bool, title: str, filters: str, suggested: str = "") -> Optional[Path]:
        from .exchange_dialogs import filter_for, remember_folder, start_folder
        getter = QFileDialog.getSaveFileName if save else QFileDialog.getOpenFileName
        settings = getattr(self.window, "settings", None)
        folder = start_folder(settings)  # the last folder used, else Documents
        stem, suffix = os.path.splitext(suggested)
        start = export_path(folder, stem, suffix) if suggested else folder  # never outside folder
        path, _ = getter(self.window, title, str(start), filters, filter_for(filters, suffix))
        remember_folder(settings, path)
        return Path(path) if path else None

    def _fail(self, exc: StorageError) -> None:
        QMessageBox.warning(self.window, translate("DataActions", "操作未完成"), storage_message(exc))

    # -- history ---------------------------------------------------------------------------
    def import_history(self, path: Optional[Path] = None, ask: bool = True,
                       change_region: Optional[bool] = None) -> int:
        """Read a history file, show its preview (``ask``) and add its rows. When the file's
        last months are another region's than the profile's 参保地, the preview's box decides
        whether the profile's region follows the file (``change_region`` without the preview;
        None: as the box starts, yes only for a profile with no history yet)."""
        path = path or self._ask_path(False, translate("DataActions", "导入缴费记录"), IMPORT_TABLES)
        if path is None:
            return 0
        from ..storage.exchange import apply_import, import_history
        from .exchange_dialogs import ImportPreviewDialog
        from .import_worker import run_in_background
        from .labels import region_name
        region = self.session.profile.region
        outcome = run_in_background(
            self.window, lambda progress: import_history(Path(path), region=region, progress=progress),
            translate("DataActions", "正在读取 {0}…").format(Path(path).name), self.import_started.emit)
        if outcome.cancelled:
            return 0
        if isinstance(outcome.error, StorageError):
            self._fail(outcome.error)
            return 0
        if outcome.error is not None:
            raise outcome.error  # a defect: the application's error dialog reports it
        preview = outcome.result
        has_history = bool(self.session.profile.history)
        suggested = preview.region_differs(region)
        new_region = suggested if (not has_history if change_region is None else change_region) else None
        if ask:
            from .sample import shown_name
            dialog = ImportPreviewDialog(preview, self.window, region, has_history,
                                         shown_name(self.session.profile.name) or translate("DataActions", "未命名"))
            if dialog.exec() != ImportPreviewDialog.DialogCode.Accepted:
                return 0
            new_region = dialog.new_region()
        from ..storage.drafts import draft_rows, table_rows
        from .history_settle import _settle
        before = len(draft_rows(self.session.profile))
        try:
            new = apply_import(self.session.profile, preview, new_region)
            if len(draft_rows(new)) > before:  # the rejected rows, kept to be corrected: a row
                new = _settle(new, table_rows(new), set())  # that reads (8,500 cut at its comma) counts
        except (StorageError, ValueError) as exc:
            self._fail(exc if isinstance(exc, StorageError) else StorageError(INVALID, Path(path), str(exc)))
            return 0
        self.session.apply(new, translate("DataActions", "导入缴费记录") if new_region is None else
                           translate("DataActions", "导入缴费记录并把参保地改为 {0}").format(region_name(new_region)))
        kept = len(draft_rows(new)) - before
        count = len(preview.accepted) + len(preview.to_correct) - kept  # a cut "8,500" counts
        self._say(self._imported_text(Path(path).name, count, region, suggested, new_region)
                  + (translate("DataActions", "有误的 {0} 行放在表格末尾并标红，改正后计入。").format(kept)
                     if kept > 0 else ""))
        return count

    @staticmethod
    def _imported_text(name: str, count: int, region: str, suggested: Optional[str],
                       new_region: Optional[str]) -> str:
        """What the import did, for the status line: the rows, and the 参保地 changed or kept."""
        from .labels import region_name
        text = translate("DataActions", "已从 {0} 导入 {1} 行缴费记录。").format(name, count)
        if new_region is not None:
            text += translate("DataActions", "档案的参保地已由{0}改为{1}（撤销可一并恢复）。").format(
                region_name(region), region_name(new_region))
        elif suggested is not None:
            text += translate("DataActions", "档案的参保地仍为{0}（文件为{1}）：以后的月份和养老金按{0}计算。").format(
                region_name(region), region_name(suggested))
        return text

    def _say(self, text: str) -> None:
        """A message on the window's status line (kept 15 s), when the window has one."""
        self.last_message = text
        status = getattr(self.window, "statusBar", None)
        if status is not None:
            status().showMessage(text, 15000)

    def export_template(self, path: Optional[Path] = None) -> None:
        path = path or self._ask_path(True, translate("DataActions", "导出缴费记录模板"), TABLES, "history.csv")
        if path is not None:
            from ..storage.exchange import export_history_template, template_example
            from .exchange_dialogs import table_words
            example = template_example(self.session.profile.region, self.session.as_of)
            try:  # a template: the header and one example row, not the history typed so far
                export_history_template(Path(path), example, words=table_words())
            except StorageError as exc:
                self._fail(exc)

    def export_years(self, path: Optional[Path] = None) -> bool:
        if self.session.estimate is None:
            return False
        path = path or self._ask_path(True, translate("DataActions", "导出逐年结果"), TABLES, "results.xlsx")
        if path is None:
            return False
        from ..storage.exchange import export_years
        from .exchange_dialogs import table_words, year_headers
        try:
            export_years(self.session.estimate, Path(path), headers=year_headers(), words=table_words())
        except StorageError as exc:
            self._fail(exc)
            return False
        return True

    # -- profiles --------------------------------------------------------------------------
    def export_profile(self, path: Optional[Path] = None) -> bool:
        name = self.session.profile.name or "profile"
        path = path or self._ask_path(True, translate("DataActions", "导出档案"), "JSON (*.json)", f"{name}.json")
        if path is None:
            return False
        from ..storage.exchange import export_profile
        try:
            export_profile(self.session.profile, Path(path))
        except StorageError as exc:
            self._fail(exc)
            return False
        return True

    def import_profile(self, path: Optional[Path] = None) -> Optional[str]:
        path = path or self._ask_path(False, translate("DataActions", "导入档案"), "JSON (*.json)")
        if path is None:
            return None
        from ..storage.exchange import import_profile
        try:
            profile = import_profile(Path(path))
        except StorageError as exc:
            self._fail(exc)
            return None
        # a name in the list already gets a number, as a copy does (trial 5: two "李芳（广东）")
        return self.profiles.create(profile.model_copy(
            update={"name": self.profiles.store.free_name(profile.name)}))

    def restore_backup(self, backup_id: Optional[str] = None, profile_id: Optional[str] = None) -> bool:
        """Put back a saved version of the open profile or, chosen first, of a profile no
        longer in the list (damaged and set aside, deleted: ``profiles.missing()``)."""
        current = self.profiles.current_id
        missing = {} if backup_id is not None and profile_id is None else \
            {item.profile_id: item for item in self.profiles.missing()}
        if profile_id is None:
            profile_id = current if backup_id is not None else \
                self._choose_profile(current, list(missing.values()))
        if not profile_id:  # no profile, or the choice cancelled
            return False
        if backup_id is None:
            from .exchange_dialogs import BackupsDialog
            dialog = BackupsDialog(self.profiles.backups(profile_id), self.window)
            if profile_id in missing:  # nothing current to keep: say what stays as it is
                label = dialog.findChild(QLabel)
                label.setWordWrap(True)
                label.setText(translate(
                    "DataActions", "选择要恢复的“{0}”的保存版本（该档案不在列表中；损坏或删除的文件保持不动）：")
                    .format(missing[profile_id].name or profile_id))
            if dialog.exec() != BackupsDialog.DialogCode.Accepted:
                return False
            backup_id = dialog.chosen()
        if not backup_id:
            return False
        if profile_id == current:
            return self.profiles.restore(backup_id)
        return self.profiles.recover(profile_id, backup_id)

    def _choose_profile(self, current: Optional[str], missing: list) -> Optional[str]:
        """Which profile's backups: the open one, or one no longer in the list. Asked only when
        there is such a profile; "" when the user cancels."""
        if not missing:
            return current
        why = {"damaged": translate("DataActions", "已损坏，原文件已另存"),
               "deleted": translate("DataActions", "已删除"),
               "missing": translate("DataActions", "文件不在数据文件夹中")}
        choices: list[tuple[str, str]] = []
        if current is not None:
            choices.append((current, translate("DataActions", "{0}（当前档案）").format(
                self.session.profile.name or current)))
        for item in missing:
            choices.append((item.profile_id, translate("DataActions", "{0}（{1}；{2}）").format(
                item.name or item.profile_id, why.get(item.why, item.why), item.profile_id + ".json")))
        labels = [label for _id, label in choices]
        label, ok = QInputDialog.getItem(self.window, translate("DataActions", "从备份恢复"),
                                         translate("DataActions", "恢复哪个档案的备份？"), labels, 0, False)
        if not ok or label not in labels:
            return ""
        return choices[labels.index(label)][0]

    def offer_restores(self) -> int:
        """At start: for each damaged profile with a good backup (``profiles.offers``), say whose
        it is and offer to restore that backup; the damaged file stays set aside either way.
        Returns how many were restored."""
        restored = 0
        offers, self.profiles.offers = list(self.profiles.offers), []
        for offer, message in offers:
            box = QMessageBox(QMessageBox.Icon.Warning, translate("DataActions", "档案已损坏"),
                              message, parent=self.window)
            box.setInformativeText(translate(
                "DataActions", "要恢复最近一份完好的备份（保存于 {0}）吗？损坏的文件仍留在数据文件夹中。"
                "以后也可以用“数据 → 从备份恢复…”恢复。")
                .format(backup_time(offer.backup)))
            restore = box.addButton(translate("DataActions", "恢复备份"), QMessageBox.ButtonRole.AcceptRole)
            later = box.addButton(translate("DataActions", "暂不恢复"), QMessageBox.ButtonRole.RejectRole)
            box.setDefaultButton(restore)
            box.setEscapeButton(later)
            box.exec()
            if box.clickedButton() is restore and self.profiles.recover(offer.profile_id, offer.backup.id):
                restored += 1
        return restored

    # -- saving ----------------------------------------------------------------------------
    def save_failed(self, message: str) -> None:
        """The profile stays in memory; offer to save it elsewhere (once until a save works)."""
        if self._warned_save:
            return
        self._warned_save = True
        box = QMessageBox(QMessageBox.Icon.Warning, translate("DataActions", "未能保存"), message, parent=self.window)
        elsewhere = box.addButton(translate("DataActions", "另存到其他位置…"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        if box.clickedButton() is elsewhere:
            self.export_profile()

    def _saved(self, _profile_id: str = "") -> None:
        self._warned_save = False
