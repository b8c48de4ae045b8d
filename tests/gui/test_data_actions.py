"""Issue 4 in the window: import a history with a preview, export results without formula
injection, restore a backup, and a failed save that keeps the data and offers another place."""

import csv
from decimal import Decimal

from shebao_desktop.app import create_app
from shebao_desktop.storage.errors import DISK_FULL, StorageError


def _window(qtbot):
    app, window = create_app(["shebao-desktop"])
    qtbot.addWidget(window)
    window.complete()  # the content now: the wait is for the estimate alone
    qtbot.waitUntil(lambda: window.session.estimate is not None)
    return window


def test_import_history_from_a_provincial_csv(qtbot, tmp_path):
    window = _window(qtbot)
    born = window.session.profile.birth.year
    path = tmp_path / "jiaofei.csv"
    path.write_text("费款所属期,缴费基数,个人缴纳\n"
                    f"{born + 20}01,6000,480\n{born + 20}02,6000,480\n{born + 20}13,6000,480\n"
                    f"{born + 20}03,abc,480\n", encoding="utf-8")
    count = window.data_actions.import_history(path, ask=False)
    assert count == 2
    periods = {r.period for r in window.session.profile.history}
    assert {f"{born + 20}-01", f"{born + 20}-02"} <= periods
    window.session.undo_stack.undo()  # the import is one undo step
    assert f"{born + 20}-01" not in {r.period for r in window.session.profile.history}


def test_export_years_neutralises_formulas(qtbot, tmp_path):
    window = _window(qtbot)
    window.session.update("name", None, name="=HYPERLINK(\"x\")")
    qtbot.waitUntil(lambda: window.session.estimate is not None)
    assert window.data_actions.export_years(tmp_path / "years.csv")
    rows = list(csv.reader((tmp_path / "years.csv").open(encoding="utf-8-sig")))
    assert rows[0][0] == "年份"
    assert len(rows) == len(window.session.estimate.years) + 1
    assert all(not cell.startswith(("=", "+", "@")) for row in rows for cell in row)


def test_restore_a_backup_from_the_window(qtbot):
    window = _window(qtbot)
    window.session.update("rename", None, name="第一次修改")
    window.session.save_now()
    window.session.update("rename", None, name="第二次修改")
    window.session.save_now()
    backups = window.profiles.backups()
    assert len(backups) >= 2
    names = [window.profiles.store.load_backup(window.profiles.current_id, b.id).name
             for b in backups]
    target = backups[names.index("第一次修改")]
    assert window.data_actions.restore_backup(target.id)
    assert window.session.profile.name == "第一次修改"


def test_failed_save_keeps_the_data_and_offers_to_save_elsewhere(qtbot, monkeypatch, tmp_path):
    window = _window(qtbot)
    offered = []
    monkeypatch.setattr(window.data_actions, "save_failed", lambda message: offered.append(message))
    window.session.save_failed.disconnect()
    window.session.save_failed.connect(window.data_actions.save_failed)

    def full(*_args, **_kwargs):
        raise StorageError(DISK_FULL, None, "no space left")

    monkeypatch.setattr(window.profiles.store, "save", full)
    window.session.update("edit", None, deemed_years="2.5")
    window.session.save_now()
    assert offered and ("磁盘已满" in offered[0] or "disk" in offered[0].lower())
    assert window.session.profile.deemed_years == Decimal("2.5")  # still in memory
    monkeypatch.undo()
    assert window.data_actions.export_profile(tmp_path / "elsewhere.json")
    assert "2.5" in (tmp_path / "elsewhere.json").read_text(encoding="utf-8")


def test_switching_profiles_never_writes_one_into_the_others_file(qtbot):
    """Found by a trial run: opening another profile used to save the old one under the new id."""
    window = _window(qtbot)
    store = window.profiles.store
    first = window.profiles.current_id
    window.session.update("rename", None, name="甲")
    window.session.save_now()
    window.new_profile()
    second = window.profiles.current_id
    window.session.update("rename", None, name="乙")
    window.session.save_now()
    assert store.load(first).name == "甲" and store.load(second).name == "乙"
    window.profiles.open(first)
    assert store.load(first).name == "甲" and store.load(second).name == "乙"
    assert window.session.profile.name == "甲"
    window.session.update("rename", None, name="甲2")
    window.profiles.open(second)  # switching saves the edit into the right file
    assert store.load(first).name == "甲2" and store.load(second).name == "乙"
    window.profiles.delete(second)
    assert window.profiles.current_id == first and store.load(first).name == "甲2"
    window.session.update("rename", None, name="甲3")
    window.session.save_now()
    backup = next(b for b in window.profiles.backups()
                  if store.load_backup(first, b.id).name == "甲2")
    assert window.data_actions.restore_backup(backup.id)
    assert store.load(first).name == "甲2" and window.session.profile.name == "甲2"
