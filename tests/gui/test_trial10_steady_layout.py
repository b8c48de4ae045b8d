"""New-user trial 10, findings 4 and 6.

4: typing rows into 缴费记录 while the 快速估算 panel was open, the panel's line about months
assumed paid came and went, and the history table below moved up and down by a line under the
mouse: a wage went into the wrong row. The panel keeps the tallest height its lines needed for
the profile open.

6: for a woman whose statutory month (2026-11) has passed, 计算过程 said "现在仍可选择 2026-03 至
2026-11" in December 2026; those months are past and are for someone who did retire in one."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from shebao_desktop.core.estimate import estimate
from shebao_desktop.core.profile import Profile
from shebao_desktop.core.yearmonth import YearMonth
from shebao_desktop.gui.explain import explain_html

AS_OF = YearMonth(2026, 12)


def _rows(*years: int) -> list[dict]:
    return [{"period": str(y), "region": "beijing", "amount": "9000"} for y in years]


def test_the_history_below_the_quick_panel_stays_while_rows_are_typed(window):
    profile = Profile.model_validate({"birth": "1990-03", "gender": "male", "region": "beijing",
                                      "history": _rows(2024)})
    window.resize(1440, 900)
    window.set_language("en")  # (in English the line's going shortens the panel by 28 px)
    session, simple = window.session, window.simple
    session.load(profile, None)
    session.recompute()
    QApplication.processEvents()
    assert simple.toggle.isChecked()  # open: the profile has one row
    assert "have no record and are counted as paid" in simple.source.text()  # 2025

    def top() -> int:
        return window.inputs.mapTo(window, window.inputs.rect().topLeft()).y()
    before = top()
    assert session.update("2025 typed", None, history=_rows(2024, 2025))
    session.recompute()
    for _ in range(5):  # the labels' new heights, then the layouts above the table
        QApplication.processEvents()
    assert "have no record and are counted as paid" not in simple.source.text()  # gone
    assert top() == before  # the table below did not move up (it moved 28 px)
    session.load(profile.model_copy(update={"history": []}), None)  # another: its own height
    QApplication.processEvents()
    assert simple.body.minimumHeight() == 0 or simple.body.minimumHeight() <= simple.body.height()


def test_past_open_months_are_not_offered_as_a_choice_now(qapp):
    rows = [{"period": str(y), "region": "hunan", "amount": "5000"} for y in range(2004, 2026)]
    woman = Profile.model_validate({"birth": "1976-03", "gender": "female", "category": "worker",
                                    "region": "hunan", "history": rows})
    result = estimate(woman, as_of=AS_OF)
    assert result.retirement.statutory_month == YearMonth(2026, 11)
    html = explain_html(woman, result)
    assert "现在仍可选择" not in html
    assert "2026-03 至 2026-11 已过去，只在你确实已于其中某月退休时选择" in html
