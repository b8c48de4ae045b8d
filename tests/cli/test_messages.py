"""The one message catalogue (presentation.messages): every code the core and the storage layer
give has a Chinese and an English template with the same placeholders; nothing English reaches a
Chinese user; the command line formats years and phases through it."""

from __future__ import annotations

import re
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from shebao_desktop.core.checks import ValidationError

from shebao_desktop.cli_text import estimate_text, retirement_text
from shebao_desktop.core.estimate import estimate
from shebao_desktop.core.profile import Profile
from shebao_desktop.core.result import Notice
from shebao_desktop.core.yearmonth import YearMonth
from shebao_desktop.presentation import formats
from shebao_desktop.presentation.messages import (_T, NOTICE_CODES, ROW_REASON_CODES, Msg, render,
                                                  render_notice, error_text, storage_text,
                                                  template)
from shebao_desktop.storage.errors import CODES as STORAGE_CODES
from shebao_desktop.storage.errors import StorageError

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "profile-beijing.json"
CJK = re.compile(r"[\u4e00-\u9fff]")
PLACEHOLDER = re.compile(r"\{(\w*)\}")


def _placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text))


def test_every_code_has_both_languages_with_the_same_placeholders():
    assert set(_T) == set(Msg), set(Msg) ^ set(_T)
    for code in Msg:
        zh, en = template(code, "zh"), template(code, "en")
        assert zh and en, code
        assert _placeholders(zh) == _placeholders(en), code
        assert CJK.search(zh), f"{code}: the Chinese template has no Chinese"
        assert not CJK.search(en.replace("※", "")), f"{code}: Chinese in the English template"


def _emitted_by_core() -> tuple[set[str], set[str]]:
    notices, errors = set(), set()
    for source in (ROOT / "shebao_desktop" / "core").rglob("*.py"):
        text = source.read_text("utf-8")
        notices |= set(re.findall(r'\(\s*"([A-Z][A-Z_]{5,})",\s*\{', text))
        errors |= set(re.findall(r'ProfileError\([^,]+,\s*"([A-Z][A-Z_]{5,})"', text))
    return notices, errors


def test_every_code_of_the_core_and_the_storage_layer_is_in_the_catalogue():
    notices, errors = _emitted_by_core()
    assert {"GAP_IN_HISTORY", "BELOW_MINIMUM_YEARS"} <= notices
    assert {"UNKNOWN_REGION", "NO_POLICY_DATA"} <= errors
    codes = {c.value for c in Msg}
    assert notices <= codes, notices - codes
    assert notices <= {c.value for c in NOTICE_CODES}, notices - {c.value for c in NOTICE_CODES}
    assert errors <= codes, errors - codes
    assert set(STORAGE_CODES) <= codes, set(STORAGE_CODES) - codes


def test_every_reason_an_imported_row_is_rejected_is_in_the_catalogue():
    found = set()
    for source in (ROOT / "shebao_desktop" / "storage").rglob("*.py"):
        text = source.read_text("utf-8")
        found |= set(re.findall(r'Reject\(\s*"([A-Z][A-Z_]{5,})"', text))
        found |= set(re.findall(r'RejectedRow\([^,]+,\s*"([A-Z][A-Z_]{5,})"', text))
    assert {"BAD_PERIOD", "OTHER_INSURANCE", "TOO_MANY_ROWS"} <= found
    reasons = {c.value for c in ROW_REASON_CODES}
    assert found <= reasons, found - reasons
    assert render("OTHER_INSURANCE", {}, "zh") == "其他险种（已忽略）"


def test_amounts_and_regions_are_formatted_and_gaps_never_raise():
    assert render("BASE_RAISED_TO_FLOOR", {"year": "2020", "floor": "3613"}, "zh") == \
        "2020年工资（缴费基数）低于下限，按下限 3,613.00 元缴费"
    assert "3,613.00 yuan" in render("BASE_RAISED_TO_FLOOR", {"year": "2020", "floor": "3613"}, "en")
    assert "北京市" in render("UNKNOWN_REGION", {"region": "beijing"}, "zh")
    assert "Beijing" in render("UNKNOWN_REGION", {"region": "beijing"}, "en")
    assert "2 项" in render("USES_ESTIMATED_VALUES", {"names": "a,b"}, "zh")
    assert render("SOMETHING_NEW", {}, "zh") == "SOMETHING_NEW"
    assert render("GAP_IN_HISTORY", {}, "zh") == "GAP_IN_HISTORY"


def test_notices_in_todays_money_use_the_years_deflator():
    profile = Profile.model_validate_json(EXAMPLE.read_text(encoding="utf-8"))
    e = estimate(profile, as_of=YearMonth(2026, 1))
    later = next(y for y in e.years if y.deflator > Decimal("1.2"))
    notice = Notice(code="BASE_CAPPED_AT_CEILING",
                    params={"year": str(later.year), "ceiling": "30000"})
    nominal = render_notice(notice, "zh", estimate=e, today_money=False)
    today = render_notice(notice, "zh", estimate=e, today_money=True)
    assert "30,000.00" in nominal
    assert formats.money(Decimal("30000") / later.deflator) in today
    assert "30,000.00" not in today
    # the housing fund withdrawn at retirement is in the retirement year's money
    retire_year = e.retirement.chosen_month.year
    deflator = next(y.deflator for y in e.years if y.year == retire_year)
    withdrawn = Notice(code="HOUSING_FUND_WITHDRAWN_AT_RETIREMENT", params={"amount": "500000"})
    assert formats.money(Decimal("500000") / deflator) in \
        render_notice(withdrawn, "en", estimate=e, today_money=True)


def test_storage_errors_never_show_their_english_detail():
    error = StorageError("UNREADABLE", Path("/x/wages.csv"), "binary data, not a text table")
    zh, en = storage_text(error, "zh"), storage_text(error, "en")
    assert "wages.csv" in zh and CJK.search(zh)
    assert "binary" not in zh and "binary" not in en
    invalid = StorageError("INVALID", Path("/x/p.json"), "not valid JSON: Expecting value")
    invalid.moved_to = Path("/x/p.json.corrupt-1")
    assert "p.json.corrupt-1" in storage_text(invalid, "zh")
    assert "Expecting" not in storage_text(invalid, "zh")


def test_a_failed_check_of_the_profile_speaks_the_users_language():
    with pytest.raises(ValidationError) as caught:
        Profile.model_validate({"birth": "1980-01", "gender": "male", "region": "beijing",
                                "history": [{"period": "2020-03", "region": "beijing",
                                             "amount": "5000", "months": 3}]})
    zh = error_text(caught.value, "zh")
    assert zh == "单月的记录最多只能有 1 个缴费月"
    assert not CJK.search(error_text(caught.value, "en"))
    with pytest.raises(ValidationError) as caught:
        Profile.model_validate({"birth": "1980-01", "gender": "male", "region": "beijing",
                                "history": [{"period": "2020-03", "region": "beijing",
                                             "amount": "5000"},
                                            {"period": "2020-03", "region": "beijing",
                                             "amount": "6000"}]})
    assert error_text(caught.value, "zh") == "2020-03 同时出现在第1行和第2行"
    with pytest.raises(ValidationError) as caught:  # a plain type check names its field
        Profile.model_validate({"birth": "1980-01", "gender": "male", "region": "beijing",
                                "history": [{"period": "2020", "region": "beijing",
                                             "amount": "-5"}]})
    assert error_text(caught.value, "zh") == "“金额”的值无效"


def test_command_line_text_in_chinese_has_no_codes_and_two_decimal_years():
    profile = Profile.model_validate_json(EXAMPLE.read_text(encoding="utf-8"))
    e = estimate(profile, as_of=YearMonth(2026, 1))
    text = estimate_text(e, chinese=True)
    assert not re.search(r"\b(working|retired|mixed)\b", text)
    assert "缴费" in text and "退休" in text
    assert f"缴费年限 {e.pension.contribution_years:.2f}," in text
    r = e.retirement
    assert f"最低缴费年限: {r.minimum_years:.2f}, 退休时累计: {r.years_at_retirement:.2f}" in text
    head = text.split("\n\n")[0]
    assert not re.search(r"(年限|累计):? \d+\.\d{3,}", head), head  # not 37.7500
    assert "岁" in text.splitlines()[1]
    assert "*" not in text and "※" in text  # the mark the notices name (标 ※)
    english = estimate_text(e, chinese=False)
    assert " working " in english and not CJK.search(english.split("\n\n")[0])
    ages = retirement_text({"statutory_age": "61y4m", "statutory_month": "2031-05",
                            "earliest_month": "2028-05", "earliest_age": "58y4m",
                            "latest_month": "2034-05", "latest_age": "64y4m",
                            "minimum_years": "16.0000"}, chinese=True)
    assert "61岁4个月" in ages and "16.00" in ages and "16.0000" not in ages


def test_the_catalogue_loads_no_qt():
    code = ("import sys\n"
            "import shebao_desktop.presentation.messages, shebao_desktop.cli_text\n"
            "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken'))))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_a_bad_profile_file_is_explained_in_chinese_on_the_command_line(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"schema_version": 1, "birth": "1980-01", "gender": "male", '
                   '"region": "beijing", "history": [{"period": "2020-03", '
                   '"region": "beijing", "amount": "5000", "months": 3}]}', encoding="utf-8")
    env = dict(__import__("os").environ, LANG="zh_CN.UTF-8", LC_ALL="", LC_MESSAGES="")
    done = subprocess.run([sys.executable, "-m", "shebao_desktop", "estimate", str(bad)],
                          env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 2
    line = done.stderr.strip()
    # the record, its period and why (trial 16: which record was not said)
    assert line == ("shebao-desktop: history.0: 文件 bad.json 的内容无效。\n"
                    "• 第 1 条缴费记录（2020-03）：单月的记录最多只能有 1 个缴费月")
    english = subprocess.run([sys.executable, "-m", "shebao_desktop", "estimate", str(bad)],
                             env=dict(env, LANG="C.UTF-8"), capture_output=True, text=True,
                             timeout=120)
    assert "a month row covers at most 1 month" in english.stderr
