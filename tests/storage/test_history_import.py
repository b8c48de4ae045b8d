"""Issue 9, items 6, 12 and 15: what a provincial export really looks like (险种 codes, month
ranges, 补差 rows, a title line above a tab header, Excel's UTF-16 "Unicode Text"), XLSX files
that declare huge sheets (bounded work, counted), and exports that write words, not codes."""

from __future__ import annotations

import csv
import io
import zipfile
from decimal import Decimal

import pytest

from shebao_desktop.core.estimate import estimate
from shebao_desktop.core.profile import HistoryRow
from shebao_desktop.core.yearmonth import YearMonth
from shebao_desktop.storage import StorageError, tables, xlsx_limits
from shebao_desktop.storage.exchange import export_history_template, export_years, import_history
from shebao_desktop.storage.table_words import TableWords
from shebao_desktop.storage.xlsx_limits import XlsxStats

from .conftest import sample_profile


def _preview(tmp_path, text: str, encoding: str = "utf-8", name: str = "h.csv"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return import_history(path, region="beijing")


def test_insurance_codes_only_pension_makes_history(tmp_path):
    preview = _preview(tmp_path, "险种类型,费款所属期,缴费基数\n"
                                 "110,202401,8000\n310,202401,8000\n210,202401,8000\n"
                                 "410,202401,8000\n510,202401,8000\n110,202402,8100\n"
                                 "999,202403,8000\n")
    assert [(a.line, a.row.period) for a in preview.accepted] == [(2, "2024-01"), (7, "2024-02")]
    assert [(r.line, r.code) for r in preview.ignored] == [
        (3, "OTHER_INSURANCE"), (4, "OTHER_INSURANCE"), (5, "OTHER_INSURANCE"), (6, "OTHER_INSURANCE")]
    assert [(r.line, r.code) for r in preview.rejected] == [(8, "NOT_PENSION")]


def test_month_ranges_with_a_month_count(tmp_path):
    preview = _preview(tmp_path, "费款所属期起,费款所属期止,月数,缴费基数\n"
                                 "202301,202306,6,8000\n202211,202212,2,7000\n"
                                 "202307,202309,2,8000\n202312,202310,,8000\n202401,202412,,9000\n")
    # a part of a year comes in as month rows: the file says which months they are (a
    # "2023, 6 months" row would leave the program to place them, not necessarily Jan-Jun)
    assert [(a.line, a.row.period, a.row.months, a.row.amount) for a in preview.accepted] == [
        *[(2, f"2023-{m:02d}", None, Decimal("8000.00")) for m in range(1, 7)],
        (3, "2022-11", None, Decimal("7000.00")),
        (3, "2022-12", None, Decimal("7000.00")), (6, "2024", None, Decimal("9000.00"))]
    assert [(r.line, r.code) for r in preview.rejected] == [(4, "BAD_MONTHS"), (5, "BAD_RANGE")]
    assert "3 months" in preview.rejected[0].detail


def test_adjustment_rows_add_their_difference_to_the_month(tmp_path):
    preview = _preview(tmp_path, "险种,费款所属期,缴费基数,个人缴纳,缴费类型\n"
                                 "养老,202402,500,40,补差\n"  # before its month: still added
                                 "养老,202401,8000,640,正常应缴\n养老,202402,8000,640,正常应缴\n"
                                 "养老,202401,-200,-16,补差\n养老,202405,300,24,补差\n"
                                 "养老,202403,8000,640,补缴\n")
    got = {a.row.period: (a.row.amount, a.credited, a.adjusted) for a in preview.accepted}
    assert got == {"2024-01": (Decimal("7800.00"), Decimal("624.00"), Decimal("-200.00")),
                   "2024-02": (Decimal("8500.00"), Decimal("680.00"), Decimal("500.00")),
                   "2024-03": (Decimal("8000.00"), Decimal("640.00"), Decimal("0"))}
    assert sorted(preview.adjustments) == [2, 5]
    assert [(r.line, r.code) for r in preview.rejected] == [(6, "ADJUSTMENT_WITHOUT_MONTH")]


def test_adjustment_on_a_range_splits_the_month_off(tmp_path):
    preview = _preview(tmp_path, "费款所属期起,费款所属期止,缴费基数,缴费类型\n"
                                 "202301,202303,8000,\n202302,202302,100,补差\n")
    assert [(a.row.period, a.row.amount) for a in preview.accepted] == [
        ("2023-01", Decimal("8000.00")), ("2023-02", Decimal("8100.00")), ("2023-03", Decimal("8000.00"))]


TAB_EXPORT = ("个人缴费信息; 打印日期 2024-05-01, 第1页\n"
              "险种\t费款所属期\t缴费基数\t个人缴纳\n"
              "企业职工基本养老保险\t202401\t8,000.00\t640.00\n"
              "企业职工基本养老保险\t202402\t8,500.00\t680.00\n")


def test_delimiter_comes_from_the_header_line_not_the_title(tmp_path):
    preview = _preview(tmp_path, TAB_EXPORT)
    assert [(a.line, a.row.period, a.row.amount) for a in preview.accepted] == [
        (3, "2024-01", Decimal("8000.00")), (4, "2024-02", Decimal("8500.00"))]
    assert preview.rejected == ()


def test_excel_unicode_text_utf16(tmp_path):
    preview = _preview(tmp_path, TAB_EXPORT, encoding="utf-16", name="unicode.txt")
    assert (tmp_path / "unicode.txt").read_bytes()[:2] == b"\xff\xfe"
    assert [a.row.period for a in preview.accepted] == ["2024-01", "2024-02"]


def test_progress_is_reported_and_can_stop_the_import(tmp_path):
    lines = "".join(f"{2000 + n // 12}{n % 12 + 1:02d},8000\n" for n in range(1200))
    path = tmp_path / "big.csv"
    path.write_text("费款所属期,缴费基数\n" + lines)
    seen: list[int] = []
    assert len(import_history(path, region="beijing", progress=seen.append).accepted) == 1200
    assert seen and seen == sorted(seen)

    class Stop(Exception):
        pass

    calls: list[int] = []

    def cancel(rows: int) -> None:
        calls.append(rows)
        raise Stop

    with pytest.raises(Stop):
        import_history(path, region="beijing", progress=cancel)
    assert calls == [500]  # it stopped at the first report


# -- XLSX: bounded work ------------------------------------------------------------------------

def _xlsx(sheet_rows: str, dimension: str = "A1:C3", strings: list[str] = ()) -> bytes:
    """A minimal workbook whose first sheet is ``sheet_rows`` (the <row> elements)."""
    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    rel = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    pkg = "http://schemas.openxmlformats.org/package/2006/relationships"
    doc = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    files = {
        "[Content_Types].xml": '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
        '</Types>',
        "_rels/.rels": f'<?xml version="1.0"?><Relationships xmlns="{pkg}">'
        f'<Relationship Id="rId1" Type="{doc}/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": f'<?xml version="1.0"?><workbook {ns} {rel}><sheets>'
        '<sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": f'<?xml version="1.0"?><Relationships xmlns="{pkg}">'
        f'<Relationship Id="rId1" Type="{doc}/worksheet" Target="worksheets/sheet1.xml"/>'
        f'<Relationship Id="rId2" Type="{doc}/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
        "xl/sharedStrings.xml": f'<?xml version="1.0"?><sst {ns}>'
        + "".join(f"<si><t>{s}</t></si>" for s in strings) + "</sst>",
        "xl/worksheets/sheet1.xml": f'<?xml version="1.0"?><worksheet {ns}><dimension ref="{dimension}"/>'
        f"<sheetData>{sheet_rows}</sheetData></worksheet>",
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in files.items():
            archive.writestr(name, text)
    return buffer.getvalue()


HEADER_ROW = '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>'
DATA_ROWS = ('<row r="2"><c r="A2"><v>202401</v></c><c r="B2"><v>8000</v></c></row>'
             '<row r="3"><c r="A3"><v>202402</v></c><c r="B3"><v>8100</v></c></row>')


def test_a_declared_huge_sheet_is_read_only_as_far_as_its_values(tmp_path):
    """The dimension says A1:XFD1048576 and an empty formatted cell sits in the last row and
    column: only the three rows with values are read, and the walk visits only the cells."""
    empty_far = '<row r="1048576"><c r="XFD1048576" s="1"/></row>'
    data = _xlsx(HEADER_ROW + DATA_ROWS + empty_far, "A1:XFD1048576", ["费款所属期", "缴费基数"])
    stats = XlsxStats()
    rows = list(tables.read_xlsx(data, tmp_path / "x.xlsx", stats=stats))
    assert [number for number, _ in rows] == [1, 2, 3]
    assert all(len(cells) == 2 for _, cells in rows)
    assert (stats.cells, stats.rows, stats.strings) == (7, 4, 2)
    path = tmp_path / "x.xlsx"
    path.write_bytes(data)
    assert [a.row.period for a in import_history(path, region="beijing").accepted] == ["2024-01", "2024-02"]


def test_too_many_cells_is_refused_after_visiting_at_most_the_cap(tmp_path, monkeypatch):
    monkeypatch.setattr(xlsx_limits, "MAX_CELLS", 1000)
    empty = "".join(f'<row r="{n}">' + "".join(f'<c r="{col}{n}" s="1"/>' for col in "ABCDEFGHIJ") + "</row>"
                    for n in range(4, 1004))  # 10,000 empty formatted cells
    stats = XlsxStats()
    with pytest.raises(StorageError) as error:
        list(tables.read_xlsx(_xlsx(HEADER_ROW + DATA_ROWS + empty, strings=["期间", "工资"]),
                              tmp_path / "x.xlsx", stats=stats))
    assert error.value.code == "TOO_LARGE" and "cells" in error.value.detail
    assert stats.cells == 1001  # the walk stopped at the cap


def test_too_many_shared_strings_or_rows_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(xlsx_limits, "MAX_SHARED_STRINGS", 10)
    stats = XlsxStats()
    with pytest.raises(StorageError) as error:
        list(tables.read_xlsx(_xlsx(HEADER_ROW, strings=[f"s{n}" for n in range(50)]),
                              tmp_path / "x.xlsx", stats=stats))
    assert error.value.code == "TOO_LARGE" and stats.strings == 11
    far = '<row r="20001"><c r="A20001"><v>1</v></c></row>'
    with pytest.raises(StorageError) as error:
        list(tables.read_xlsx(_xlsx(HEADER_ROW + far, strings=["a", "b"]), tmp_path / "x.xlsx"))
    assert error.value.code == "TOO_LARGE" and "rows" in error.value.detail


# -- exports write words -----------------------------------------------------------------------

ROWS = [HistoryRow(period="2015", region="shanghai", amount="9000"),
        HistoryRow(period="2016-03", region="shenzhen", amount="12000", employment="flexible",
                   amount_kind="base"),
        HistoryRow(period="2017", region="beijing", amount="15000", months=6, employment="employee")]


def test_template_writes_words_and_reads_them_back(tmp_path):
    path = tmp_path / "t.csv"
    export_history_template(path, ROWS)
    text = path.read_bytes().decode("utf-8-sig")
    assert "上海市" in text and "灵活就业" in text and "基数" in text and "工资" in text
    for code in ("shanghai", "flexible", "employee", "wage"):
        assert code not in text.split("\n", 1)[1]
    assert import_history(path, region="chengdu").rows == ROWS
    english = TableWords(english=True, employment={"employee": "Employee", "flexible": "Flexible employment"},
                         kind={"wage": "Wage", "base": "Base"}, headers={"period": "Period"})
    export_history_template(path, ROWS, words=english)
    text = path.read_bytes().decode("utf-8-sig")
    assert text.startswith("Period,") and "Shanghai" in text and "Flexible employment" in text
    assert import_history(path, region="chengdu").rows == ROWS


def test_codes_are_still_read(tmp_path):
    path = tmp_path / "old.csv"
    path.write_text("period,wage,months,kind,region,employment\n"
                    "2015,9000,,wage,shanghai,\n2016-03,12000,,base,shenzhen,flexible\n"
                    "2017,15000,6,wage,beijing,employee\n")
    assert import_history(path, region="chengdu").rows == ROWS


def test_year_export_writes_words(tmp_path):
    result = estimate(sample_profile(), as_of=YearMonth(2026, 1))
    path = tmp_path / "years.csv"
    export_years(result, path)
    header, *rows = list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"))))
    values = [dict(zip(header, row)) for row in rows]
    assert {v["region"] for v in values} - {""} == {"北京市"}  # retired years have none
    # 2013-2025 have no record and begin before last year: not assumed paid (未缴费)
    assert {v["phase"] for v in values} == {"缴费", "未缴费", "退休", "退休当年"}
    assert {v["estimated"] for v in values} <= {"是", "否"}


def test_a_table_past_a_cap_is_refused_with_a_clear_message(tmp_path, monkeypatch):
    from shebao_desktop.presentation.messages import storage_text
    monkeypatch.setattr(xlsx_limits, "MAX_CELLS", 5)
    path = tmp_path / "wide.xlsx"
    path.write_bytes(_xlsx(HEADER_ROW + DATA_ROWS, strings=["期间", "工资"]))
    with pytest.raises(StorageError) as error:
        import_history(path, region="beijing")
    zh, en = storage_text(error.value, "zh"), storage_text(error.value, "en")
    assert "wide.xlsx" in zh and "单元格" in zh and "最多 5）" in zh and "CSV" in zh
    assert "at most 5 cells" in en and "TOO_LARGE" not in en


def test_importing_replaces_the_months_a_part_year_row_really_pays_for(tmp_path):
    """An existing part-year row gives way where the profile places it: 2021 paid to December,
    so a 6-month 2022 row is January-June; importing March leaves it January, February and
    April-June as month rows."""
    from shebao_desktop.core.profile import Profile
    from shebao_desktop.storage.history_import import apply_import

    profile = Profile.model_validate({
        "birth": "1980-01", "gender": "male", "region": "beijing",
        "history": [{"period": "2021", "region": "beijing", "amount": "9000"},
                    {"period": "2022", "region": "beijing", "amount": "9500", "months": 6},
                    {"period": "2023", "region": "beijing", "amount": "9900"}]})
    preview = _preview(tmp_path, "费款所属期,缴费基数\n202203,9700\n")
    merged = apply_import(profile, preview)
    periods = sorted(row.period for row in merged.history if row.period.startswith("2022"))
    assert periods == ["2022-01", "2022-02", "2022-03", "2022-04", "2022-05", "2022-06"]


def test_the_tables_own_amount_title_reads_as_the_amount_not_as_a_base(tmp_path):
    """Trial 7, finding 7: a CSV with the history table's own title 月工资/基数（元） imported
    every row as 基数, while the same rows pasted came in as 工资 (the default of a typed row).
    A title naming both is the table's amount column: its kind is the 类型 column's, else 工资;
    a title naming the base alone (a provincial 缴费基数) stays a base."""
    both = _preview(tmp_path, "期间,月工资/基数（元）\n2024,8000\n2025,8500\n")
    assert [(a.row.period, a.row.amount_kind) for a in both.accepted] == [
        ("2024", "wage"), ("2025", "wage")]
    typed = _preview(tmp_path, "期间,月工资/基数（元）,类型\n2024,8000,基数\n2025,8500,工资\n")
    assert [a.row.amount_kind for a in typed.accepted] == ["base", "wage"]
    provincial = _preview(tmp_path, "费款所属期,缴费基数\n202401,8000\n")
    assert [a.row.amount_kind for a in provincial.accepted] == ["base"]
