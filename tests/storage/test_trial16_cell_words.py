"""New-user trial 16: a profile file with a letter O in one amount and a month 13 was refused as
"文件 bad4.json 的内容无效。“金额”的值无效" -- no record, no value, the second error not
mentioned; a CSV import gave "金额不是数字" and "期间超出范围" where pasting the same cells says
which letter should be which digit. Now each wrong record of a profile file is listed (its number,
its period, why), and an imported table's cell says the same as a pasted one."""

from __future__ import annotations

import json
from pathlib import Path

from shebao_desktop.presentation.messages import render, storage_text
from shebao_desktop.storage.codec import decode_import
from shebao_desktop.storage.errors import StorageError
from shebao_desktop.storage.history_import import import_history

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "profile-beijing.json"


def _refused(tmp_path, edit) -> StorageError:
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    edit(data["history"])
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    try:
        decode_import(path.read_bytes(), path)
    except StorageError as exc:
        return exc
    raise AssertionError("accepted")


def test_each_wrong_record_of_a_profile_file_is_listed(tmp_path):
    def edit(history):
        history[3]["amount"] = "85OO"
        history[5]["period"] = history[5]["period"][:4] + "-13"
    error = _refused(tmp_path, edit)
    year = json.loads(EXAMPLE.read_text(encoding="utf-8"))["history"][5]["period"][:4]
    zh = storage_text(error, "zh").splitlines()
    assert zh[0] == "文件 bad.json 的内容无效。"
    period = json.loads(EXAMPLE.read_text(encoding="utf-8"))["history"][3]["period"]
    assert zh[1] == f"• 第 4 条缴费记录（{period}）：“85OO”中的 O 是字母，应为数字 0"
    assert zh[2] == f"• 第 6 条缴费记录（{year}-13）：期间“{year}-13”没有第 13 个月：月份应为 01–12"
    en = storage_text(error, "en")
    assert f"Contribution record 6 ({year}-13): Period “{year}-13” has no month 13" in en
    assert "“金额”的值无效" not in "\n".join(zh)


def test_past_five_wrong_records_the_rest_are_counted(tmp_path):
    def edit(history):
        for row in history[:8]:
            row["amount"] = "abc"
    lines = storage_text(_refused(tmp_path, edit), "zh").splitlines()
    assert len(lines) == 1 + 5 + 1 and lines[-1] == "• 另有 3 处问题未列出"
    assert "“abc”不是数字：金额写 8500、6,500.50 或 1.2万" in lines[1]


def test_an_imported_table_cell_says_what_a_pasted_one_says(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("期间,月工资\n2021-01,9200\n2021-02,92OO\n2021-13,9200\n2021-04,abc\n",
                    encoding="utf-8")
    preview = import_history(path, region="beijing")
    reasons = {row.line: render(row.code, dict(row.params), "zh") for row in preview.rejected}
    assert reasons == {3: "“92OO”中的 O 是字母，应为数字 0",
                       4: "期间“2021-13”没有第 13 个月：月份应为 01–12",
                       5: "“abc”不是数字：金额写 8500、6,500.50 或 1.2万"}
    assert [a.row.period for a in preview.accepted] == ["2021-01"]
