"""The quick estimate's answer in words (moved out of ``simple_mode``, which keeps the fields and
their behaviour), and what it says to someone already retired. The words keep the quick
estimate's translation context (``SimpleMode``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from .labels import age_text, money, month_count, percent
from ..presentation.formats import number

translate = QCoreApplication.translate


def answer_html(answer, full) -> str:
    """The answer ``answer`` (the quick estimate's Estimate), set against ``full`` (the
    profile's full estimate, or None)."""
    p, r = answer.pension, answer.retirement
    text = translate("SimpleMode", "约 {0} 元/月（今日购买力约 {1} 元），{2} 退休，{3}，缴费 {4} 年").format(
        money(p.total), money(p.total_today), r.chosen_month, age_text(r.chosen_age),
        r.years_at_retirement)
    # a figure and its unit on one line (trial 15: "24.42" ending a line, "年" alone below it)
    text = text.replace(" 年", "\u00a0年")
    if r.shortfall_months:
        text = translate("SimpleMode", "缴费年限不足最低 {0} 年（差 {1}），不能按月领取；").format(
            number(r.minimum_years), month_count(r.shortfall_months)) + text
    text = f"<b>{text}</b>{against_full(answer, full)}"
    # the base grows by the own-wage assumption the answer used (trial 4: "按当前基数" read as
    # a flat base, while 15,000 became 15,450, 15,913.50 ...)
    growth = answer.assumption("own_wage_growth")
    assumed = translate("SimpleMode", "※ 估算：假设今后从当前基数起缴费到计划退休，基数每年按“本人工资增长”{0}增长；"
                        "对账单日期以前以这四个数字为准。").format(percent(growth, 2)) if growth is not None \
        else translate("SimpleMode", "※ 估算：假设今后按当前基数缴费到计划退休；对账单日期以前以这四个数字为准。")
    if not r.years_projected:  # a base of 0 (继续缴费 unticked): nothing paid from now on
        assumed = translate("SimpleMode", "※ 估算：今后没有缴费（不计任何预计缴费月份）；对账单日期以前以这四个数字为准。")
    return text + "<br/><span style='font-size:12px'>" + assumed + "<br/>" + translate(
        "SimpleMode", "※ 这是试算，尚未应用：右侧结果仍按完整记录计算。点“用作完整记录”才把这些数字写入档案（可撤销）。") \
        + "</span>"


def against_full(answer, full) -> str:
    """Beside the answer: whether it is the full calculation's figure shown on the right,
    and when not, that it is a rough one from these few figures, naming the full one."""
    if full is None:
        return ""
    mine = (answer.pension.total, answer.retirement.years_at_retirement)
    if mine == (full.pension.total, full.retirement.years_at_retirement):
        return "<br/>" + translate("SimpleMode", "与右侧按完整记录计算的结果相同。")
    gap = abs(answer.pension.total - full.pension.total)
    if mine[1] == full.retirement.years_at_retirement and gap < 1:  # not "rough" for a fen
        return "<br/>" + translate("SimpleMode", "与右侧按完整记录计算的结果只差 {0} 元：这里的当前基数是取整到分的本月基数，"
                                                 "逐年增长时与完整计算的取整不同。").format(money(gap))
    return "<br/><span style='color:#b45309'>" + translate(
        "SimpleMode", "⚠ 粗略估算，与右侧的完整计算不同：右侧按档案的全部记录为 {0} 元/月，缴费 {1} 年；"
        "这里只按上面这几个数字。").format(money(full.pension.total),
                                 full.retirement.years_at_retirement) + "</span>"


def retired_text(full) -> str:
    """For someone already retired (``full``, the profile's estimate, retired by its month):
    the quick estimate projects contributions to a retirement still ahead, so it is not offered
    (trial 2, person 4: it filled itself with a balance after 22 months of payouts and warned
    as if the person's figures were wrong). The fields show the figures at retirement
    (core figures_so_far), or the statement's."""
    return translate("SimpleMode", "已于 {0} 退休：快速估算用于尚未退休的人。你的养老金见右侧的完整计算。") \
        .format(full.retirement.chosen_month)


def grown_text(month, row) -> str:
    """Under the fields: 当前月缴费基数 is this month's, grown from an earlier year's row by the
    wage-growth assumption (trial 6: the 2026 base sat beside figures "算到 2025-12", unmarked)."""
    return translate("SimpleMode", "当前月缴费基数是 {0} 的估算 ※：按 {1} 年的 {2} 元和工资增长假设推算。").format(
        month, row.first_month.year, money(row.amount))


def assumed_text(so_far) -> str:
    """Under the fields: the months among the paid years that no record has (trial 7: they were
    called 实际缴费年限 with nothing saying they were assumed)."""
    first, last = so_far.assumed
    months = last.index - first.index + 1
    return translate("SimpleMode", "其中 {0} 至 {1}（{2} 个月）没有缴费记录，按“继续缴费”假设计入 ※。").format(
        first, last, months)


def this_year_text(profile, end, today) -> str:
    """The months after ``end`` (the figures' date) and before ``today`` that rows record:
    counted in the years card, not in the four figures, which an estimate from them fills as
    continuing contributions (trial 10: 实际缴费年限 10.00 beside the card's 已缴 10.83)."""
    months = sorted(m for m in profile.placed_months(today).months if end < m < today)
    if not months:
        return ""
    return translate("SimpleMode", "{0} 至 {1} 的 {2} 个月缴费记录不在这四个数字里（右侧“缴费年限”已计入）；"
                     "估算时这些月份按继续缴费计入。").format(months[0], months[-1], len(months))


def field_marks(panel, so_far, grown: bool) -> None:
    """A ※ after the title of each field that shows an estimated figure of the profile's (trial
    7: the base's ※ was only in the sentence under the fields; the index and the balance, on
    estimated average wages and interest, had none): the base grown by the wage assumption,
    the years with assumed months, the index and the balance on an estimated value. The date's
    title says where the figures come from: a statement's date, or the records'."""
    own = panel._own_figures() and not panel._date_typed
    rows = own and so_far is not None
    marked = {"base": grown, "years": rows and so_far.assumed is not None,
              "index": rows and so_far.estimated, "balance": rows and so_far.estimated}
    for key, (label, title) in panel.titles.items():
        label.setText(title + (" ※" if marked.get(key) else ""))
    panel.date_label.setText(translate("SimpleMode", "缴费记录算到") if rows
                             else translate("SimpleMode", "记录单截至年月"))


def source_line(panel) -> None:
    """Under the quick panel's fields: where its figures come from and their date (shown in
    记录单截至年月), the months among them assumed, and a base grown by the wage assumption."""
    from ..core.decide.quick_history import grown_base
    date, p, session = panel.figures_date(), panel.session.profile, panel.session
    panel.as_of.set_month(date)  # the month in use, typed or the profile's (no signal)
    own = panel._own_figures() and not panel._date_typed
    so_far = panel.so_far()
    if not own:
        text = translate("SimpleMode", "缴费年限、指数和余额按你填写的数字，截至 {0}。")
    elif p.statement is not None:
        text = translate("SimpleMode", "缴费年限、指数和余额取自档案的对账单数据（截至 {0}）。")
    elif so_far is not None:
        text = translate("SimpleMode", "缴费年限、指数和余额按档案的缴费记录算到 {0}，与右侧的完整计算同一来源。")
    else:
        text = ""
    lines = [text.format(date)]
    if own and so_far is not None and so_far.assumed:
        lines.append(assumed_text(so_far))
    if own and so_far is not None:  # this year's records: in the card's years, not in these
        lines.append(this_year_text(p, so_far.as_of, session.as_of))
    if not p.future.continue_contributing and panel.boxes_show(base=0):
        lines.append(translate("SimpleMode", "当前月缴费基数为 0：档案的假设中未勾选“继续缴费至退休”，今后按不再缴费计算；"
                               "填一个基数可试算从本月起继续缴费。"))
    base, row = grown_base(p, session.as_of, session.estimate)
    grown = row is not None and panel.boxes_show(base=base)  # the profile's base, projected
    if grown:
        lines.append(grown_text(session.as_of, row))
    field_marks(panel, so_far, grown)
    text = "\n".join(filter(None, lines))
    panel.source.setText(text)  # shown empty too: its room is kept (trials 19, 20)
