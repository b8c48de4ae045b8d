"""Words of the decision tools (core.decide): what each figure rests on, the kinds of
retirement month and the row labels, in Chinese and English (the goal-seek reasons are
message codes: presentation/catalogue.py). Qt-free."""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Optional

from . import formats

#: the rules and assumptions a figure rests on (core.decide ``basis`` codes)
BASIS = {
    "DECIDE_CONTRIBUTIONS_NOMINAL": (
        "个人缴费合计：本人缴纳的养老保险费（职工 8%，灵活就业按全部费率），名义金额，整个缴费期",
        "Personal contributions: the pension contributions you pay yourself (8 % as an employee, "
        "the whole rate as a flexible worker), nominal, over the whole working life"),
    "DECIDE_RECEIVED_WITH_ADJUSTMENT": (
        "领取至 80/85 岁：从退休当月至满 80/85 岁的前一个月，每年 1 月按养老金调整幅度（已公布值，之后按假设）上调",
        "Received to 80/85: from the retirement month to the month before the 80th/85th "
        "birthday month, raised each January by the pension adjustment (published, then the "
        "assumption)"),
    "DECIDE_BREAK_EVEN_RULE": (
        "回本年龄：累计领取的养老金（名义）首次达到个人缴费合计（名义）的那个月末的年龄；"
        "“含单位”一栏与个人和单位缴费合计相比",
        "Break-even age: the age at the end of the month in which the pension received "
        "(nominal) first reaches the personal contributions paid (nominal); the "
        '"with employer" line compares with employee + employer contributions'),
    "DECIDE_INHERITABLE_RULE": (
        "可继承余额：满 75/80 岁前一个月末的养老保险个人账户余额（已扣除按月支付的个人账户养老金；《社会保险法》第十四条）",
        "Inheritable: the pension-account balance at the end of the month before the 75th/80th "
        "birthday month, after the account pension paid out of it (Social Insurance Law art. 14)"),
    "DECIDE_STATEMENT_BALANCE_AS_CONTRIBUTIONS": (
        "权益记录单日期以前的缴费按记录单上的个人账户余额计（含利息，略高于实缴），单位部分按单位与个人费率之比推算（估算）",
        "Contributions before the statement date are taken as the statement's account balance "
        "(interest included, so a little more than paid); the employer part is that times the "
        "employer-to-employee rate ratio (estimated)"),
    "DECIDE_FLEXIBLE_LEVEL_RULE": (
        "灵活就业档次：每月缴费基数 = 档次 × 当月本地社平工资，限于缴费基数上下限（60%-300%）；养老保险由本人按灵活就业费率全额缴纳，医保另行缴纳",
        "Flexible levels: each month's base = level x that month's regional average wage, "
        "within the band (60 %-300 %); the person pays the whole flexible pension rate; medical "
        "insurance is paid separately"),
    "DECIDE_PAYBACK_SIMPLE": (
        "回收年数 = 多缴的费用 ÷（每月多领的养老金 × 12），名义金额，未计养老金调整和利息",
        "Years to recover = extra cost / (extra monthly pension x 12), nominal, without the "
        "pension adjustment or interest"),
    "DECIDE_MAKE_UP_RULE": (
        "达到退休年龄时缴费不满最低年限的，可延长缴费至满最低年限，2011 年 7 月前参保的延长 5 年后仍不足可一次性缴费（人社部令第13号第二条；《国务院关于渐进式延迟法定退休年龄的办法》第五条）",
        "Short of the minimum years at retirement: contributions may go on until the minimum "
        "is reached; people insured before 2011-07 still short after five more years may pay "
        "the rest at once (MOHRSS Order No. 13 art. 2; State Council measures on the gradual raising of the retirement age, art. 5)"),
    "DECIDE_MAKE_UP_COST_ESTIMATED": (
        "补缴费用为估算：所缺月数 × 退休当月缴费基数下限/上限 × 灵活就业养老保险费率；各地补缴基数和利息规定不同，未计利息",
        "The make-up cost is an estimate: missing months x the lowest/highest base of the "
        "retirement month x the flexible pension rate; regions set the base and interest "
        "for back-payments differently, and interest is not included"),
    "DECIDE_GOAL_RULE": (
        "目标测算：在法定退休月（或所选月）达到目标月养老金（折合今日）；所需缴费指数 = 从现在起每月工资 ÷ 当月本地社平工资，"
        "最高为缴费基数上限（300%）；所需工资从现在起每年按本人工资增长假设上调；所需退休月不晚于最晚可选退休月（人社部发〔2024〕94号）",
        "Goal: the monthly pension (today's money) at the statutory month (or the month chosen); "
        "the index needed = each month's wage from now / that month's regional average wage, at "
        "most the ceiling (300 %); the wage needed grows by the own-wage assumption each year; "
        "the retirement month needed is at most the latest elective month (Renshebufa [2024] No. 94)"),
    "DECIDE_GOAL_LEVEL_RULE": (
        "目标测算（灵活就业）：在法定退休月（或所选月）达到目标月养老金（折合今日）；所需缴费档次 = 从现在起每月缴费基数 ÷ "
        "当月本地社平工资，在 60%–300% 之间，向上取到可选档次（未列档次时取到 0.1%）；所需退休月不晚于最晚可选退休月"
        "（人社部发〔2024〕94号）",
        "Goal (flexible worker): the monthly pension (today's money) at the statutory month (or "
        "the month chosen); the level needed = each month's base from now / that month's "
        "regional average wage, within 60 %-300 %, rounded up to a level that can be chosen "
        "(to 0.1 % where none are listed); the retirement month needed is at most the latest "
        "elective month (Renshebufa [2024] No. 94)"),
}

#: the kinds of retirement month in a comparison (core.decide.compare.Choice.kinds)
KINDS = {
    "statutory": ("法定", "statutory"), "earliest": ("最早", "earliest"),
    "earliest_ahead": ("最早（今后）", "earliest (from next month)"),
    "latest": ("最晚", "latest"), "chosen": ("所选", "chosen"), "custom": ("自定", "custom"),
}

#: row labels of the comparison and of the flexible levels
LABELS = {
    "retirement_month": ("退休年月", "retirement month"), "age": ("退休年龄", "age"),
    "basic": ("基础养老金", "basic pension"), "account": ("个人账户养老金", "account pension"),
    "transitional": ("过渡性养老金", "transitional pension"), "extra": ("地方加发", "add-ons"),
    "total": ("月养老金合计", "monthly pension"), "total_today": ("折合今日", "in today's money"),
    "replacement_rate": ("替代率", "replacement rate"),
    "contribution_years": ("缴费年限", "contribution years"),
    "minimum_years": ("最低缴费年限", "minimum years"),
    "minimum_met": ("满足最低缴费年限", "minimum years met"),
    "contributions_personal": ("个人缴费合计", "personal contributions"),
    "contributions_total": ("个人和单位缴费合计", "employee + employer contributions"),
    "received_to_80": ("领取至80岁", "received to 80"),
    "received_to_85": ("领取至85岁", "received to 85"),
    "break_even_age": ("回本年龄（个人缴费）", "break-even age (personal)"),
    "break_even_age_total": ("回本年龄（含单位缴费）", "break-even age (with employer)"),
    "inheritable_at_75": ("75岁时可继承余额", "inheritable at 75"),
    "inheritable_at_80": ("80岁时可继承余额", "inheritable at 80"),
    "never": ("不会回本", "never"), "yes": ("是", "yes"), "no": ("否", "no"),
    "if_paid": ("缴到退休才满足", "only if paid to retirement"),
    "paid_by": ("缴到{0}满足", "by {0}"),  # the month the months to come reach it (one cell)
    "not_payable": ("不可领取", "not payable"),
    "not_payable_rule": ("不可领取：在该月退休时缴费不满最低年限，补足之前不发养老金",
                         "not payable: retiring that month, the minimum years are not met; no "
                         "pension is paid until they are"),
    "retirement_passed": ("计划退休时间 {month} 已过：今后没有要交的养老保险费，也就没有缴费档次可选",
                          "The planned retirement month {month} has passed: no contributions are "
                          "left to pay, so there is no level to choose"),
    "retirement_next_month": ("计划退休时间 {month} 就在下个月：退休前已没有要交的养老保险费，也就没有缴费档次可选",
                              "The planned retirement month {month} is next month: no contributions "
                              "are left to pay before it, so there is no level to choose"),
    "level": ("档次", "level"), "monthly_cost": ("每月养老保险费", "monthly cost"),
    "total_cost": ("至退休累计缴费", "total cost to retirement"),
    "gain_over_lowest": ("比最低档多领（月）", "more per month than the lowest"),
    "years_to_recover": ("回收年数", "years to recover"),
    "medical_monthly": ("医保（另缴，月）", "medical insurance (separate, monthly)"),
    "compare_title": ("退休时间比较", "Retirement months compared"),
    "flexible_title": ("灵活就业缴费档次比较", "Flexible-employment levels compared"),
    "basis": ("计算依据", "Basis"), "as_of": ("截至", "as of"),
    "from_month": ("起缴月", "from"), "estimated": ("估算", "estimated"),
    "goal_title": ("目标测算", "Goal"),
    "target_today": ("目标（今日购买力，元/月）", "target (today's money, a month)"),
    "current_today": ("目前计划（今日购买力，元/月）", "present plan (today's money, a month)"),
    "index_needed": ("今后平均缴费指数", "average index from now on"),
    "retirement_needed": ("或推迟退休到", "or retire in"),
    "wage_needed": ("或今后月工资", "or a monthly wage from now on"),
}

#: a flexible worker's goal answers (core.decide.goal.Goal.flexible): in the 缴费档次 they choose
#: (60 %-300 % of the average wage), never in a wage
LEVEL_WORDS = {
    "title": ("缴费档次", "contribution level"),
    "needed": ("今后按 {level} 档次缴费", "pay at the {level} level from now on"),
    "current_reaches": ("按当前档次（{level}）已能达到", "reached already at your present level ({level})"),
    "lowest_reaches": ("按最低档次（{level}）缴费即可达到", "reached at the lowest level ({level})"),
    "lowest_too": ("按最低档次（{level}）也能达到", "the lowest level ({level}) reaches it too"),
    "above_highest": ("所需档次高于最高档次（{level}），达不到",
                      "it takes more than the highest level ({level}): not reachable"),
    "index": ("平均缴费指数 {index}", "average index {index}"),
}


def level_text(level: Decimal) -> str:
    """A level (a share of the average wage) as a percent to one decimal, ``.0`` dropped:
    ``1.915`` -> ``191.5%``, ``0.6`` -> ``60%``."""
    return f"{formats.number(Decimal(level) * 100, 1)}%"


def level_words(key: str, language: str, level: Optional[Decimal] = None, **values: Any) -> str:
    text = _pick(LEVEL_WORDS[key], language)
    return text.format(level=level_text(level) if level is not None else "", **values)


def level_answer(g: Any, language: str) -> str:
    """The index answer of a flexible worker's goal (core.decide.goal.Goal) as a level: the
    level to choose from now on, the lowest level reaching it, or above the highest."""
    answer, lowest = g.index, g.lowest_level
    if answer.why == "ALREADY_REACHED" and lowest is not None:
        return level_words("lowest_reaches", language, lowest)
    if answer.possible and g.level_needed is not None:
        return level_words("needed", language, g.level_needed)
    highest = max(g.levels) if answer.possible and g.levels else g.highest_level
    if answer.why in ("ABOVE_CEILING", "FOUND") and highest is not None:
        return level_words("above_highest", language, highest)
    return goal_why(answer.why, language)


def level_reached(g: Any, language: str, then: str = "") -> str:
    """A target the flexible worker's plan reaches already, naming the level it pays, ``then``
    (the window's "no need to raise it"), and the lowest level when that reaches it too."""
    current, lowest = g.current_level, g.lowest_level
    if current is None:
        return goal_why("ALREADY_REACHED", language) + then
    text = level_words("current_reaches", language, current) + then
    if g.index.why == "ALREADY_REACHED" and lowest is not None and \
            level_text(lowest) != level_text(current):
        text += ("；" if formats.is_zh(language) else "; ") + \
            level_words("lowest_too", language, lowest)
    return text


def _pick(pair: tuple[str, str], language: str) -> str:
    return pair[0] if language.startswith("zh") else pair[1]


def basis_text(code: str, language: str) -> str:
    return _pick(BASIS[code], language)


def goal_why(code: str, language: str) -> str:
    """Why a goal-seek answer is what it is: the catalogue's words (GOAL_REASON_CODES)."""
    from .messages import render
    return render(code, None, language)


def kind(code: str, language: str) -> str:
    return _pick(KINDS[code], language)


def label(key: str, language: str) -> str:
    return _pick(LABELS[key], language)
