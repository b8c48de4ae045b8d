"""Issue 9, item 12: a history import reads off the GUI thread with a progress dialog; the
window handles events meanwhile (counted), and Cancel stops the import and changes nothing.
Item 6/15 in the window: the preview counts other insurances apart and states the 补差
assumption; exports are written in the user's words."""

from __future__ import annotations

import threading
from decimal import Decimal

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QPushButton, QWidget

from shebao_desktop.core.yearmonth import YearMonth
from shebao_desktop.gui.data_actions import DataActions
from shebao_desktop.gui.exchange_dialogs import ImportPreviewDialog
from shebao_desktop.gui.sample import sample_profile
from shebao_desktop.gui.session import Session
from shebao_desktop.storage import exchange
from shebao_desktop.storage.history_import import import_history

AS_OF = YearMonth(2026, 11)


@pytest.fixture
def actions(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    session = Session(sample_profile(AS_OF), as_of=AS_OF)
    return DataActions(window, session, profiles=None)


@pytest.fixture
def big_csv(tmp_path):
    born = 2026 - 35
    lines = "".join(f"{born + 20 + n // 12}{n % 12 + 1:02d},8000\n" for n in range(1800))
    path = tmp_path / "big.csv"
    path.write_text("费款所属期,缴费基数\n" + lines, encoding="utf-8")
    return path


class Gate:
    """Holds the import at its first progress report until the GUI thread has handled an
    event, which proves the window is not blocked (counted, not timed)."""

    def __init__(self, monkeypatch):
        self.reached = threading.Event()
        self.release = threading.Event()
        self.worker_threads: set[int] = set()
        self.reports = 0

        def gated(path, *, region, progress):
            def observe(rows: int) -> None:
                self.worker_threads.add(threading.get_ident())
                self.reports += 1
                self.reached.set()
                self.release.wait(60)  # a guard against a hang, never a timing assert
                progress(rows)
            return import_history(path, region=region, progress=observe)

        # the Data menu imports storage.exchange when an action is first used (issue 10)
        monkeypatch.setattr(exchange, "import_history", gated)


def test_cancel_stops_the_import_while_the_window_handles_events(actions, big_csv, monkeypatch):
    gate = Gate(monkeypatch)
    before = actions.session.profile
    ticks = {"while_importing": 0}
    runs = []

    def tick():
        if gate.reached.is_set() and not gate.release.is_set():
            ticks["while_importing"] += 1  # the GUI thread runs while the import waits
            runs[0].dialog.findChild(QPushButton).click()  # the dialog's Cancel button
            gate.release.set()

    timer = QTimer(interval=0)
    timer.timeout.connect(tick)
    timer.start()
    actions.import_started.connect(runs.append)
    count = actions.import_history(big_csv, ask=False)
    timer.stop()
    assert count == 0
    assert ticks["while_importing"] == 1
    assert gate.worker_threads and threading.get_ident() not in gate.worker_threads
    assert gate.reports == 1  # the first report after Cancel ended it
    assert actions.session.profile == before


def test_a_background_import_that_runs_to_the_end(actions, big_csv, monkeypatch):
    gate = Gate(monkeypatch)
    gate.release.set()
    count = actions.import_history(big_csv, ask=False)
    assert count == 1800 and gate.reports >= 3
    assert threading.get_ident() not in gate.worker_threads
    assert sum(1 for r in actions.session.profile.history if r.period.startswith("2011-")) == 12


def test_a_failed_read_is_reported_not_raised(actions, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(actions, "_fail", shown.append)
    (tmp_path / "x.xlsx").write_bytes(b"not a zip")
    assert actions.import_history(tmp_path / "x.xlsx", ask=False) == 0
    assert shown and shown[0].code == "INVALID"


def test_preview_counts_other_insurances_apart_and_states_the_adjustment_rule(qtbot, tmp_path):
    path = tmp_path / "export.csv"
    path.write_text("险种,费款所属期,缴费基数,缴费类型\n110,202401,8000,正常应缴\n310,202401,8000,正常应缴\n"
                    "110,202401,200,补差\n110,202413,8000,正常应缴\n", encoding="utf-8")
    dialog = ImportPreviewDialog(import_history(path, region="beijing"))
    qtbot.addWidget(dialog)
    text = dialog.summary.text()
    assert "可导入 1 行" in text and "拒绝 1 行" in text
    assert "其他险种" in text and "1 行" in text.split("其他险种")[1]
    assert "补差 1 行" in text and "差额" in text
    assert dialog.rejected.rowCount() == 1
    assert dialog.accepted.item(0, 2).text() == "1"  # months
    assert dialog.accepted.item(0, 3).text() == "8,200.00" and dialog.accepted.item(0, 4).text() == "+200.00"


def test_exports_write_the_users_words(actions, tmp_path):
    actions.session.recompute()
    actions.export_template(tmp_path / "t.csv")
    text = (tmp_path / "t.csv").read_bytes().decode("utf-8-sig")
    assert text.splitlines()[0].startswith("期间,") and "北京市" in text and "beijing" not in text
    assert actions.export_years(tmp_path / "y.csv")
    years = (tmp_path / "y.csv").read_bytes().decode("utf-8-sig")
    assert "北京市" in years and "working" not in years and "True" not in years


def test_the_template_is_the_header_and_one_example_row_not_the_history(actions, tmp_path):
    """Trial (tmpl.csv): 导出缴费记录模板 wrote the profile's whole history."""
    from shebao_desktop.core.queries import average_wage
    from shebao_desktop.core.yearmonth import YearMonth
    session = actions.session
    assert len(session.profile.history) > 1
    actions.export_template(tmp_path / "t.csv")
    lines = (tmp_path / "t.csv").read_bytes().decode("utf-8-sig").splitlines()
    year = session.as_of.year - 1
    wage = average_wage(session.profile.region, YearMonth(year, 1)).quantize(Decimal(1))
    assert lines[0] == "期间,月工资,缴费月数,金额类型,地区,身份"
    assert len(lines) == 2 and lines[1].startswith(f"{year},{wage},") and "北京市" in lines[1]


def test_exports_in_the_english_ui_use_english_words(actions, tmp_path):
    from shebao_desktop.gui.i18n import install_language
    from shebao_desktop.storage.history_import import import_history as read_back
    install_language("en")
    try:
        actions.export_template(tmp_path / "t.csv")
        actions.session.recompute()
        assert actions.export_years(tmp_path / "y.csv")
    finally:
        install_language("zh_CN")
    text = (tmp_path / "t.csv").read_bytes().decode("utf-8-sig")
    assert text.splitlines()[0] == "period,wage,months,kind,region,employment"
    assert "Beijing" in text and "Wage" in text and "北京" not in text
    # the template's one example row reads back (in the profile's region, as it is written)
    back = read_back(tmp_path / "t.csv", region="shanghai").rows
    assert len(back) == 1 and back[0].region == actions.session.profile.region
    years = (tmp_path / "y.csv").read_bytes().decode("utf-8-sig")
    assert "Beijing" in years and "Contributing" in years and "缴费" not in years
