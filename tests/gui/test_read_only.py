"""A second program window on a profile another process holds: the window says it is read-only
(title and banner), offers to save a copy, and closing with unsaved edits asks."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from shebao_desktop.app import create_app
from shebao_desktop.core.profile import Profile
from shebao_desktop.gui import read_only
from shebao_desktop.storage.profiles import ProfileStore

HOLD = ("import sys\n"
        "from shebao_desktop.storage.profiles import ProfileStore\n"
        "opened = ProfileStore(sys.argv[1]).open(sys.argv[2])\n"
        "print(opened.writable, flush=True)\n"
        "sys.stdin.read()\n")


@pytest.fixture
def held(tmp_path):
    """A profile in the data folder, held open by another process (its lock is live)."""
    root = Path(os.environ["SHEBAO_DATA_DIR"])
    store = ProfileStore(root)
    profile_id = store.create(Profile(name="张三", birth="1980-01", gender="male",
                                      region="beijing",
                                      history=[{"period": "2020", "region": "beijing",
                                                "amount": "9000"}]))
    store.close(profile_id)
    other = subprocess.Popen([sys.executable, "-c", HOLD, str(root), profile_id],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert other.stdout.readline().strip() == "True"  # the other process holds it now
    yield root, profile_id
    other.stdin.close()
    other.wait()


def _names(root: Path) -> dict[str, str]:
    return {p.stem: json.loads(p.read_text("utf-8"))["name"] for p in root.glob("*.json")}


def _answer(monkeypatch, text: str) -> list[str]:
    asked = []

    def pick(box: QMessageBox):
        asked.append(box.text())
        return next(b for b in box.buttons() if b.text() == text)
    monkeypatch.setattr(read_only, "choose", pick)
    return asked


def _window(qtbot):
    _app, window = create_app(["shebao-desktop"])
    qtbot.addWidget(window)
    window.show()
    return window


def test_read_only_window_says_so_and_keeps_the_file(held, qtbot, monkeypatch):
    root, profile_id = held
    before = (root / f"{profile_id}.json").read_bytes()
    window = _window(qtbot)
    assert window.profiles.current_id == profile_id
    assert window.read_only
    assert "只读" in window.windowTitle()
    assert window.banner.isVisible()
    assert "另一个程序窗口" in window.banner.text.text()
    window.session.update("edit", None, name="改过")
    window.session.save_now()
    assert (root / f"{profile_id}.json").read_bytes() == before
    asked: list[str] = []
    monkeypatch.setattr(read_only, "choose",
                        lambda box: (asked.append(box.text()),
                                     box.button(QMessageBox.StandardButton.Cancel))[1])
    assert window.close() is False  # cancelled: the window stays, the edits too
    assert asked and "只读" in asked[0]
    assert window.session.profile.name == "改过"


def test_closing_with_edits_can_save_a_copy(held, qtbot, monkeypatch):
    root, profile_id = held
    window = _window(qtbot)
    window.session.update("edit", None, name="改过")
    asked = _answer(monkeypatch, "另存为副本")
    assert window.close() is True
    assert len(asked) == 1
    names = _names(root)
    assert names[profile_id] == "张三"  # the held file is untouched
    assert "改过（副本）" in names.values()


def test_closing_with_edits_can_discard_them(held, qtbot, monkeypatch):
    root, profile_id = held
    window = _window(qtbot)
    window.session.update("edit", None, name="改过")
    _answer(monkeypatch, "放弃修改")
    assert window.close() is True
    assert _names(root) == {profile_id: "张三"}


def test_closing_without_edits_does_not_ask(held, qtbot, monkeypatch):
    root, profile_id = held
    window = _window(qtbot)
    asked = _answer(monkeypatch, "放弃修改")
    assert window.close() is True
    assert asked == []


def test_save_as_copy_continues_in_a_writable_profile(held, qtbot):
    root, profile_id = held
    window = _window(qtbot)
    window.session.update("edit", None, name="我的修改")
    window.banner.button.click()
    assert not window.read_only
    assert not window.banner.isVisible()
    assert "只读" not in window.windowTitle()
    assert window.profiles.current_id != profile_id
    window.session.update("edit", None, name="再改")
    window.session.save_now()
    assert _names(root)[window.profiles.current_id] == "再改"
    assert _names(root)[profile_id] == "张三"


def test_a_profile_nobody_else_holds_has_no_banner(qtbot):
    window = _window(qtbot)
    assert not window.read_only
    assert not window.banner.isVisible()
    assert "只读" not in window.windowTitle()
