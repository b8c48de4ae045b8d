"""Dialogs for moving data in and out: the import preview of a contribution history,
restoring a profile from a backup, and the translated labels those need."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Optional

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtWidgets import (QCheckBox, QDialog, QDialogButtonBox, QHeaderView, QLabel,
                               QListWidget, QListWidgetItem, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from ..presentation.messages import render
from ..storage.exchange import HistoryPreview, TableWords
from .i18n import catalogue_language
from .labels import employment_labels, english, money, phase_labels, region_name

translate = QCoreApplication.translate
#: the folder the last file was chosen in (settings), where the next file dialog opens
FOLDER_KEY = "files/last_folder"


def start_folder(settings: Any) -> Path:
    """Where a file dialog opens: the folder last used (kept in the settings) while it still
    exists, else the user's Documents, else the home folder."""
    last = settings.value(FOLDER_KEY) if settings is not None else None
    if last and Path(str(last)).is_dir():
        return Path(str(last))
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


def remember_folder(settings: Any, path: Any) -> None:
    """Keep the folder of a chosen file for the next dialog."""
    if settings is not None and path:
        settings.setValue(FOLDER_KEY, str(Path(str(path)).parent))


def filter_for(filters: str, suffix: str) -> str:
    """The entry of a ``;;`` filter list that offers ``suffix`` (so a suggested results.xlsx
    comes with the Excel filter, not CSV), else the first."""
    entries = filters.split(";;")
    return next((f for f in entries if suffix and f"*{suffix.lower()}" in f.lower()), entries[0])


def reason_text(code: str, params: tuple[tuple[str, str], ...] = ()) -> str:
    """Why an imported row was not taken, from the message catalogue, with the cell's text
    where the reason has it (never the storage layer's English note: that is for the log)."""
    return render(code, dict(params), catalogue_language())


def table_words() -> TableWords:
    """The words exported tables are written in: the user's language, not codes."""
    template = ("period", "wage", "months", "kind", "region", "employment")
    headers = dict(zip(template, template)) if english() else dict(zip(template, (
        "期间", "月工资", "缴费月数", "金额类型", "地区", "身份")))
    return TableWords(english=english(), headers=headers, employment=employment_labels(),
                      kind={"wage": translate("exchange", "工资"), "base": translate("exchange", "基数")},
                      phase=phase_labels(),
                      yes_no=(translate("exchange", "是"), translate("exchange", "否")))


def preview_summary(preview: HistoryPreview) -> str:
    """What the import will do, counted: accepted, rejected, other insurances ignored, unpaid
    months (a blank amount), 补差."""
    text = translate("exchange", "{0}：可导入 {1} 行，拒绝 {2} 行。导入的月份会替换已有记录中的同一月份。").format(
        preview.source.name, len(preview.accepted), len(preview.rejected))
    if preview.to_correct:  # not lost: the table keeps them marked (trial 19)
        text += "\n" + translate("exchange", "其中 {0} 行会放在缴费记录表格末尾并标红，可在表格中改正后计入。").format(
            len(preview.to_correct))
    if preview.ignored:
        text += "\n" + translate("exchange", "其他险种（医疗、失业、工伤、生育等）{0} 行：已忽略，不算错误。").format(
            len(preview.ignored))
    unpaid = getattr(preview, "unpaid", ())
    if unpaid:
        text += "\n" + translate("exchange", "工资（基数）为空的月份 {0} 行：按未缴费月份处理（断缴），"
                                  "不导入，不算错误；如果其实缴了费，请在文件中补上金额。").format(len(unpaid))
    arrears = getattr(preview, "arrears", ())
    if arrears:
        text += "\n" + translate("exchange", "标为欠缴的 {0} 行（文件第 {1} 行）：这些月份没有实际缴费，"
                                  "按断缴处理，不导入；补缴到账后请重新导入。").format(
            len(arrears), translate("exchange", "、").join(str(r.line) for r in arrears))
    if preview.adjustments:
        text += "\n" + translate("exchange", "补差 {0} 行：假定补差行的缴费基数是差额，已加到同一月份的缴费基数上。").format(
            len(preview.adjustments))
    return text


def year_headers() -> dict[str, str]:
    """Translated column labels for exporting the year-by-year results."""
    return {
        "year": translate("exchange", "年份"), "age_at_end": translate("exchange", "年末年龄"), "phase": translate("exchange", "阶段"), "region": translate("exchange", "地区"),
        "months_contributed": translate("exchange", "缴费月数"), "average_base": translate("exchange", "平均缴费基数"),
        "average_index": translate("exchange", "缴费指数"), "pension_employee": translate("exchange", "养老个人缴费"),
        "pension_employer": translate("exchange", "养老单位缴费"), "pension_account_opening": translate("exchange", "养老账户年初"),
        "pension_account_contributions": translate("exchange", "养老账户记入"),
        "pension_account_interest": translate("exchange", "养老账户利息"), "pension_account_closing": translate("exchange", "养老账户年末"),
        "medical_account_contributions": translate("exchange", "医保账户记入"), "medical_account_closing": translate("exchange", "医保账户年末"),
        "housing_fund_contributions": translate("exchange", "公积金缴存"), "housing_fund_withdrawals": translate("exchange", "公积金提取"),
        "housing_fund_closing": translate("exchange", "公积金年末"), "total_employee": translate("exchange", "个人缴费合计"),
        "total_employer": translate("exchange", "单位缴费合计"), "pension_paid": translate("exchange", "当年养老金"),
        "deflator": translate("exchange", "通胀折算系数"), "estimated": translate("exchange", "含估计值"),
    }


def region_mismatch(preview: HistoryPreview, profile_region: str) -> str:
    """The file's region(s) and the profile's, said when the file's last months are another
    region's than the profile's 参保地; "" when they are the same."""
    suggested = preview.region_differs(profile_region)
    if suggested is None:
        return ""
    if len(preview.regions) == 1:
        return translate("exchange", "文件参保地为{0}，档案参保地为{1}。").format(
            region_name(suggested), region_name(profile_region))
    return translate("exchange", "文件中的参保地有{0}，最近的月份为{1}；档案参保地为{2}。").format(
        translate("exchange", "、").join(region_name(r) for r in preview.regions),
        region_name(suggested), region_name(profile_region))


def region_effect(profile_region: str, suggested: str, change: bool) -> str:
    """What the choice of the preview's box means for the estimate."""
    if change:
        return translate("exchange", "导入后档案的参保地改为{0}：以后的月份、退休规则和养老金的计发基数按{0}计算"
                         "（撤销导入时一并恢复为{1}）。").format(region_name(suggested), region_name(profile_region))
    return translate("exchange", "档案参保地仍为{0}：以后的月份、退休规则和养老金的计发基数按{0}计算；"
                     "导入的月份仍按文件中的参保地记录。").format(region_name(profile_region))


class ImportPreviewDialog(QDialog):
    """Shows what will be imported and what was rejected and why; nothing changes until OK.
    Given the profile's 参保地 (``profile_region``), says when the file's is another and offers
    to change the profile's with the import (``new_region``), checked at first only for a
    profile with no history of its own (``has_history``)."""

    def __init__(self, preview: HistoryPreview, parent: Optional[QWidget] = None,
                 profile_region: Optional[str] = None, has_history: bool = False,
                 profile_name: Optional[str] = None):
        super().__init__(parent)
        # which profile the rows go into (trial 20: a user nearly imported one person's rows
        # into another's, the profile shown)
        self.setWindowTitle(translate("exchange", "导入缴费记录到“{0}”：预览").format(profile_name)
                            if profile_name else translate("exchange", "导入缴费记录：预览"))
        self.resize(720, 560)
        layout = QVBoxLayout(self)
        self.summary = QLabel(preview_summary(preview), self)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.profile_region = profile_region
        self.suggested = preview.region_differs(profile_region) if profile_region else None
        self.region_note = self.change_region = self.region_effect = None
        if self.suggested:
            self._region_choice(layout, preview, not has_history)
        # the months each row pays for (trial 6: a year row of 7 months read like 12)
        self.accepted = QTableWidget(len(preview.accepted), 6, self)
        self.accepted.setHorizontalHeaderLabels([
            translate("exchange", "行号"), translate("exchange", "期间"), translate("exchange", "月数"),
            translate("exchange", "金额（元）"), translate("exchange", "其中补差"),
            translate("exchange", "地区")])
        for n, item in enumerate(preview.accepted):
            adjusted = f"{item.adjusted:+,.2f}" if item.adjusted else ""
            for column, text in enumerate((str(item.line), item.row.period,
                                           str(len(item.row.months_covered())), money(item.row.amount),
                                           adjusted, region_name(item.row.region))):
                self.accepted.setItem(n, column, QTableWidgetItem(text))
        self.accepted.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.accepted, 2)
        layout.addWidget(QLabel(translate("exchange", "拒绝的行："), self))
        self.rejected = QTableWidget(len(preview.rejected), 3, self)
        self.rejected.setHorizontalHeaderLabels([
            translate("exchange", "行号"), translate("exchange", "原因"),
            translate("exchange", "内容")])
        for n, item in enumerate(preview.rejected):
            for column, text in enumerate((str(item.line), reason_text(item.code, item.params),
                                           " | ".join(item.cells))):
                cell = QTableWidgetItem(text)
                # the whole text on hover, in the window's words (the storage layer's English
                # note said less: trial 20): a long reason is not only "月份…" (trial 19)
                cell.setToolTip(text)
                self.rejected.setItem(n, column, cell)
        header = self.rejected.horizontalHeader()  # the reason and the content share the room
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)  # the line number leaves
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.rejected, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok |
                                   QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("exchange", "导入"))
        buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(preview.accepted))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _region_choice(self, layout: QVBoxLayout, preview: HistoryPreview, checked: bool) -> None:
        self.region_note = QLabel(region_mismatch(preview, self.profile_region), self)
        self.region_note.setWordWrap(True)
        self.region_note.setStyleSheet("font-weight: bold")
        self.change_region = QCheckBox(translate("exchange", "同时把档案的参保地改为 {0}").format(
            region_name(self.suggested)), self)
        self.change_region.setChecked(checked)
        self.region_effect = QLabel(self)
        self.region_effect.setWordWrap(True)
        self.change_region.toggled.connect(self._show_effect)
        self._show_effect(checked)
        for widget in (self.region_note, self.change_region, self.region_effect):
            layout.addWidget(widget)

    def _show_effect(self, change: bool) -> None:
        self.region_effect.setText(region_effect(self.profile_region, self.suggested, change))

    def new_region(self) -> Optional[str]:
        """The 参保地 the profile takes with the import: the file's, when the box is checked."""
        if self.change_region is not None and self.change_region.isChecked():
            return self.suggested
        return None


class BackupsDialog(QDialog):
    """Pick an earlier saved version of the current profile to restore."""

    def __init__(self, backups, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.setWindowTitle(translate("exchange", "从备份恢复"))
        self.resize(460, 360)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(translate("exchange", "选择要恢复的保存版本（当前内容会先另存为一个备份）："), self))
        self.list = QListWidget(self)
        for entry in backups:
            when = entry.created.astimezone().strftime("%Y-%m-%d %H:%M:%S")
            item = QListWidgetItem(translate("exchange", "{0}（{1} 字节）").format(when, entry.size))
            item.setData(Qt.ItemDataRole.UserRole, entry.id)
            self.list.addItem(item)
        if backups:
            self.list.setCurrentRow(0)
        layout.addWidget(self.list, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok |
                                   QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("exchange", "恢复"))
        buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(backups))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen(self) -> Optional[str]:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None
