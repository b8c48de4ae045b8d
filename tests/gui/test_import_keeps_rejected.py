"""New-user trial 19: an imported file's wrong rows ("8,5OO" with letters O, a month 13) were
named in the preview, then gone after the import -- their months reappeared only as a gap --
while the same rows pasted stay in the table, marked red, to be corrected. An import now keeps
them too: the preview says so, they stand at the table's end marked with the reason, and the
status line counts them; a row an unquoted comma cut in two ("8,500" read as 8 and 500) is its
amount again and counts."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt

from shebao_desktop.core.yearmonth import YearMonth
from shebao_desktop.gui.exchange_dialogs import preview_summary
from shebao_desktop.gui.history_cells import COLUMN_OF
from shebao_desktop.storage.drafts import draft_rows
from shebao_desktop.storage.history_import import import_history

CSV = "period,wage\n2018-01,8000\n2018-02,8,5OO\n2018-03,\"8,500\"\n2018-04,8,500\n2019-13,9000\n"


def test_wrong_rows_of_an_import_stay_in_the_table_to_be_corrected(window, tmp_path):
    path = tmp_path / "wages.csv"
    path.write_text(CSV, encoding="utf-8")
    window.new_profile()
    preview = import_history(path, region=window.session.profile.region)
    assert len(preview.rejected) == 3
    assert "其中 3 行会放在缴费记录表格末尾并标红" in preview_summary(preview)
    assert window.data_actions.import_history(path, ask=False) == 3  # the 2 accepted and "8,500"
    profile = window.session.profile
    amounts = {row.period: row.amount for row in profile.history}
    assert amounts == {"2018-01": Decimal("8000.00"), "2018-03": Decimal("8500.00"),
                       "2018-04": Decimal("8500")}  # the cut "8,500" counts again
    kept = [dict(row.cells) for row in draft_rows(profile)]
    assert kept == [{"period": "2018-02", "amount": "8,5OO"}, {"period": "2019-13", "amount": "9000"}]
    model = window.history.model
    rows = window.session.left_out_rows
    assert len(rows) == 2
    tips = [model.data(model.index(r, COLUMN_OF[key]), Qt.ItemDataRole.ToolTipRole) or ""
            for r, key in zip(rows, ("amount", "period"))]
    assert "字母" in tips[0] and "13" in tips[1]
    assert "导入 3 行缴费记录。有误的 2 行放在表格末尾并标红" in window.data_actions.last_message
    assert YearMonth(2018, 2) not in profile.placed_months().months  # not counted until corrected


PROVINCIAL = ("个人缴费信息查询结果\n缴费年月,险种类型,缴费基数,单位缴费,个人缴费,缴费状态,参保地\n"
              "202204,企业职工基本养老保险,9000.00,1260.00,720.00,已缴费,杭州市\n"
              "202205,企业职工基本养老保险,9,0OO,1260.00,720.00,已缴费,杭州市\n"
              "202206,企业职工基本养老保险,9,000,1260.00,720.00,已缴费,杭州市\n")


def test_a_cut_amount_in_the_middle_of_a_provincial_row_keeps_the_cells_after_it(window, tmp_path):
    """Trial 20: in a provincial export the base is not the last column; a row cut by the comma
    of "9,0OO" came to the table as 参保地 "已缴费" and a base of 9.00 -- and, the region
    corrected, counted as 9 yuan. The amount is its pieces joined again, the cells after it read
    where they moved to: "9,0OO" is marked (letter O) and nothing else; "9,000" counts."""
    path = tmp_path / "export.csv"
    path.write_text(PROVINCIAL, encoding="utf-8")
    window.new_profile()
    window.session.update("region", region="hangzhou")
    assert window.data_actions.import_history(path, ask=False) == 2
    profile = window.session.profile
    assert {row.period: row.amount for row in profile.history} == {
        "2022-04": Decimal("9000.00"), "2022-06": Decimal("9000")}
    assert [dict(row.cells) for row in draft_rows(profile)] == [
        {"period": "2022-05", "region": "杭州市", "amount": "9,0OO", "amount_kind": "基数"}]
    row = window.session.left_out_rows[0]
    marked = {column for (r, column) in window.history.model.overlay if r == row}
    assert marked == {COLUMN_OF["amount"]}  # the amount alone is wrong


def test_a_rejected_rows_reason_is_whole_on_hover_in_the_windows_words(window, tmp_path):
    """Trial 20: the English preview cut a reason ("more cells than the header (a comma in an
    amount not …") and its hover gave still less, the storage layer's own note."""
    from shebao_desktop.gui.exchange_dialogs import ImportPreviewDialog
    from shebao_desktop.gui.i18n import install_language
    path = tmp_path / "wages.csv"
    path.write_text(CSV, encoding="utf-8")
    for language in ("en", "zh_CN"):
        install_language(language)
        preview = import_history(path, region="beijing")
        dialog = ImportPreviewDialog(preview, window, "beijing", False)
        reasons = [dialog.rejected.item(n, 1) for n in range(dialog.rejected.rowCount())]
        assert reasons and all(item.toolTip() == item.text() for item in reasons)
        dialog.close()


def test_the_preview_names_the_profile_the_rows_go_into(window, tmp_path, monkeypatch):
    """Trial 20: a user nearly imported one person's rows into another's (the profile shown):
    the preview's title names the profile the rows go into."""
    from shebao_desktop.gui.exchange_dialogs import ImportPreviewDialog
    path = tmp_path / "wages.csv"
    path.write_text(CSV, encoding="utf-8")
    window.session.update("name", None, name="张三")
    titles: list[str] = []

    def shown(dialog) -> int:
        titles.append(dialog.windowTitle())
        return ImportPreviewDialog.DialogCode.Rejected
    monkeypatch.setattr(ImportPreviewDialog, "exec", shown)
    assert window.data_actions.import_history(path, ask=True) == 0
    assert titles == ["导入缴费记录到“张三”：预览"]
