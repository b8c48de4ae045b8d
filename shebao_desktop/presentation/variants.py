"""A message's other wordings (presentation.messages picks them): the English of a count of
one, a notice about one month, and YEARS_BEFORE_ACCOUNT_UNSTATED with years already placed."""

from __future__ import annotations

from .catalogue import Msg

#: the English of a message whose ``count`` is 1 (the templates above are for other counts)
EN_ONE = {
    Msg.ROWS_LEFT_OUT: "Contribution row {rows} has an error and is left out of the figures "
                       "until corrected",
    Msg.USES_ESTIMATED_VALUES: "1 parameter uses an estimate (marked ※); see the parameter list",
    Msg.BASES_ADJUSTED: "In 1 year the contribution base was raised to the floor or capped at "
                        "the ceiling (see the year table)",
    Msg.ADDONS_UNDER_CURRENT_RULES: (
        "The regional add-on ({amount} yuan a month) follows today's rules, assumed to still "
        "apply at retirement ({month}); the rules then in force decide"),
}

#: a notice whose ``from`` and ``to`` are the same month: written as that one month
ONE_MONTH = {
    Msg.GAP_IN_HISTORY: ("{from} 没有缴费记录（断缴）", "No contributions in {from} (gap)"),
    Msg.PAST_MONTHS_ASSUMED_PAID: (
        "{from} 没有缴费记录，按“继续缴费”假设当作已缴（{wage}），在缴费年限中算作预计；"
        "如这个月断缴，请补录记录或在假设中取消“继续缴费至退休”",
        "No record for {from}: counted as paid under the assumption that contributions "
        "continue ({wage}), among the projected years; if you did not pay that month, add the record or "
        "untick “Keep contributing until retirement” in the assumptions"),
    Msg.PAST_MONTHS_NOT_ASSUMED: (
        "{from} 没有缴费记录：这个月在去年以前，不按“继续缴费”假设为已缴，按未缴费计算；"
        "如这个月缴过费，请补录。从本月起仍按“继续缴费至退休”计算；如已不再缴费，请在假设中取消勾选",
        "No record for {from}: it is before last year, so it is not assumed paid under "
        "continuing contributions but counted as unpaid; if you paid then, add it. From this "
        "month on, contributions are still assumed to continue until retirement: if you no "
        "longer pay, untick “Keep contributing until retirement” in the assumptions"),
    Msg.NO_RECORDS_SINCE_WORK_START: (
        "参加工作后 {from} 没有缴费记录，这个月未计入缴费年限（视同缴费年限另计）；"
        "如这个月缴过费，请补录缴费记录或填写权益记录单",
        "No contribution record for {from} after the work start: this month is not counted "
        "(deemed years apart); if you paid then, add the record or the statement figures"),
}

#: YEARS_BEFORE_ACCOUNT_UNSTATED where some of the years over already count before the account
#: (``placed``: from --work-start or --pre-account-years; core/pension_query._unplaced_years)
YEARS_PLACED = (
    "实际缴费 {years} 年比当地 {start} 建立个人账户以来的 {since} 年多 {over} 年，其中 {placed} 年已按 "
    "--work-start 或 --pre-account-years 计为建账前缴费年限：其余 {excess} 年应是建账前缴费年限（用 --pre-account-years 给出）或视同缴费年限"
    "（从 --years 移到 --deemed-years），否则过渡性养老金不计这些年",
    "{years} years paid are {over} more than the {since} years since the region opened personal "
    "accounts ({start}); {placed} of them count as paid before the account already (by "
    "--work-start or --pre-account-years): the other "
    "{excess} years were paid before the account too (give --pre-account-years) or are deemed "
    "(move them from --years to --deemed-years); else the transitional pension does not count them")
