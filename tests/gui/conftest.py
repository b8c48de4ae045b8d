"""The real window, as create_app makes it, shown offscreen once its first estimate is in."""

import pytest

from shebao_desktop.app import create_app
from shebao_desktop.gui.i18n import install_language


@pytest.fixture
def window(qtbot):
    _app, window = create_app(["shebao-desktop"])
    qtbot.addWidget(window)
    window.complete()  # the content now (else after the first paint): the wait is for the estimate
    window.show()
    qtbot.waitUntil(lambda: window.session.estimate is not None)
    yield window
    window.close()
    install_language("zh_CN")
