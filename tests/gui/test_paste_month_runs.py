"""New-user trial 8, finding 3: a pasted half year at one wage, "2021-01..2021-06	9000" or
"2021-07~2021-12	9200", was refused as "不是期间：整年写 2024，单月写 2024-03" (six rows to type
instead). A cell giving a run of months stands for a row for each month, with the line's
other cells; a run backwards is still refused, and says why by its period cell."""

from __future__ import annotations

from decimal import Decimal

from shebao_desktop.gui.history_cells import pasted_cells
from shebao_desktop.gui.history_panel import HistoryPanel
from shebao_desktop.gui.paste_ranges import MAX_MONTHS


def test_each_month_of_a_run_is_a_row(sample_widget):
    panel = sample_widget(HistoryPanel)
    rows = panel.model.rowCount()
    added, marked = panel.model.paste_text(
        "2009\t8000\n2011-01..2011-06\t9000\n2011年7月至2011年12月\t9200\n2012.01-2012.02\t9300\n")
    assert (added, marked) == (1 + 6 + 6 + 2, 0)
    history = {row.period: row.amount for row in panel.session.profile.history}
    assert [history[f"2011-{m:02d}"] for m in range(1, 13)] == [Decimal(9000)] * 6 + [Decimal(9200)] * 6
    assert history["2012-01"] == history["2012-02"] == Decimal(9300)
    assert "2009" in history  # (the sample has 2016-2026)
    assert panel.model.rowCount() == rows + 15


def test_a_run_backwards_or_too_long_stays_one_refused_line():
    assert [c["period"] for c in pasted_cells("2021-06..2021-01\t9000\n")] == ["2021-06..2021-01"]
    assert len(pasted_cells(f"1950-01..{1950 + MAX_MONTHS // 12}-01\t9000\n")) == 1
    assert len(pasted_cells("2021-13..2022-02\t9000\n")) == 1  # no month 13
    # a run with the region and the month count columns of the table's own order
    cells = pasted_cells("2020-11..2021-02\t北京\t8000\n")
    assert [(c["period"], c["amount"]) for c in cells] == [
        ("2020-11", "8000"), ("2020-12", "8000"), ("2021-01", "8000"), ("2021-02", "8000")]


def test_the_message_says_a_run_was_pasted_month_by_month(sample_widget):
    """Trial 10: one line pasted, six rows added, and the message said only "已粘贴 6 行"."""
    panel = sample_widget(HistoryPanel)
    said = []
    panel.model.message.connect(said.append)
    panel.model.paste_text("2009-01至2009-06\t8000\n")
    assert said[-1].splitlines()[1] == "“2009-01至2009-06”按 6 个单月各一行粘贴（2009-01 至 2009-06）"
    said.clear()
    panel.model.paste_text("2008\t8000\n")  # no run: no such line
    assert "单月各一行" not in said[-1]


def test_a_fee_period_run_of_compact_months_is_a_run():
    """202101-202103, as a 费款所属期 column writes it, was refused as 不是期间."""
    assert [c["period"] for c in pasted_cells("202101-202103\t9000\n")] == ["2021-01", "2021-02", "2021-03"]
    assert len(pasted_cells("202113-202202\t9000\n")) == 1  # no month 13
