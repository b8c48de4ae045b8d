"""The quick estimate's answer in words (moved out of ``simple_mode``, which keeps the fields and
their behaviour), and what it says to someone already retired. The words keep the quick
estimate's translation context (``SimpleMode``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from .labels import age_text, money, percent

translate = QCoreApplication.translate


def answer_html(answer, full) -> str:
    """The answer ``answer`` (the quick estimate's Estimate), set against ``full`` (the
    profile's full estimate, or None)."""
    p, r = answer.pension, answer.retirement
    text = translate("SimpleMode", "约 {0} 元/月（今日购买力约 {1} 元），{2} 退休，{3}，缴费 {4} 年").format(
        money(p.total), money(p.total_today), r.chosen_month, age_text(r.chosen_age),
        r.years_at_retirement)
    if r.shortfall_months:
        text = translate("SimpleMode", "缴费年限不足最低 {0} 年（差 {1} 个月），不能按月领取；").format(
            r.minimum_years, r.shortfall_months) + text
    text = f"<b>{text}</b>{against_full(answer, full)}"
    # the base grows by the own-wage assumption the answer used (trial 4: "按当前基数" read as
    # a flat base, while 15,000 became 15,450, 15,913.50 ...)
    growth = next((a.value for a in answer.assumptions if a.name == "own_wage_growth"), None)
    assumed = translate("SimpleMode", "※ 估算：假设今后从当前基数起缴费到计划退休，基数每年按“本人工资增长”{0}增长；"
                        "对账单日期以前以这四个数字为准。").format(percent(growth, 2)) if growth is not None \
        else translate("SimpleMode", "※ 估算：假设今后按当前基数缴费到计划退休；对账单日期以前以这四个数字为准。")
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
