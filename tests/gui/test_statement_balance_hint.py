"""Trial (new user): a statement's balance earned only the months after its date in that year,
and the form did not say how the balance is read. The field says it (an assumption, disclosed
where the figure is typed), in both languages."""

from shebao_desktop.gui.i18n import install_language


def test_the_statement_balance_says_how_it_is_read(window):
    tip = window.history.st_balance.toolTip()
    assert "当年利息只从该月算到年末" in tip and "估算略偏低" in tip
    window.set_language("en")
    assert "interest runs from that month to December" in window.history.st_balance.toolTip()
    install_language("zh_CN")
