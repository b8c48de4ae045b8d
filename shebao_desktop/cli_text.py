"""Plain-text renderings for the command line (Chinese when the locale is Chinese)."""

from __future__ import annotations

from typing import Any

from .core.result import Estimate

NOTICES = {
    "BASE_RAISED_TO_FLOOR": ("{year}年缴费基数低于下限，按下限 {floor} 缴费",
                             "{year}: wage below the floor, base raised to {floor}"),
    "BASE_CAPPED_AT_CEILING": ("{year}年缴费基数高于上限，按上限 {ceiling} 缴费",
                               "{year}: wage above the ceiling, base capped at {ceiling}"),
    "GAP_IN_HISTORY": ("{from} 至 {to} 无缴费记录（断缴）", "no contributions from {from} to {to}"),
    "STATEMENT_USED": ("{as_of} 及以前使用权益记录单数据", "statement figures used up to {as_of}"),
    "BELOW_MINIMUM_YEARS": ("缴费年限不足：需 {required} 年，还差 {shortfall_months} 个月",
                            "below the minimum {required} years: {shortfall_months} months short"),
    "EARLY_RETIREMENT_NEEDS_MINIMUM_YEARS": ("弹性提前退休须先满足最低缴费年限",
                                             "elective early retirement needs the minimum years"),
    "USES_ESTIMATED_VALUES": ("部分参数为估计值（见参数列表）",
                              "some parameters are estimates (see the parameter list)"),
    "OVERRIDE_USED": ("使用了自定义参数 {name} = {value}", "your own value {name} = {value}"),
    "HOUSING_FUND_WITHDRAWN_AT_RETIREMENT": ("退休时提取住房公积金余额 {amount} 元",
                                             "housing fund balance {amount} withdrawn at retirement"),
    "WITHDRAWAL_LIMITED_TO_BALANCE": ("{month} 提取额超过余额，只能提取 {taken} 元",
                                      "{month}: withdrawal limited to the balance {taken}"),
    "NO_FUTURE_WAGE": ("没有工资可用于预测未来缴费", "no wage to project future contributions"),
    "FUTURE_WAGE_FROM_STATEMENT_INDEX": ("未来缴费按平均缴费指数 {index} 推算",
                                         "future contributions at the statement's index {index}"),
}


def notice_text(code: str, params: dict[str, str], chinese: bool) -> str:
    pair = NOTICES.get(code)
    if pair is None:
        return code
    try:
        return pair[0 if chinese else 1].format(**params)
    except KeyError:
        return code


def _pick(chinese: bool, zh: str, en: str) -> str:
    return zh if chinese else en


def estimate_text(e: Estimate, chinese: bool) -> str:
    p, r = e.pension, e.retirement
    t = lambda zh, en: _pick(chinese, zh, en)  # noqa: E731
    mark = lambda flag: "*" if flag else ""  # noqa: E731
    lines = [
        t("养老金估算", "Pension estimate") + f" ({t('截至', 'as of')} {e.as_of})",
        f"{t('法定退休', 'statutory retirement')}: {r.statutory_month} ({r.statutory_age}); "
        f"{t('可选', 'elective')} {r.earliest_month} - {r.latest_month}",
        f"{t('选择退休', 'chosen retirement')}: {r.chosen_month} ({r.chosen_age})",
        f"{t('月养老金', 'monthly pension')}: {p.total}  = {t('基础', 'basic')} {p.basic_pension}"
        f" + {t('个人账户', 'account')} {p.account_pension}"
        f" + {t('过渡性', 'transitional')} {p.transitional_pension}",
        f"{t('计发基数', 'pension base')} {p.pension_base}{mark(p.pension_base_estimated)}, "
        f"{t('平均缴费指数', 'average index')} {p.average_index}, "
        f"{t('缴费年限', 'years')} {p.contribution_years}, "
        f"{t('计发月数', 'divisor')} {p.account_pension_divisor}",
        f"{t('个人账户余额', 'account balance')}: {p.account_balance}; "
        f"{t('替代率', 'replacement rate')}: {p.replacement_rate}",
        f"{t('最低缴费年限', 'minimum years')}: {r.minimum_years}, "
        f"{t('退休时累计', 'at retirement')}: {r.years_at_retirement}",
        "",
        t("年份 阶段 缴费月 平均基数 养老账户 医保账户 公积金 当年养老金",
          "year phase months avg_base pension_acct medical_acct housing_fund pension_paid"),
    ]
    for y in e.years:
        lines.append(f"{y.year} {y.phase} {y.months_contributed} {y.average_base} "
                     f"{y.pension_account.closing} {y.medical_account.closing} "
                     f"{y.housing_fund.closing} {y.pension_paid}{mark(y.estimated)}")
    lines.append("")
    lines += [f"- {notice_text(n.code, n.params, chinese)}" for n in e.notices]
    lines.append(t("* 含估计值", "* rests on estimated values"))
    return "\n".join(lines)


def pension_text(out: dict[str, Any], chinese: bool) -> str:
    t = lambda zh, en: _pick(chinese, zh, en)  # noqa: E731
    est = "*" if out["pension_base_estimated"] else ""
    return "\n".join([
        f"{t('月养老金', 'monthly pension')}: {out['total']}",
        f"  {t('基础养老金', 'basic pension')}: {out['basic_pension']}",
        f"  {t('个人账户养老金', 'account pension')}: {out['account_pension']}"
        f" ({t('计发月数', 'divisor')} {out['account_pension_divisor']})",
        f"  {t('过渡性养老金', 'transitional pension')}: {out['transitional_pension']}",
        f"{t('计发基数', 'pension base')}: {out['pension_base']}{est}"
        + (t("  * 估计值", "  * estimated") if est else ""),
    ])


def retirement_text(out: dict[str, Any], chinese: bool) -> str:
    t = lambda zh, en: _pick(chinese, zh, en)  # noqa: E731
    return "\n".join([
        f"{t('法定退休年龄', 'statutory age')}: {out['statutory_age']} ({out['statutory_month']})",
        f"{t('最早弹性退休', 'earliest elective')}: {out['earliest_month']} ({out['earliest_age']})",
        f"{t('最晚弹性退休', 'latest elective')}: {out['latest_month']} ({out['latest_age']})",
        f"{t('最低缴费年限', 'minimum years')}: {out['minimum_years']}",
    ])


def regions_text(rows: list[dict[str, Any]], chinese: bool) -> str:
    out = []
    for row in rows:
        name = row["name_zh"] if chinese else row["name_en"]
        years = sorted({y for ys in row["data_years"].values() for y in ys})
        span = f"{years[0]}-{years[-1]}" if years else "-"
        out.append(f"{row['slug']:<12} {name:<12} {row['code']} {span} "
                   f"estimated: {len(row['estimated'])}")
    return "\n".join(out)
