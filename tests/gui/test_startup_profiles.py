"""Start-up and file names through the real app (issue 9, items 9 and 14): one profile whose
region the policy data lacks never stops a start; settings.ini is private; the save dialogs
suggest a file inside the folder they open, whatever the profile is called."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog

from shebao_desktop.app import create_app, settings_path

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "profile-beijing.json"


def put(folder: Path, stem: str, **changes) -> Path:
    raw = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    raw.update(name=stem, **changes)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{stem}.json"
    path.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    return path


def start(qtbot, data: Path):
    app, window = create_app(["shebao-desktop", "--data-dir", str(data)])
    qtbot.addWidget(window)
    return window


def test_a_profile_with_an_unknown_region_does_not_stop_the_start(qtbot, tmp_path):
    data = tmp_path / "profiles"
    bad = put(data, "bad", region="atlantis")
    put(data, "good")
    before = bad.read_bytes()
    settings = QSettings(str(settings_path()), QSettings.Format.IniFormat)
    settings.setValue("profiles/last", "bad")  # the bad one was open last time
    settings.sync()
    window = start(qtbot, data)
    assert window.profiles.current_id == "good"
    assert window.session.profile.name == "good"
    assert [window.profiles_panel.list.item(n).text() for n in range(window.profiles_panel.list.count())] \
        == ["good"]
    [message] = window.startup_problems  # listed as unreadable, in the user's language
    assert "bad.json" in message and "atlantis" in message
    assert "Traceback" not in message and "KeyError" not in message
    assert bad.read_bytes() == before
    window.close()


def test_only_a_bad_profile_still_starts_with_a_new_one(qtbot, tmp_path):
    data = tmp_path / "profiles"
    put(data, "bad", region="atlantis")
    window = start(qtbot, data)
    assert window.profiles.current_id not in (None, "bad")
    assert window.session.profile.region != "atlantis"
    assert len(window.startup_problems) == 1
    window.close()


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_settings_file_is_private(qtbot, tmp_path):
    window = start(qtbot, tmp_path / "profiles")
    window.settings.sync()
    path = settings_path()
    assert path.is_file()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    window.close()


HOSTILE_NAMES = ["../x", "../../etc/passwd", "/tmp/abs", "a/b", "CON", "nul", "COM1", "LPT1",
                 "name. . ", "C:evil", "..", "张三\\..\\李四"]


@pytest.mark.parametrize("name", HOSTILE_NAMES)
def test_save_dialogs_suggest_a_file_inside_their_folder(qtbot, tmp_path, monkeypatch, name):
    window = start(qtbot, tmp_path / "profiles")
    window.session.update("name", None, name=name)
    qtbot.waitUntil(lambda: window.session.estimate is not None)
    asked = []

    def fake_dialog(parent, title, suggested, filters, *rest, **kwargs):
        asked.append(suggested)
        return "", ""

    from shebao_desktop.gui.exchange_dialogs import start_folder
    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake_dialog)
    window.data_actions.export_profile()
    window.export_pdf()
    assert len(asked) == 2
    for suggested in asked:
        path = Path(suggested)
        assert path.parent == start_folder(window.settings), suggested  # last used, else Documents
        assert path.name.split(".")[0].upper() not in ("CON", "NUL", "COM1", "LPT1")
        assert not path.name.endswith((" ", ".")) and ".." not in path.parts
    window.close()


def test_import_names_the_unknown_region_in_the_users_language(qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox
    window = start(qtbot, tmp_path / "profiles")
    before = window.profiles_panel.list.count()
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a, **k: shown.append(text))
    assert window.data_actions.import_profile(put(tmp_path / "in", "stranger", region="atlantis")) is None
    [message] = shown
    assert "stranger.json" in message and "atlantis" in message and "地区" in message
    assert window.profiles_panel.list.count() == before  # nothing was added
    window.close()


def test_a_read_error_at_start_is_reported_and_the_file_kept(qtbot, tmp_path, monkeypatch):
    import errno

    from shebao_desktop.storage import reading
    data = tmp_path / "profiles"
    busy = put(data, "busy")
    put(data, "other")
    content = busy.read_bytes()
    original, tries = Path.read_bytes, []

    def read_bytes(path):
        if path.name == "busy.json":
            tries.append(path)
            raise OSError(errno.EIO, "Input/output error")
        return original(path)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    monkeypatch.setattr(reading, "_pause", lambda attempt: None)
    window = start(qtbot, data)
    assert window.profiles.current_id == "other"
    [message] = window.startup_problems
    assert "busy.json" in message and "暂时无法读取" in message
    # each listing of the folder tries READ_ATTEMPTS times, then reports (once)
    assert tries and len(tries) % reading.READ_ATTEMPTS == 0
    monkeypatch.undo()
    assert busy.read_bytes() == content
    assert sorted(p.name for p in data.glob("*.json")) == ["busy.json", "other.json"]
    window.close()


def test_a_profile_imported_twice_gets_a_number_as_a_copy_does(qtbot, tmp_path):
    """Trial 5: importing the export of 李芳（广东） listed two 李芳（广东）, nothing to tell them apart."""
    window = start(qtbot, tmp_path / "profiles")
    path = put(tmp_path / "in", "李芳（广东）")
    first = window.data_actions.import_profile(path)
    second = window.data_actions.import_profile(path)
    store = window.profiles.store
    assert store.load(first).name == "李芳（广东）"
    assert store.load(second).name == "李芳（广东） (2)"
    window.close()
