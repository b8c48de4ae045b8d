"""Languages: Simplified Chinese source strings, English from a compiled Qt translation."""

from __future__ import annotations

from importlib import resources
from typing import Optional

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

LANGUAGES = ("zh_CN", "en")
_installed: list[QTranslator] = []


def default_language() -> str:
    """The system's language when it is English, else Simplified Chinese."""
    return "en" if QLocale.system().language() == QLocale.Language.English else "zh_CN"


def qm_path(language: str) -> Optional[str]:
    path = resources.files("shebao_desktop").joinpath("resources", "i18n", f"shebao_{language}.qm")
    return str(path) if path.is_file() else None


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
    if language == "en":
        path = qm_path("en")
        translator = QTranslator(app)
        if path and translator.load(path):
            app.installTranslator(translator)
            _installed.append(translator)
    return language
