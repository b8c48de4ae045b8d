"""Trial 2 (new user): a new, empty profile opened after another still showed the other one's
monthly contributions above the empty 五险一金 table ("2026-12 的月缴费（缴费基数 7,529.00 元）：个人
2,108.12 元…"). With no estimate nothing of the last one stays."""

from PySide6.QtWidgets import QApplication

from shebao_desktop.core.profile import Profile


def test_an_empty_profile_shows_no_earlier_monthly_contributions(window):
    results = window.results
    assert results.breakdown_title.text().startswith("2026-")  # the sample's figures
    empty = Profile.model_validate({"name": "空", "birth": "1990-05", "gender": "male",
                                    "category": "worker", "region": "beijing"})
    window.session.load(empty, None)
    window.session.recompute()
    QApplication.processEvents()
    assert window.session.estimate is None
    assert results.breakdown_title.text() == ""
    assert results.breakdown_model.rowCount() == 0
