"""Languages: Simplified Chinese source strings, English from a compiled Qt translation, and
Qt's own texts (the Cancel/OK buttons of its dialogs) from Qt's translations (``qtbase_*.qm``,
shipped in the package beside ours, else taken from the Qt installation)."""

from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from ..resource_files import resource
from .file_dialogs import fit_file_dialogs


LANGUAGES = ("zh_CN", "en")
_installed: list[QTranslator] = []
_current = ["zh_CN"]

#: translation files per language: ours, and Qt's own base translation, with the few texts
#: of Qt's file dialog that Qt's file lacks for this Qt version (resources/i18n/qt_extra_zh_CN.ts)
_FILES = {"en": ("shebao_en",), "zh_CN": ("qtbase_zh_CN", "qt_extra_zh_CN")}


def default_language() -> str:
    """The system's language when it is English, else Simplified Chinese."""
    return "en" if QLocale.system().language() == QLocale.Language.English else "zh_CN"


def qm_path(language: str, stem: Optional[str] = None) -> Optional[str]:
    """Our compiled translation (``shebao_<language>.qm``), or another file of the folder."""
    name = f"{stem or 'shebao_' + language}.qm"
    path = resource("i18n", name)
    return str(path) if path.is_file() else None


def _load(stem: str, app) -> Optional[QTranslator]:
    translator = QTranslator(app)
    shipped = qm_path("", stem)
    if shipped and translator.load(shipped):
        return translator
    if stem.startswith("qt") and translator.load(
            f"{stem}.qm", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        return translator
    return None


def install_language(language: str) -> str:
    """Install ``language`` (``zh_CN`` or ``en``) on the running application; returns the
    language actually in effect."""
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language not in LANGUAGES:
        language = "zh_CN"
    QLocale.setDefault(QLocale(QLocale.Language.English if language == "en"
                               else QLocale.Language.Chinese,
                               QLocale.Country.UnitedStates if language == "en"
                               else QLocale.Country.China))
    for stem in _FILES[language]:
        translator = _load(stem, app)
        if translator is not None:
            app.installTranslator(translator)
            _installed.append(translator)
    _current[0] = language
    if isinstance(app, QApplication):
        fit_file_dialogs(app)  # Qt's own file dialog: a size column wide enough
    return language


def current_language() -> str:
    """The language installed last (``zh_CN`` or ``en``)."""
    return _current[0]


def catalogue_language() -> str:
    """The language for ``presentation.messages`` (``zh`` or ``en``): the default locale's,
    which ``install_language`` sets (as the labels and number formats follow it)."""
    return "en" if QLocale().language() == QLocale.Language.English else "zh"
