"""Wording of the core's notice and error codes (translated; the core only gives codes)."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Mapping

from PySide6.QtCore import QCoreApplication

from ..core.result import Notice
from .explain import format_value, parameter_label, region_label

translate = QCoreApplication.translate

#: parameters holding yuan amounts, shown with thousands separators and 2 decimals
_MONEY_PARAMS = ("floor", "ceiling", "amount", "wanted", "taken")


def _templates() -> dict[str, str]:
    return {
        # notices of an estimate
        "BASE_RAISED_TO_FLOOR": translate(
            "notices", "{year}年工资低于缴费基数下限，按下限 {floor} 元缴费"),
        "BASE_CAPPED_AT_CEILING": translate(
            "notices", "{year}年工资高于缴费基数上限，按上限 {ceiling} 元缴费"),
        "GAP_IN_HISTORY": translate("notices", "{from} 至 {to} 没有缴费记录（断缴）"),
        "STATEMENT_USED": translate("notices", "{as_of} 及以前按权益记录单的数字计算"),
        "BELOW_MINIMUM_YEARS": translate(
            "notices", "累计缴费年限不足：需满 {required} 年，还差 {shortfall_months} 个月，"
                       "不能按月领取基本养老金（可延长缴费或一次性补足）"),
        "EARLY_RETIREMENT_NEEDS_MINIMUM_YEARS": translate(
            "notices", "弹性提前退休须先满足最低缴费年限"),
        "USES_ESTIMATED_VALUES": translate(
            "notices", "{count} 项参数使用了估计值（标 ※），见参数列表"),
        "OVERRIDE_USED": translate("notices", "使用了您自定义的参数：{label} = {value}"),
        "HOUSING_FUND_WITHDRAWN_AT_RETIREMENT": translate(
            "notices", "退休时提取住房公积金余额 {amount} 元"),
        "WITHDRAWAL_LIMITED_TO_BALANCE": translate(
            "notices", "{month} 提取额 {wanted} 元超过余额，只能提取 {taken} 元"),
        "NO_FUTURE_WAGE": translate("notices", "没有可用于预测未来缴费的工资：未来不计缴费"),
        "FUTURE_WAGE_FROM_STATEMENT_INDEX": translate(
            "notices", "未来缴费按权益记录单的平均缴费指数 {index} 推算"),
        # errors of bad input (ProfileError codes)
        "UNKNOWN_REGION": translate("notices", "没有地区“{region}”的政策数据"),
        "REGION_DATA_INCOMPLETE": translate(
            "notices", "地区“{region}”缺少社会平均工资或计发基数数据，无法估算"),
        "RETIREMENT_OUTSIDE_WINDOW": translate(
            "notices", "所选退休时间不在可选范围 {earliest} 至 {latest} 内"),
        "NO_POLICY_DATA": translate("notices", "{month} {region} 没有政策数据"),
    }


def _display_params(code: str, params: Mapping[str, str]) -> dict[str, str]:
    out = dict(params)
    for key in _MONEY_PARAMS:
        if key in out:
            try:
                out[key] = f"{Decimal(out[key]):,.2f}"
            except InvalidOperation:
                pass
    if code == "USES_ESTIMATED_VALUES":
        names = [n for n in params.get("names", "").split(",") if n]
        out["count"] = str(len(names))
        out["labels"] = translate("notices", "、").join(parameter_label(n) for n in names)
    if code == "OVERRIDE_USED":
        name = params.get("name", "")
        out["label"] = parameter_label(name)
        out["value"] = override_value_text(name, params.get("value", ""))
    if "region" in out:
        out["region"] = region_label(out["region"])
    return out


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
    """The sentence for a notice or error ``code``; the code itself when it is unknown or a
    placeholder is missing (never an exception: a wording gap must not hide a result)."""
    template = _templates().get(code)
    if template is None:
        return code
    try:
        return template.format(**_display_params(code, params or {}))
    except (KeyError, IndexError, ValueError):
        return code


def notice_text(notice: Notice) -> str:
    return code_text(notice.code, notice.params)
