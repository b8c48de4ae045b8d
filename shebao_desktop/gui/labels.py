"""Translated labels for the core's codes (gender, category, employment, phases, regions)."""

from __future__ import annotations

from decimal import Decimal
from typing import Optional

from PySide6.QtCore import QCoreApplication, QLocale

from ..core.policy.loader import default_policy_data
from ..presentation import formats



translate = QCoreApplication.translate



def gender_labels() -> dict[str, str]:
    return {"male": translate("labels", "男"), "female": translate("labels", "女")}


def category_labels() -> dict[str, str]:
    return {"worker": translate("labels", "企业职工（工人岗位）"), "cadre": translate("labels", "企业职工（管理/技术岗位）"),
            "flexible": translate("labels", "灵活就业")}


def employment_labels() -> dict[str, str]:
    return {"employee": translate("labels", "职工"), "flexible": translate("labels", "灵活就业")}


def phase_labels() -> dict[str, str]:
    """The core's phases, and ``not_paid``: a working year with no month paid (a gap, such as
    a year of unemployment), which the core's phase calls working."""
    return {"working": translate("labels", "缴费"), "retired": translate("labels", "退休"), "mixed": translate("labels", "退休当年"),
            "not_paid": translate("labels", "未缴费"), "not_drawing": translate("labels", "未领取")}


def insurance_labels() -> dict[str, str]:
    return {"pension": translate("labels", "养老保险"), "medical": translate("labels", "医疗保险"), "unemployment": translate("labels", "失业保险"),
            "injury": translate("labels", "工伤保险"), "maternity": translate("labels", "生育保险"), "housing_fund": translate("labels", "住房公积金")}


def month_count(n: int) -> str:
    """A number of months in words: "6 个月"; in English "1 month", "6 months" (trial 13: "1 months",
    "month(s)")."""
    return translate("labels", "%n 个月", "a count of months", n)


def not_payable_headline(r) -> str:
    """The first words on a pension not paid (``r``: RetirementInfo): "不能按月领取：缴费年限差
    6 个月才满最低 16.5 年" (the one-page summary's and the printed summary's headline)."""
    return translate("labels", "不能按月领取：缴费年限差 {0}才满最低 {1} 年").format(
        month_count(r.shortfall_months), formats.number(r.minimum_years))


def paid_until(r) -> str:
    """The minimum met by the months to come: until when they must be paid (not "缴到退休才满足"
    of a man who reaches it 19 years before retiring: new-user trial 14). ``r``: RetirementInfo,
    or a comparison column (its ``minimum_reached_month``)."""
    month = r.minimum_reached_month
    return translate("labels", "缴到 {0} 满足").format(month) if month is not None else \
        translate("labels", "缴到退休才满足")


def english() -> bool:
    return QLocale().language() == QLocale.Language.English


def region_name(slug: Optional[str]) -> str:
    if not slug:
        return ""
    index = default_policy_data().regions.get(slug)
    if index is None:
        return slug
    return index.name_en if english() else index.name_zh


def age_text(age: object) -> str:
    """An ``Age`` in the window's language: 63岁 / 63 y; 60岁3个月 / 60 y 3 m (presentation.formats),
    its spaces unbreakable: a wrapped line does not leave "m" alone on the next (trial 12)."""
    return formats.age(age, "en" if english() else "zh").replace(" ", "\u00a0")


#: the one money and percent formatters (presentation.formats), shared with the CLI and the PDF
money = formats.money
percent = formats.percent


#: a value that cannot be read: the history table's wrong cell and a refused field (pink
#: ground, dark red text)
WRONG_PAPER, WRONG_INK = "#ffcdcd", "#780000"


def error_color() -> str:
    """A red that reads on the light and on the dark palette."""
    from PySide6.QtGui import QGuiApplication, QPalette
    window = QGuiApplication.palette().color(QPalette.ColorRole.Window)
    return "#ff7b7b" if window.lightness() < 128 else "#b00020"
