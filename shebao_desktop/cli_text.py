"""Plain-text renderings for the command line (Chinese when the locale is Chinese). All
wording of codes and all number formats come from ``presentation``."""

from __future__ import annotations

from typing import Any

from .core.result import Estimate
from .presentation import formats
from .presentation.messages import (NOTICE_CODES, assumption_parts, folded_notices, render,
                                    render_notice)
from .presentation.replacement import brought_forward
from .presentation.retired import retired_at_line, retired_line
from .storage.year_phase import year_phase

#: the notice codes the command line words (kept for callers that list them)
NOTICES = tuple(sorted(code.value for code in NOTICE_CODES))


def _language(chinese: bool) -> str:
    return "zh" if chinese else "en"


def notice_text(code: str, params: dict[str, str], chinese: bool) -> str:
    return render(code, params, _language(chinese))


def _money(value: Any) -> str:  # the one money formatter, ungrouped on the command line
    return formats.money(value, grouping=False)


def _no_monthly_pension(required: Any, shortfall_months: Any, lang: str) -> str:
    return render("NO_MONTHLY_PENSION", {"required": formats.years(required),
                                         "shortfall_months": str(shortfall_months)}, lang)


def estimate_text(e: Estimate, chinese: bool) -> str:
    p, r = e.pension, e.retirement
    lang = _language(chinese)
    t = lambda zh, en: zh if chinese else en  # noqa: E731
    mark = lambda flag: formats.ESTIMATE_MARK if flag else ""  # noqa: E731
    age = lambda text: formats.age(text, lang)  # noqa: E731
    lines = [
        t("养老金估算", "Pension estimate") + f" ({t('截至', 'as of')} {e.as_of})",
        f"{t('法定退休', 'statutory retirement')}: {r.statutory_month} ({age(r.statutory_age)}); "
        f"{t('可选', 'elective')} {formats.period(r.earliest_month, r.latest_month, lang)}",
        f"{t('选择退休', 'chosen retirement')}: {r.chosen_month} ({age(r.chosen_age)})",
        *_retired_lines(e, lang),
        *([] if not r.shortfall_months else [
            t("不能按月领取：", "No monthly pension: ")
            + _no_monthly_pension(r.minimum_years, r.shortfall_months, lang)
            + t("；以下为按现有年限计算的金额（满最低年限前不发放，补足后略高）",
                "; the figures below are on the years as they are (nothing is paid before the minimum is "
                "met; paid up, it would be a little more)")]),
        f"{t('月养老金', 'monthly pension')}: {_money(p.total)}  = {t('基础', 'basic')} "
        f"{_money(p.basic_pension)} + {t('个人账户', 'account')} {_money(p.account_pension)}"
        f" + {t('过渡性', 'transitional')} {_money(p.transitional_pension)}"
        + "".join(f" + {e.name_zh if chinese else e.name_en} {_money(e.amount)}"
                  f"{_addon_rule(e, p.transitional_pension, lang)}"
                  for e in p.extra_pension)  # regional add-ons
        + _rounded_total(p, lang),
        f"{t('计发基数', 'pension base')} {_money(p.pension_base)}{mark(p.pension_base_estimated)}, "
        f"{t('平均缴费指数', 'average index')} {formats.index(p.average_index)}, "
        f"{t('缴费年限', 'years')} {formats.years(p.contribution_years)}, "
        f"{t('计发月数', 'divisor')} {formats.number(p.account_pension_divisor, 1)}",
        f"{t('个人账户余额', 'account balance')}: {_money(p.account_balance)}; "
        f"{t('替代率', 'replacement rate')}: "
        f"{'—' if r.shortfall_months else formats.percent(p.replacement_rate)}"
        + _against(p, r.shortfall_months, lang),
        f"{t('最低缴费年限', 'minimum years')}: {formats.years(r.minimum_years)}, "
        f"{t('退休时累计', 'at retirement')}: {formats.years(r.years_at_retirement)}"
        + (f" ({t('已缴', 'paid')} {formats.years(r.years_recorded)} + {t('预计', 'projected')} "
           f"{formats.years(r.years_projected)})" if r.years_projected > 0 else ""),
        f"{t('假设', 'assumptions')}: " + t("；", "; ").join(assumption_parts(e.assumptions, lang)),
        "",
        t("年份 阶段 缴费月 平均基数 养老账户 医保账户 公积金 当年养老金",
          "year phase months avg_base pension_acct medical_acct housing_fund pension_paid"),
    ]
    for y in e.years:
        # the year marked, as in the window's table: the mark is the row's, not its last figure's
        lines.append(f"{y.year}{mark(y.estimated)} {formats.phase(year_phase(y), lang)} "
                     f"{y.months_contributed} {_money(y.average_base)} "
                     f"{_money(y.pension_account.closing)} {_money(y.medical_account.closing)} "
                     f"{_money(y.housing_fund.closing)} {_money(y.pension_paid)}")
    lines.append("")
    lines += [f"- {render_notice(n, lang, estimate=e)}" for n in folded_notices(e.notices)]
    lines.append(formats.ESTIMATE_MARK + t(" 含估计值", " rests on estimated values"))
    return "\n".join(lines)


def _retired_lines(e: Estimate, lang: str) -> list[str]:
    """Someone already retired (the retirement month at or before the as-of month): says so, and
    the monthly pension in the as-of year with the adjustments since (the figure below is the
    one at retirement). Nothing for a retirement ahead (trial 2, person 4)."""
    if not e.retired_by_as_of or e.retirement.shortfall_months:
        return []
    now = e.monthly_pension_by_year.get(e.as_of.year)
    return [retired_line(e.retirement.chosen_month, e.as_of.year,
                         None if now is None else _money(now), lang)]


#: the region's rounding of the total (pension/total_rounding) as a form words it
TOTAL_ROUNDING = {"jiao_up": ("见分进角", "rounded up to the jiao"),
                  "fen_down_jiao_up": ("见分进角", "rounded up to the jiao"),
                  "jiao_half_up": ("四舍五入到角", "rounded to the jiao"),
                  "yuan_half_up": ("四舍五入到元", "rounded to the yuan")}


def _against(p: Any, shortfall_months: int, lang: str) -> str:
    """What the replacement rate is against when not the wage just before retirement."""
    said = None if shortfall_months else brought_forward(p, lang, grouping=False)
    return "" if said is None else (f"（{said}）" if lang == "zh" else f" ({said})")


def _rounded_total(p: Any, lang: str) -> str:
    """" = 18114.19，见分进角为 18114.20" after the parts where the region's rounding of the total
    changed it (PensionBreakdown.total_rounded), so the line adds up; "" otherwise."""
    if not p.total_rounded:
        return ""
    zh, en = TOTAL_ROUNDING.get(p.total_rounding, (p.total_rounding, p.total_rounding))
    if lang == "zh":
        return f" = {_money(p.parts_total)}，{zh}为 {_money(p.total)}"
    return f" = {_money(p.parts_total)}, {en}: {_money(p.total)}"


def _addon_rule(e: Any, transitional: Any, lang: str) -> str:
    """" (按缴费年限计发：100 + 每满一年 4 × 25 年)" after an add-on paid by the years (广东
    定额加发: 200.00 at 25 years, 212.00 at 28, not a fixed sum); "" for a fixed amount."""
    if not e.by_years:
        return ""
    zh = lang == "zh"
    basis = {"deemed_years": ("按视同缴费年限计发", "by deemed years"),
             "pre_account_years": ("按建账前缴费年限计发", "by years before the personal account"),
             "region_years": ("按在本地区工作年限计发", "by years worked in the region")}.get(
        e.years_rule or "", ("按缴费年限计发", "by contribution years"))[0 if zh else 1]
    full = e.years_rule == "full_total_years"
    per, n = formats.number(e.per_year, 2), formats.number(e.years)
    terms = (f"每满一年 {per} 元 × {n} 年" if full else f"每年 {per} 元 × {n} 年") if zh else \
        (f"{per} per full year x {n}" if full else f"{per} a year x {n}")
    if e.fixed:
        terms = f"{formats.number(e.fixed, 2)} {'元 ' if zh else ''}+ {terms}"
    text = f"{basis}{'：' if zh else ': '}{terms}"
    if e.top_up and transitional:  # paid as far as it exceeds the transitional pension
        text += f"，减过渡性养老金 {_money(transitional)}" if zh else \
            f", less the transitional pension {_money(transitional)}"
    return f"（{text}）" if zh else f" ({text})"


EARLY_ZH = {"special": "特殊工种", "illness": "因病或非因工致残"}
EARLY_EN = {"special": "special job type", "illness": "illness or non-work disability"}


def pension_text(out: dict[str, Any], chinese: bool) -> str:
    t = lambda zh, en: zh if chinese else en  # noqa: E731
    age = lambda text: formats.age(text, _language(chinese))  # noqa: E731
    est = formats.ESTIMATE_MARK if out["pension_base_estimated"] else ""
    return "\n".join([
        f"{t('月养老金', 'monthly pension')}: {out['total']}",
        *([] if "as_of" not in out else [retired_at_line(
            out["retirement_month"], out["as_of"], _language(chinese))]
          if str(out.get("retirement_month", "9999-99")) <= str(out["as_of"]) else [
            t(f"  今日购买力（{out['as_of']}，通胀假设每年 {out['inflation']} 折算）: "
              f"{out['total_today']}",
              f"  in today's money ({out['as_of']}, deflated at {out['inflation']} a year "
              f"inflation): {out['total_today']}")]),
        f"  {t('基础养老金', 'basic pension')}: {out['basic_pension']}",
        f"  {t('个人账户养老金', 'account pension')}: {out['account_pension']}"
        f" ({t('计发月数', 'divisor')} {formats.number(out['account_pension_divisor'], 1)})",
        f"  {t('过渡性养老金', 'transitional pension')}: {out['transitional_pension']}"
        + (t(f"（含虚账实记 {out['notional_account_pension']}）",
             f" (incl. notional account {out['notional_account_pension']})")
           if out.get("notional_account_pension") else ""),
        *[f"  {e['name_zh'] if chinese else e['name_en']}: {e['amount']}"
          for e in out.get("extra_pension", [])],
        *([] if out.get("payable", True) else
          [t(f"  未满最低缴费年限 {formats.years(out['minimum_years'])} 年，不按月领取",
             f"  below the minimum {formats.years(out['minimum_years'])} years: no monthly pension")]),
        *([] if not out.get("early_retirement") else
          [t(f"提前退休：{EARLY_ZH[out['early_retirement']]}（{age(out['age'])}）",
             f"early retirement: {EARLY_EN[out['early_retirement']]} ({age(out['age'])})")]),
        f"{t('计发基数', 'pension base')}: {out['pension_base']}{est}"
        + (f"  {est} " + t("估计值", "estimated") if est else ""),
        *[f"- {notice_text(n['code'], n['params'], chinese)}" for n in out.get("notices", [])],
    ])


def retirement_text(out: dict[str, Any], chinese: bool) -> str:
    t = lambda zh, en: zh if chinese else en  # noqa: E731
    age = lambda text: formats.age(text, _language(chinese))  # noqa: E731
    return "\n".join([
        f"{t('法定退休年龄', 'statutory age')}: {age(out['statutory_age'])} ({out['statutory_month']})",
        f"{t('最早弹性退休', 'earliest elective')}: {out['earliest_month']} ({age(out['earliest_age'])})",
        f"{t('最晚弹性退休', 'latest elective')}: {out['latest_month']} ({age(out['latest_age'])})",
        f"{t('最低缴费年限', 'minimum years')}: {formats.years(out['minimum_years'])}",
    ])


def regions_text(rows: list[dict[str, Any]], chinese: bool) -> str:
    out = []
    for row in rows:
        name = row["name_zh"] if chinese else f"{row['name_en']} {row['name_zh']}"
        years = sorted({y for ys in row["data_years"].values() for y in ys})
        span = f"{years[0]}-{years[-1]}" if years else "-"
        estimated = ("估计值" if chinese else "estimated") + f": {len(row['estimated'])}"
        slug = f"  {row['slug']}" if row.get("parent") else row["slug"]  # a city under its province
        out.append(f"{slug:<12} {name:<12} {row['code']} {span} {estimated}")
    return "\n".join(out)
