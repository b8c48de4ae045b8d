"""The program's window is created by create_app and shows a figure from the core."""

from shebao_desktop.app import create_app


def test_create_app_shows_a_pension(qtbot):
    app, window = create_app(["shebao-desktop"])
    qtbot.addWidget(window)
    window.show()
    assert window.isVisible()
    qtbot.waitUntil(lambda: "session" in window.__dict__)  # built right after the first paint
    qtbot.waitUntil(lambda: window.session.estimate is not None)
    text = window.results.pension_card.value.text()
    assert text.replace(",", "").split()[0] == str(window.session.estimate.pension.total)
