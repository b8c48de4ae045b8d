"""New-user trial 5, finding 5: a provincial CSV row ``2023-07,基本养老保险,6,5OO,0,0,足额`` (the
amount 6,5OO unquoted: read as 6 and 5OO) was listed as importable with a base of 6.00 元, then
raised to the floor without a word. A row with a cell beyond the header's last column is now
rejected with the reason said."""

from pathlib import Path

from shebao_desktop.presentation.messages import render
from shebao_desktop.storage.history_import import import_history

HEADER = "缴费年月,险种类型,缴费基数,单位缴费,个人缴费,缴费状态"


def _import(tmp_path: Path, rows: list[str], encoding: str = "gbk"):
    path = tmp_path / "export.csv"
    path.write_bytes("\n".join([HEADER, *rows]).encode(encoding))
    return import_history(path, region="beijing")


def test_a_row_split_by_an_unquoted_comma_is_rejected_with_its_reason(tmp_path):
    preview = _import(tmp_path, ["2023-06,基本养老保险,6500,1040,520,足额",
                                 "2023-07,基本养老保险,6,5OO,0,0,足额",
                                 '2023-08,基本养老保险,"6,500",1040,520,足额'])
    assert [str(r.period) for r in preview.rows] == ["2023-06", "2023-08"]
    assert all(r.amount == 6500 for r in preview.rows)
    [rejected] = preview.rejected
    assert rejected.line == 3 and rejected.code == "EXTRA_CELLS"
    assert "逗号" in render("EXTRA_CELLS", {}, "zh") and "comma" in render("EXTRA_CELLS", {}, "en")


def test_trailing_blank_cells_are_not_extra(tmp_path):
    preview = _import(tmp_path, ["2023-06,基本养老保险,6500,1040,520,足额,,"])
    assert len(preview.rows) == 1 and not preview.rejected
