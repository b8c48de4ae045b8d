"""Right numbers from the first click (issue 9, items 1 and 7): a new profile pins no future wage
and shows what is missing instead of a pension for an invented person; no replacement rate when
no pension is payable; ※ only where a figure rests on an estimate."""

from __future__ import annotations

from decimal import Decimal

import pytest

from shebao_desktop.core.estimate import estimate
from shebao_desktop.core.profile import Profile
from shebao_desktop.core.yearmonth import YearMonth


def shanghai_rows(first: int = 2013, last: int = 2026, start: Decimal = Decimal(6000)) -> str:
    """A Shanghai wage path: 6,000 in 2013, +6% a year, to 12,798 in 2026 (10 months so far)."""
    lines, wage = [], start
    for year in range(first, last + 1):
        months = "\t\t10" if year == last else ""  # columns: 年份 地区 金额 金额类型 月数
        lines.append(f"{year}\t上海\t{wage.quantize(Decimal(1))}{months}")
        wage *= Decimal("1.06")
    return "\n".join(lines)


@pytest.fixture
def window(window, qtbot):
    """The shared window (tests/gui/conftest.py) on a new, blank profile."""
    window.new_profile()
    qtbot.waitUntil(lambda: window.session.profile.history == [])
    return window


def test_a_new_profile_pins_no_future_wage_and_shows_what_is_missing(window, qtbot):
    profile = window.session.profile
    assert profile.future.monthly_wage is None
    assert not window.assumptions.future_wage_check.isChecked()
    qtbot.waitUntil(lambda: window.session.missing == ("contributions",))
    assert window.session.estimate is None
    assert window.results.pension_card.value.text() == "—"
    assert window.results.error.isVisible()
    assert "还缺少缴费信息" in window.results.error.text()


def test_the_shanghai_wage_path_projects_from_the_last_row(window, qtbot):
    session = window.session
    session.update("region", region="shanghai", birth="1990-05")
    window.history.model.paste_text(shanghai_rows(), 0)
    qtbot.waitUntil(lambda: session.estimate is not None
                    and len(session.profile.history) == 14)
    e = session.estimate
    line_2027 = next(y for y in e.years if y.year == 2027)
    # 2026's 12,798 grown by the own-wage assumption, not a pinned 8,000 (which gave 8,240)
    assert line_2027.average_base > Decimal("12798")
    # the window's figure is the core's figure for the profile as entered, nothing pinned
    expected = estimate(Profile.model_validate(session.profile.model_dump()),
                        as_of=session.as_of).pension.total
    assert e.pension.total == expected
    assert window.results.pension_card.value.text().replace(",", "").startswith(str(expected))
    assert not window.results.error.isVisible()  # the missing-input hint is gone


def test_no_replacement_rate_when_no_pension_is_payable(window, qtbot):
    session = window.session
    # born 1966-01, a man: retires 2026-05 at 60y4m with 3 years paid, far below the minimum
    session.update("birth", birth="1966-01",
                   history=[{"period": str(y), "region": "beijing", "amount": "9000"}
                            for y in (2023, 2024, 2025)])
    qtbot.waitUntil(lambda: session.estimate is not None
                    and session.estimate.retirement.shortfall_months > 0)
    assert window.results.rate_card.value.text() == "—"


def test_past_years_on_published_figures_carry_no_mark():
    history = [{"period": str(y), "region": "beijing", "amount": "15000"} for y in range(2016, 2025)]
    profile = Profile.model_validate({"birth": "1985-01", "gender": "male", "region": "beijing",
                                      "history": history})
    e = estimate(profile, as_of=YearMonth(2026, 11))
    past = {y.year: y.estimated for y in e.years if 2016 <= y.year <= 2024}
    assert past == {year: False for year in range(2016, 2025)}
    future = [y for y in e.years if y.year >= 2027 and y.phase == "working"]
    assert future and all(y.estimated for y in future)  # assumed wages and projected averages


def test_statement_balances_left_blank_stay_unknown(window, qtbot):
    """Filling only the pension figures of a statement keeps the medical and housing-fund
    balances unknown (not 0), so the history before the statement keeps feeding them."""
    history = window.history
    history.use_statement.setChecked(True)
    qtbot.waitUntil(lambda: window.session.profile.statement is not None)
    history.st_balance.setValue(85000)
    statement = window.session.profile.statement
    assert statement.pension_balance == Decimal("85000")
    assert statement.medical_balance is None and statement.housing_fund_balance is None
    assert history.st_medical.optional() is None
    history.st_medical.setValue(1234.5)
    assert window.session.profile.statement.medical_balance == Decimal("1234.50")


def test_a_value_being_typed_is_kept_when_the_window_closes(window, qtbot, tmp_path):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QLineEdit

    window.person.show()
    spin = window.person.deemed
    window.activateWindow()
    spin.setFocus()
    qtbot.waitUntil(spin.hasFocus)
    editor = spin.findChild(QLineEdit)
    editor.selectAll()
    QTest.keyClicks(editor, "7")  # typed, the field not left
    assert window.session.profile.deemed_years == 0
    window.session.save_now()  # what closing and switching profiles do first
    assert window.session.profile.deemed_years == Decimal("7")


def test_a_typed_region_name_chooses_that_region(window, qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    combo = window.person.region
    assert combo.match("上海") == "shanghai"
    assert combo.match("shenzhen") == "shenzhen"
    assert combo.match("广东") == "guangdong"  # the province, not one of its cities
    assert combo.match("火星") is None
    combo.lineEdit().setText("上海")
    QTest.keyClick(combo.lineEdit(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.session.profile.region == "shanghai")
    combo.lineEdit().setText("火星")
    combo.lineEdit().editingFinished.emit()
    assert window.session.profile.region == "shanghai"
    assert "shanghai" in combo.currentText()  # the field shows the region in use


def test_the_printed_chart_is_drawn_at_print_size_without_visiting_its_tab(window, qtbot):
    """The PDF's chart was a 100 x 260 smear when the 图表 tab had never been opened."""
    from PySide6.QtGui import QImage

    from shebao_desktop.gui.charts import PRINT_SIZE

    window.session.update("history", history=[{"period": str(y), "region": "beijing",
                                                "amount": "9000"} for y in range(2015, 2026)])
    qtbot.waitUntil(lambda: window.session.estimate is not None)
    assert not window.results.balances_chart.isVisible()  # its tab was never opened
    png = window._chart_png()
    image = QImage.fromData(png)
    assert (image.width(), image.height()) == PRINT_SIZE
    # drawn, not blank: many distinct colours (lines, axis labels, legend)
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7)
               for y in range(0, image.height(), 7)}
    assert len(colours) > 20


@pytest.mark.parametrize("typed, expected", [("199005", "1990-05"), ("1990-05", "1990-05"),
                                             ("1990/5", "1990-05"), ("1990年5月", "1990-05"),
                                             ("１９９０－０５", "1990-05")])
def test_a_month_typed_over_the_whole_field_is_taken(window, qtbot, typed, expected):
    """Selecting the whole birth month and typing a new one took only the month part before
    (1996-01 + "1990-05" gave 1996-05)."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    field = window.person.birth
    field.setFocus()
    field.selectAll()
    if typed.isascii():
        QTest.keyClicks(field, typed)
    else:
        field.insert(typed)
    QTest.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: str(window.session.profile.birth) == expected)
    assert field.text() == expected


def test_a_month_field_refuses_text_that_names_no_month(window):
    field = window.person.birth
    before = window.session.profile.birth
    for bad in ("abc", "1990-13", "1890-05"):
        field.setText(bad)
        field.editingFinished.emit()
        assert field.text() == str(before)
    assert window.session.profile.birth == before


def test_the_explanation_says_which_index_the_deemed_years_get(qapp):
    """A new user's trial: the statement's index 1.2 with 5 deemed years gave Ī 1.1714 and the
    explanation never said what index the deemed years were counted at."""
    from shebao_desktop.gui.explain import explain_html

    profile = Profile.model_validate({
        "birth": "1965-06", "gender": "male", "region": "shenzhen", "work_start": "1985-03",
        "deemed_years": "5", "future": {"continue_contributing": False},
        "statement": {"as_of": "2025-06", "pension_balance": "150000",
                      "contribution_years": "30", "average_index": "1.2"}})
    e = estimate(profile, as_of=YearMonth(2026, 11))
    html = explain_html(profile, e, today_money=False)
    assert "视同缴费年限 5 年按视同缴费指数 1 计入平均" in html
    assert e.pension.average_index == Decimal("1.1714")  # (30 x 1.2 + 5 x 1) / 35


def test_cards_say_when_a_blank_statement_balance_is_not_in_the_figure(window, qtbot):
    session = window.session
    session.update("statement", statement={"as_of": "2025-12", "pension_balance": "150000",
                                           "contribution_years": "21", "average_index": "1.1"})
    qtbot.waitUntil(lambda: session.estimate is not None)
    assert "对账单未填余额" in window.results.medical_card.detail.text()
    assert "对账单未填余额" in window.results.housing_card.detail.text()


def test_the_transitional_hint_is_shown_after_a_language_switch(window, qtbot):
    """A new user's trial: after switching to English the derived-values hint under 过渡性指数
    stayed blank until the profile was selected again."""
    window.session.update("history", history=[{"period": str(y), "region": "beijing",
                                                "amount": "9000"} for y in range(2015, 2026)])
    qtbot.waitUntil(lambda: window.session.estimate is not None)
    window.set_language("en")
    assert "Years before" in window.person.transitional.hint.text()  # at once, no recompute
