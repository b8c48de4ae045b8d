"""New-user trial 7, finding 8, in English: the 过渡性养老金 hint read "this region counts the
Years before personal account" (the form field's title, capitalised, put into a sentence), and
the quick estimate's line named a "Personal" page while the tab is "Personal details"."""

from __future__ import annotations

from shebao_desktop.core.estimate import estimate
from shebao_desktop.core.profile import Profile
from shebao_desktop.core.yearmonth import YearMonth
from shebao_desktop.gui.i18n import install_language
from shebao_desktop.gui.session import Session
from shebao_desktop.gui.simple_mode import SimpleMode
from shebao_desktop.gui.transitional_box import years_hint


def _beijing() -> Profile:  # 北京 counts the years before its personal account (1992-10)
    return Profile.model_validate({
        "birth": "1966-05", "gender": "male", "region": "beijing", "work_start": "1985-07",
        "history": [{"period": str(y), "region": "beijing", "amount": "6000"}
                    for y in range(1993, 2026)]})


def test_the_words_in_english(qtbot):
    install_language("en")
    try:
        pension = estimate(_beijing(), as_of=YearMonth(2026, 11)).pension
        assert pension.transitional_years_rule == "pre_account_years"
        hint = years_hint(pension)
        assert "(this region counts the years before the personal account)" in hint, hint
        session = Session(_beijing(), as_of=YearMonth(2026, 11))
        session.recompute()
        simple = SimpleMode(session)
        qtbot.addWidget(simple)
        simple._person_line()
        assert simple.person.text().startswith('From the "Personal details" page:')
        # the tab is called so
        from PySide6.QtCore import QCoreApplication
        assert QCoreApplication.translate("MainWindow", "个人信息") == "Personal details"
    finally:
        install_language("zh")
