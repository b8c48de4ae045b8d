"""New-user trial 2, person 4: for a man retired in 2024-02 (seen in 2026-12) the quick estimate
filled itself with his balance at 2025-12, after 22 months of payouts, and its answer came out
too low with a warning that read as if his figures were wrong. The quick estimate projects
contributions to a retirement ahead: for someone retired it is not offered (said, its fields and
buttons off), and the figures it shows are those at retirement."""

from __future__ import annotations

from shebao_desktop.core.yearmonth import YearMonth
from shebao_desktop.gui.i18n import install_language
from shebao_desktop.gui.session import Session
from shebao_desktop.gui.simple_mode import SimpleMode
from tests.core.test_trial_retired import AS_OF, wuhan_man_retired


def _quick(qtbot, as_of=AS_OF) -> SimpleMode:
    session = Session(wuhan_man_retired(), as_of=as_of)
    session.recompute()
    quick = SimpleMode(session)
    qtbot.addWidget(quick)
    quick.toggle.setChecked(True)
    return quick


def test_someone_retired_is_told_the_quick_estimate_is_not_for_him(qtbot):
    quick = _quick(qtbot)
    e = quick.session.estimate
    assert "已于 2024-02 退休：快速估算用于尚未退休的人" in quick.result.text()
    for widget in (quick.base, quick.years, quick.index, quick.balance, quick.deemed,
                   quick.estimate_button):
        assert not widget.isEnabled()
    # the figures shown are those at retirement, not after months of payouts
    assert quick.balance.decimal() == e.at_retirement.pension_account
    assert quick.figures_date() == YearMonth(2024, 1)
    quick.estimate()  # no rough answer set against the full one
    assert quick.answer is None and "⚠" not in quick.result.text()


def test_in_english_too(qtbot):
    try:
        install_language("en")
        quick = _quick(qtbot)
        assert "Retired in 2024-02: the quick estimate is for people not yet retired" \
            in quick.result.text()
    finally:
        install_language("zh_CN")


def test_before_retirement_it_is_offered_as_before(qtbot):
    quick = _quick(qtbot, YearMonth(2023, 12))
    assert quick.estimate_button.isEnabled() and quick.balance.isEnabled()
    assert "退休：快速估算" not in quick.result.text()
    quick.estimate()
    assert quick.answer is not None and "元/月" in quick.result.text()
