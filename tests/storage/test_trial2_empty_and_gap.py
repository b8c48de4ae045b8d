"""New-user trial 2: an empty CSV was "无法识别文件 empty.csv 的格式" (finding 4), and a year of a
history row with 0 paid months (unemployment, 2015) was exported with the phase 缴费 (finding
3, the exported year table): the file is now said to be empty, and the year is 未缴费."""

from __future__ import annotations

import csv

import pytest

from shebao_desktop.core.estimate import estimate
from shebao_desktop.core.profile import Profile
from shebao_desktop.core.yearmonth import YearMonth
from shebao_desktop.presentation.messages import error_text
from shebao_desktop.storage import StorageError
from shebao_desktop.storage.exchange import export_years, import_history
from shebao_desktop.storage.table_words import TableWords


@pytest.mark.parametrize("content", [b"", b"\xef\xbb\xbf", b"\n\n", b" , ,\r\n,\r\n"])
def test_an_empty_csv_is_said_to_be_empty(tmp_path, content):
    path = tmp_path / "empty.csv"
    path.write_bytes(content)
    with pytest.raises(StorageError) as caught:
        import_history(path, region="shenzhen")
    assert caught.value.code == "EMPTY"
    assert error_text(caught.value, "zh") == "文件 empty.csv 是空的。"
    assert error_text(caught.value, "en") == "The file empty.csv is empty."
    path = tmp_path / "notes.csv"  # text but no table: still a format not recognised
    path.write_text("hello\nworld\n", encoding="utf-8")
    with pytest.raises(StorageError) as caught:
        import_history(path, region="shenzhen")
    assert error_text(caught.value, "zh") == "无法识别文件 notes.csv 的格式。"


def _gap_estimate():
    rows = [{"period": "2014", "region": "shenzhen", "amount": "8000"},
            {"period": "2015", "region": "shenzhen", "amount": "8000", "months": 0},
            {"period": "2016", "region": "shenzhen", "amount": "8000"}]
    profile = Profile.model_validate({"name": "t", "birth": "1985-01", "gender": "male",
                                      "region": "shenzhen", "history": rows})
    return estimate(profile, as_of=YearMonth(2026, 1))


def _phases(path) -> dict[str, str]:
    with open(path, encoding="utf-8-sig", newline="") as f:
        lines = list(csv.DictReader(f))
    return {line["year"]: line["phase"] for line in lines}


def test_a_year_with_no_month_paid_is_exported_as_not_paid(tmp_path):
    result = _gap_estimate()
    line = next(y for y in result.years if y.year == 2015)
    assert line.phase == "working" and line.months_contributed == 0  # the core's, unchanged
    export_years(result, tmp_path / "years.csv")
    phases = _phases(tmp_path / "years.csv")
    assert phases["2015"] == "未缴费"
    assert phases["2014"] == phases["2016"] == "缴费"
    export_years(result, tmp_path / "en.csv", words=TableWords(english=True, phase={
        "working": "contributing", "retired": "retired", "mixed": "retiring"}))
    assert _phases(tmp_path / "en.csv")["2015"] == "no contributions"


def test_the_cli_and_the_pdf_year_tables_say_not_paid_too():
    """The command line's and the printed year tables word the gap year as the window does."""
    from shebao_desktop.cli_text import estimate_text
    result = _gap_estimate()
    rows = {line[:4]: line for line in estimate_text(result, True).splitlines()
            if line[:4] in ("2014", "2015", "2016")}
    assert "未缴费" in rows["2015"] and "未缴费" not in rows["2014"]
    rows = {line[:4]: line for line in estimate_text(result, False).splitlines()
            if line[:4] in ("2014", "2015", "2016")}
    assert "no contributions" in rows["2015"]



def test_the_printed_year_table_says_not_paid(qapp):
    from shebao_desktop.gui.report import _years_html
    html = _years_html(_gap_estimate(), today_money=False)
    row = html[html.index(">2015"):][:400]
    assert "未缴费" in row
