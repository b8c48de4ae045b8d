"""New-user trial 5, finding 1: in 快速估算 a woman born 1985-03 typed 实际缴费年限 40 (for 14) with
a statement dated 2026-11: paying since she was about 20 months old. The quick answer showed
9,853.37 元/月 and 缴费 56.25 年, and 用作完整记录 wrote it into the profile, while the rows
refuse a period before the 14th birthday. Now years (with the deemed years) beyond the span from
the 14th birthday to 记录单截至年月 are refused by both, with the span named."""

from shebao_desktop.core.yearmonth import YearMonth
from shebao_desktop.gui.sample import blank_profile
from shebao_desktop.gui.session import Session
from shebao_desktop.gui.simple_mode import SimpleMode

AS_OF = YearMonth(2026, 12)


def _panel(qtbot, years: float, deemed: float = 0) -> SimpleMode:
    profile = blank_profile(AS_OF, "chengdu").model_copy(update={"birth": YearMonth(1985, 3)})
    session = Session(profile, as_of=AS_OF)
    session.recompute()
    panel = SimpleMode(session)
    qtbot.addWidget(panel)
    panel.show()
    panel.base.setValue(6500)
    panel.years.setValue(years)
    panel.index.setValue(0.85)
    panel.balance.setValue(86500)
    panel.deemed.setValue(deemed)
    panel.as_of.setText("2026-11")
    panel.as_of.editingFinished.emit()
    return panel


def test_forty_years_for_a_woman_of_41_are_refused_and_not_written(qtbot):
    panel = _panel(qtbot, 40)
    panel.estimate()
    assert panel.answer is None
    text = panel.result.text()
    # 1999-03 (14th birthday) to 2026-11: 332 months = 27.67 years
    assert "实际缴费年限 40 年" in text and "1999-03" in text and "2026-11" in text
    assert "27.67" in text
    before = panel.session.profile
    panel.ask_use_as_record()
    assert panel.session.profile is before and panel.session.profile.statement is None


def test_deemed_years_count_with_the_years(qtbot):
    panel = _panel(qtbot, 14, deemed=14)  # 28 > 27.67
    panel.estimate()
    assert panel.answer is None and "视同缴费年限 14 年" in panel.result.text()


def test_fourteen_years_are_estimated(qtbot):
    panel = _panel(qtbot, 14)
    panel.estimate()
    assert panel.answer is not None
    assert "14 周岁" not in panel.result.text()


def test_a_refused_date_note_does_not_stay_under_later_answers(qtbot):
    """Trial 5, finding 8: "记录单截至年月应在 1990-01 至 2026-12 之间；'2027-06'不在其中。已恢复为
    2026-11" stayed under every later answer, applying and undoing, moving the buttons down."""
    panel = _panel(qtbot, 14)
    panel.as_of.setText("2027-06")
    panel.as_of.editingFinished.emit()  # refused and put back: 2026-11 in use, its note shown
    assert panel.as_of.month() == YearMonth(2026, 11)
    assert not panel.as_of.note.isHidden() and "2027-06" in panel.as_of.note.text()
    panel.estimate()
    assert panel.answer is not None
    assert panel.as_of.note.isHidden()
