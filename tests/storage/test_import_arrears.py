"""Trial item (a provincial export with a 缴费标志 column): a row marked 欠缴 (owed, not paid) was
imported as a paid month. It is now left out -- a gap, as the export shows once the month is
paid late (a 补缴 row) or written off -- counted apart and said in the preview (ARREARS)."""

from decimal import Decimal

from shebao_desktop.gui.exchange_dialogs import preview_summary
from shebao_desktop.presentation.catalogue import ROW_REASON_CODES
from shebao_desktop.storage.exchange import import_history
from shebao_desktop.storage.import_cells import is_arrears

EXPORT = ("个人缴费信息查询\n"
          "险种类型,费款所属期,缴费基数,个人缴纳,缴费标志\n"
          "110,202101,8000,640,已实缴\n"
          "110,202102,8000,640,欠缴\n"
          "110,202103,8000,640,补缴\n"
          "110,202104,8000,640,应缴未缴\n"
          "110,202105,8000,640,欠缴已补缴\n"
          "310,202102,8000,160,欠缴\n")


def test_a_month_marked_owed_is_not_imported_as_paid(tmp_path, qapp):
    path = tmp_path / "export.csv"
    path.write_text(EXPORT, encoding="utf-8")
    preview = import_history(path, region="beijing")
    assert [a.row.period for a in preview.accepted] == ["2021-01", "2021-03", "2021-05"]
    assert all(a.row.amount == Decimal("8000.00") for a in preview.accepted)
    assert [(r.line, r.code) for r in preview.arrears] == [(4, "ARREARS"), (6, "ARREARS")]
    assert [r.line for r in preview.ignored] == [8]  # another insurance's arrears: ignored
    assert preview.rejected == ()
    summary = preview_summary(preview)
    assert "可导入 3 行" in summary and "标为欠缴的 2 行（文件第 4、6 行）" in summary
    assert "断缴" in summary


def test_the_words_of_owed_and_paid_since():
    assert all(is_arrears(text) for text in ("欠缴", "应缴未缴", "欠费", "未到账"))
    assert not any(is_arrears(text) for text in ("", None, "已实缴", "补缴", "欠缴已补缴",
                                                 "已到账", "正常", "补差"))
    assert "ARREARS" in {code.value for code in ROW_REASON_CODES}


#: a Shenzhen-style export (new-user trial 3): GBK, a title and a name line above the head, the
#: paid/owed word in a 缴费状态 column ("正常" / "欠缴")
SHENZHEN = ("深圳市社会保险参保缴费明细（养老保险）\n"
            "姓名：赵敏,证件号码：4403**********1234\n"
            "年月,缴费基数,单位缴纳,个人缴纳,缴费状态\n"
            "202405,9000.00,1440.00,720.00,正常\n"
            "202406,9000.00,1440.00,720.00,欠缴\n"
            "202407,9000.00,1440.00,720.00,欠缴\n"
            "202408,9000.00,1440.00,720.00,正常\n")


def test_a_status_column_marks_owed_months_too(tmp_path, qapp):
    path = tmp_path / "sz.csv"
    path.write_bytes(SHENZHEN.encode("gbk"))
    preview = import_history(path, region="shenzhen")
    assert [a.row.period for a in preview.accepted] == ["2024-05", "2024-08"]
    assert [(r.line, r.code) for r in preview.arrears] == [(5, "ARREARS"), (6, "ARREARS")]
    assert "标为欠缴的 2 行（文件第 5、6 行）" in preview_summary(preview)
