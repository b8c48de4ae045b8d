"""The wording of a cell that is not what it should be, in an imported file or table: an
amount that is not a number (a letter O typed for the digit 0), a month that does not exist,
and where in a profile file a record is wrong. Part of the catalogue (presentation.catalogue),
kept apart for its length; the history table's cells use the same sentences."""

from __future__ import annotations

from .catalogue import Msg

CELL_WORDS = {
    Msg.AMOUNT_LOOKALIKE: ("“{text}”中的 {letters} 是字母，应为数字 {digits}",
                           "The {letters} in “{text}” is a letter: it should be the digit {digits}"),
    Msg.AMOUNT_NOT_NUMBER: ("“{text}”不是数字：金额写 8500、6,500.50 或 1.2万",
                            "“{text}” is not a number: write an amount as 8500 or 6,500.50"),
    Msg.MONTH_OUT_OF_RANGE: ("期间“{text}”没有第 {month} 个月：月份应为 01–12",
                             "Period “{text}” has no month {month}: months are 01–12"),
    Msg.IMPORT_ROW: ("第 {row} 条缴费记录（{period}）：{problem}",
                     "Contribution record {row} ({period}): {problem}"),
    Msg.MORE_PROBLEMS: ("另有 {count} 处问题未列出", "{count} more problems not listed"),
}
