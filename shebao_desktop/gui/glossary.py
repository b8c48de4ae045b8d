"""术语表 (F1): the words the estimate uses, each with the document its definition comes from.

``TERMS`` holds, per term, its definition (translated in the window's language) and its source
(the document's title and number, as published). ``term_tip(key)`` is the tooltip text;
``GlossaryDialog`` lists them all.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Optional

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHBoxLayout, QListWidget,
                               QListWidgetItem, QTextBrowser, QVBoxLayout, QWidget)

from ..presentation.formats import escape

translate = QCoreApplication.translate

SOURCE_2005 = ("国务院关于完善企业职工基本养老保险制度的决定", "国发〔2005〕38号")
SOURCE_1997 = ("国务院关于建立统一的企业职工基本养老保险制度的决定", "国发〔1997〕26号")
SOURCE_2019 = ("国务院办公厅关于印发降低社会保险费率综合方案的通知", "国办发〔2019〕13号")
SOURCE_2017 = ("人力资源社会保障部 财政部关于印发统一和规范职工养老保险个人账户记账利率办法的通知",
               "人社部发〔2017〕31号")
SOURCE_2024 = ("人力资源社会保障部关于印发《实施弹性退休制度暂行办法》的通知", "人社部发〔2024〕94号")


@dataclass(frozen=True)
class Term:
    key: str
    name: Callable[[], str]
    definition: Callable[[], str]
    source: tuple[str, str]  # (title, document number)


def _t(text: str) -> Callable[[], str]:
    """``text`` (marked for lupdate by QT_TRANSLATE_NOOP) translated when shown."""
    return lambda: translate("glossary", text)


# The definitions paraphrase the cited documents; the names are the documents' own words.
# (QT_TRANSLATE_NOOP marks each text for lupdate; it is translated when shown.)
TERMS: tuple[Term, ...] = (
    Term("contribution_base", _t(QT_TRANSLATE_NOOP("glossary", "缴费基数")),
         _t(QT_TRANSLATE_NOOP("glossary", "按月计算养老保险费的工资数额：一般为本人上年度月平均工资，低于当地全口径城镇单位就业人员平均工资60%的按60%、高于300%的按300%计；灵活就业人员在60%至300%之间自选。")),  # noqa: E501
         SOURCE_2019),
    Term("contribution_index", _t(QT_TRANSLATE_NOOP("glossary", "缴费指数")),
         _t(QT_TRANSLATE_NOOP("glossary", "某年的缴费基数除以当地同年的社会平均工资。退休时各年缴费指数的平均值（平均缴费指数）决定“本人指数化月平均缴费工资”，从而决定基础养老金。")),  # noqa: E501
         SOURCE_2005),
    Term("pension_base", _t(QT_TRANSLATE_NOOP("glossary", "计发基数")),
         _t(QT_TRANSLATE_NOOP("glossary", "计算基础养老金和过渡性养老金所用的当地上年度在岗职工月平均工资（现多为全口径城镇单位就业人员月平均工资），由省级人社部门每年公布。")),  # noqa: E501
         SOURCE_2005),
    Term("divisor", _t(QT_TRANSLATE_NOOP("glossary", "计发月数")),
         _t(QT_TRANSLATE_NOOP("glossary", "个人账户养老金＝退休时个人账户储存额÷计发月数。计发月数按退休年龄查表（60岁为139个月、55岁为170个月、50岁为195个月），与城镇人口平均寿命等因素挂钩。")),  # noqa: E501
         SOURCE_2005),
    Term("deemed_years", _t(QT_TRANSLATE_NOOP("glossary", "视同缴费年限")),
         _t(QT_TRANSLATE_NOOP("glossary", "实行个人缴费制度前，按国家规定计算的连续工龄，视为已缴费的年限，与实际缴费年限合并计算。")),  # noqa: E501
         SOURCE_1997),
    Term("transitional", _t(QT_TRANSLATE_NOOP("glossary", "过渡性养老金")),
         _t(QT_TRANSLATE_NOOP("glossary", "“中人”（制度实施前参加工作、实施后退休）在基础养老金和个人账户养老金之外加发的部分，补偿没有个人账户的视同缴费年限；计算办法由各省规定。")),  # noqa: E501
         SOURCE_2005),
    Term("credited_rate", _t(QT_TRANSLATE_NOOP("glossary", "记账利率")),
         _t(QT_TRANSLATE_NOOP("glossary", "每年为个人账户记入利息所用的利率，由人力资源社会保障部、财政部每年公布，不低于银行定期存款利率。")),  # noqa: E501
         SOURCE_2017),
    Term("pooling", _t(QT_TRANSLATE_NOOP("glossary", "统筹")),
         _t(QT_TRANSLATE_NOOP("glossary", "社会统筹：单位缴纳的养老保险费进入统筹基金，不进入个人账户，用于支付基础养老金等；与个人账户一起构成“社会统筹与个人账户相结合”的制度。")),  # noqa: E501
         SOURCE_1997),
    Term("elective", _t(QT_TRANSLATE_NOOP("glossary", "弹性退休")),
         _t(QT_TRANSLATE_NOOP("glossary", "达到最低缴费年限的职工，可自愿选择在法定退休年龄前最多提前3年退休（不早于原法定退休年龄），或经与单位协商一致推迟最多3年退休。")),  # noqa: E501
         SOURCE_2024),
)

BY_KEY = {term.key: term for term in TERMS}


def term_tip(key: str) -> str:
    """Tooltip text: the definition and its source."""
    term = BY_KEY[key]
    title, number = term.source
    return translate("glossary", "{0}：{1}\n来源：《{2}》（{3}）").format(
        term.name(), term.definition(), title, number)


def term_html(term: Term) -> str:
    title, number = term.source
    return (f"<h3>{escape(term.name())}</h3><p>{escape(term.definition())}</p>"
            "<p style='color: palette(mid)'>" + escape(translate("glossary", "来源：《{0}》（{1}）").format(
                title, number)) + "</p>")


class GlossaryDialog(QDialog):
    def __init__(self, parent: Optional[QWidget] = None, key: Optional[str] = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("术语表"))
        self.resize(720, 440)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.terms = QListWidget(self)
        for term in TERMS:
            item = QListWidgetItem(term.name(), self.terms)
            item.setData(Qt.ItemDataRole.UserRole, term.key)
        self.terms.setMaximumWidth(180)
        self.text = QTextBrowser(self)
        row.addWidget(self.terms)
        row.addWidget(self.text, 1)
        layout.addLayout(row, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.terms.currentRowChanged.connect(lambda n: self.text.setHtml(term_html(TERMS[n])))
        keys = [term.key for term in TERMS]
        self.terms.setCurrentRow(keys.index(key) if key in keys else 0)


def show_glossary(parent: Optional[QWidget], key: Optional[str] = None) -> GlossaryDialog:
    dialog = GlossaryDialog(parent, key)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


def attach_tooltips(root: QWidget) -> int:
    """Give every label, check box and group title under ``root`` that names a glossary term and
    has no tooltip of its own the term's definition and source ("help where the words are").
    Returns how many were given one."""
    from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel
    names = [(term.name(), term.key) for term in TERMS]
    given = 0
    # the three kinds asked for by type: a Python wrapper is made (and kept while the widget
    # lives) only for them, not for all ~370 widgets of the window
    widgets = [*root.findChildren(QLabel), *root.findChildren(QAbstractButton),
               *root.findChildren(QGroupBox)]
    for widget in widgets:
        text = widget.title() if isinstance(widget, QGroupBox) else widget.text()
        if not text or widget.toolTip() or len(text) > 40:  # a sentence, not a field's name
            continue
        key = next((key for name, key in names if name in text), None)
        if key is not None:
            widget.setToolTip(term_tip(key))
            given += 1
    return given
