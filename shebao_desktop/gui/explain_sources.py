"""The source of a parameter the pension used, as 计算过程 and the PDF cite it under a factor:
the entry of the retiring region (not another region a history row was paid in), its document
or the estimate's method (explain_pension.py)."""

from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QCoreApplication

from ..core.policy.loader import default_policy_data
from ..core.result import Estimate, ParameterUsed
from ..presentation.formats import escape
from ..presentation.methods import Method, english_note, method_text
from .i18n import catalogue_language
from .labels import english

translate = QCoreApplication.translate


def used(estimate: Estimate, name: str) -> Optional[ParameterUsed]:
    """The value of ``name`` in force at retirement (the latest one the estimate used) in the
    retiring region or one above it: rows in another region used that region's entry too (广东's
    account start for 广州 rows), which is not the one the pension's figure comes from."""
    found = [p for p in estimate.parameters if p.name == name
             and p.effective_from <= estimate.pension.retirement_month]
    local = [p for p in found if p.region in _chain(estimate.pension.region)]
    return max(local or found, key=lambda p: p.effective_from) if found else None


def _chain(region: str) -> list[str]:
    try:
        return default_policy_data().chain(region)
    except KeyError:
        return [region]


def source_text(status: str, confidence: Optional[str], title: Optional[str],
                number: Optional[str], url: Optional[str], method: Method) -> str:
    """One source as HTML: document title and number (and link), or the estimate's method."""
    if status == "override":
        return translate("explain_pension", "您在本档案中填写的数值")
    if status == "estimated":
        text = escape(method_text(method, catalogue_language()))
        if english_note(method, catalogue_language()):  # a note not translated: said so
            return translate("explain_pension", "估计（数据附注，英文原文）：{method}").format(method=text)
        if isinstance(method, str):  # the data's own note
            return translate("explain_pension", "估计（数据附注）：{method}").format(method=text)
        return translate("explain_pension", "估计：{method}").format(method=text)
    label = translate("explain_pension", "第三方来源") if confidence == "T" \
        else translate("explain_pension", "已公布")
    parts = [escape(title or "")]
    if number and number not in (title or ""):
        parts.append(escape(number))
    text = f"{label}{colon()}" + " ".join(p for p in parts if p)
    if url:
        text += f' <a href="{escape(url)}">{escape(url)}</a>'
    return text


def param_source(estimate: Estimate, name: str) -> str:
    p = used(estimate, name)
    if p is None:
        return ""
    return source_text(p.status, p.confidence, p.title, p.number, p.url, p.method)


def colon() -> str:
    """The colon after a label: full-width in Chinese, ": " in English."""
    return ": " if english() else "："
