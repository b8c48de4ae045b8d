"""Trial 3, defect 1: a Guangzhou export imported into a profile whose 参保地 is 北京 mixed the two
cities silently (2023-2025 in 广州市, the assumed future months and the pension's 计发基数 in
北京市). The preview now names both regions and offers to change the profile's 参保地 with the
import, in the same undo step; the status line says what was done.

The file is built like the trial's gz_export.csv (/tmp/t3/files/gz_export.csv): GBK, two title
rows, 缴费年月 / 险种类型 / 缴费基数 / ... / 参保地, one pension and one unemployment row a month,
2023-01 to 2025-10 at a base of 8000, 参保地 广州市."""

from __future__ import annotations

import pytest

from shebao_desktop.gui import exchange_dialogs
from shebao_desktop.gui.exchange_dialogs import ImportPreviewDialog
from shebao_desktop.gui.i18n import install_language
from shebao_desktop.storage.history_import import apply_import, import_history

from .window_helpers import start_window

MONTHS = [(year, month) for year in (2023, 2024, 2025) for month in range(1, 13)
          if (year, month) <= (2025, 10)]  # 34 months, as in the trial's file


def export_csv(path, cities=lambda year: "广州市"):
    """A provincial export in GBK; ``cities(year)``: the 参保地 written on that year's rows."""
    lines = ["个人缴费信息查询结果", "姓名：张三,社会保障号码：440***********1234",
             "缴费年月,险种类型,缴费基数,单位缴费,个人缴费,缴费状态,参保地"]
    for year, month in MONTHS:
        city = cities(year)
        lines.append(f"{year}{month:02d},企业职工基本养老保险,8000.00,1280.00,640.00,已实缴,{city}")
        lines.append(f"{year}{month:02d},失业保险,8000.00,38.40,16.00,已实缴,{city}")
    path.write_bytes(("\n".join(lines) + "\n").encode("gbk"))
    return path


@pytest.fixture
def gz_csv(tmp_path):
    return export_csv(tmp_path / "gz_export.csv")


@pytest.fixture
def window(qtbot):
    window = start_window(qtbot)
    window.new_profile()  # as in the trial: a new profile, 参保地 left at 北京
    assert window.session.profile.region == "beijing" and not window.session.profile.history
    yield window
    window.close()
    install_language("zh_CN")


def answer_preview(monkeypatch, check=None):
    """The preview is answered 导入 (its box set to ``check`` when not None); returns the list
    the shown dialogs are put in."""
    shown = []

    def exec_(dialog):
        shown.append(dialog)
        if check is not None:
            dialog.change_region.setChecked(check)
        return ImportPreviewDialog.DialogCode.Accepted
    monkeypatch.setattr(exchange_dialogs.ImportPreviewDialog, "exec", exec_)
    return shown


def test_the_preview_names_both_regions_and_offers_the_files(qtbot, gz_csv):
    preview = import_history(gz_csv, region="beijing")
    assert len(preview.accepted) == 34 and preview.regions == ("guangzhou",)
    dialog = ImportPreviewDialog(preview, None, "beijing", has_history=False)
    qtbot.addWidget(dialog)
    assert dialog.region_note.text() == "文件参保地为广州市，档案参保地为北京市。"
    assert dialog.change_region.text() == "同时把档案的参保地改为 广州市"
    assert dialog.change_region.isChecked()  # the profile has no history of its own yet
    assert dialog.new_region() == "guangzhou"
    assert "按广州市计算" in dialog.region_effect.text()
    dialog.change_region.setChecked(False)
    assert dialog.new_region() is None
    assert dialog.region_effect.text().startswith("档案参保地仍为北京市：以后的月份、退休规则和养老金的计发基数按北京市计算")


def test_the_box_starts_unchecked_for_a_profile_with_history(qtbot, gz_csv):
    dialog = ImportPreviewDialog(import_history(gz_csv, region="beijing"), None, "beijing",
                                 has_history=True)
    qtbot.addWidget(dialog)
    assert not dialog.change_region.isChecked() and dialog.new_region() is None
    assert "档案参保地仍为北京市" in dialog.region_effect.text()


def test_a_file_of_the_profiles_own_region_says_nothing_of_regions(qtbot, tmp_path):
    own = export_csv(tmp_path / "bj.csv", cities=lambda year: "北京市")
    dialog = ImportPreviewDialog(import_history(own, region="beijing"), None, "beijing")
    qtbot.addWidget(dialog)
    assert dialog.region_note is None and dialog.change_region is None and dialog.new_region() is None
    assert "参保地" not in dialog.summary.text()
    # a file moving *to* the profile's region ends in it: nothing to change either
    moved = export_csv(tmp_path / "moved.csv", cities=lambda year: "广州市" if year < 2025 else "北京市")
    assert import_history(moved, region="beijing").region_differs("beijing") is None


def test_several_regions_suggest_the_last_months(qtbot, tmp_path):
    path = export_csv(tmp_path / "two.csv", cities=lambda year: "上海市" if year == 2023 else "广州市")
    preview = import_history(path, region="beijing")
    assert preview.regions == ("shanghai", "guangzhou")
    dialog = ImportPreviewDialog(preview, None, "beijing")
    qtbot.addWidget(dialog)
    assert dialog.region_note.text() == "文件中的参保地有上海市、广州市，最近的月份为广州市；档案参保地为北京市。"
    assert dialog.change_region.text() == "同时把档案的参保地改为 广州市"
    assert dialog.new_region() == "guangzhou"


def test_checked_the_region_follows_the_file_and_one_undo_restores_both(window, gz_csv, monkeypatch):
    shown = answer_preview(monkeypatch)  # the box as it starts: checked (no history yet)
    assert window.data_actions.import_history(gz_csv) == 34
    assert shown and shown[0].change_region.isChecked()
    profile = window.session.profile
    assert profile.region == "guangzhou" and len(profile.history) == 34
    assert window.person.region.currentText().startswith("广州市")  # the form shows it
    message = window.statusBar().currentMessage()
    assert message == "已从 gz_export.csv 导入 34 行缴费记录。档案的参保地已由北京市改为广州市（撤销可一并恢复）。"
    assert window.session.undo_stack.undoText() == "导入缴费记录并把参保地改为 广州市"
    window.session.undo_stack.undo()  # one Ctrl+Z
    assert window.session.profile.region == "beijing" and not window.session.profile.history


def test_unchecked_the_region_stays_and_the_message_says_so(window, gz_csv, monkeypatch):
    answer_preview(monkeypatch, check=False)
    assert window.data_actions.import_history(gz_csv) == 34
    profile = window.session.profile
    assert profile.region == "beijing" and {row.region for row in profile.history} == {"guangzhou"}
    assert window.statusBar().currentMessage() == (
        "已从 gz_export.csv 导入 34 行缴费记录。档案的参保地仍为北京市（文件为广州市）：以后的月份和养老金按北京市计算。")
    assert window.session.undo_stack.undoText() == "导入缴费记录"


def test_a_file_of_the_profiles_region_leaves_the_region_and_says_only_the_rows(window, tmp_path, monkeypatch):
    shown = answer_preview(monkeypatch)
    own = export_csv(tmp_path / "bj.csv", cities=lambda year: "北京市")
    assert window.data_actions.import_history(own) == 34
    assert shown[0].change_region is None and window.session.profile.region == "beijing"
    assert window.statusBar().currentMessage() == "已从 bj.csv 导入 34 行缴费记录。"


def test_the_preview_in_english_names_the_regions_in_english(qtbot, gz_csv):
    install_language("en")
    try:
        dialog = ImportPreviewDialog(import_history(gz_csv, region="beijing"), None, "beijing")
        qtbot.addWidget(dialog)
        note, box = dialog.region_note.text(), dialog.change_region.text()
        dialog.change_region.setChecked(False)
        effect = dialog.region_effect.text()
    finally:
        install_language("zh_CN")
    assert "Guangzhou" in note and "Beijing" in note and "Guangzhou" in box
    assert "Beijing" in effect
    assert not any("\u4e00" <= ch <= "\u9fff" for ch in note + box + effect)


def test_apply_import_changes_the_region_only_when_asked(gz_csv):
    from shebao_desktop.gui.sample import blank_profile
    from shebao_desktop.core.yearmonth import YearMonth
    profile = blank_profile(YearMonth(2026, 11))
    preview = import_history(gz_csv, region=profile.region)
    assert apply_import(profile, preview).region == "beijing"
    moved = apply_import(profile, preview, "guangzhou")
    assert moved.region == "guangzhou" and len(moved.history) == 34


def test_the_preview_says_how_many_months_each_row_pays_for(qtbot, tmp_path):
    """Trial 6: the preview had no months column, so a year row of a few months read like 12."""
    path = tmp_path / "months.csv"
    path.write_text("期间,月数,缴费基数\n2019,12,6000\n2020,7,6500\n202101,,7000\n", encoding="utf-8")
    dialog = ImportPreviewDialog(import_history(path, region="beijing"), None, "beijing")
    qtbot.addWidget(dialog)
    table = dialog.accepted
    header = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    months = header.index("月数")
    shown = [(table.item(r, 1).text(), table.item(r, months).text()) for r in range(table.rowCount())]
    assert shown == [("2019", "12"), ("2020", "7"), ("2021-01", "1")]
