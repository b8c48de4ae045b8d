"""Trial 5: the pension card read "含地方加发 347.37", with no unit and no ※ though the add-on is
today's rule assumed to apply at retirement. It reads "含地方加发 220.00 元 ※" (the 广东 定额加发
of trial 5's woman), and without the mark for someone already retired."""

from shebao_desktop.core.yearmonth import YearMonth
from shebao_desktop.gui.session import Session
from shebao_desktop.gui.summary_cards import SummaryCards

from ..core.test_account_start import _from_hunan


def _detail(qtbot, session: Session) -> str:
    session.recompute()
    cards = SummaryCards()
    qtbot.addWidget(cards)
    cards.show_session(session)
    return cards.pension_card.detail.text()


def test_the_addons_line_has_its_unit_and_its_mark(qtbot):
    detail = _detail(qtbot, Session(_from_hunan(), as_of=YearMonth(2026, 11)))
    assert "含地方加发 220.00 元 ※" in detail
    retired = _detail(qtbot, Session(_from_hunan(), as_of=YearMonth(2032, 1)))
    assert "含地方加发" in retired and "元 ※" not in retired.split("含地方加发")[1]
