"""Import and export: profiles, contribution history (CSV/XLSX preview), year-by-year results
(round trip, formula injection neutralised)."""

from __future__ import annotations

import csv
import io
from datetime import datetime
from decimal import Decimal

import pytest
from openpyxl import Workbook, load_workbook

from shebao_desktop.core.estimate import estimate
from shebao_desktop.core.yearmonth import YearMonth
from shebao_desktop.storage import StorageError
from shebao_desktop.storage.exchange import (YEAR_COLUMNS, apply_import, export_history_template,
                                             export_profile, export_years, import_history,
                                             import_profile)
from shebao_desktop.storage.tables import neutralise

from .conftest import sample_profile


@pytest.fixture(scope="module")
def result():
    return estimate(sample_profile(), as_of=YearMonth(2026, 1))


# -- profiles --------------------------------------------------------------------------------

def test_profile_export_import_round_trip(tmp_path, profile):
    export_profile(profile, tmp_path / "out.json")
    assert import_profile(tmp_path / "out.json") == profile


@pytest.mark.parametrize("content, code", [
    (b"%PDF-1.4 ...", "UNKNOWN_FORMAT"),
    (b"PK\x03\x04 a zip", "UNKNOWN_FORMAT"),
    (b"[1]", "UNKNOWN_FORMAT"),
    (b'{"some": "other json"}', "UNKNOWN_FORMAT"),
    (b'{"schema_version": 7, "birth": "1980-01"}', "NEWER_VERSION"),
    (b'{"schema_version": 1, "birth": "1980-01"}', "INVALID"),
    (b'{"schema_version": 1, "birth": \xff}', "UNREADABLE"),
    (b"{" + b" " * (5 * 1024 * 1024), "TOO_LARGE"),
])
def test_profile_import_refusals(tmp_path, content, code):
    (tmp_path / "in.json").write_bytes(content)
    with pytest.raises(StorageError) as error:
        import_profile(tmp_path / "in.json")
    assert error.value.code == code and error.value.path == tmp_path / "in.json"


def test_import_missing_file(tmp_path):
    with pytest.raises(StorageError) as error:
        import_profile(tmp_path / "nope.json")
    assert error.value.code == "NOT_FOUND"


# -- history import --------------------------------------------------------------------------

PROVINCIAL = """个人缴费信息
姓名,张三,社会保障号码,110101198504010000
险种,费款所属期,缴费基数,个人缴纳,缴费类型
企业职工基本养老保险,202401,"8,000.00",640.00,正常应缴
企业职工基本养老保险,2024-02,8500,680,正常应缴
基本医疗保险,202402,8500,170,正常应缴
企业职工基本养老保险,2024年3月,8500,680,正常应缴

企业职工基本养老保险,202413,8500,680,正常应缴
企业职工基本养老保险,202404,-8500,680,正常应缴
企业职工基本养老保险,202405,八千,680,正常应缴
企业职工基本养老保险,202401,9000,720,补缴
企业职工基本养老保险,202406,,,正常应缴
企业职工基本养老保险,1949-12,5000,400,正常应缴
企业职工基本养老保险,202407,99999999999,1,正常应缴
企业职工基本养老保险,202408,8000.123,640,正常应缴
企业职工基本养老保险,202409,0,0,正常应缴
合计,,,2660,
"""


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030"])
def test_provincial_csv_preview(tmp_path, encoding):
    path = tmp_path / "个人缴费信息.csv"
    path.write_bytes(PROVINCIAL.encode(encoding))
    preview = import_history(path, region="beijing")
    assert (preview.format, preview.layout) == ("csv", "provincial")
    assert [(a.line, a.row.period, a.row.amount, a.row.amount_kind, a.credited) for a in preview.accepted] == [
        (4, "2024-01", Decimal("8000.00"), "base", Decimal("640.00")),
        (5, "2024-02", Decimal("8500.00"), "base", Decimal("680.00")),
        (7, "2024-03", Decimal("8500.00"), "base", Decimal("680.00")),
    ]
    assert [(r.line, r.code) for r in preview.rejected] == [
        (9, "MONTH_OUT_OF_RANGE"), (10, "NEGATIVE_AMOUNT"), (11, "AMOUNT_NOT_NUMBER"),
        (12, "DUPLICATE_PERIOD"), (13, "MISSING_VALUE"), (14, "PERIOD_OUT_OF_RANGE"),
        (15, "AMOUNT_TOO_LARGE"), (16, "BAD_AMOUNT"), (17, "ZERO_AMOUNT"), (18, "TOTAL_ROW")]
    assert all(r.detail for r in preview.rejected)
    # the medical row is another insurance: counted apart, not a rejection
    assert [(r.line, r.code, r.cells[0]) for r in preview.ignored] == [(6, "OTHER_INSURANCE", "基本医疗保险")]


def test_provincial_xlsx_with_typed_cells(tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(["个人缴费信息"])
    sheet.append(["费款所属期", "缴费基数", "划入个人账户金额"])
    sheet.append([202401, 8000.1, 640.01])
    sheet.append([datetime(2024, 2, 1), 8000, 640])
    sheet.append(["2024-03", "8000", None])
    sheet.append([2024.1, 8000, 640])
    sheet.append(["=1+1", 8000, 640])
    sheet.append([202405, True, 640])
    path = tmp_path / "export.xlsx"
    book.save(path)
    preview = import_history(path, region="beijing")
    assert preview.format == "xlsx"
    assert [(a.line, a.row.period, a.row.amount) for a in preview.accepted] == [
        (3, "2024-01", Decimal("8000.10")), (4, "2024-02", Decimal("8000.00")),
        (5, "2024-03", Decimal("8000.00"))]
    assert all(isinstance(a.row.amount, Decimal) for a in preview.accepted)
    assert [(r.line, r.code) for r in preview.rejected] == [
        (6, "BAD_PERIOD"), (7, "MISSING_VALUE"), (8, "AMOUNT_NOT_NUMBER")]  # 7: a formula, no value


def test_headerless_period_wage_csv(tmp_path):
    (tmp_path / "h.csv").write_text("2019,6000\n2020-01,7000\n")
    preview = import_history(tmp_path / "h.csv", region="beijing")
    assert preview.layout == "template" and [r.period for r in preview.rows] == ["2019", "2020-01"]


@pytest.mark.parametrize("content, code", [
    ("name,age\nx,1\n", "UNKNOWN_FORMAT"),
    ("", "EMPTY"),
])
def test_tables_without_history_columns(tmp_path, content, code):
    (tmp_path / "h.csv").write_text(content)
    with pytest.raises(StorageError) as error:
        import_history(tmp_path / "h.csv", region="beijing")
    assert error.value.code == code


@pytest.mark.parametrize("name, content, code", [
    ("h.xlsx", b"not a zip", "INVALID"),
    ("h.xls", b"\xd0\xcf\x11\xe0 old excel", "UNKNOWN_FORMAT"),
    ("h.csv", b"period,wage\n2020,\x00\n", "UNREADABLE"),
    ("h.csv", b"period,wage\n" + b"2020,1\n" * 800000, "TOO_LARGE"),
])
def test_unreadable_tables(tmp_path, name, content, code):
    (tmp_path / name).write_bytes(content)
    with pytest.raises(StorageError) as error:
        import_history(tmp_path / name, region="beijing")
    assert error.value.code == code


@pytest.mark.parametrize("suffix", ["csv", "xlsx"])
def test_template_export_and_import_round_trip(tmp_path, suffix):
    profile = sample_profile()
    rows = list(profile.history) + [profile.history[0].model_copy(
        update={"period": "2015-03", "amount": Decimal("9000.50"), "amount_kind": "base"})]
    export_history_template(tmp_path / f"t.{suffix}", rows)
    preview = import_history(tmp_path / f"t.{suffix}", region="beijing")
    assert preview.rejected == () and preview.layout == "template"
    assert [(r.period, r.amount, r.amount_kind, r.months) for r in preview.rows] == [
        (r.period, r.amount, r.amount_kind, r.months) for r in rows]
    export_history_template(tmp_path / f"empty.{suffix}")
    assert import_history(tmp_path / f"empty.{suffix}", region="beijing").accepted == ()


def test_apply_import_replaces_overlapping_months(tmp_path):
    profile = sample_profile(years=3)  # 2010, 2011, 2012 as year rows
    (tmp_path / "h.csv").write_text("费款所属期,缴费基数\n201103,9000\n201104,9100\n")
    merged = apply_import(profile, import_history(tmp_path / "h.csv", region="beijing"))
    periods = [row.period for row in merged.history]
    assert periods[0] == "2010" and periods[-1] == "2012"
    assert "2011-03" in periods and "2011-01" in periods and "2011" not in periods
    assert sum(row.paid_months for row in merged.history) == 36


# -- results export --------------------------------------------------------------------------

def _csv_rows(path):
    return list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"))))


def test_years_csv_round_trip(tmp_path, result):
    export_years(result, tmp_path / "years.csv")
    header, *rows = _csv_rows(tmp_path / "years.csv")
    assert header == list(YEAR_COLUMNS) and len(rows) == len(result.years)
    for line, row in zip(result.years, rows):
        values = dict(zip(header, row))
        assert int(values["year"]) == line.year
        assert Decimal(values["pension_account_closing"]) == line.pension_account.closing
        assert Decimal(values["deflator"]) == line.deflator


def test_years_xlsx_round_trip(tmp_path, result):
    export_years(result, tmp_path / "years.xlsx", headers={"year": "年度"})
    sheet = load_workbook(tmp_path / "years.xlsx").active
    header, *rows = list(sheet.iter_rows(values_only=True))
    assert header[0] == "年度" and header[1:] == tuple(list(YEAR_COLUMNS)[1:])
    for line, row in zip(result.years, rows):
        values = dict(zip(YEAR_COLUMNS, row))
        assert values["year"] == line.year
        assert Decimal(repr(values["pension_account_closing"])) == line.pension_account.closing


HOSTILE = ["=HYPERLINK(\"http://x\",\"y\")", "+1+2", "-2+3", "@SUM(A1)", "\t=1", "=cmd|' /C calc'!A0"]


@pytest.mark.parametrize("suffix", ["csv", "xlsx"])
def test_formula_injection_is_neutralised(tmp_path, result, suffix):
    years = [line.model_copy(update={"region": text}) for line, text in zip(result.years, HOSTILE)]
    hostile = result.model_copy(update={"years": years})
    path = tmp_path / f"years.{suffix}"
    export_years(hostile, path, headers={"year": "=1+1"})
    if suffix == "csv":
        header, *rows = _csv_rows(path)
        regions = [row[3] for row in rows[: len(HOSTILE)]]
    else:
        sheet = load_workbook(path).active
        header = [cell.value for cell in sheet[1]]
        assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)
        regions = [sheet.cell(row=n + 2, column=4).value for n in range(len(HOSTILE))]
    assert header[0] == "'=1+1"
    assert regions == ["'" + text for text in HOSTILE]


def test_neutralise_leaves_numbers_and_plain_text():
    assert neutralise("北京") == "北京" and neutralise(Decimal("-5")) == Decimal("-5")
    assert neutralise("-5") == "'-5"


def test_template_round_trip_keeps_regions_and_employment(tmp_path):
    """Found by a trial run: the template used to drop each row's region and employment."""
    from shebao_desktop.core.profile import HistoryRow
    from shebao_desktop.storage.exchange import export_history_template, import_history
    rows = [HistoryRow(period="2015", region="shanghai", amount="9000"),
            HistoryRow(period="2016-03", region="shenzhen", amount="12000", employment="flexible"),
            HistoryRow(period="2017", region="beijing", amount="15000", months=6)]
    for suffix in ("csv", "xlsx"):
        path = tmp_path / f"template.{suffix}"
        export_history_template(path, rows)
        preview = import_history(path, region="chengdu")
        assert preview.rows == rows, suffix
        assert not preview.rejected
