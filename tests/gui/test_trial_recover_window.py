"""The new-user trial in the window: 赵敏's ``profile-6.json`` cut in half, then a restart. The
start names her (the file cannot say it: her newest good backup does), offers to restore that
backup with its time, and keeps the damaged file aside; declined, 数据 → 从备份恢复 still reaches
her backups (and a deleted profile's) though she is no longer in the list."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QInputDialog, QMessageBox

from shebao_desktop.app import create_app, settings_path
from shebao_desktop.gui.exchange_dialogs import BackupsDialog
from shebao_desktop.gui.i18n import install_language
from shebao_desktop.gui.storage_text import backup_time
from shebao_desktop.storage import ProfileStore
from shebao_desktop.storage.profiles import CORRUPT_MARK

from ..storage.conftest import sample_profile


@pytest.fixture
def data(tmp_path):
    """The data folder the app uses (conftest: SHEBAO_DATA_DIR): 赵敏 saved three times (two
    backups, the newest with amount 8002), then her file cut in half; 钱六 intact (one backup)."""
    root = tmp_path / "data"
    with ProfileStore(root) as store:
        for n in (1, 2, 3):
            store.save("profile-6", sample_profile("赵敏", amount=str(8000 + n)))
        store.save("other", sample_profile("钱六", amount="7000"))
        store.save("other", sample_profile("钱六"))  # one backup
    path = root / "profile-6.json"
    content = path.read_bytes()
    path.write_bytes(content[: len(content) // 2])
    return root


def answering(text: str, boxes: list):
    """A QMessageBox.exec that clicks the button with ``text``; each box's texts go to ``boxes``."""
    def exec_(box):
        boxes.append((box.text(), box.informativeText()))
        [button] = [b for b in box.buttons() if b.text() == text]
        button.click()
        return 0
    return exec_


def start(qtbot):
    _app, window = create_app(["shebao-desktop"])
    qtbot.addWidget(window)
    window.complete()
    window.show()
    qtbot.waitUntil(lambda: window.session.estimate is not None)
    return window


def listed(window):
    panel = window.profiles_panel.list
    return [panel.item(n).text() for n in range(panel.count())]


def corrupt_copies(root):
    return {name: (root / name).read_bytes() for name in os.listdir(root) if CORRUPT_MARK in name}


def test_the_start_names_her_and_restores_her_newest_good_backup(qtbot, data, monkeypatch):
    boxes = []
    monkeypatch.setattr(QMessageBox, "exec", answering("恢复备份", boxes))
    window = start(qtbot)
    qtbot.waitUntil(lambda: window.profiles.current_id == "profile-6")
    [(text, question)] = boxes
    newest = ProfileStore(data).backups("profile-6")[0]
    assert "赵敏" in text and "profile-6.json" in text and "corrupt" in text
    assert backup_time(newest) in question and "恢复" in question  # her newest good backup
    assert window.startup_problems == []  # said once, in the offer, not again in a list
    assert window.session.profile.name == "赵敏"
    assert window.session.profile.history[0].amount == 8002
    assert sorted(listed(window)) == sorted(["赵敏", "钱六"])
    [(_name, damaged)] = corrupt_copies(data).items()  # kept aside as it was
    assert damaged.startswith(b"{") and len(damaged) < (data / "profile-6.json").stat().st_size
    window.close()


def test_declined_her_backups_are_reached_from_the_data_menu(qtbot, data, monkeypatch):
    monkeypatch.setattr(QMessageBox, "exec", answering("暂不恢复", []))
    window = start(qtbot)
    qtbot.waitUntil(lambda: not window.profiles.offers)
    assert window.profiles.current_id == "other" and listed(window) == ["钱六"]
    assert not (data / "profile-6.json").exists()  # nothing written without her choice
    aside = corrupt_copies(data)
    offered = []

    def choose(parent, title, label, items, current, editable):
        offered.extend(items)
        return next(item for item in items if "赵敏" in item), True

    monkeypatch.setattr(QInputDialog, "getItem", choose)
    shown = []
    monkeypatch.setattr(BackupsDialog, "exec", lambda dialog: shown.append(
        dialog.list.count()) or BackupsDialog.DialogCode.Accepted)
    assert window.data_actions.restore_backup()
    assert len(offered) == 2 and "钱六" in offered[0] and "当前档案" in offered[0]
    assert "已损坏" in offered[1] and "profile-6.json" in offered[1]
    assert shown == [2]  # her two backups, the newest chosen
    assert window.profiles.current_id == "profile-6" and window.session.profile.name == "赵敏"
    assert window.session.profile.history[0].amount == 8002
    assert sorted(listed(window)) == sorted(["赵敏", "钱六"])
    assert corrupt_copies(data) == aside
    window.close()


def test_a_deleted_profile_is_reached_too_and_cancel_changes_nothing(qtbot, data, monkeypatch):
    monkeypatch.setattr(QMessageBox, "exec", answering("暂不恢复", []))
    window = start(qtbot)
    qtbot.waitUntil(lambda: not window.profiles.offers)
    window.profiles.delete("other")  # 钱六 to the trash; the example profile opens
    asked = []
    monkeypatch.setattr(QInputDialog, "getItem", lambda *args: asked.append(args[3]) or ("", False))
    before = sorted(os.listdir(data))
    assert not window.data_actions.restore_backup()  # cancelled: nothing written
    assert sorted(os.listdir(data)) == before
    [items] = asked
    assert any("钱六" in item and "已删除" in item for item in items)
    monkeypatch.setattr(QInputDialog, "getItem", lambda *args: (
        next(item for item in args[3] if "钱六" in item), True))
    monkeypatch.setattr(BackupsDialog, "exec", lambda dialog: BackupsDialog.DialogCode.Accepted)
    assert window.data_actions.restore_backup()
    assert window.session.profile.name == "钱六" and "钱六" in listed(window)
    window.close()


def test_the_offer_speaks_english(qtbot, data, monkeypatch):
    settings = QSettings(str(settings_path()), QSettings.Format.IniFormat)
    settings.setValue("language", "en")  # the app installs the language it keeps
    settings.sync()
    try:
        boxes = []
        monkeypatch.setattr(QMessageBox, "exec", answering("Restore the backup", boxes))
        window = start(qtbot)
        qtbot.waitUntil(lambda: window.profiles.current_id == "profile-6")
        [(text, question)] = boxes
        assert "赵敏" in text and "profile-6.json" in text and "set aside" in text
        assert "backup" in question.lower()
        assert not any("\u4e00" <= ch <= "\u9fff" for ch in (text + question).replace("赵敏", ""))
        window.close()
    finally:
        install_language("zh_CN")


def test_without_a_backup_the_start_still_names_her(qtbot, tmp_path, monkeypatch):
    """Saved once (no backup), then damaged so that only its data is wrong: nothing to offer,
    the start-up list names her (the damaged file still says her name) and the file."""
    import json
    root = tmp_path / "data"
    with ProfileStore(root) as store:
        store.save("profile-6", sample_profile("赵敏"))
    path = root / "profile-6.json"
    raw = json.loads(path.read_text(encoding="utf-8"))
    path.write_text(json.dumps({**raw, "birth": "1985-13"}, ensure_ascii=False), encoding="utf-8")
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", answering("恢复备份", shown))
    window = start(qtbot)
    [message] = window.startup_problems
    assert "赵敏" in message and "profile-6.json" in message and "corrupt" in message
    assert window.profiles.offers == [] and shown == []
    window.close()
