"""The main window: profiles on the left, inputs in the middle, results on the right."""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Optional

from PySide6.QtCore import QByteArray, QEvent, QSettings
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from .. import __version__
from .i18n import current_language, install_language
from .startup import BuiltAfterFirstPaint, fit_screen, frame_menus, inputs_width, loading_text

# Qt only up to here: the window paints its frame first; the content (and with it the core and
# the storage) is imported by ``attach`` after that paint, each part where it is used.
if TYPE_CHECKING:
    from PySide6.QtGui import QImage

    from .session import Session

log = logging.getLogger(__name__)


def _scrolled(page: QWidget, parent: QWidget):
    from PySide6.QtWidgets import QFrame, QScrollArea
    scroller = QScrollArea(parent)
    scroller.setWidgetResizable(True)
    scroller.setFrameShape(QFrame.Shape.NoFrame)
    scroller.setWidget(page)
    return scroller


class MainWindow(BuiltAfterFirstPaint, QMainWindow):
    def __init__(self, session: Optional[Session], profiles, settings: QSettings, language: str,
                 loader: Optional[Callable[["MainWindow"], None]] = None,
                 find_kept: Optional[Callable[[], object]] = None):
        """``profiles``: a ProfilesController (open/new/duplicate/rename/delete/list). Without a
        session it is its frame: ``loader(window)`` calls ``attach`` (see BuiltAfterFirstPaint);
        ``find_kept()`` gives the estimate kept for the last profile (``kept_estimate.early``)
        or None, asked right after the frame's first paint."""
        super().__init__()
        self.settings, self.language = settings, language
        self.setObjectName("MainWindow")
        self._rebuilding = False
        self._built_language = current_language()  # the language of the content built last
        self._shown_once = self._awaiting_paint = False
        self._terminating = False
        self._loader = loader
        self._rest: Optional[Callable[[], None]] = None
        self._staged = False
        self._cards_first = False  # staged with no kept estimate: cards, figures, then panels
        self._find_kept = find_kept
        self.early_cards = None  # the cards showing the kept estimate before the content
        #: run once, right after the first figure (kept or computed) is painted
        self.first_result_hooks: list[Callable[[], None]] = []
        frame_menus(self.menuBar())
        self.setWindowTitle(self.tr("社保养老金估算 {0} — {1}").format(__version__, loading_text()))
        geometry = settings.value("window/geometry")
        if not (isinstance(geometry, QByteArray) and self.restoreGeometry(geometry)):
            self.resize(1360, 860)
        fit_screen(self)
        if session is not None:
            self.attach(session, profiles)

    def attach(self, session: Session, profiles) -> None:
        """The content for ``session``: panels, menus and results in place of the frame."""
        from .data_actions import DataActions
        self.session, self.profiles = session, profiles
        self.data_actions = DataActions(self, session, profiles)
        self._build()
        if self.isVisible():  # built after the first paint: shown now, not on the next event
            self.centralWidget().show()
        session.error_raised.connect(self._show_error)
        session.profile_changed.connect(self._update_title)
        session.undo_stack.cleanChanged.connect(self._update_title)
        from .undo_keys import install  # Ctrl+Z in a field with nothing to undo: the window's
        install(QApplication.instance())

    # -- building (again on a language change) ---------------------------------------------
    def _build(self) -> None:
        """The results column (with the banner and the tour) and then the other columns; at
        start (``_staged``) the others are left to ``_rest``, run once the first estimate is
        painted (issue 10: the figure first). Built again (a language change), the view is kept
        (window_state: the tabs' pages, the charts' scroll, the quick estimate's figures)."""
        from .window_state import kept_view, restore_view
        kept = kept_view(self)  # tabs, scroll, the quick estimate: as they were
        self._built_language = current_language()
        if self._staged and self._cards_first:  # a start with no kept estimate: the cards
            from .startup import show_cards    # alone, their figures computed right after
            show_cards(self)
            self._rest = self._build_all
            return
        self._build_results()
        if self._staged:
            self._rest = self._build_inputs
        else:
            self._build_inputs()
        restore_view(self, kept)

    def _build_all(self) -> None:
        """The results panel (adopting the cards that show the first figures), then the rest."""
        self._build_results()
        self._build_inputs()

    def _tab_widgets(self) -> list[tuple[str, QWidget]]:
        """The results' and the inputs' tab widgets that are built (not building them)."""
        found = [("results", getattr(self.__dict__.get("results"), "tabs", None)),
                 ("inputs", self.__dict__.get("inputs"))]
        return [(name, tabs) for name, tabs in found if tabs is not None]

    def first_result_widget(self) -> QWidget:
        """What shows the first figure: the pension card's value."""
        cards = self.__dict__.get("results") or self.early_cards
        return cards.pension_card.value if cards is not None else self.results.pension_card.value

    def first_result_is_estimate(self) -> bool:
        """Whether the first figure shown is an estimate (not why there is none)."""
        return "session" not in self.__dict__ and self.early_cards is not None \
            or self.session.estimate is not None

    def _build_results(self) -> None:
        """The results column: adopting the cards that show the kept estimate, if any."""
        from .read_only import ReadOnlyBanner
        from .results_panel import ResultsPanel
        from .startup import columns
        cards, self.early_cards = self.early_cards, None
        self.results = ResultsPanel(self.session, self, cards=cards)
        from .window_state import restore_results_page  # its page of the last close, if made
        restore_results_page(self)  # with it: before its first paint (a decision page: later)
        if cards is None:
            columns(self, self.results)
        else:
            self.splitter.replaceWidget(2, self.results).deleteLater()  # the cards' slot
            if self.isVisible():
                self.results.show()
        self.banner = ReadOnlyBanner(self)  # a profile another window holds is read-only here
        self.banner.save_copy_requested.connect(self.save_copy)
        self.banner.show_for(self.read_only)
        self.column.insertWidget(0, self.banner)
        self._update_title()
        self.statusBar().showMessage(self.tr("就绪：修改任何输入，结果即时更新"), 4000)

    def _build_inputs(self) -> None:
        from .assumptions_panel import AssumptionsPanel
        from .history_panel import HistoryPanel
        from .person_form import PersonForm
        from .profiles_panel import ProfilesPanel
        self.menuBar().clear()
        self.profiles_panel = ProfilesPanel(self)
        self.person = PersonForm(self.session, self)
        self.history = HistoryPanel(self.session, self)
        self.assumptions = AssumptionsPanel(self.session, self)
        from PySide6.QtWidgets import QTabWidget
        self.inputs = QTabWidget(self)
        # each input page scrolls when the screen is small (a 1366×768 laptop) instead of
        # making the window taller than the screen
        self.inputs.addTab(_scrolled(self.person, self), self.tr("个人信息"))
        self.inputs.addTab(_scrolled(self.history, self), self.tr("缴费记录"))
        self.inputs.addTab(_scrolled(self.assumptions, self), self.tr("假设与公积金"))
        from .simple_mode import with_simple_mode  # 快速估算 above the inputs (issue 11)
        middle = with_simple_mode(self.session, self.inputs, self)
        self.simple = middle.simple
        splitter = self.splitter
        for index, widget in enumerate((self.profiles_panel, middle)):
            splitter.replaceWidget(index, widget).deleteLater()  # the loading panes
        if self.isVisible():
            self.profiles_panel.show()
            middle.show()
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 2)
        splitter.setStretchFactor(2, 3)
        pages = max(page.sizeHint().width() for page in (self.person, self.history, self.assumptions))
        # the form's own width (longer in English), then the results
        inputs = inputs_width(self.settings, max(500, pages + 24))
        splitter.setSizes([160, inputs, max(560, 1360 - 160 - inputs)])
        self._build_menus()
        from .glossary import attach_tooltips  # the glossary where its words are (issue 11)
        attach_tooltips(self)
        self.person.name.textEdited.connect(self.profiles_panel.show_typed_name)
        self.profiles_panel.open_requested.connect(self.open_profile)
        self.profiles_panel.new_requested.connect(self.new_profile)
        self.profiles_panel.duplicate_requested.connect(self.profiles.duplicate)
        self.profiles_panel.rename_requested.connect(self.profiles.rename)
        self.profiles_panel.delete_requested.connect(self.profiles.delete)
        self.profiles.changed.connect(self.refresh_profiles)
        self.refresh_profiles()
        from .window_state import restore_tabs  # the tabs of the last close (after the figure)
        restore_tabs(self)
        from .wheel_guard import guard_wheel  # the wheel scrolls the page, not a field in it
        self.wheel_guard = guard_wheel(self)

    def _build_menus(self) -> None:
        from .window_menus import build_menus
        build_menus(self)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        # set_language built the content in the new language already: the change events the
        # translators post afterwards find it so (no second build)
        if event.type() == QEvent.Type.LanguageChange and not self._rebuilding \
                and self._loader is None and self._built_language != current_language():
            self._rebuilding = True
            try:
                self._build()
            finally:
                self._rebuilding = False
        super().changeEvent(event)

    def set_language(self, language: str) -> None:
        if language == self.language:
            return
        self.language = install_language(language)
        self.settings.setValue("language", self.language)
        self._build()

    # -- profiles --------------------------------------------------------------------------
    def refresh_profiles(self) -> None:
        self.profiles_panel.show_profiles(self.profiles.entries(), self.profiles.current_id)
        self.banner.show_for(self.read_only)
        self._update_title()

    @property
    def read_only(self) -> bool:
        """The open profile is held by another program window: edits here are not saved."""
        return bool(getattr(self.profiles, "read_only", False))

    def open_profile(self, profile_id: str) -> None:
        if profile_id != self.profiles.current_id and self._may_leave():
            self.profiles.open(profile_id)

    def save_copy(self) -> bool:
        """Save the current content (edits included) as a new profile and continue in it."""
        profile = self.session.profile
        name = self.tr("{0}（副本）").format(profile.name or self.tr("未命名"))
        return self.profiles.create(profile.model_copy(update={"name": name[:100]})) is not None

    def _may_leave(self) -> bool:
        """Leaving a read-only profile with edits asks first: save a copy, discard, or stay."""
        from .read_only import DISCARD, SAVE_COPY, ask_unsaved
        if not self.read_only or self.session.undo_stack.isClean():
            return True
        if self._terminating:  # asked to stop by the system: keep the edits, ask nobody
            return self.save_copy() or True
        answer = ask_unsaved(self, self.session.profile.name or self.tr("未命名"))
        if answer == SAVE_COPY:
            return self.save_copy()
        return answer == DISCARD

    def new_profile(self) -> None:
        from .sample import blank_profile
        if not self._may_leave():
            return
        blank = blank_profile(self.session.as_of)  # clean: nothing of the last one; numbered
        self.profiles.create(blank.model_copy(update={"name": self.profiles.store.free_name(blank.name)}))
        self.inputs.setCurrentIndex(0)
        self.person.name.setFocus()

    def _update_title(self, *_args) -> None:
        from .sample import shown_name  # the example's name in the window's language
        name = shown_name(self.session.profile.name) or self.tr("未命名")
        if self.read_only:
            name = self.tr("{0}（只读）").format(name)
        self.setWindowTitle(self.tr("社保养老金估算 {0} — {1}").format(__version__, name))

    def _show_error(self, message: str) -> None:
        self.statusBar().showMessage(message, 8000)

    # -- printing ------------------------------------------------------------------------------
    def summary(self) -> tuple[str, dict[str, "QImage"]]:
        from .charts import balances_chart_picture
        from .report import summary_html
        estimate = self.session.estimate
        chart = balances_chart_picture(self.session)  # vectors, drawn into the printer's painter
        html = summary_html(self.session.profile, estimate, chart_png=chart,
                            today_money=self.session.today_money, version=__version__,
                            printed_on=date.today().isoformat())
        from .fan_chart import with_range  # the low-high range under the results (issue 11)
        html = with_range(html, self.results.bands.current(), self.session.today_money, estimate)
        return html, ({"chart.png": chart} if chart else {})

    def _chart_png(self) -> Optional[bytes]:
        from .charts import balances_chart_png
        return balances_chart_png(self.session)

    def _require_estimate(self) -> bool:
        from PySide6.QtWidgets import QMessageBox
        if self.session.estimate is None:
            QMessageBox.warning(self, self.tr("无法打印"), self.tr(
                "还没有缴费信息：请先填写缴费记录或权益记录单。") if self.session.missing else
                self.tr("当前输入无法计算，请先修正标红的内容。"))
            return False
        return True

    def export_pdf(self, path: Optional[str] = None) -> Optional[Path]:
        if not self._require_estimate():
            return None
        from PySide6.QtWidgets import QFileDialog, QMessageBox
        if path is None:
            from ..storage.names import export_path
            from .exchange_dialogs import remember_folder, start_folder
            suggested = str(export_path(start_folder(self.settings), self.session.profile.name, ".pdf",
                                        "shebao"))
            path, _ = QFileDialog.getSaveFileName(self, self.tr("导出PDF"), suggested, "PDF (*.pdf)")
            if not path:
                return None
            remember_folder(self.settings, path)
        from ..storage.errors import StorageError, from_os_error
        from .printing import export_pdf
        from .storage_text import storage_message
        html, images = self.summary()
        try:
            export_pdf(html, path, images=images)
        except OSError as exc:  # worded by the catalogue, never the OS's English strerror
            problem = from_os_error(exc, Path(path))
            if problem.code == "NOT_FOUND":  # a missing folder: the file could not be written
                problem = StorageError("WRITE_FAILED", Path(path), problem.detail)
            QMessageBox.critical(self, self.tr("导出失败"), storage_message(problem))
            return None
        self.confirm_export(Path(path))
        return Path(path)

    def confirm_export(self, path: Path) -> None:
        """A file written: said in a highlighted note in the status bar for a minute, with
        links to open it and its folder (no dialog to click away)."""
        from .export_note import ExportNote
        note = self.__dict__.get("export_note")
        if note is None:
            note = self.export_note = ExportNote(self.statusBar())
            self.session.profile_loaded.connect(note.dismiss)  # it is the last profile's file
        self.statusBar().clearMessage()  # an older message beside it would read as this one's
        note.show_file(path)

    def print_preview(self) -> None:
        if self._require_estimate():
            from .printing import print_preview
            html, images = self.summary()
            print_preview(html, self, images=images)

    def print_summary(self) -> None:
        if self._require_estimate():
            from .printing import print_document
            html, images = self.summary()
            print_document(html, self, images=images)

    def export_one_page(self, path: Optional[str] = None, size: Optional[str] = None):
        from .summary_page import export_one_page
        return export_one_page(self, path, size)

    def quick_history(self):
        from .quick_history import quick_history
        self.quick_dialog = quick_history(self.session, self)
        return self.quick_dialog

    def show_glossary(self) -> None:
        from .glossary import show_glossary
        self.glossary = show_glossary(self)

    def show_tour(self) -> None:
        self.tour.go(0)
        self.tour.show()

    def about(self) -> None:
        from PySide6.QtWidgets import QMessageBox
        QMessageBox.about(self, self.tr("关于"), self.tr(
            "社保养老金估算 {0}\n\n离线估算基本养老保险个人账户与养老金、职工医保个人账户、住房公积金。"
            "所有政策参数均注明出处；估计值以 ※ 标记。\n结果为估算，以社保经办机构核定为准。").format(__version__))

    def closeEvent(self, event) -> None:  # noqa: N802
        self._rest = None  # closed before the inputs were built: they never will be
        self._closing = True  # nor the tabs of the last close put back (window_state)
        if self._loader is not None and self.early_cards is not None:  # only the kept figures
            self.settings.setValue("window/geometry", self.saveGeometry())  # shown: none opened
            super().closeEvent(event)
            return
        self.complete()  # closed while loading: the profile is opened, then saved as usual
        from .session import commit_pending_edit
        commit_pending_edit()  # a value still being typed counts as entered
        if not self._may_leave():
            event.ignore()
            return
        self.session.save_now()
        self.profiles.keep_estimate()  # the estimate shown, for the next start (kept_estimate)
        from .window_state import save_tabs
        save_tabs(self)  # the tabs shown, opened again at the next start
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.profiles.close()
        super().closeEvent(event)

    def terminate(self) -> None:
        """Asked to stop by the system (SIGTERM): close as the user would, saving first (edits
        of a read-only profile are saved as a copy without asking)."""
        self._terminating = True
        self.close()
        from PySide6.QtWidgets import QApplication
        QApplication.instance().quit()


