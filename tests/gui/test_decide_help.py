"""The glossary (F1, tooltips) and the first-run tour (issue 11)."""

from PySide6.QtCore import QSettings, Qt

from shebao_desktop.gui.glossary import TERMS, GlossaryDialog, term_tip
from shebao_desktop.gui.tour import SEEN_KEY, TourBar, tour_seen

WORDS = ("缴费基数", "缴费指数", "计发基数", "计发月数", "视同缴费年限", "过渡性养老金", "记账利率",
         "统筹", "弹性退休")


def test_every_word_the_issue_names_has_a_definition_and_a_numbered_source():
    assert [term.name() for term in TERMS] == list(WORDS)
    for term in TERMS:
        title, number = term.source
        assert title and "〔" in number and number.endswith("号")
        assert len(term.definition()) > 30
        tip = term_tip(term.key)
        assert term.definition() in tip and number in tip


def test_the_divisor_definition_quotes_the_2005_table():
    """计发月数表 of 国发〔2005〕38号: 139 months at 60, 170 at 55, 195 at 50."""
    tip = term_tip("divisor")
    assert "国发〔2005〕38号" in tip
    assert all(n in tip for n in ("139", "170", "195"))


def test_f1_opens_the_glossary_with_the_first_term(window, qtbot):
    action = next(a for a in window.findChildren(type(window.today_action))
                  if a.shortcut().toString() == "F1")
    action.trigger()
    dialog = window.glossary
    assert isinstance(dialog, GlossaryDialog) and dialog.isVisible()
    assert "缴费基数" in dialog.text.toPlainText() and "国办发〔2019〕13号" in dialog.text.toPlainText()
    dialog.terms.setCurrentRow(8)
    assert "人社部发〔2024〕94号" in dialog.text.toPlainText()
    dialog.close()


def test_the_glossary_speaks_english_after_a_switch(window, qtbot):
    window.set_language("en")
    window.show_glossary()
    text = window.glossary.text.toPlainText()
    assert "Contribution base" in text and "国办发〔2019〕13号" in text
    window.glossary.close()


def test_the_tour_shows_once_and_help_brings_it_back(window, qtbot):
    assert window.tour.isVisible() and "1" in window.tour.text.text()
    qtbot.mouseClick(window.tour.next, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.tour.next, Qt.MouseButton.LeftButton)
    assert window.tour.step == 2 and not window.tour.next.isVisible()
    qtbot.mouseClick(window.tour.done, Qt.MouseButton.LeftButton)
    assert not window.tour.isVisible() and tour_seen(window.settings)
    window._build()  # rebuilt (a language switch): stays hidden once seen
    assert window.tour.isHidden()
    window.show_tour()
    assert not window.tour.isHidden() and window.tour.step == 0


def test_a_tour_seen_in_an_earlier_run_is_not_shown(tmp_path, qtbot):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    assert not tour_seen(settings)
    bar = TourBar(settings)
    qtbot.addWidget(bar)
    bar.finish()
    settings.sync()
    again = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    assert again.value(SEEN_KEY) in (True, "true")
    assert tour_seen(again)


def test_the_fields_that_name_a_term_explain_it_on_hover(window):
    from PySide6.QtWidgets import QLabel
    # (a title showing an estimated figure ends in ※: the quick estimate's, trial 7)
    labels = {label.text().removesuffix(" ※"): label.toolTip() for label in window.findChildren(QLabel)}
    assert "视同缴费年限" in labels
    assert labels["视同缴费年限"] == term_tip("deemed_years") and "国发〔1997〕26号" in labels["视同缴费年限"]
    # the quick estimate's: its own month first, not 计算过程's Ī at retirement (trial 13)
    assert labels["平均缴费指数"].endswith("\n" + term_tip("contribution_index"))
    assert labels["平均缴费指数"].startswith("截至“记录单截至年月”的平均缴费指数")


def test_tips_go_to_the_labels_buttons_and_group_titles_naming_a_term(qtbot):
    """``attach_tooltips`` asks Qt for labels, buttons and group boxes only (a Python wrapper
    is made for each, not for every widget under the root): each naming a term (a field's
    name, not a sentence) gets the term's tip unless it has its own; nothing else changes."""
    from PySide6.QtWidgets import (QCheckBox, QGroupBox, QLabel, QLineEdit, QVBoxLayout,
                                   QWidget)

    from shebao_desktop.gui.glossary import attach_tooltips

    root = QWidget()
    qtbot.addWidget(root)
    group = QGroupBox("计发月数", root)
    inner = QVBoxLayout(group)
    base = QLabel("缴费基数（元）", group)
    deemed = QCheckBox("有视同缴费年限", group)
    own = QLabel("记账利率", group)
    own.setToolTip("自己的说明")
    sentence = QLabel("缴费基数是按月计算养老保险费的工资数额，一般为本人上年度月平均工资，"
                      "低于下限的按下限计", group)
    plain = QLabel("姓名", group)
    field = QLineEdit("缴费基数", group)
    for widget in (base, deemed, own, sentence, plain, field):
        inner.addWidget(widget)
    assert attach_tooltips(root) == 3
    assert (group.toolTip(), base.toolTip(), deemed.toolTip()) == (
        term_tip("divisor"), term_tip("contribution_base"), term_tip("deemed_years"))
    assert (own.toolTip(), sentence.toolTip(), plain.toolTip(), field.toolTip()) == (
        "自己的说明", "", "", "")
