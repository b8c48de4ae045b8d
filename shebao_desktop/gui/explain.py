"""“How was this calculated”: the pension formulas with the estimate's own numbers, and every
parameter used with its source (HTML for a QTextBrowser, reused by the printable summary).

Everything shown comes from the ``Estimate`` (its rules, assumptions and figures); today's money
goes through ``presentation.values``, the numbers through ``presentation.formats``.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Callable, Iterable, Optional

from PySide6.QtCore import QCoreApplication

from ..core.profile import Profile
from ..core.result import Estimate, ParameterUsed
from ..presentation.formats import escape, money, number, rate
from ..presentation.messages import assumption_parts
from ..presentation.methods import method_key
from ..presentation.values import deflator, shown
from .i18n import catalogue_language
from .labels import age_text, english, month_count, paid_until, region_name

from .explain_pension import addons_html, basic_figures_html, total_html, transitional_html
from .explain_rules import (account_pension_html, convention_labels,  # noqa: F401 - re-exported
                            part_roundings, rule)
from .explain_sources import DESCRIBED_MARK, described, source_cell
from .explain_years import years_line
from .parameter_labels import (parameter_label, parameter_labels,  # noqa: F401 - re-exported
                               window_text)

translate = QCoreApplication.translate
ESTIMATED_MARK = "※"
_SMALL = "font-size:small; color:#555555;"


def region_label(slug: Optional[str]) -> str:
    return translate("explain", "全国") if slug == "national" else region_name(slug)


# -- parameter values and the table ------------------------------------------------------------
def format_value(name: str, value: Any) -> str:
    kind = parameter_labels().get(name, ("", ""))[1]
    if hasattr(value, "name_zh"):  # a regional add-on (pension/addons/*): its name
        return escape(value.name_en if english() else value.name_zh)
    if hasattr(value, "year") and hasattr(value, "month"):  # a month (pension/account_start)
        return str(value)
    if isinstance(value, bool):
        return translate("explain", "是") if value else translate("explain", "否")
    if isinstance(value, dict) and kind == "table":
        ages = sorted(value)
        return translate("explain", "按退休年龄查表（{low}–{high}岁，{first}–{last}个月）").format(
            low=ages[0], high=ages[-1], first=number(value[ages[0]], 1),
            last=number(value[ages[-1]], 1))
    if isinstance(value, dict) and kind == "schedule":
        return translate("explain", "原退休年龄{age}岁；{birth}起每{step}个月出生延迟1个月，最多延迟{max}个月；"
                         "弹性提前{early}个月、推迟{late}个月").format(
            age=number(value.get("old_age_years", 0)), birth=value.get("base_birth", ""),
            step=number(value.get("step_months", 0)), max=number(value.get("max_delay_months", 0)),
            early=number(value.get("early_months", 0)), late=number(value.get("late_months", 0)))
    if isinstance(value, dict) and kind == "window":  # trial 4: "from: 1992-10, to: ..." raw
        return escape(window_text(value))
    if isinstance(value, dict):
        return escape(", ".join(f"{k}: {v}" for k, v in value.items()))
    if isinstance(value, str):
        return escape(convention_labels().get(value, value))
    if value is None:
        return translate("explain", "不适用")
    if kind == "rate":
        return rate(value, 5)
    if kind == "yuan":
        return money(value)
    if kind == "years":
        return translate("explain", "{n} 年").format(n=number(value))
    return number(value)


def status_labels() -> dict[str, str]:
    return {"enacted": translate("explain", "已公布"),
            "third_party": translate("explain", "第三方来源"),
            "estimated": ESTIMATED_MARK + translate("explain", "估计"),
            "override": translate("explain", "自定义")}


def status_key(p: ParameterUsed) -> str:
    """An enacted value taken from a third-party calculator or article (confidence T) is shown
    as such, not as published."""
    return "third_party" if p.status == "enacted" and p.confidence == "T" else p.status


def _method_key(p: ParameterUsed) -> tuple:
    """What makes two dated values one row: same status and source, same method up to numbers."""
    return (p.region, p.status, p.title, p.number, p.url, method_key(p.method))


def collapse(parameters: Iterable[ParameterUsed]) -> dict[str, list[list[ParameterUsed]]]:
    """Group by parameter name (label order), then collapse consecutive dated values with the
    same source or method into runs."""
    order = list(parameter_labels())
    by_name: dict[str, list[ParameterUsed]] = {}
    for p in parameters:
        by_name.setdefault(p.name, []).append(p)
    out: dict[str, list[list[ParameterUsed]]] = {}
    for name in sorted(by_name, key=lambda n: (order.index(n) if n in order else len(order), n)):
        items = sorted(by_name[name], key=lambda p: (p.region != "national", p.region,
                                                     p.effective_from))
        projected = parameter_labels().get(name, ("", ""))[1] == "yuan"
        runs: list[list[ParameterUsed]] = []
        for p in items:
            last = runs[-1][-1] if runs else None
            if last is not None and _method_key(last) == _method_key(p) and (
                    last.value == p.value or (projected and p.status == "estimated")):
                if last.effective_from != p.effective_from or last.value != p.value:
                    runs[-1].append(p)
            else:
                runs.append([p])
        out[name] = runs
    return out


#: the table of the explanation on screen (the printed summary passes its own, see report.py)
PARAMETERS_TABLE = ('<table width="100%" cellspacing="0" cellpadding="3" border="1" '
                    'style="border-collapse:collapse; border-color:#b0b8c0; font-size:{font_size};">')


def parameters_table_html(estimate: Estimate, *, font_size: str = "small",
                          table: str = PARAMETERS_TABLE) -> str:
    """Every parameter the estimate used, grouped by name, consecutive values collapsed;
    ``table`` is the opening tag (``{font_size}`` filled in)."""
    status = status_labels()
    head = "".join(f'<th align="left" bgcolor="#e8edf3" width="{w}">{h}</th>' for h, w in (
        # the status column holds "Third-party source" / "※Estimate" in English, in two lines
        (translate("explain", "地区"), "9%"), (translate("explain", "起始月份"), "14%"),
        (translate("explain", "取值"), "16%"), (translate("explain", "状态"), "11%"),
        (translate("explain", "来源 / 推算方法"), "50%")))
    rows = [f"<thead><tr>{head}</tr></thead>"]  # repeated on each printed page
    for name, runs in collapse(estimate.parameters).items():
        rows.append(f'<tr><td colspan="5" bgcolor="#f4f6f8"><b>{escape(parameter_label(name))}</b>'
                    f' <span style="{_SMALL}">{escape(name)}</span></td></tr>')
        for number_, run in enumerate(runs):
            first, last = run[0], run[-1]
            # the same source or method as the row above: said once (a year's average wage
            # repeated the same title and link on every row, ~40% of the printed pages)
            ditto = number_ > 0 and first.status != "override" \
                and _method_key(runs[number_ - 1][0]) == _method_key(first)
            when = str(first.effective_from)
            if len(run) > 1:
                when = translate("explain", "{first} 至 {last}").format(
                    first=first.effective_from, last=last.effective_from)
            value = format_value(name, first.value)
            if any(p.value != first.value for p in run):
                value += " → " + format_value(name, last.value)
            mark = ESTIMATED_MARK if first.status == "estimated" else ""
            color = ' style="color:#a05a00;"' if mark else ""
            rows.append(
                f"<tr><td>{escape(region_label(first.region))}</td><td>{when}</td>"
                f"<td{color}>{mark}{value}</td><td{color}>{status.get(status_key(first), first.status)}"
                f"</td><td>{source_cell(run, ditto)}</td></tr>")
    legend = translate("explain", "※ 估计值：尚未公布或缺少公布值，按右栏所列方法推算；"
                       "来源后的 [O] 已读官方原文，[O-m] 引自官方文件但未读原文，[T] 第三方资料，[U] 未确认。")
    if any(described(p.title)[1] for p in estimate.parameters):
        legend += (" " if english() else "") + translate(
            "explain", "标题后的 {mark}：标题是对文件的描述，不是原文标题，原文未读。").format(mark=DESCRIBED_MARK)
    return (table.format(font_size=font_size) + "".join(rows)
            + f'</table><p style="{_SMALL}">{legend}</p>')


# -- the formula steps ----------------------------------------------------------------------------
def _last_value(estimate: Estimate, name: str) -> Any:
    found = [p for p in estimate.parameters if p.name == name]
    return max(found, key=lambda p: p.effective_from).value if found else None


def _group_label(group: str) -> str:
    return {"male": translate("explain", "男职工"),
            "female_worker": translate("explain", "女职工（原法定退休年龄50岁）"),
            "female_cadre": translate("explain", "女职工（原法定退休年龄55岁）"),
            "female_flexible": translate("explain", "灵活就业女性（本地区规定）")}.get(group, group)


def _interest_text(estimate: Estimate) -> str:
    convention = rule(estimate, "pension/interest_convention") or "monthly_product"
    texts = {
        "annual_1083": translate("explain", "年度计算法：上年末余额按当年记账利率计全年利息；"
                                 "当年 12 个月都有缴费时，当年缴费额 × 记账利率 × 1.083 ÷ 2"
                                 "（劳办发〔1997〕116号）；不满一年（如退休当年）按月积数法。"),
        "monthly_product": translate("explain", "月积数法：每月缴费按当年剩余月数计息，"
                                     "金额 × 记账利率 × 剩余月数 ÷ 12。"),
        "no_current_year_interest": translate("explain", "当年缴费当年不计息，次年起按记账利率计息。"),
    }
    parts = [translate("explain", "养老保险个人账户每年 12 月 31 日按当年记账利率结息，利息四舍五入到分。"),
             texts.get(convention, escape(str(convention)))]
    if _last_value(estimate, "pension/retired_account_interest"):
        parts.append(translate("explain", "退休后账户余额继续计息。"))
    parts.append(translate("explain", "住房公积金每年 6 月 30 日结息，退休时一次提取；"
                           "医保个人账户每年末结息。各年利率见下方参数表。"))
    return (" " if english() else "").join(parts)  # English sentences need a space between


def basic_pension_html(profile: Profile, estimate: Estimate, result: Callable[[Decimal], str]) -> str:
    """基础养老金: the formula, C, Ī (平均缴费指数) and N with what they count, the figures."""
    p = estimate.pension
    out = ["<p>" + translate("explain", "基础养老金 = C × (1 + Ī) ÷ 2 × N × 1%") + "</p><ul>"]
    out.append("<li>" + translate("explain", "C 计发基数（{region}，{year} 年）= {c} 元{mark}").format(
        region=escape(region_label(p.region)), year=p.retirement_month.year, c=money(p.pension_base),
        mark=ESTIMATED_MARK if p.pension_base_estimated else "") + "</li>")
    # at retirement, the months projected in (not the quick estimate's index so far: trial 13)
    out.append("<li>" + (translate("explain", "Ī 平均缴费指数 = {i}（到退休时：各月缴费基数 ÷ 当期社会平均工资的平均，"
                                              "含今后预计缴费的月份和视同缴费年限）")
                         if estimate.retirement.years_projected > 0 else
                         translate("explain", "Ī 平均缴费指数 = {i}（各月缴费基数 ÷ 当期社会平均工资的平均，含视同缴费年限）")
                         ).format(i=number(p.average_index)))
    if profile.statement is not None:
        st = profile.statement
        out.append(translate("explain", "；其中权益记录单截至 {as_of} 的 {years} 年按其平均缴费指数 {index} 计").format(
            as_of=st.as_of, years=number(st.contribution_years, 2), index=number(st.average_index)))
    deemed_index = next((q.value for q in estimate.parameters
                         if q.name == "pension/deemed_years_index"), None)
    if p.deemed_years and deemed_index is not None:
        out.append(translate("explain", "；视同缴费年限 {deemed} 年按视同缴费指数 {index} 计入平均").format(
            deemed=number(p.deemed_years, 2), index=number(deemed_index)))
    counting = rule(estimate, "pension/year_counting") or ""
    out.append("</li><li>" + years_line(estimate, counting, convention_labels().get(counting, ""))
               + "</li></ul>")
    out.append(basic_figures_html(estimate, result))  # the region's own form where it has one
    return "".join(out)


def formula_result(estimate: Estimate, today_money: bool) -> Callable[[Decimal], str]:
    """A formula's result: nominal in bold, as the formula multiplies out, its today's money in
    brackets when asked (the 计算过程 tab and the PDF's 养老金计算过程)."""
    defl, yuan = deflator(estimate, estimate.pension.retirement_month.year), translate("explain", "元")

    def result(value: Decimal) -> str:
        text = f"<b>{money(value)}</b> {yuan}"
        if today_money:
            text += translate("explain", "（今日购买力约 {v} 元）").format(v=money(shown(value, defl)))
        return text
    return result


def todays_money_note(estimate: Estimate) -> str:
    year = estimate.pension.retirement_month.year
    return translate("explain", "公式中的金额为名义金额；括号内为除以 {year} 年折算系数 {d} 后的今日购买力。").format(
        year=year, d=number(deflator(estimate, year), 6))


def explain_html(profile: Profile, estimate: Estimate, *, today_money: bool = False) -> str:
    """The pension formulas with the numbers of ``estimate``, then every parameter used."""
    p, r = estimate.pension, estimate.retirement
    result = formula_result(estimate, today_money)
    title = translate("explain", "计算过程")
    note = translate("explain", "金额为名义金额（退休当年的元）。")
    if today_money:
        title = translate("explain", "计算过程（括号内按今日购买力折算）")
        note = todays_money_note(estimate)
    met = r.shortfall_months == 0
    gap = " " if english() else ""  # between two sentences: English needs a space, Chinese none
    assumed = translate("explain", "假设：{0}").format(escape(translate("explain", "；").join(
        assumption_parts(estimate.assumptions, catalogue_language()))))  # what the estimate used
    out = [f"<h2>{title}</h2>", f'<p style="{_SMALL}">{note}{" " if english() else ""}{assumed}</p>']

    out.append("<h3>1. " + translate("explain", "退休年龄") + "</h3><p>")
    out.append(translate("explain", "适用规则：{group}。原法定退休年龄在 {old} 到达，按渐进式延迟退休规定延迟 {delay} 个月，"
                         "法定退休时间为 <b>{statutory}</b>（{age}）。").format(
        group=_group_label(r.group), old=r.old_age_month, delay=r.delay_months,
        statutory=r.statutory_month, age=age_text(r.statutory_age)))
    # the months still open, as 比较退休时间 lists them
    from ..core.retirement import open_months, retirement_settled
    first, last = open_months(profile, r, estimate.as_of)
    settled = retirement_settled(profile, estimate)  # not "仍可选择" past months (trial 7)
    if settled:
        window = translate("explain", "弹性退休时间为 {earliest} 至 {latest}；")
    elif (first, last) == (r.earliest_month, r.latest_month):
        window = translate("explain", "弹性退休可在 {earliest} 至 {latest} 之间选择；")
    elif last <= estimate.as_of:  # every month left is past (trial 10: "现在仍可选择" past months)
        window = (translate("explain", "弹性退休时间为 {earliest} 至 {latest}；{first} 已过去，只在你确实已于那个月退休时选择；")
                  if first == last else
                  translate("explain", "弹性退休时间为 {earliest} 至 {latest}；{first} 至 {last} 已过去，只在你确实已于"
                                       "其中某月退休时选择；"))
    elif first == last:
        window = translate("explain", "弹性退休时间为 {earliest} 至 {latest}，现在只能选择 {first}；")
    else:
        window = translate("explain", "弹性退休时间为 {earliest} 至 {latest}，现在仍可选择 {first} 至 {last}；")
    chosen = translate("explain", "已于 <b>{chosen}</b>（{age}）退休。") if settled \
        else translate("explain", "本次按 <b>{chosen}</b>（{age}）计算。")
    if not settled and last < r.latest_month and r.statutory_month <= estimate.as_of:
        # why no later month (trial 8: said only on the comparison page)
        chosen += gap + translate("explain", "法定退休时间已过，之后没有缴费记录，所以不能再选更晚的月份："
                                             "弹性延迟退休须在达到法定退休年龄前与单位书面约定（人社部发〔2024〕94号）。")
    out.append(gap + (window + chosen).format(
        earliest=r.earliest_month, latest=r.latest_month, first=first, last=last,
        chosen=r.chosen_month, age=age_text(r.chosen_age)) + "</p>")

    out.append("<h3>2. " + translate("explain", "最低缴费年限") + "</h3><p>")
    out.append(translate("explain", "按月领取基本养老金须累计缴费满 {required} 年。{paid}{months} 个月，"
                         "加视同缴费 {deemed} 年，共 {years} 年：").format(
        # months projected are said to be in it (trial 19)
        paid=translate("explain", "实际缴费（含今后推算的）") if r.years_projected > 0 else
        translate("explain", "实际缴费 "), required=number(r.minimum_years),
        months=number(p.contribution_months, 2),
        deemed=number(p.deemed_years), years=number(r.years_at_retirement, 2)))
    if r.years_projected > 0:  # which of them are paid (new-user trial 9)
        # (not "before this month": months of this year assumed paid are in the projected part)
        out.append(gap + translate("explain", "其中缴费记录和对账单上已缴 {paid} 年（含视同），其余 {projected} 年"
                                              "是按继续缴费推算的，缴了才算。").format(
            paid=number(r.years_recorded, 2),
            projected=number(r.years_projected, 2)))
    out.append(gap)
    out.append('<b style="color:#1a7f37;">' + translate("explain", "已满足") + '</b>' if met and r.minimum_paid
               else '<b style="color:#b45309;">' + paid_until(r) + '</b>' if met else
               '<b style="color:#c0392b;">' + translate("explain", "还差 {n}").format(
                   n=month_count(r.shortfall_months)) + "</b>")
    out.append("</p>")

    out.append("<h3>3. " + translate("explain", "基础养老金") + "</h3>")
    out.append(basic_pension_html(profile, estimate, result))
    out.append("<h3>4. " + translate("explain", "个人账户养老金") + "</h3>")
    out.append(account_pension_html(estimate, result))

    out.append("<h3>5. " + translate("explain", "过渡性养老金") + "</h3>")
    out.append(transitional_html(estimate, result))
    out.append("<h3>6. " + translate("explain", "地方加发项目") + "</h3>")
    out.append(addons_html(estimate, result, english=english()))
    out.append("<h3>7. " + translate("explain", "月养老金合计") + "</h3>")
    out.append(total_html(estimate, result, convention_labels().get(p.total_rounding, "")))
    parts = part_roundings(estimate)
    if parts:
        out.append(f'<p style="{_SMALL}">' + translate(
            "explain", "各部分分别舍入：{rule}。").format(rule=escape(parts)) + "</p>")

    out.append("<h3>8. " + translate("explain", "个人账户计息") + f"</h3><p>{_interest_text(estimate)}</p>")
    out.append("<h3>" + translate("explain", "使用的参数及来源") + "</h3>")
    out.append(parameters_table_html(estimate))
    return "".join(out)
