"""The real window, as create_app makes it, shown offscreen once its first estimate is in."""

import pytest

from shebao_desktop.core.yearmonth import YearMonth
from shebao_desktop.gui.i18n import install_language

from .window_helpers import start_window

SAMPLE_AS_OF = YearMonth(2026, 11)


@pytest.fixture
def window(qtbot):
    window = start_window(qtbot)
    yield window
    window.close()
    install_language("zh_CN")


@pytest.fixture
def sample_widget(qtbot):
    """``sample_widget(cls)``: ``cls(session)`` on a recomputed session of the sample profile as
    of 2026-11, owned by qtbot (a panel tested alone, without the window)."""
    from shebao_desktop.gui.sample import sample_profile
    from shebao_desktop.gui.session import Session

    def make(cls):
        session = Session(sample_profile(SAMPLE_AS_OF), as_of=SAMPLE_AS_OF)
        session.recompute()
        widget = cls(session)
        qtbot.addWidget(widget)
        return widget
    return make


@pytest.fixture
def language(qapp, request):
    """The window's language for a test (``request.param``, parametrised indirectly; zh_CN by
    default), put back to zh_CN after it."""
    install_language(getattr(request, "param", "zh_CN"))
    yield getattr(request, "param", "zh_CN")
    install_language("zh_CN")


@pytest.fixture
def quick_panel(qtbot):
    """``quick_panel(profile, as_of=2026-11)``: the 快速估算 panel, opened, on a recomputed
    session of ``profile`` (tested alone, without the window)."""
    from shebao_desktop.gui.session import Session
    from shebao_desktop.gui.simple_mode import SimpleMode

    def make(profile, as_of: YearMonth = SAMPLE_AS_OF):
        session = Session(profile, as_of=as_of)
        session.recompute()
        simple = SimpleMode(session)
        qtbot.addWidget(simple)
        simple.toggle.setChecked(True)
        return simple
    return make
