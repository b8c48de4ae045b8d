"""The window's side of the message catalogue (``presentation.messages``): the language in
effect, and the parameter labels the explanation page uses."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Mapping, Optional

from ..core.result import Estimate, Notice
from ..presentation import messages
from .explain import format_value, parameter_label
from .i18n import catalogue_language


def override_value_text(name: str, value: object) -> str:
    """An override's value as the parameter table shows it (numbers arrive as text)."""
    if isinstance(value, str) and value in ("True", "False"):
        return format_value(name, value == "True")
    try:
        value = Decimal(str(value)) if not isinstance(value, bool) else value
    except InvalidOperation:
        pass
    return format_value(name, value)


def code_text(code: str, params: Mapping[str, str] | None = None) -> str:
    """The sentence for a notice or error ``code`` in the window's language; the code itself
    when it is unknown or a placeholder is missing (a wording gap never hides a result)."""
    return messages.render(code, params, catalogue_language(),
                           parameter_label=parameter_label, value_text=override_value_text)


def notice_text(notice: Notice, estimate: Optional[Estimate] = None,
                today_money: bool = False) -> str:
    """A notice; with ``today_money`` its amounts in today's money (by ``estimate``'s years)."""
    return messages.render_notice(notice, catalogue_language(), estimate=estimate,
                                  today_money=today_money, parameter_label=parameter_label,
                                  value_text=override_value_text)


def error_text(exc: BaseException) -> str:
    """A core or storage error in the window's language (never its English ``str()``)."""
    return messages.error_text(exc, catalogue_language())
