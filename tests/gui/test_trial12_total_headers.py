"""New-user trial 12: the year table's 个人缴费合计 was 14.2 % of the wage (pension 8 %, medical
2 %, unemployment 0.2 %, housing fund 5 %) and nothing said the housing fund was in it. The two
totals' headers say on hover what they add up."""

from __future__ import annotations

from PySide6.QtCore import Qt

from shebao_desktop.gui.tables import YearTableModel


def _tip(model, title: str) -> str:
    titles = [model.headerData(n, Qt.Orientation.Horizontal) for n in range(model.columnCount())]
    return model.headerData(titles.index(title), Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)


def test_the_totals_say_what_they_add_up(sample_widget):
    from shebao_desktop.gui.session import Session
    from shebao_desktop.gui.sample import sample_profile
    from shebao_desktop.core.yearmonth import YearMonth
    session = Session(sample_profile(YearMonth(2026, 11)), as_of=YearMonth(2026, 11))
    model = YearTableModel(session)
    assert "住房公积金（个人部分）" in _tip(model, "个人缴费合计")
    assert "住房公积金（单位部分）" in _tip(model, "单位缴费合计")
    assert _tip(model, "年份") is None
