"""Trial 2 (sh_paste_dup.png): a pasted row that repeats a year said only "其中 1 个单元格有误 …
第 12 行有误（标红）" -- the reason was in the cell's tooltip alone -- and the row's amount read
"12500" beside "12,500.00" in the valid rows."""

from __future__ import annotations

from shebao_desktop.gui.history_cells import COLUMN_OF
from shebao_desktop.gui.history_panel import HistoryPanel

AMOUNT, PERIOD = COLUMN_OF["amount"], COLUMN_OF["period"]


def test_the_message_gives_the_first_wrong_cells_reason(sample_widget):
    panel = sample_widget(HistoryPanel)
    messages = []
    panel.model.message.connect(messages.append)
    existing = panel.session.profile.history[0].period
    panel.model.paste_text(f"{existing}\t12500\n")
    assert set(panel.model.overlay) == {(1, PERIOD)}
    reason = panel.model.overlay[(1, PERIOD)][1]
    assert reason == "与第1行的月份重叠"
    assert f"第2行“期间”：{reason}。" in messages[-1]
    assert "其中 1 个单元格有误" in messages[-1] and "第 2 行有误（标红）" in messages[-1]
    assert reason in panel.message.text()  # what the panel shows under the table


def test_a_left_out_rows_amount_is_formatted_like_the_others(sample_widget):
    panel = sample_widget(HistoryPanel)
    model = panel.model
    existing = panel.session.profile.history[0].period
    model.paste_text(f"{existing}\t12500\n")
    assert model.data(model.index(1, AMOUNT)) == "12,500.00"
    assert model.data(model.index(0, AMOUNT)).count(",") == 1  # as the valid row beside it
    # edited, the cell gives its text as typed; a wrong amount is shown as typed
    assert model.data(model.index(1, AMOUNT), 2) == "12500"
    model.paste_text("2030\tabc\n")
    row = next(r for r in range(model.rowCount()) if model.data(model.index(r, PERIOD)) == "2030")
    assert model.data(model.index(row, AMOUNT)) == "abc"
