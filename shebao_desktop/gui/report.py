"""The printable A4 summary of an estimate, as HTML that QTextDocument renders (simple tables,
inline styles). Built from the profile and the ``Estimate`` alone, testable without a window."""

from __future__ import annotations

from decimal import Decimal
from typing import Optional

from PySide6.QtCore import QCoreApplication, QLocale

from ..core.profile import Profile
from ..core.result import Estimate
from ..presentation.formats import escape, index, money, number, percent
from ..presentation.replacement import brought_forward
from ..presentation.messages import folded_notices
from ..presentation.values import deflator, shown
from ..storage.year_phase import year_phase
from .explain import ESTIMATED_MARK, parameter_label, parameters_table_html, region_label
from .explain_pension import addon_rule_text, rounded_total_text
from .labels import (age_text, category_labels, english, gender_labels, insurance_labels, month_count,
                     not_payable_headline, paid_until, phase_labels)
from .i18n import current_language
from .notices import notice_text, override_value_text
from .report_inputs import (assumptions_text, future_text, history_text, housing_text,
                            personal_text, statement_text)
from .today_money import both_monies_line
from .transitional_box import index_hint

translate = QCoreApplication.translate

INSURANCE_ORDER = ("pension", "medical", "unemployment", "injury", "maternity", "housing_fund")
NO_ACCOUNT = ("unemployment", "injury", "maternity")

#: a grid of 1-px lines drawn as the table's background between white cells (``printing``
#: makes cells white): Qt draws collapsed borders cell by cell, which took half the time of
#: a PDF of a long table, and at print resolution they came out thinner than these lines
_TABLE = ('<table width="100%" cellspacing="1" cellpadding="{pad}" border="0" bgcolor="#b0b8c0" '
          'style="{style}">')
_HEAD = 'bgcolor="#e8edf3"'
_SMALL = "font-size:small; color:#555555;"
#: a pair of blank cells; the last one not empty: after a table whose last cell is empty, Qt's
#: HTML reader puts the next block (a section title) straight after it, without the empty
#: block it adds after other tables, and the title's top margin is then dropped (the PDF's
#: 提示 title sat on the 五险一金 table: trial pdf1/page-02.png)
_EMPTY_CELLS = "<td></td><td>&nbsp;</td>"
_NO_WRAP = ' style="white-space:nowrap;"'


def _table(rows: list[str], *, pad: int = 3, style: str = "") -> str:
    return _TABLE.format(pad=pad, style=style) + "".join(rows) + "</table>"


def _pairs(items: list[tuple[str, str]], columns: int = 2) -> str:
    """Label/value pairs laid out ``columns`` pairs to a row."""
    rows = []
    for start in range(0, len(items), columns):
        cells = []
        for label, value in items[start:start + columns]:
            cells.append(f'{_label(label)}<td width="29%">{value}</td>')
        cells += [_EMPTY_CELLS] * (columns - len(items[start:start + columns]))
        rows.append("<tr>" + "".join(cells) + "</tr>")
    return _table(rows)


def _label(label: str) -> str:
    """A label cell: never broken inside a word (a Chinese label, whose every character is a
    break point, kept on one line, its column widened as needed; an English one at spaces)."""
    return f'<td width="21%" {_HEAD}{"" if english() else _NO_WRAP}>{label}</td>'


def _section(title: str) -> str:
    return (f'<h3 style="margin-top:10px; margin-bottom:4px; color:#1f3b57;">{title}</h3>')


# -- inputs ----------------------------------------------------------------------------------------
def _inputs_html(profile: Profile, estimate: Estimate) -> str:
    from .summary_cards import no_housing_fund  # the cards' own rule: 不适用 as they say
    r = estimate.retirement
    choice = translate("report", "法定退休时间") if profile.retirement is None else \
        translate("report", "自选弹性退休")
    items = [
        (translate("report", "出生年月"), str(profile.birth)),
        (translate("report", "性别 / 类别"), "{} / {}".format(
            gender_labels().get(profile.gender, profile.gender),
            category_labels().get(profile.category, profile.category))),
        (translate("report", "参保地"), escape(region_label(profile.region))),
        (translate("report", "参加工作"), str(profile.work_start) if profile.work_start else "—"),
        (translate("report", "视同缴费年限"), translate("report", "{n} 年").format(
            n=number(profile.deemed_years))),
        # 建账前缴费年限 and 过渡性指数 as the estimate used them (typed or derived)
        (translate("report", "建账前缴费年限"), translate("report", "{n} 年").format(
            n=number(estimate.pension.pre_account_years, 2))),
    ]
    out = _pairs(items)
    # sentences across the table, not wrapped in a half-width cell (trials 13 and 15: "法定退休 /
    # 时间", "单位 同 / 个人" broken over two lines)
    wide = [(translate("report", "退休时间"), translate("report", "{month}（{age}，{choice}）").format(
                month=r.chosen_month, age=age_text(r.chosen_age), choice=choice)),
            (translate("report", "住房公积金"), translate("report", "不适用")
             if no_housing_fund(estimate, profile) else housing_text(profile)),
            # with where it comes from (trial 20: "0 years / 3", the 3 unexplained)
            (translate("report", "过渡性指数"), escape(index_hint(estimate.pension, named=False))),
            (translate("report", "未来缴费"), future_text(profile, estimate)),
            (translate("report", "缴费记录"), history_text(profile))]
    personal = personal_text(profile)
    if personal:
        wide.append((translate("report", "个人身份 / 在本地区工作年限"), personal))
    statement = statement_text(profile)
    if statement:
        wide.append((translate("report", "权益记录单"), statement))
    wide.append((translate("report", "假设"), assumptions_text(profile, estimate)))
    if profile.overrides:
        wide.append((translate("report", "自定义参数"), translate("report", "；").join(
            f"{escape(parameter_label(o.parameter))} = {override_value_text(o.parameter, o.value)}"
            + (translate("report", "（{month}起）").format(month=o.from_month) if o.from_month else "")
            for o in profile.overrides)))
    rows = [f'<tr>{_label(label)}<td>{value}</td></tr>' for label, value in wide]
    return out + _table(rows)


# -- results ---------------------------------------------------------------------------------------
def _addons_text(p, defl: Optional[Decimal]) -> str:
    """' + 过渡性调节金 600.00 + …' for the headline: each regional add-on, so the parts add up to
    the total (before the region's rounding of the total)."""
    return "".join(f" + {escape(e.name_en if english() else e.name_zh)} "
                   f"{money(shown(e.amount, defl))}{_addon_rule(p, e, defl)}" for e in p.extra_pension)


def _against(p, defl: Optional[Decimal]) -> str:
    """What the rate is against when it is not the wage just before retirement."""
    said = brought_forward(p, "en" if english() else "zh", divisor=defl)
    return "" if said is None else f'<br/><span style="{_SMALL}">{escape(said)}</span>'


def _addon_rule(p, e, defl: Optional[Decimal]) -> str:
    """"（按缴费年限计发：100 元 + 每满一年 4 元 × 25 年）" after an add-on paid by the years (广东
    定额加发: 200.00 at 25 years, 212.00 at 28, not a fixed sum); the basis alone in today's
    money (the rule's figures are nominal); "" for a fixed amount."""
    how = addon_rule_text(e, figures=defl is None, transitional=p.transitional_pension)
    return translate("report", "（{how}）").format(how=how) if how else ""


def _results_html(estimate: Estimate, defl: Optional[Decimal], profile: Profile) -> str:
    """The headline and the results table: every amount with its unit, and ※ exactly where
    the window's cards put it (the pension, the three balances at retirement) and on the
    estimated pension base."""
    from .summary_cards import (no_housing_fund, pension_estimated,  # the cards' own rules
                                rests_on_estimate)
    p, r, at = estimate.pension, estimate.retirement, estimate.at_retirement
    marked = lambda estimated: ESTIMATED_MARK if estimated else ""  # noqa: E731
    mark = marked(pension_estimated(estimate))  # the pension and the rates read from it
    yuan = lambda value, estimated=False: money(shown(value, defl)) + " " + translate(  # noqa: E731
        "report", "元") + marked(estimated)
    housing = translate("report", "不适用") if no_housing_fund(estimate, profile) else \
        yuan(at.housing_fund, rests_on_estimate(estimate, "housing_fund"))
    # where the region's rounding changed the total: the parts' sum, then the rule (浙江 "） =
    # 18,114.19，见分进角为 18,114.20"), so the line adds up
    parts = translate("report", "（{month} 起，基础养老金 {basic} + 个人账户养老金 {account}"
                                " + 过渡性养老金 {transitional}{addons}）").format(
        month=p.retirement_month, basic=money(shown(p.basic_pension, defl)),
        account=money(shown(p.account_pension, defl)),
        transitional=money(shown(p.transitional_pension, defl)), addons=_addons_text(p, defl)) \
        + (rounded_total_text(p, money(shown(p.parts_total, defl)), money(shown(p.total, defl)),
                              today=defl is not None) if p.total_rounded else "")
    if r.shortfall_months:  # nothing is paid: said first, not a figure in large type (trial 14)
        headline = ('<p style="font-size:large; margin-bottom:4px; color:#c0392b;"><b>' + escape(
            not_payable_headline(r)) + "</b></p>"
            f'<p style="{_SMALL} margin-top:0;">' + translate(
                "report", "按现有年限算约 {0} 元/月{1}，满最低年限前不发放；补足后略高").format(
                money(shown(p.total, defl)), mark + parts) + "</p>")
    else:
        headline = ('<p style="font-size:large; margin-bottom:4px;">' + translate("report", "月养老金：") +
                    f'<b style="font-size:x-large; color:#1f3b57;">{money(shown(p.total, defl))}</b> ' +
                    translate("report", "元") + f'{mark}<span style="{_SMALL}">　{parts}</span></p>')
    if defl is None:  # nominal figures: today's money beside them (a today's-money report has none)
        headline += f'<p style="{_SMALL} margin-top:0;">{escape(both_monies_line(estimate))}</p>'
    met = r.shortfall_months == 0
    years_status = (translate("report", "已满足（累计 {have} 年，需 {need} 年）") if met and r.minimum_paid else
                    paid_until(r) + translate("report", "（退休时累计 {have} 年，其中已缴 {paid} 年、预计 {projected} 年；"
                                                  "需 {need} 年）") if met else
                    translate("report", "不足：累计 {have} 年，需 {need} 年，差 {short}")).format(
        have=number(r.years_at_retirement, 2), need=number(r.minimum_years),
        short=month_count(r.shortfall_months), paid=number(r.years_recorded, 2),
        projected=number(r.years_projected, 2))
    color = ("#1a7f37" if r.minimum_paid else "#b45309") if met else "#c0392b"
    items = [
        (translate("report", "基础养老金"), yuan(p.basic_pension)),
        (translate("report", "个人账户养老金"), yuan(p.account_pension)),
        (translate("report", "过渡性养老金"), yuan(p.transitional_pension)),
        *[(escape(e.name_en if english() else e.name_zh), yuan(e.amount) + _addon_rule(p, e, defl))
          for e in p.extra_pension],  # regional add-ons, each its own line
        (translate("report", "计发基数"), yuan(p.pension_base, p.pension_base_estimated)),
        # no rate of a pension not paid (the card's "—")
        (translate("report", "替代率（对本人工资）"), percent(p.replacement_rate) + mark + _against(p, defl)
         if p.payable else "—"),
        (translate("report", "替代率（对计发基数）"), percent(p.replacement_rate_vs_average) + mark
         if p.payable else "—"),
        (translate("report", "退休时养老个人账户"),
         yuan(at.pension_account, any(y.estimated for y in estimate.years))),
        (translate("report", "退休时医保个人账户"),
         yuan(at.medical_account, rests_on_estimate(estimate, "medical"))),
        (translate("report", "退休时住房公积金"), housing),
        (translate("report", "最低缴费年限"), f'<span style="color:{color};">{years_status}</span>'),
    ]
    return headline + _pairs(items)


def _monthly_html(estimate: Estimate, today_money: bool, no_housing: bool = False,
                  parts: Optional[dict] = None) -> str:
    """The month's contributions; a flexible worker with no housing fund has no row for it
    (``no_housing``: the card's rule, summary_cards.no_housing_fund); ``parts``: the amounts
    marked ※ (estimated_parts), as in the window."""
    m = estimate.monthly_contributions
    if m is None:
        return "<p>" + translate("report", "退休前没有缴费月份。") + "</p>"
    defl = deflator(estimate, m.month.year) if today_money else None
    names = insurance_labels()
    head = "".join(f'<th {_HEAD} align="{a}">{h}</th>' for h, a in (
        (translate("report", "险种"), "left"), (translate("report", "个人缴纳"), "right"),
        (translate("report", "单位缴纳"), "right"), (translate("report", "计入个人账户"), "right")))
    rows = [f"<thead><tr>{head}</tr></thead>"]  # repeated on each page a table runs onto
    for key in INSURANCE_ORDER:
        line = m.lines.get(key)
        if line is None or (no_housing and key == "housing_fund"):
            continue
        marked = (parts or {}).get(key, ())

        def figure(amount, part: str) -> str:
            return money(shown(amount, defl)) + (ESTIMATED_MARK if part in marked else "")
        to_account = translate("report", "— 无个人账户") if key in NO_ACCOUNT else \
            figure(line.to_personal_account, "account")
        rows.append(f'<tr><td>{names.get(key, key)}</td><td align="right">{figure(line.employee, "employee")}'
                    f'</td><td align="right">{figure(line.employer, "employer")}</td>'
                    f'<td align="right">{to_account}</td></tr>')
    rows.append('<tr><td><b>' + translate("report", "合计") + '</b></td>'
                f'<td align="right"><b>{money(shown(m.total_employee, defl))}</b></td>'
                f'<td align="right"><b>{money(shown(m.total_employer, defl))}</b></td><td>&nbsp;</td></tr>')
    fund = m.fund_base_apart
    intro = (translate("report", "{month}，{region}，缴费基数 {base} 元：") if fund is None
             else translate("report", "{month}，{region}，社保缴费基数 {base} 元，住房公积金缴存基数 {fund} 元：")
             ).format(month=m.month, region=escape(region_label(m.region)), base=money(shown(m.base, defl)),
                      fund=money(shown(fund or 0, defl)))
    return f"<p>{intro}</p>" + _table(rows)


def _years_html(estimate: Estimate, today_money: bool, no_housing: bool = False) -> str:
    """The year table; a record in more than one region adds each year's region and index
    (trial 19: a two-province record printed neither); the phase reads as words, left."""
    phases = phase_labels()
    moved = len({y.region for y in estimate.years if y.region}) > 1
    columns = [("year", translate("report", "年份")), ("age", translate("report", "年龄")),
               ("phase", translate("report", "阶段"))]
    columns += [("region", translate("report", "地区")), ("index", translate("report", "缴费指数"))] \
        if moved else []
    columns += [("months", translate("report", "缴费月数")), ("base", translate("report", "平均缴费基数")),
                ("pension", translate("report", "养老个人账户")), ("medical", translate("report", "医保个人账户"))]
    columns += [] if no_housing else [("housing", translate("report", "住房公积金"))]
    columns += [("paid", translate("report", "当年养老金"))]
    left = ("phase", "region")
    rows = ["<thead><tr>" + "".join(f'<th {_HEAD} align="{"left" if key in left else "right"}">{head}</th>'
                                    for key, head in columns) + "</tr></thead>"]
    for y in estimate.years:
        defl = y.deflator if today_money else None
        cells = {"year": f"{y.year}{ESTIMATED_MARK if y.estimated else ''}", "age": str(y.age_at_end),
                 "phase": phases.get(year_phase(y), y.phase),
                 "region": escape(region_label(y.region)) if y.region else "",
                 "index": index(y.average_index) if y.average_index is not None else "",
                 "months": str(y.months_contributed), "base": money(shown(y.average_base, defl)),
                 "pension": money(shown(y.pension_account.closing, defl)),
                 "medical": money(shown(y.medical_account.closing, defl)),
                 "housing": money(shown(y.housing_fund.closing, defl)),
                 "paid": money(shown(y.pension_paid, defl))}
        rows.append("<tr>" + "".join(f'<td align="{"left" if key in left else "right"}">{cells[key]}</td>'
                                     for key, _head in columns) + "</tr>")
    return _table(rows, pad=1, style="font-size:7.5pt;")


# -- the whole summary ----------------------------------------------------------------------------
#: the last summary built and what it was built from (the profile and the estimate by identity:
#: neither is changed in place, an edit makes new ones): the same summary printed again (the PDF
#: exported again, a preview after it) is not built again (~15 ms: the parameters' table)
_last: list = []


def summary_html(profile: Profile, estimate: Estimate, *, chart_png: Optional[object],
                 today_money: bool, version: str, printed_on: str) -> str:
    """The A4 summary; ``<img src="chart.png">`` is included when ``chart_png`` is given (the
    caller registers the bytes under that name, see ``printing.export_pdf(images=...)``)."""
    key = (profile, estimate, bool(chart_png), today_money, version, printed_on,
           current_language(), QLocale().name())
    if _last and _last[0][0] is profile and _last[0][1] is estimate and _last[0][2:] == key[2:]:
        return _last[1]
    html = _summary_html(profile, estimate, chart=bool(chart_png), today_money=today_money,
                         version=version, printed_on=printed_on)
    _last[:] = [key, html]
    return html


def _summary_html(profile: Profile, estimate: Estimate, *, chart: bool, today_money: bool,
                  version: str, printed_on: str) -> str:
    p = estimate.pension
    defl = deflator(estimate, p.retirement_month.year) if today_money else None
    unit = (translate("report", "金额按今日购买力折算（除以各年的通胀折算系数）") if today_money
            else translate("report", "金额为名义金额（当年的元）"))
    title = translate("report", "社保养老金估算摘要")
    if profile.name:
        title = translate("report", "{title}（{name}）").format(title=title, name=escape(profile.name))
    out = [f'<h1 style="color:#1f3b57; margin-bottom:2px;">{title}</h1>',
           f'<p style="{_SMALL}">' + translate(
               "report", "打印日期 {date}　·　shebao-desktop {version}　·　估算基准月 {as_of}　·　{unit}").format(
               date=escape(printed_on), version=escape(version), as_of=estimate.as_of, unit=unit)
           + "</p>"]
    out += [_section(translate("report", "基本情况")), _inputs_html(profile, estimate)]
    heading = translate("report", "估算结果") + (
        translate("report", "（今日购买力）") if today_money else "")
    out += [_section(heading), _results_html(estimate, defl, profile)]
    from .report_pension import pension_calculation_html  # C, Ī, N, 计发月数 with the figures
    out += [_section(translate("report", "养老金计算过程")),
            pension_calculation_html(profile, estimate, today_money)]
    from .estimated_parts import estimated_parts
    from .summary_cards import no_housing_fund  # the card's rule: 不适用 in every view
    no_housing = no_housing_fund(estimate, profile)
    out += [_section(translate("report", "每月缴费（五险一金）")),
            _monthly_html(estimate, today_money, no_housing, estimated_parts(estimate, profile))]
    if estimate.notices:
        out.append(_section(translate("report", "提示")))
        out.append("<ul>" + "".join(f"<li>{escape(notice_text(n, estimate, today_money))}</li>"
                                     for n in folded_notices(estimate.notices))
                   + "</ul>")
    out.append(f'<p style="margin-top:10px; {_SMALL}"><b>' + translate("report", "声明：") + "</b>"
               + translate("report", "本摘要是按公开政策和您填写的信息所作的估算，不是官方数字；"
                           "养老金以社会保险经办机构的核定为准。未公布的参数按所列方法推算（标 ※）。")
               + "</p>")
    # no forced page breaks (they left near-empty pages): printing.render keeps each title with
    # its content and short tables whole (gui/pagination.py)
    if chart:
        out.append(_section(translate("report", "账户余额走势")))
        out.append('<p align="center"><img src="chart.png" width="560"/></p>')
    out.append(_section(translate("report", "逐年明细") + (
        translate("report", "（今日购买力）") if today_money else "")))
    out.append(f'<p style="{_SMALL}">' + translate(
        "report", "余额为年末数；退休当年的住房公积金在退休时提取。{mark} 该年用到估计参数。").format(
        mark=ESTIMATED_MARK) + "</p>")
    out.append(_years_html(estimate, today_money, no_housing))
    out.append(_section(translate("report", "使用的参数及来源")))
    out.append(f'<p style="{_SMALL}">' + translate(
        "report", "参数取值为公布或推算的名义数值。") + "</p>")
    out.append(parameters_table_html(estimate, font_size="7.5pt",
                                     table=_TABLE.format(pad=2, style="font-size:{font_size};")))
    return "".join(out)


def decision_html(title: str, heads: list[str], rows: list[tuple[str, list[str]]], *,
                  note: str, subtitle: str, chosen: Optional[int] = None,
                  extra: str = "") -> str:
    """A decision view's table (the comparison of retirement months, the flexible levels) for
    printing: ``heads`` the column titles (lines split at "\\n"), ``rows`` (title, cells), the
    ``chosen`` column shaded, then ``extra`` (plain text), the view's ``note`` and the
    disclaimer. The texts are the view's own, in the language on screen."""
    shade = 'bgcolor="#dde9f7"'
    head = "".join(f'<td {shade if n == chosen else _HEAD} align="right"><b>'
                   + "<br/>".join(escape(part) for part in text.split("\n")) + "</b></td>"
                   for n, text in enumerate(heads))
    lines = [f"<thead><tr><td {_HEAD}></td>{head}</tr></thead>"]
    for name, cells in rows:
        indent = "&nbsp;" * 4 if name[:1].isspace() else ""  # a part of the row above
        lines.append(f'<tr><td {_HEAD}>{indent}{escape(name.strip())}</td>' + "".join(
            f'<td align="right"{" " + shade if n == chosen else ""}>{escape(cell)}</td>'
            for n, cell in enumerate(cells)) + "</tr>")
    out = [f'<h1 style="color:#1f3b57; margin-bottom:2px;">{escape(title)}</h1>',
           f'<p style="{_SMALL}">{escape(subtitle)}</p>', _table(lines, pad=4)]
    out += [f"<p>{escape(part)}</p>" for part in extra.split("\n") if part.strip()]
    out.append(f'<p style="{_SMALL}">{escape(note)}</p>')
    out.append(f'<p style="margin-top:10px; {_SMALL}"><b>' + translate("report", "声明：") + "</b>"
               + translate("report", "本摘要是按公开政策和您填写的信息所作的估算，不是官方数字；"
                           "养老金以社会保险经办机构的核定为准。未公布的参数按所列方法推算（标 ※）。")
               + "</p>")
    return "".join(out)
