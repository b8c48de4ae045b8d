"""计算过程 of the transitional pension and the regional add-ons, each with its source: shared by
the 计算过程 tab (explain.py) and the PDF summary (report.py)."""

from __future__ import annotations

from decimal import Decimal
from typing import Callable, Optional

from PySide6.QtCore import QCoreApplication

from ..core.result import Estimate, ExtraPension, ParameterUsed
from ..presentation.formats import escape, index_text, used_index
from ..presentation.formats import number as _number
from .explain_rules import rounded_result, window_index_text
from .explain_sources import colon as _colon
from .explain_sources import param_source as _param_source
from .explain_sources import source_text
from .explain_sources import used as _used
from .labels import english as _english
from .labels import money
from .personal_fields import ADDONS, coefficient_statuses, status_labels

translate = QCoreApplication.translate
_SMALL = "font-size:small; color:#555555;"


def _index_text(estimate: Estimate) -> str:
    p = estimate.pension
    if p.transitional_index_rule == "one":
        return translate("explain_pension", "本地区按 1 计")
    if p.transitional_index_rule == "average_index":
        return translate("explain_pension", "本地区使用本人平均缴费指数")
    if p.transitional_index_rule == "half_one_plus_average" and p.transitional_index_source == "given":
        return translate("explain_pension", "本地区使用 (1 + 过渡性指数) ÷ 2，过渡性指数取您填写的数值")
    if p.transitional_index_rule == "half_one_plus_average":
        return translate("explain_pension", "本地区使用 (1 + 平均缴费指数) ÷ 2")
    if p.transitional_index_rule == "average_index_floor_one":
        return translate("explain_pension", "本地区使用平均缴费指数，低于 1 时按 1")
    if p.transitional_index_source == "given":
        return translate("explain_pension", "本地区使用过渡性指数（视同缴费指数），取您填写的数值")
    return translate("explain_pension", "本地区使用过渡性指数（视同缴费指数）；未填写，按本地区默认取{d}").format(
        d=translate("explain_pension", "平均缴费指数") if p.transitional_index == p.average_index
        else translate("explain_pension", "1"))


def _years_text(estimate: Estimate) -> str:
    p = estimate.pension
    if p.transitional_years_rule != "pre_account_years":
        return translate("explain_pension", "本地区按视同缴费年限计")
    start = str(p.account_start) if p.account_start else "-"
    return translate("explain_pension", "本地区按建账前缴费年限计（个人账户于 {start} 建立；{how}）").format(
        start=start, how=_pre_account_how(p, start))


def _pre_account_how(p, start: str) -> str:
    """How the years before the personal account opened were found."""
    return {
        "given": translate("explain_pension", "您填写的数值"),
        "history": translate("explain_pension", "视同缴费年限加缴费记录中 {start} 以前的缴费月数"),
        "history_credited": translate(
            "explain_pension", "视同缴费年限加缴费记录中 {start} 以前的缴费月数，已记入其他地区个人账户的月份不计（见提示）"),
        "work_start": translate("explain_pension", "参加工作时间至 {start}"),
        "deemed": translate("explain_pension", "没有 {start} 以前的缴费记录或参加工作时间，按视同缴费年限"),
        "work_start_after_account": translate(
            "explain_pension", "参加工作时间在个人账户建立（{start}）之后，没有建账前的实际缴费，按视同缴费年限"),
        "work_start_within_deemed": translate(
            "explain_pension", "参加工作时间至 {start} 的年限不多于视同缴费年限，按视同缴费年限"),
    }[p.pre_account_source].format(start=start)


def transitional_none_text(estimate: Estimate) -> Optional[str]:
    """One line where the transitional pension counts no years (it is 0): that it does not
    apply, and why; ``None`` where it does (its 计算过程, transitional_html)."""
    p = estimate.pension
    if p.transitional_pension or p.transitional_years or p.transitional_window_years \
            or p.notional_account_pension is not None:
        return None
    zero = money(p.transitional_pension)
    if p.transitional_years_rule != "pre_account_years":
        return translate("explain_pension", "过渡性养老金不适用，为 {zero} 元：本地区按视同缴费年限（个人账户"
                         "建立以前的工作年限）计算，本人没有视同缴费年限。").format(zero=zero)
    start = str(p.account_start) if p.account_start else "-"
    if p.pre_account_source == "history_credited":  # trial 6: "you have none" of 24 months
        return translate("explain_pension", "过渡性养老金为 {zero} 元：本地区按个人账户建立（{start}）以前的"
                         "缴费年限计算；您在此以前的缴费月份已记入其他地区的个人账户（随账户转入），不再计入"
                         "（见提示；如当地审批表计入，请在“个人信息”中填写建账前缴费年限）。").format(
            zero=zero, start=start)
    return translate("explain_pension", "过渡性养老金不适用，为 {zero} 元：本地区按个人账户建立（{start}）"
                     "以前的缴费年限计算，本人没有这段年限（{how}）。").format(
        zero=zero, start=start, how=_pre_account_how(p, start))


def _coefficient_row(estimate: Estimate) -> tuple[str, str]:
    """k with its source; where the region sets k by the years actually paid (吉林) or by a
    personal status the user stated (宁夏 知识分子), says so."""
    p = estimate.pension
    k = translate("explain_pension", "k 计发系数 = {k}").format(k=_number(p.transitional_coefficient))
    personal = _used(estimate, PERSONAL_COEFFICIENT)
    statuses = [status for status, value in (personal.value or {}).items()
                if Decimal(str(value)) == p.transitional_coefficient] if personal else []
    if statuses:
        labels = status_labels()
        return (k + translate("explain_pension", "（本地区对个人身份“{s}”的规定，您在个人信息中勾选）").format(
            s="、".join(labels.get(s, s) for s in statuses)), _param_source(estimate, PERSONAL_COEFFICIENT))
    others = coefficient_statuses(p.region)
    if others:  # a status the person did not state would change k
        k += translate("explain_pension", "（个人身份为“{s}”的人本地区另有系数，在个人信息中勾选）").format(
            s="、".join(status_labels().get(s, s) for s in others))
    if _used(estimate, BY_PAID_YEARS) is not None:
        return (k + translate("explain_pension", "（本地区按实际缴费年限 {n} 年确定）").format(
            n=_number(p.contribution_months / 12, 2)), _param_source(estimate, BY_PAID_YEARS))
    return k, _param_source(estimate, "pension/transitional_coefficient")


BY_PAID_YEARS = "pension/transitional_coefficient_by_paid_years"
PERSONAL_COEFFICIENT = "pension/personal_transitional_coefficient"


def transitional_html(estimate: Estimate, result: Callable[[Decimal], str]) -> str:
    """Section body: the formula, each factor with its rule and source, and the figures."""
    p = estimate.pension
    out = ["<p>" + translate("explain_pension", "过渡性养老金 = C × Z × N × k") +
           (translate("explain_pension", " + C × Z实 × N实 × k") if p.transitional_window_years else "")
           + (translate("explain_pension", " + 虚账实记余额 ÷ 计发月数")
              if p.notional_account_pension is not None else "")
           + "</p><ul>"]
    rows = [
        (translate("explain_pension", "Z 过渡性指数 = {z}（{how}）").format(
            z=_number(p.transitional_index), how=_index_text(estimate)),
         _param_source(estimate, "pension/transitional_index_rule")),
        (translate("explain_pension", "N 计算年限 = {n} 年（{how}）").format(
            n=_number(p.transitional_years), how=_years_text(estimate)),
         _param_source(estimate, "pension/transitional_years_rule")),
        _coefficient_row(estimate),
    ]
    if p.transitional_window_years:
        rows.append((translate("explain_pension", "N实 = {n} 年（计发期间内实际缴费年限），Z实 = {z}（{how}）").format(
            n=_number(p.transitional_window_years), z=_number(p.transitional_window_index),
            how=window_index_text(p)), _param_source(estimate, "pension/transitional_paid_window")))
    if p.notional_account_pension is not None:
        rows.append((translate("explain_pension", "虚账实记余额 {x} 元 ÷ {d} 个月 = {y} 元").format(
            x=money(p.notional_account), d=_number(p.notional_account_divisor),
            y=money(p.notional_account_pension)),
            _param_source(estimate, "pension/notional_account_divisor")))
    if p.pre_account_source in ("history", "history_credited", "work_start") \
            or p.transitional_years_rule == "pre_account_years":
        rows.append((translate("explain_pension", "个人账户建立时间 {start}").format(
            start=p.account_start or "-"), _param_source(estimate, "pension/account_start")))
    for text, source in rows:
        out.append(f"<li>{text}" + (f'<br/><span style="{_SMALL}">{source}</span>' if source else "")
                   + "</li>")
    out.append("</ul><p>")
    if p.transitional_years > 0 or p.transitional_window_years > 0:
        figures = translate("explain_pension", "{c} × {z} × {n} × {k}").format(
            c=money(p.pension_base),
            z=index_text(used_index(p.transitional_index_used, p.transitional_index)),
            n=_number(p.transitional_years),
            k=_number(p.transitional_coefficient))
        if p.transitional_window_years:
            figures += " + " + translate("explain_pension", "{c} × {z} × {n} × {k}").format(
                c=money(p.pension_base), z=_number(p.transitional_window_index),
                n=_number(p.transitional_window_years), k=_number(p.transitional_coefficient))
        if p.notional_account_pension is not None:
            figures += f" + {money(p.notional_account_pension)}"
        out.append(f"{figures} = {result(p.transitional_pension)}")
    elif p.notional_account_pension is not None:
        out.append(f"{money(p.notional_account_pension)} = {result(p.transitional_pension)}")
    else:
        out.append(translate("explain_pension", "没有计算年限，过渡性养老金为 0。"))
    out.append("</p>")
    return "".join(out)


def _addon_formula(estimate: Estimate, line: ExtraPension) -> str:
    rule = _used(estimate, line.parameter)
    value = rule.value if rule is not None else None
    if value is None or not hasattr(value, "fixed"):
        return ""
    terms = []
    if value.fixed:
        terms.append(money(value.fixed))
    if value.per_year:
        terms.append(f"{_number(value.per_year)} × {_number(line.years)}")
    if value.per_index_year:
        terms.append(f"{_number(value.per_index_year)} × {_number(line.index)} × {_number(line.years)}")
    if getattr(value, "bands", None):
        from ..core.pension import banded_years
        base = {"basic_base": translate("explain_pension", "(C + C × Ī) ÷ 2"),
                "indexed_wage": "C × Ī"}.get(value.band_base, "C")
        bands = " + ".join(f"{_number(b.rate * 100)}% × {_number(banded_years(line.years, b.over, b.upto))}"
                           for b in value.bands if banded_years(line.years, b.over, b.upto) > 0)
        if bands:
            terms.append(f"{base} × ({bands})")
    if getattr(value, "steps", None):
        reached = [step for step in value.steps if line.years >= step.years]
        if reached:  # a rate of the indexed wage C x Ī by the years reached (西藏 高原补贴)
            terms.append(f"{money(estimate.pension.indexed_wage or Decimal(0))} × "
                         f"{_number(reached[-1].rate * 100)}%")
    if value.base_rate:
        terms.append(f"{_number(value.base_rate)} × {money(estimate.pension.pension_base)} × "
                     f"{_number(line.years)}")
    formula = " + ".join(terms)
    if getattr(value, "top_up", False) and formula and estimate.pension.transitional_pension:
        # paid as far as it exceeds the transitional pension (广东 定额加发)
        formula = f"({formula}) − {money(estimate.pension.transitional_pension)}"
    return formula


def _condition(rule) -> str:
    """Why an add-on of the region was not paid, from its rule: what a personal one needs from
    the person form, or the rule's own condition (trial 4: a 广州 worker whose transitional
    pension is above the 定额加发 read "本地区没有随养老金发放的地方加发项目")."""
    if rule.years == "region_years" or rule.personal:
        return _personal_condition(rule)
    if rule.top_up:
        return translate("explain_pension", "与过渡性养老金取较高者：此人的过渡性养老金不低于它，不另加发")
    if rule.requires == "pre_account":
        return translate("explain_pension", "只发给有建账前缴费年限的人")
    if rule.requires == "no_pre_account":
        return translate("explain_pension", "只发给没有建账前缴费年限的人")
    if rule.requires == "minimum_years":
        return translate("explain_pension", "须满最低缴费年限")
    if rule.min_paid_years is not None:
        return translate("explain_pension", "须实际缴费满 {n} 年").format(n=_number(rule.min_paid_years))
    if rule.min_deemed_years is not None:
        return translate("explain_pension", "须视同缴费满 {n} 年").format(n=_number(rule.min_deemed_years))
    if rule.steps:
        return translate("explain_pension", "缴费年限未达到其第一档")
    return translate("explain_pension", "按其规定不适用")


def _personal_condition(rule) -> str:
    """What a personal add-on needs from the person form (a status, the years in the region)."""
    if rule.years == "region_years":
        return translate("explain_pension", "按在本地区工作年限计发（在个人信息中填写），未填写或未达到规定年限时不发")
    labels = status_labels()
    return translate("explain_pension", "只发给个人身份为“{s}”的人（在个人信息中勾选）").format(
        s=labels.get(rule.personal, rule.personal))


def not_paid_addons(estimate: Estimate) -> list[tuple[str, ParameterUsed]]:
    """The region's add-ons that this estimate did not pay, each with why (``_condition``: what
    a personal one needs from the person form's 个人身份 or 在本地区工作年限)."""
    paid = {line.parameter for line in estimate.pension.extra_pension}
    out = []
    for name in dict.fromkeys(q.name for q in estimate.parameters):
        used = _used(estimate, name) if name.startswith(ADDONS) and name not in paid else None
        if used is not None and hasattr(used.value, "top_up"):  # a rule (not a value of none)
            out.append((_condition(used.value), used))
    return out


def addons_html(estimate: Estimate, result: Callable[[Decimal], str], *,
                english: bool = False) -> str:
    """Each regional add-on: its figures and its source (what years it counted where the person
    gave them); the region's add-ons on a personal input not paid, with what they need."""
    p = estimate.pension
    not_paid = not_paid_addons(estimate)
    if not p.extra_pension and not not_paid:
        return "<p>" + translate("explain_pension", "本地区没有随养老金发放的地方加发项目。") + "</p>"
    out = ["<ul>"]
    for line in p.extra_pension:
        name = escape(line.name_en if english else line.name_zh)
        formula = _addon_formula(estimate, line)
        formula = "" if formula == money(line.amount) else formula  # a fixed amount alone
        rule = _used(estimate, line.parameter)
        how = addon_rule_text(line, with_years=False)
        if how:  # paid by the years, not a fixed sum (广东 定额加发)
            name += translate("explain_pension", "（{how}）").format(how=how)
        if rule is not None and getattr(rule.value, "years", None) == "region_years":
            name += translate("explain_pension", "（在本地区工作 {n} 年，您在个人信息中填写）").format(
                n=_number(line.years))
        elif rule is not None and getattr(rule.value, "personal", None):
            name += translate("explain_pension", "（个人身份“{s}”，您在个人信息中勾选）").format(
                s=status_labels().get(rule.value.personal, rule.value.personal))
        source = source_text(line.status, line.confidence, line.title, line.number, line.url,
                             line.method)
        on_form = form_line_text(p, line)
        out.append(f"<li><b>{name}</b>{_colon()}" + (f"{formula} = " if formula else "")
                   + result(line.amount) + (f"<br/>{on_form}" if on_form else "")
                   + f'<br/><span style="{_SMALL}">{source}</span></li>')
    if not p.extra_pension:
        out.insert(0, "<p>" + translate("explain_pension", "本次没有计入地方加发项目。") + "</p>")
    for condition, used in not_paid:
        name = escape(used.value.name_en if english else used.value.name_zh)
        source = source_text(used.status, used.confidence, used.title, used.number, used.url,
                             used.method)
        out.append(f"<li>{name}{_colon()}" + translate("explain_pension", "本次未计。{c}。").format(
            c=condition) + f'<br/><span style="{_SMALL}">{source}</span></li>')
    out.append("</ul>")
    return "".join(out)


def form_line_text(p, line) -> str:
    """Where an approval form prints an add-on paid as the larger of it and the transitional
    pension (``top_up``: 广东 定额加发): in its 过渡性养老金 line, as the two together (trial 7:
    the form showed 过渡性养老金 220 where this program shows 0.00 and 定额加发 220 apart)."""
    if not line.top_up:
        return ""
    # one sentence that says which is paid and what each figure is (trial 12: "= 216.00（两者取
    # 较高者…）" read as a sum and as the larger of two at once)
    return translate("explain_pension", "核定表把它印在“过渡性养老金”一栏，按规定发两者中较高者：{sum} 元。"
                     "这里分成过渡性养老金 {t} 元和{name}高出它的部分 {a} 元，两者相加即是。").format(
        t=money(p.transitional_pension), name=escape(line.name_en if _english() else line.name_zh),
        a=money(line.amount), sum=money(p.transitional_pension + line.amount))


def total_rounding_words(rule: str) -> str:
    """The region's rounding of the total as a form words it (浙江 见分进角)."""
    return {"jiao_up": translate("explain_pension", "见分进角"),
            "fen_down_jiao_up": translate("explain_pension", "见分进角"),
            "jiao_half_up": translate("explain_pension", "四舍五入到角"),
            "yuan_half_up": translate("explain_pension", "四舍五入到元"),
            "fen_half_up": translate("explain_pension", "四舍五入到分")}.get(rule, escape(rule))


def rounded_total_text(p, parts_total: str, total: str, today: bool = False) -> str:
    """After "a + b + c": " = 18,114.19" and, where the region's rounding of the total changed
    it (PensionBreakdown.total_rounded), "，见分进角为 18,114.20"; ``parts_total`` and ``total``
    are the two figures as the caller shows them (``today``: in today's money, where the
    rounding was done on the nominal total)."""
    if not p.total_rounded:
        return f" = {total}"
    template = translate("explain_pension", "{sum}，名义合计{rule}后折算为 {total}") if today \
        else translate("explain_pension", "{sum}，{rule}为 {total}")
    return " = " + template.format(sum=parts_total, rule=total_rounding_words(p.total_rounding),
                                   total=total)


def addon_rule_text(line: ExtraPension, with_years: bool = True, figures: bool = True,
                    transitional: Decimal = Decimal(0)) -> str:
    """Why an add-on paid by the years is the amount it is (广东 定额加发 is no fixed sum: 100 +
    4 per full year): "按缴费年限计发：100 元 + 每满一年 4 元 × 25 年" (``figures`` False: the
    basis alone, for amounts in today's money; ``transitional``: what a top-up add-on is net
    of); "" for a fixed amount or where the rule's terms are not known."""
    if not line.by_years:
        return ""
    basis = {"deemed_years": translate("explain_pension", "按视同缴费年限计发"),
             "pre_account_years": translate("explain_pension", "按建账前缴费年限计发"),
             "region_years": translate("explain_pension", "按在本地区工作年限计发")}.get(
        line.years_rule or "", translate("explain_pension", "按缴费年限计发"))
    if not figures:
        return basis
    per = translate("explain_pension", "每满一年 {per} 元") if line.years_rule == "full_total_years" \
        else translate("explain_pension", "每年 {per} 元")
    terms = per.format(per=_number(line.per_year, 2))
    if with_years:
        terms += translate("explain_pension", " × {n} 年").format(n=_number(line.years))
    if line.fixed:
        terms = translate("explain_pension", "{fixed} 元 + {terms}").format(
            fixed=_number(line.fixed, 2), terms=terms)
    text = f"{basis}{_colon()}{terms}"
    if line.top_up and transitional:  # paid as far as it exceeds the transitional pension
        text += translate("explain_pension", "，减过渡性养老金 {t} 元").format(t=money(transitional))
    return text


def total_html(estimate: Estimate, result: Callable[[Decimal], str], rounding_label: str) -> str:
    """The total of every part, and how the total is rounded where the region rounds it: the
    parts' sum, then the rounded total where the rounding changed it."""
    p = estimate.pension
    parts = [money(p.basic_pension), money(p.account_pension), money(p.transitional_pension)]
    parts += [money(line.amount) for line in p.extra_pension]
    text = "<p>" + " + ".join(parts) + rounded_total_text(p, money(p.parts_total), result(p.total))
    if p.total_rounding != "none":
        text += f'<br/><span style="{_SMALL}">' + translate(
            "explain_pension", "合计按本地区规则舍入：{rule}。").format(rule=escape(rounding_label)) \
            + f" {_param_source(estimate, 'pension/total_rounding')}</span>"
    if not p.payable:
        text += "<br/>" + translate("explain_pension", "未满最低缴费年限，不能按月领取（以上为满足条件时的金额）。")
    return text + "</p>"


def basic_figures_html(estimate: Estimate, result: Callable[[Decimal], str]) -> str:
    """The basic pension with its numbers: C x (1 + Ī) / 2 x N x 1%, or, where the region
    departs from it (a x C, the indexed wage on another base or rounded first), the general
    (a x C + indexed wage) / 2 x N x 1% with the indexed wage's own figures."""
    p = estimate.pension
    used = used_index(p.average_index_used, p.average_index)
    plain = (p.basic_base_factor == 1 and (p.indexed_wage_base is None
                                           or p.indexed_wage_base == p.pension_base)
             and (p.indexed_wage is None or money(p.indexed_wage) == money(p.pension_base * used)))
    if plain:
        exact = p.pension_base * (1 + used) / 2 * p.contribution_years / 100
        return "<p>" + translate("explain_pension", "{c} × (1 + {i}) ÷ 2 × {n} × 1% = {result}").format(
            c=money(p.pension_base), i=index_text(used), n=_number(p.contribution_years),
            result=rounded_result(estimate, "basic", exact, p.basic_pension, result)) + "</p>"
    base = money(p.pension_base) if p.basic_base_factor == 1 else \
        f"{_number(p.basic_base_factor)} × {money(p.pension_base)}"
    wage_base = p.indexed_wage_base if p.indexed_wage_base is not None else p.pension_base
    return "<p>" + translate(
        "explain_pension", "指数化月平均缴费工资 = {b} × {i} = {w}（计发基数 {c}）").format(
        b=money(wage_base), i=index_text(used), w=money(p.indexed_wage or Decimal(0)),
        c=money(wage_base)) + "<br/>" + translate(
        "explain_pension", "({base} + {w}) ÷ 2 × {n} × 1% = {result}").format(
        base=base, w=money(p.indexed_wage or Decimal(0)), n=_number(p.contribution_years),
        result=rounded_result(estimate, "basic", (p.basic_base_factor * p.pension_base + (
            p.indexed_wage or Decimal(0))) / 2 * p.contribution_years / 100, p.basic_pension,
            result)) + "</p>"
