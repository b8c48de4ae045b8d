"""Issue 9, item 6: pasting rows into the history table. Formatted numbers read right, the
wrong cell is the one marked, rows with a wrong cell stay out of the calculation (with a
notice) and keep their marks through undo, redo, save and reopen; Ctrl+V and Ctrl+C work in
the table and the table's own rows paste back unchanged."""

from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest

from shebao_desktop.core.yearmonth import YearMonth
from shebao_desktop.gui.history_cells import COLUMN_OF, pasted_cells
from shebao_desktop.gui.history_panel import HistoryPanel
from shebao_desktop.gui.results_panel import ResultsPanel
from shebao_desktop.gui.sample import sample_profile
from shebao_desktop.gui.session import Session
from shebao_desktop.storage.codec import decode_profile, encode_profile
from shebao_desktop.storage.drafts import ProfileWithDraft

AS_OF = YearMonth(2026, 11)
AMOUNT, REGION, PERIOD = COLUMN_OF["amount"], COLUMN_OF["region"], COLUMN_OF["period"]


@pytest.fixture
def panel(sample_widget):
    return sample_widget(HistoryPanel)


def amounts(session) -> dict[str, Decimal]:
    return {row.period: row.amount for row in session.profile.history}


def test_formatted_numbers_paste_as_their_value(panel):
    added, marked = panel.model.paste_text(
        "2030\t6,500\tshanghai\n2031\t7,600.50\n2032\t1.2万\n2033\t８千\n2034\t６５００\n")
    assert (added, marked) == (5, 0)
    got = amounts(panel.session)
    assert got["2030"] == Decimal("6500") and got["2031"] == Decimal("7600.50")
    assert got["2032"] == Decimal("12000") and got["2033"] == Decimal("8000")
    assert got["2034"] == Decimal("6500")
    assert [r.region for r in panel.session.profile.history if r.period == "2030"] == ["shanghai"]
    assert panel.model.overlay == {}


def test_the_wrong_cell_is_the_one_marked(panel):
    start = panel.model.rowCount()
    added, marked = panel.model.paste_text("2030\t6,5x0\tshanghai\n2031\t7000\t火星\n")
    assert (added, marked) == (2, 2)
    overlay = panel.model.overlay
    assert set(overlay) == {(start, AMOUNT), (start + 1, REGION)}
    assert overlay[(start, AMOUNT)][0] == "6,5x0"  # what was typed stays
    assert "数字" in overlay[(start, AMOUNT)][1]
    assert "火星" in overlay[(start + 1, REGION)][1]


def test_unclear_numbers_are_refused_not_guessed(panel):
    start = panel.model.rowCount()
    panel.model.paste_text("2030\t6,50\n2031\t1万2\n")
    assert set(panel.model.overlay) == {(start, AMOUNT), (start + 1, AMOUNT)}
    assert "2030" not in amounts(panel.session) and "2031" not in amounts(panel.session)


def test_a_row_with_a_wrong_cell_is_left_out_with_a_notice(panel, qtbot):
    session = panel.session
    results = ResultsPanel(session)
    qtbot.addWidget(results)
    before = session.estimate.pension.total
    start = panel.model.rowCount()
    panel.model.paste_text("2027\t95000\n2028\t9,5oo\n")  # a high wage (counts) and a typo
    session.recompute()
    assert "2027" in amounts(session) and "2028" not in amounts(session)
    assert session.left_out_rows == [start + 1]
    assert session.estimate.pension.total != before  # the good row counts
    assert f"第 {start + 2} 行" in results.notices.text() and "未计入" in results.notices.text()
    assert f"第 {start + 2} 行" in panel.message.text()
    # fixing the cell brings the row in and the notice goes
    assert panel.model.setData(panel.model.index(start + 1, AMOUNT), "9,500")
    session.recompute()
    assert amounts(session)["2028"] == Decimal("9500")
    assert session.left_out_rows == [] and "未计入" not in results.notices.text()


def test_editing_a_valid_cell_wrong_takes_the_row_out_until_fixed(panel):
    session = panel.session
    first = session.profile.history[0]
    index = panel.model.index(0, AMOUNT)
    assert not panel.model.setData(index, "12a4")
    assert panel.model.data(index) == "12a4"
    assert first not in session.profile.history  # not counted with its old value
    assert session.left_out_rows == [0]
    assert panel.model.setData(index, "15,000")
    assert session.profile.history[0] == first.model_copy(update={"amount": Decimal("15000")})


def test_overlapping_pasted_row_is_marked_on_its_period(panel):
    """Placed by its period (trial s13): right under the row it overlaps, not at the end."""
    session = panel.session
    existing = session.profile.history[0].period
    panel.model.paste_text(f"{existing}\t5000\n")
    assert set(panel.model.overlay) == {(1, PERIOD)}
    assert "第1行" in panel.model.overlay[(1, PERIOD)][1] and "重叠" in panel.model.overlay[(1, PERIOD)][1]
    assert panel.model.data(panel.model.index(1, PERIOD)) == existing  # its period kept as typed


def test_marks_survive_undo_redo(panel):
    session = panel.session
    start = panel.model.rowCount()
    panel.model.paste_text("2030\t6500\n2031\tabc\n")
    marks = dict(panel.model.overlay)
    assert marks == {(start + 1, AMOUNT): ("abc", marks[(start + 1, AMOUNT)][1])}
    session.undo_stack.undo()
    assert panel.model.rowCount() == start and panel.model.overlay == {}
    session.undo_stack.redo()
    assert panel.model.rowCount() == start + 2
    assert panel.model.overlay == marks
    assert session.left_out_rows == [start + 1]


def test_marks_survive_save_and_reopen(panel, qtbot):
    session = panel.session
    start = panel.model.rowCount()
    panel.model.paste_text("2030\t6500\n2031\tabc\tshanghai\n")
    data = encode_profile(session.profile)
    reopened = decode_profile(data)
    assert isinstance(reopened, ProfileWithDraft)
    assert reopened == session.profile
    again = HistoryPanel(Session(reopened, as_of=AS_OF))
    qtbot.addWidget(again)
    assert again.model.overlay == panel.model.overlay
    assert again.model.data(again.model.index(start + 1, AMOUNT)) == "abc"
    assert "未计入" in again.message.text()


def test_a_profile_without_draft_rows_is_saved_as_before(panel):
    data = encode_profile(panel.session.profile)
    assert b"history_draft" not in data
    panel.model.paste_text("2030\tabc\n")
    assert b"history_draft" in encode_profile(panel.session.profile)
    panel.model.remove_rows([panel.model.rowCount() - 1])
    assert b"history_draft" not in encode_profile(panel.session.profile)


def test_person_form_edits_keep_the_draft_rows(panel):
    session = panel.session
    panel.model.paste_text("2030\tabc\n")
    assert session.update("name", None, name="renamed")
    assert session.profile.name == "renamed" and len(session.left_out_rows) == 1


def test_ctrl_v_in_the_table_pastes_like_the_button(panel):
    table, model = panel.table, panel.model
    panel.show()
    table.setFocus()
    start = model.rowCount()
    QGuiApplication.clipboard().setText("2030\t6,500\n2031\tabc\n")
    QTest.keyClick(table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    by_key = ([model.data(model.index(r, c)) for c in range(6)] for r in range(start, model.rowCount()))
    by_key = list(by_key)
    marks_by_key = dict(model.overlay)
    panel.session.undo_stack.undo()
    assert model.rowCount() == start
    table.clearSelection()
    panel.paste_button.click()
    by_button = [[model.data(model.index(r, c)) for c in range(6)] for r in range(start, model.rowCount())]
    assert len(by_key) == 2 and by_key == by_button and marks_by_key == model.overlay


def test_rows_copied_from_the_table_paste_back_unchanged(panel):
    table, model, session = panel.table, panel.model, panel.session
    panel.model.paste_text("2030\t6500\tshanghai\t3\t基数\t灵活就业\n2031-05\t7,000.50\n2032\tabc\n")
    panel.show()
    table.setFocus()
    rows = list(range(model.rowCount()))
    table.selectAll()
    QTest.keyClick(table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    copied = QGuiApplication.clipboard().text()
    assert copied == model.copy_text(rows)
    before = session.profile
    shown = [[model.data(model.index(r, c)) for c in range(6)] for r in rows]
    model.remove_rows(rows)
    assert model.rowCount() == 0
    model.paste_text(copied)
    assert session.profile.history == before.history
    assert session.left_out_rows == [len(rows) - 1]
    assert [[model.data(model.index(r, c)) for c in range(6)] for r in rows] == shown


def test_short_and_header_layouts(panel):
    assert pasted_cells("费款所属期\t缴费基数\n2019-03\t3000\n") == [
        {"period": "2019-03", "amount": "3000", "amount_kind": "基数"}]
    assert pasted_cells("期间\t工资\n2019\t3000\tbeijing\n") == [
        {"period": "2019", "amount": "3000", "region": "beijing"}]
    assert pasted_cells("2019,\"6,500\",上海\n") == [
        {"period": "2019", "amount": "6,500", "region": "上海"}]
    assert pasted_cells("2019 6500\n") == [{"period": "2019", "amount": "6500"}]
    assert pasted_cells("个人缴费明细\n年度\t工资\n2019\t6500\n") == [{"period": "2019", "amount": "6500"}]
    assert pasted_cells("2019\t上海市\t6,500.00\t工资\t12\t职工\n")[0]["amount"] == "6,500.00"


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet="0123456789,.\t\n -万千元¥１２３abc上海北京期间工资基数", max_size=80))
def test_any_pasted_text_is_kept_marked_or_refused_never_raises(qtbot, text):
    session = Session(sample_profile(AS_OF), as_of=AS_OF)
    panel = HistoryPanel(session)
    before = panel.model.rowCount()
    added, marked = panel.model.paste_text(text)
    assert panel.model.rowCount() == before + added
    assert added == len(pasted_cells(text))
    left_out = set(session.left_out_rows)
    assert {r for r, _c in panel.model.overlay} == left_out  # marked rows are the left-out rows
    assert len(session.profile.history) == panel.model.rowCount() - len(left_out)
    panel.deleteLater()


def test_the_model_with_draft_rows_passes_the_model_tester(panel, qtmodeltester):
    panel.model.paste_text("2030\t6500\n2031\tabc\n2032\t7000\t火星\n")
    assert len(panel.session.left_out_rows) == 2
    qtmodeltester.check(panel.model)


def test_a_wrong_amount_keeps_the_region_in_its_column():
    """A typo in the amount ("8a00") must not swap it with the region (a new user's trial saved
    region "8a00" and amount "上海")."""
    assert pasted_cells("2022\t上海\t8a00\n") == [
        {"period": "2022", "region": "上海", "amount": "8a00"}]
    assert pasted_cells("2022\t8a00\t上海\n") == [
        {"period": "2022", "amount": "8a00", "region": "上海"}]
    assert pasted_cells("2022\t上海\t6,500\n2023\t7000\t上海\n") == [
        {"period": "2022", "region": "上海", "amount": "6,500"},
        {"period": "2023", "amount": "7000", "region": "上海"}]


def test_a_part_year_row_beside_a_month_row_of_its_year_is_kept(panel):
    """The table keeps rows the profile accepts: a month row 2041-03 and a 5-month 2041 row fit
    (the year row takes five of the other months), so neither is left out as overlapping."""
    start = panel.model.rowCount()
    added, marked = panel.model.paste_text("2040\t8000\tshanghai\n2041-03\t9000\tshanghai\n"
                                           "2041\t8000\tshanghai\t5\n")
    assert (added, marked) == (3, 0)
    assert panel.session.left_out_rows == []
    months = panel.session.profile.placed_months().months
    assert sorted(m.month for m, n in months.items() if n == start + 2) == [1, 2, 4, 5, 6]
    # six more months than 2041 has left are refused as overlapping
    panel.model.paste_text("2041\t8000\tshanghai\t7\n")
    assert panel.session.left_out_rows == [start + 3]
