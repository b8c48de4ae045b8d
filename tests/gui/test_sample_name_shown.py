"""Trial 6/7 leftover: the first-start example is stored with its name in the language of that
start, so after a switch to English the profile list and the window title still read
"示例：北京企业职工（可直接修改）". The window shows that name in its own language; the stored
name (and the estimate kept for those inputs) stay as they are, so nothing reads as changed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from shebao_desktop.gui.i18n import install_language
from shebao_desktop.gui.profiles_panel import ProfilesPanel
from shebao_desktop.gui.sample import SAMPLE_NAMES, shown_name


def test_the_example_is_named_in_the_windows_language(qtbot):
    zh, en = SAMPLE_NAMES
    panel = ProfilesPanel()
    qtbot.addWidget(panel)
    install_language("en")
    try:
        # the English name written in the code is the translation's own
        assert QCoreApplication.translate("sample", zh) == en
        panel.show_profiles([("a", zh), ("b", "张伟")], "a")
        assert [panel.list.item(n).text() for n in range(2)] == [en, "张伟"]
        assert panel.current_id() == "a"
    finally:
        install_language("zh")
    panel.show_profiles([("a", en)], "a")
    assert panel.list.item(0).text() == zh
    assert shown_name("示例：北京企业职工") == "示例：北京企业职工"  # another name: as it is


def test_the_title_says_it_too(window):
    from shebao_desktop.gui.sample import sample_profile
    profile = sample_profile(window.session.as_of)
    window.session.load(profile.model_copy(update={"name": SAMPLE_NAMES[0]}), None)
    window.set_language("en")
    try:
        assert window.windowTitle().endswith("— " + SAMPLE_NAMES[1])
        assert window.session.profile.name == SAMPLE_NAMES[0]  # stored as it was
    finally:
        window.set_language("zh")


def test_the_name_field_says_it_and_leaving_it_changes_nothing(window):
    """Trial 11: in English the 姓名/档案名 field still read 示例：北京企业职工… under an English
    title; leaving the field untouched writes nothing (no English name stored, no undo step)."""
    from shebao_desktop.gui.sample import sample_profile
    window.session.load(sample_profile(window.session.as_of).model_copy(
        update={"name": SAMPLE_NAMES[0]}), None)
    window.set_language("en")
    try:
        form = window.person  # the rebuilt form
        assert form.name.text() == SAMPLE_NAMES[1]
        steps = window.session.undo_stack.count()
        form.name.editingFinished.emit()
        assert window.session.profile.name == SAMPLE_NAMES[0]
        assert window.session.undo_stack.count() == steps
        form.name.setText("Me")
        form.name.editingFinished.emit()
        assert window.session.profile.name == "Me"
    finally:
        window.set_language("zh")
