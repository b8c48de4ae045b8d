"""New-user trial 2, finding 5 (1366x768 screen, English): the cards scrolled and the comparison
table had about 5 rows in sight under six notices. Now two rows of cards fit their area, and the
notices scroll rather than take the room the decision page needs to show its table whole
(TABLE_ROWS rows), in both languages, on a 1366x768 and a 1440x900 screen."""

import pytest
from PySide6.QtWidgets import QApplication

from .window_helpers import open_decision

#: the window on a 1366x768 screen (task bar and title off), at 768, and its default size
SIZES = [(1366, 738), (1366, 768), (1440, 870), (1360, 860)]


def _settle() -> None:
    for _ in range(30):
        QApplication.processEvents()


def _many_notices(window, qtbot) -> None:
    """A 广东 worker born 1977-12 whose wage rose to over the ceiling: several notices."""
    session = window.session
    session.update("test", None, birth="1977-12", gender="male", category="worker",
                   region="guangdong", retirement=None, history=[
                       {"period": str(y), "region": "guangdong",
                        "amount": "4000" if y < 2012 else "30000"} for y in range(2000, 2026)])
    qtbot.waitUntil(lambda: session.estimate is not None
                    and session.estimate.pension.region == "guangdong")


@pytest.mark.parametrize("language", ["zh_CN", "en"])
@pytest.mark.parametrize("size", SIZES)
def test_cards_whole_and_the_comparison_rows_in_sight(window, qtbot, language, size):
    _many_notices(window, qtbot)
    window.set_language(language)
    window.resize(*size)
    _settle()
    view = open_decision(window, qtbot, "compare_page")
    _settle()
    results = window.results
    assert window.height() == size[1]  # the window did not grow past the screen
    assert results.notices.text().count("•") >= 4
    area = results.cards.area
    assert results.cards.columns == 3  # two rows of cards
    assert area.verticalScrollBar().maximum() == 0, (area.need(), area.height())
    page = view.parentWidget().parentWidget()
    assert page.viewport().height() >= view.table.minimumHeight(), \
        (page.viewport().height(), view.table.minimumHeight())
