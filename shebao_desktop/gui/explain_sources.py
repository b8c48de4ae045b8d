"""The source of a parameter the pension used, as 计算过程 and the PDF cite it under a factor:
the entry of the retiring region (not another region a history row was paid in), its document
or the estimate's method (explain_pension.py)."""

from __future__ import annotations

import re
from typing import Optional

from PySide6.QtCore import QCoreApplication

from ..core.policy.loader import default_policy_data
from ..core.result import Estimate, ParameterUsed
from ..presentation.formats import escape
from ..presentation.methods import Method, english_note, method_text
from .i18n import catalogue_language
from .labels import english

translate = QCoreApplication.translate
_SMALL = "font-size:small; color:#555555;"
#: after a title the data marks as a description of the document, not read in the original:
#: the mark once in each cell, the words once in the table's legend (explain.parameters_table_html)
DESCRIBED_MARK = "†"
_DESCRIBED = re.compile(r"[，；,;]?\s*标题为描述，原文未读")


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
    parts = [titled(title)]
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


def described(title: Optional[str]) -> tuple[str, bool]:
    """The data's title without its note "标题为描述，原文未读" (in brackets alone, or after other
    words in them), and whether it had it."""
    text = title or ""
    if not _DESCRIBED.search(text):
        return text, False
    text = _DESCRIBED.sub("", text).replace("（）", "").replace("()", "")
    return text.strip(), True


def titled(title: Optional[str]) -> str:
    """A title as HTML, marked † where it is a description (see DESCRIBED_MARK)."""
    text, mark = described(title)
    return escape(text) + (DESCRIBED_MARK if mark else "")


def breakable(text: str) -> str:
    """Escape, and let long URLs wrap after '/' (a zero-width space) so tables are not clipped."""
    return escape(text).replace("/", "/\u200b").replace("&amp;", "&amp;\u200b")


def source_cell(run: list[ParameterUsed], ditto: bool) -> str:
    first = run[0]
    if first.status == "override":
        return translate("explain", "您在本档案中填写的数值")
    if first.status == "estimated":
        if ditto:
            return f'<span style="{_SMALL}">' + translate("explain", "推算方法同上") + '</span>'
        text = escape(method_text(first.method, catalogue_language()))
        if any(p.method != first.method for p in run):
            text += translate("explain", "（以上为首项；其余各项方法相同，数字不同）")
        # the data's own note: said so; in English (no translation yet) said so too
        label = translate("explain", "推算方法（数据附注，英文原文）：") \
            if english_note(first.method, catalogue_language()) else \
            translate("explain", "推算方法（数据附注）：") if isinstance(first.method, str) \
            else translate("explain", "推算方法：")
        return f'<span style="{_SMALL}">{label}{text}</span>'
    if ditto:
        return f'<span style="{_SMALL}">' + translate("explain", "来源同上") + '</span>'
    parts = [titled(first.title)]
    if first.number and first.number not in (first.title or ""):
        parts.append(escape(first.number))
    if first.confidence:
        parts.append(f"[{escape(first.confidence)}]")
    cell = " ".join(p for p in parts if p)
    if first.url:
        cell += (f'<br/><a href="{escape(first.url)}" style="{_SMALL}">'
                 f'{breakable(first.url)}</a>')
    return cell
