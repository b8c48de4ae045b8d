"""The Qt application: ``create_app(argv)`` builds it without entering the event loop."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from typing import Optional, Sequence

log = logging.getLogger(__name__)


def settings_path() -> Path:
    """UI state (geometry, last profile, language) lives in one INI file: SHEBAO_CONFIG_DIR if
    set (tests), else the platform's config folder. User data never goes there."""
    import platformdirs

    folder = os.environ.get("SHEBAO_CONFIG_DIR") or platformdirs.user_config_path("shebao-desktop")
    return Path(folder) / "settings.ini"


def _private(path: Path) -> Path:
    """``path`` made 0600 before QSettings writes it (which keeps the mode); a folder that
    cannot be written is left to QSettings, which then keeps the settings in memory."""
    from .storage.paths import ensure_private_file
    from .storage.errors import StorageError
    try:
        return ensure_private_file(path)
    except StorageError as exc:
        log.warning("settings file: %s", exc)
        return path


#: ``shebao-desktop --exit-after-first-result``: open the window, exit once the first estimate
#: is painted (code 0; 1 if it could not be computed), print nothing. Benchmarks time it.
EXIT_AFTER_FIRST_RESULT = "--exit-after-first-result"
#: with that flag only: a file to which the painted pension figure is written (tests)
FIRST_RESULT_FILE_ENV = "SHEBAO_FIRST_RESULT_FILE"


def _data_dir_arg(argv: Sequence[str]) -> Optional[str]:
    for n, arg in enumerate(argv):
        if arg == "--data-dir" and n + 1 < len(argv):
            return argv[n + 1]
        if arg.startswith("--data-dir="):
            return arg.split("=", 1)[1]
    return None


class DataDirError(Exception):
    """The data folder cannot be used: ``reason`` is NOT_A_FOLDER, CANNOT_CREATE,
    NOT_READABLE or NOT_WRITABLE (presentation.messages.DATA_DIR_REASONS)."""

    def __init__(self, path: str, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path, self.reason = path, reason


def open_data_dir(cli_value: Optional[str]) -> Path:
    """The data folder (``--data-dir``, ``SHEBAO_DATA_DIR`` or the default), created if
    missing and checked: it must be a folder we can list and write in. Raises DataDirError."""
    import tempfile

    from .storage.errors import StorageError
    from .storage.paths import data_dir

    try:
        folder = data_dir(cli_value)
    except StorageError as exc:
        where = str(exc.path or cli_value or "")
        raise DataDirError(where, "NOT_A_FOLDER" if exc.code == "EXISTS" else "CANNOT_CREATE") \
            from exc
    try:
        os.listdir(folder)
    except OSError as exc:
        raise DataDirError(str(folder), "NOT_READABLE") from exc
    try:
        handle, probe = tempfile.mkstemp(prefix=".write-check-", dir=folder)
        os.close(handle)
        os.unlink(probe)
    except OSError as exc:
        raise DataDirError(str(folder), "NOT_WRITABLE") from exc
    return folder


def skip_feature_source_scan() -> None:
    """PySide6 reads the source of every module imported after it (``shibokensupport.feature.
    _mod_uses_pyside``: ``inspect.getsource``, kept in ``linecache``) to learn whether it may
    say ``from __feature__ import``. This program never does, and the core, the storage and the
    panels are imported after the first paint: some 200 modules, ~60–110 ms and ~9 MiB of
    cached source lines. Every module is taken as a Qt user instead (feature set 0, the
    default), which is what the scan concludes for the window's own modules anyway. A PySide6
    without that function is left alone."""
    feature = sys.modules.get("shibokensupport.feature")
    if feature is not None and callable(getattr(feature, "_mod_uses_pyside", None)):
        feature._mod_uses_pyside = _uses_pyside


def _uses_pyside(_module) -> bool:
    return True


def create_app(argv: Optional[Sequence[str]] = None):
    """Build the application and the main window (not shown, no event loop). The window is its
    frame until its first paint; then ``_load`` imports the rest, opens the last profile and
    computes (or at once, when a part of the content is asked for first: tests, scripts).
    Raises DataDirError before any window when the data folder cannot be used."""
    from .qt_singletons import make_immortal
    make_immortal()  # PySide6 6.12's leak of references on Python 3.11 (qt_singletons.py)
    from PySide6.QtCore import QSettings
    skip_feature_source_scan()  # before any of our modules is imported after PySide6
    import linecache
    linecache.clearcache()  # the source lines PySide6 read of what was imported before it
    from PySide6.QtWidgets import QApplication

    from .gui.i18n import default_language, install_language
    from .gui.main_window import MainWindow

    argv = list(argv or sys.argv[:1])
    app = QApplication.instance() or QApplication(argv)
    from .gui.collector import collect_on_gui_thread
    collect_on_gui_thread(app)  # never in a worker thread: a deadlock (gui/collector.py)
    app.setApplicationName("shebao-desktop")
    app.setOrganizationName("shebao-desktop")
    app.setDesktopFileName("org.shebaodesktop.ShebaoDesktop")  # matches packaging/linux
    from .gui.icon import window_icon
    app.setWindowIcon(window_icon())  # PNGs: no QtSvg at start (gui/icon.py)
    settings = QSettings(str(_private(settings_path())), QSettings.Format.IniFormat)
    language = install_language(str(settings.value("language", default_language())))
    folder = open_data_dir(_data_dir_arg(argv))
    window = MainWindow(None, None, settings, language,
                        loader=lambda window: _load(window, folder),
                        find_kept=lambda: _find_kept(folder, settings))
    #: run once the content is built (the first estimate not computed yet): run_gui's hooks
    window.after_load = []
    return app, window


def _find_kept(folder: Path, settings):
    """The estimate kept at the last close for the last profile as its file is now, or None
    (gui/kept_estimate.py): read before the profile, the storage and the core are imported."""
    from datetime import date

    from .gui.kept_estimate import early
    today = date.today()
    return early(folder, settings.value("profiles/last"), f"{today.year:04d}-{today.month:02d}")


def _load(window, folder: Path) -> None:
    """The window's content: the session, the last profile (or the example) and the panels."""
    from .gui.profiles_controller import ProfilesController
    from .gui.sample import sample_profile
    from .gui.session import Session, this_month
    from .storage.profiles import ProfileStore

    session = Session(sample_profile(this_month()))
    profiles = ProfilesController(ProfileStore(folder), session, window.settings)
    problems = profiles.start()
    window.attach(session, profiles)
    session.setParent(window)  # they live and die with the window
    profiles.setParent(window)
    for message in problems:
        window.statusBar().showMessage(message, 15000)
    window.startup_problems = problems
    for hook in window.after_load:
        hook()


def _refuse_data_dir(exc: DataDirError) -> int:
    """A data folder that cannot be used: one line on stderr and a dialog, exit code 2."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from .gui.i18n import catalogue_language
    from .presentation.messages import Msg, render

    text = render(Msg.DATA_DIR_UNUSABLE, {"path": exc.path, "reason": exc.reason},
                  catalogue_language())
    print(f"shebao-desktop: {text}", file=sys.stderr)
    QMessageBox.critical(None, QCoreApplication.translate("MainWindow", "无法打开数据文件夹"), text)
    return 2


def _error_words(value: BaseException) -> str:
    """An error of the core or the storage layer in the catalogue's words; anything else by
    its kind only (its English text goes to the log)."""
    from .core.errors import ProfileError
    from .gui.i18n import catalogue_language
    from .presentation.messages import error_text
    from .storage.errors import StorageError
    if isinstance(value, (ProfileError, StorageError)) or callable(getattr(value, "errors", None)):
        return error_text(value, catalogue_language())
    return type(value).__name__


def install_error_dialog(window) -> None:
    """An unexpected error shows a dialog (and goes to the log), never a traceback; the
    profile stays in memory and is saved as usual."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    translate = QCoreApplication.translate

    def hook(kind, value, tb) -> None:
        log.error("unexpected error", exc_info=(kind, value, tb))
        QMessageBox.critical(window, translate("MainWindow", "出错了"), translate(
            "MainWindow", "程序遇到意外错误：{0}\n\n您的数据仍在，已自动保存。").format(
                _error_words(value)))
        try:
            window.session.save_now()
        except Exception:  # noqa: BLE001 - already reporting an error
            log.exception("save after error failed")

    sys.excepthook = hook


def run_gui(argv: Sequence[str]) -> int:
    early = _hold_terminate()
    try:
        app, window = create_app([sys.argv[0], *argv])
    except ImportError as exc:  # Qt libraries missing on this system
        print(f"shebao-desktop: cannot start the window: {exc}", file=sys.stderr)
        return 1
    except DataDirError as exc:
        _hold_terminate(keep=False)  # nothing to save: a SIGTERM ends the dialog and the program
        return _refuse_data_dir(exc)
    window.after_load.append(lambda: _warn_unreadable(window))
    install_error_dialog(window)
    _close_on_terminate(app, window, early)
    if EXIT_AFTER_FIRST_RESULT in argv:
        _exit_after_first_result(app, window)
    window.show()
    return app.exec()


def _warn_unreadable(window) -> None:
    """Profiles that could not be read at start-up: one dialog, once the window is built."""
    if not window.startup_problems:
        return
    from PySide6.QtCore import QCoreApplication, QTimer
    from PySide6.QtWidgets import QMessageBox
    translate = QCoreApplication.translate
    QTimer.singleShot(0, lambda: QMessageBox.warning(
        window, translate("MainWindow", "部分档案无法读取"), "\n".join(window.startup_problems)))


def _exit_after_first_result(app, window) -> None:
    """Once the first result (an estimate, kept or computed, or why there is none) is on the
    screen, close the window the normal way and leave: right after the paint of the pension
    card that shows it (``window.first_result_hooks``)."""
    from PySide6.QtCore import qInstallMessageHandler

    # prints nothing: Qt's own warnings (the offscreen platform has some) go to the log
    qInstallMessageHandler(lambda _kind, _context, text: log.debug("Qt: %s", text))

    def finish() -> None:
        target = os.environ.get(FIRST_RESULT_FILE_ENV)
        if target:
            Path(target).write_text(window.first_result_widget().text() + "\n", encoding="utf-8")
        code = 0 if window.first_result_is_estimate() else 1
        window.terminate()  # closed as by the user: the profile saved (if it was opened)
        window.settings.sync()
        import atexit
        atexit._run_exitfuncs()  # locks released, logs flushed, as at a normal exit
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)  # but without the interpreter's teardown of the widgets (~0.5 s)

    window.first_result_hooks.append(finish)


def _hold_terminate(keep: bool = True) -> list:
    """A SIGTERM while the window is still being built (its profile already locked) is kept,
    and closes the window the normal way as soon as it exists, instead of killing the process
    with the lock left behind. ``keep=False`` gives SIGTERM its default action back."""
    import signal

    received: list = []
    if hasattr(signal, "SIGTERM"):
        signal.signal(signal.SIGTERM, (lambda *_: received.append(True)) if keep
                      else signal.SIG_DFL)
    return received


def _close_on_terminate(app, window, early: Sequence = ()) -> None:
    """SIGTERM (logout, ``kill``) closes the window the normal way, so the profile is saved."""
    import signal

    from PySide6.QtCore import QTimer

    if not hasattr(signal, "SIGTERM"):
        return
    signal.signal(signal.SIGTERM, lambda *_: QTimer.singleShot(0, window.terminate))
    if early:  # asked to stop while starting: stop as soon as the event loop runs
        QTimer.singleShot(0, window.terminate)
    ticker = QTimer(app)  # lets Python run its signal handlers while Qt's loop waits
    ticker.start(300)
    ticker.timeout.connect(lambda: None)
