"""Trial item 7: a row giving a month with its base or wage blank (a leave month, 备注 请假) is a
month not paid -- a gap, as when a provincial export leaves the month out -- counted apart, not
rejected as an error and not a row; in a provincial export a blank base stays an error."""

from decimal import Decimal

from shebao_desktop.gui.exchange_dialogs import preview_summary
from shebao_desktop.storage.exchange import import_history


def _preview(tmp_path, text: str):
    path = tmp_path / "h.csv"
    path.write_text(text, encoding="utf-8")
    return import_history(path, region="hangzhou")


def test_a_month_with_a_blank_wage_is_unpaid_not_rejected(tmp_path, qapp):
    preview = _preview(tmp_path, "所属期,参保地,缴费工资（元）,备注\n"
                                 "2024-04,杭州,7800,\n2024-05,杭州,,请假\n2024-06,杭州,7800,\n")
    assert [a.row.period for a in preview.accepted] == ["2024-04", "2024-06"]
    assert all(a.row.amount == Decimal("7800.00") for a in preview.accepted)
    assert preview.rejected == ()
    assert [(r.line, r.code) for r in preview.unpaid] == [(3, "UNPAID_MONTH")]
    summary = preview_summary(preview)
    assert "拒绝 0 行" in summary and "为空的月份 1 行" in summary and "断缴" in summary


def test_in_a_provincial_export_a_blank_base_stays_an_error(tmp_path):
    # an export leaves unpaid months out: a blank base there is a defect, not a leave month
    preview = _preview(tmp_path, "险种类型,费款所属期,缴费基数\n110,202401,8000\n110,202402,\n")
    assert [a.row.period for a in preview.accepted] == ["2024-01"]
    assert [(r.line, r.code) for r in preview.rejected] == [(3, "MISSING_VALUE")]
    assert preview.unpaid == ()
