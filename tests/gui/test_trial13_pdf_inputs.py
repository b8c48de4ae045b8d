"""New-user trial 13: the printed 基本情况 table put 未来缴费 (a sentence) in a half-width cell,
wrapped over three lines beside an empty pair of cells; it is now a row of the table below, label and sentence, as 缴费记录 is,
and the six short items fill three whole rows; trial 15: 退休时间 and 住房公积金 wrapped too
("法定退休 / 时间", "单位 同 / 个人") and are rows of the table below as well."""

from __future__ import annotations

from shebao_desktop.gui.report import _inputs_html


def test_the_future_sentence_spans_the_table(window):
    session = window.session
    html = _inputs_html(session.profile, session.estimate)
    first = html.split("</table>")[0]  # the pairs
    rows = first.split("<tr>")[1:]
    assert len(rows) == 3 and all(row.count("<td") == 4 for row in rows)
    assert "未来缴费" not in first and "退休时间" not in first and "住房公积金" not in first
    wide = html.split("</table>")[1]  # label and sentence rows, as 缴费记录
    future = next(row for row in wide.split("<tr>") if "未来缴费" in row)
    assert future.count("<td") == 2 and "缴费记录" in wide
