"""The wordings: every message code (an Enum) with one Chinese and one English template, and
the words for the codes inside them. Rendering is ``messages.render``."""

from __future__ import annotations

from enum import Enum


class Msg(str, Enum):
    # notices of an estimate (core/result.Notice codes)
    BASE_RAISED_TO_FLOOR = "BASE_RAISED_TO_FLOOR"
    BASE_CAPPED_AT_CEILING = "BASE_CAPPED_AT_CEILING"
    GAP_IN_HISTORY = "GAP_IN_HISTORY"
    STATEMENT_USED = "STATEMENT_USED"
    BELOW_MINIMUM_YEARS = "BELOW_MINIMUM_YEARS"
    EARLY_RETIREMENT_NEEDS_MINIMUM_YEARS = "EARLY_RETIREMENT_NEEDS_MINIMUM_YEARS"
    USES_ESTIMATED_VALUES = "USES_ESTIMATED_VALUES"
    OVERRIDE_USED = "OVERRIDE_USED"
    HOUSING_FUND_WITHDRAWN_AT_RETIREMENT = "HOUSING_FUND_WITHDRAWN_AT_RETIREMENT"
    WITHDRAWAL_LIMITED_TO_BALANCE = "WITHDRAWAL_LIMITED_TO_BALANCE"
    NO_FUTURE_WAGE = "NO_FUTURE_WAGE"
    FUTURE_WAGE_FROM_STATEMENT_INDEX = "FUTURE_WAGE_FROM_STATEMENT_INDEX"
    PAST_MONTHS_ASSUMED_PAID = "PAST_MONTHS_ASSUMED_PAID"
    PAST_MONTHS_NOT_ASSUMED = "PAST_MONTHS_NOT_ASSUMED"
    NO_RECORDS_SINCE_WORK_START = "NO_RECORDS_SINCE_WORK_START"
    ROW_MONTHS_DO_NOT_FIT = "ROW_MONTHS_DO_NOT_FIT"
    PART_YEARS_PLACED = "PART_YEARS_PLACED"
    STATEMENT_BALANCE_FROM_HISTORY = "STATEMENT_BALANCE_FROM_HISTORY"
    STATEMENT_BALANCE_UNKNOWN = "STATEMENT_BALANCE_UNKNOWN"
    RETIREMENT_MONTH_IN_PAST = "RETIREMENT_MONTH_IN_PAST"
    RETIRED_AT_STATUTORY_ASSUMED = "RETIRED_AT_STATUTORY_ASSUMED"
    PAID_BEFORE_ACCOUNT_START = "PAID_BEFORE_ACCOUNT_START"
    PRE_ACCOUNT_ELSEWHERE = "PRE_ACCOUNT_ELSEWHERE"
    CREDITED_ELSEWHERE = "CREDITED_ELSEWHERE"
    PAID_IN_SEVERAL_PROVINCES = "PAID_IN_SEVERAL_PROVINCES"
    ADDONS_UNDER_CURRENT_RULES = "ADDONS_UNDER_CURRENT_RULES"
    # errors of bad input (core/errors.ProfileError codes)
    UNKNOWN_REGION = "UNKNOWN_REGION"
    REGION_DATA_INCOMPLETE = "REGION_DATA_INCOMPLETE"
    RETIREMENT_OUTSIDE_WINDOW = "RETIREMENT_OUTSIDE_WINDOW"
    NO_POLICY_DATA = "NO_POLICY_DATA"
    CALCULATION_FAILED = "CALCULATION_FAILED"
    MONTH_ROW_TOO_LONG = "MONTH_ROW_TOO_LONG"
    PERIOD_TOO_EARLY = "PERIOD_TOO_EARLY"
    BIRTH_OUT_OF_RANGE = "BIRTH_OUT_OF_RANGE"
    PERIOD_BEFORE_AGE_14 = "PERIOD_BEFORE_AGE_14"
    MONTH_IN_TWO_ROWS = "MONTH_IN_TWO_ROWS"
    OVERRIDE_OUT_OF_RANGE = "OVERRIDE_OUT_OF_RANGE"
    YEAR_ALREADY_STATED = "YEAR_ALREADY_STATED"
    INVALID_VALUE = "INVALID_VALUE"  # any other check of the profile model
    QUICK_HISTORY_NEEDS_AMOUNT = "QUICK_HISTORY_NEEDS_AMOUNT"  # core/decide/quick_history.py
    QUICK_HISTORY_EMPTY = "QUICK_HISTORY_EMPTY"
    # storage (storage/errors.StorageError codes)
    NEWER_VERSION = "NEWER_VERSION"
    INVALID = "INVALID"
    UNREADABLE = "UNREADABLE"
    DISK_FULL = "DISK_FULL"
    READ_ONLY = "READ_ONLY"
    LOCKED = "LOCKED"
    TOO_LARGE = "TOO_LARGE"
    NOT_FOUND = "NOT_FOUND"
    UNKNOWN_FORMAT = "UNKNOWN_FORMAT"
    EXISTS = "EXISTS"
    WRITE_FAILED = "WRITE_FAILED"
    READ_FAILED = "READ_FAILED"  # the OS refused a read (storage/reading.py); the file is left
    # the same codes about a file that was only read (an import), not a stored profile
    FILE_INVALID = "FILE_INVALID"
    FILE_UNREADABLE = "FILE_UNREADABLE"
    FILE_UNKNOWN_REGION = "FILE_UNKNOWN_REGION"  # storage's UNKNOWN_REGION, naming the file
    EMPTY = "EMPTY"  # an imported table with nothing in it (storage.history_import)
    TABLE_TOO_LARGE = "TABLE_TOO_LARGE"  # storage's TOO_LARGE for a table past a cap (``what``)
    # sentences of the views about an estimate (cards, command line), worded once
    NO_MONTHLY_PENSION = "NO_MONTHLY_PENSION"  # below the minimum years: what it would be
    BASES_ADJUSTED = "BASES_ADJUSTED"  # the years of the floor/ceiling notices the panel folds into one line
    #: the floor (ceiling) notices of several years or bands, in one (messages.folded_notices)
    BASES_RAISED_IN_YEARS = "BASES_RAISED_IN_YEARS"
    BASES_CAPPED_IN_YEARS = "BASES_CAPPED_IN_YEARS"
    ROWS_LEFT_OUT = "ROWS_LEFT_OUT"  # history rows with a wrong cell, not in the figures
    # why a row of an imported table was not taken (storage RejectedRow codes)
    BAD_PERIOD = "BAD_PERIOD"
    PERIOD_OUT_OF_RANGE = "PERIOD_OUT_OF_RANGE"
    MISSING_VALUE = "MISSING_VALUE"
    BAD_AMOUNT = "BAD_AMOUNT"
    AMOUNT_LOOKALIKE, AMOUNT_NOT_NUMBER = "AMOUNT_LOOKALIKE", "AMOUNT_NOT_NUMBER"
    MONTH_OUT_OF_RANGE, IMPORT_ROW, MORE_PROBLEMS = "MONTH_OUT_OF_RANGE", "IMPORT_ROW", "MORE_PROBLEMS"
    NEGATIVE_AMOUNT = "NEGATIVE_AMOUNT"
    AMOUNT_TOO_LARGE = "AMOUNT_TOO_LARGE"
    ZERO_AMOUNT = "ZERO_AMOUNT"
    BAD_MONTHS = "BAD_MONTHS"
    DUPLICATE_PERIOD = "DUPLICATE_PERIOD"
    NOT_PENSION = "NOT_PENSION"
    TOTAL_ROW = "TOTAL_ROW"
    INVALID_ROW = "INVALID_ROW"
    TOO_MANY_ROWS = "TOO_MANY_ROWS"
    BAD_REGION = "BAD_REGION"
    BAD_RANGE = "BAD_RANGE"
    ADJUSTMENT_WITHOUT_MONTH = "ADJUSTMENT_WITHOUT_MONTH"
    OTHER_INSURANCE = "OTHER_INSURANCE"
    UNPAID_MONTH = "UNPAID_MONTH"
    ARREARS = "ARREARS"
    EXTRA_CELLS = "EXTRA_CELLS"
    # the data folder given with --data-dir or SHEBAO_DATA_DIR
    DATA_DIR_UNUSABLE = "DATA_DIR_UNUSABLE"
    # the window started where there is no display
    NEEDS_DISPLAY = "NEEDS_DISPLAY"
    # why a goal-seek answer is what it is (core/decide/goal.Answer.why)
    ALREADY_REACHED = "ALREADY_REACHED"
    FOUND = "FOUND"
    ABOVE_CEILING = "ABOVE_CEILING"
    NOT_WITHIN_WINDOW = "NOT_WITHIN_WINDOW"
    ALREADY_RETIRED = "ALREADY_RETIRED"
    MINIMUM_NOT_MET = "MINIMUM_NOT_MET"
    # the window's words for an index or wage answer at the floor (ALREADY_REACHED at the low
    # end of the band while the plan itself does not reach the goal): the floor applies
    FLOOR_REACHES = "FLOOR_REACHES"
    YEARS_BEFORE_ACCOUNT_UNSTATED = "YEARS_BEFORE_ACCOUNT_UNSTATED"


#: which codes are which (a test walks them against the core and storage)
ROW_REASON_CODES = frozenset(Msg(c) for c in (
    "BAD_PERIOD",
    "PERIOD_OUT_OF_RANGE",
    "MISSING_VALUE",
    "BAD_AMOUNT", "AMOUNT_LOOKALIKE", "AMOUNT_NOT_NUMBER", "MONTH_OUT_OF_RANGE",
    "NEGATIVE_AMOUNT",
    "AMOUNT_TOO_LARGE",
    "ZERO_AMOUNT",
    "BAD_MONTHS",
    "DUPLICATE_PERIOD",
    "NOT_PENSION",
    "TOTAL_ROW",
    "INVALID_ROW",
    "TOO_MANY_ROWS",
    "BAD_REGION",
    "BAD_RANGE",
    "ADJUSTMENT_WITHOUT_MONTH",
    "OTHER_INSURANCE",
    "UNPAID_MONTH", "ARREARS", "EXTRA_CELLS",
))
NOTICE_CODES = frozenset(Msg(c) for c in (
    "BASE_RAISED_TO_FLOOR", "BASE_CAPPED_AT_CEILING", "GAP_IN_HISTORY", "STATEMENT_USED",
    "BELOW_MINIMUM_YEARS", "EARLY_RETIREMENT_NEEDS_MINIMUM_YEARS", "USES_ESTIMATED_VALUES",
    "OVERRIDE_USED", "HOUSING_FUND_WITHDRAWN_AT_RETIREMENT", "WITHDRAWAL_LIMITED_TO_BALANCE",
    "NO_FUTURE_WAGE", "FUTURE_WAGE_FROM_STATEMENT_INDEX", "PAST_MONTHS_ASSUMED_PAID",
    "PAST_MONTHS_NOT_ASSUMED", "NO_RECORDS_SINCE_WORK_START",
    "ROW_MONTHS_DO_NOT_FIT", "STATEMENT_BALANCE_FROM_HISTORY", "STATEMENT_BALANCE_UNKNOWN",
    "RETIREMENT_MONTH_IN_PAST", "RETIRED_AT_STATUTORY_ASSUMED", "PAID_BEFORE_ACCOUNT_START",
    "ADDONS_UNDER_CURRENT_RULES", "YEARS_BEFORE_ACCOUNT_UNSTATED", "PRE_ACCOUNT_ELSEWHERE",
    "CREDITED_ELSEWHERE", "PAID_IN_SEVERAL_PROVINCES", "PART_YEARS_PLACED"))
GOAL_REASON_CODES = frozenset(Msg(c) for c in (
    "ALREADY_REACHED", "FOUND", "ABOVE_CEILING", "NOT_WITHIN_WINDOW", "ALREADY_RETIRED",
    "MINIMUM_NOT_MET"))

_T = {
    Msg.BASE_RAISED_TO_FLOOR: (
        "{year}年工资（缴费基数）低于下限，按下限 {floor} 元缴费",
        "{year}: wage (or base) below the contribution base floor; contributions paid on the "
        "floor of {floor} yuan"),
    Msg.BASE_CAPPED_AT_CEILING: (
        "{year}年工资（缴费基数）高于上限，按上限 {ceiling} 元缴费",
        "{year}: wage (or base) above the contribution base ceiling; contributions paid on the "
        "ceiling of {ceiling} yuan"),
    Msg.BASES_RAISED_IN_YEARS: (
        "{years} 年工资（缴费基数）低于下限，按当时的下限缴费（各年的缴费基数见逐年明细）",
        "{years}: wage (or base) below the contribution base floor; contributions paid on the "
        "floor of the time (each year's base in the year table)"),
    Msg.BASES_CAPPED_IN_YEARS: (
        "{years} 年工资（缴费基数）高于上限，按当时的上限缴费（各年的缴费基数见逐年明细）",
        "{years}: wage (or base) above the contribution base ceiling; contributions paid on the "
        "ceiling of the time (each year's base in the year table)"),
    Msg.GAP_IN_HISTORY: ("{from} 至 {to} 没有缴费记录（断缴）",
                         "No contributions from {from} to {to} (gap)"),
    Msg.STATEMENT_USED: ("{as_of} 及以前按权益记录单的数字计算",
                         "Up to and including {as_of}, figures from the statement are used"),
    Msg.BELOW_MINIMUM_YEARS: (
        "累计缴费年限不足：需满 {required} 年，还差 {shortfall_months} 个月，"
        "不能按月领取基本养老金（可延长缴费至满最低年限；2011 年 7 月前参保、延长 5 年后仍不足的，"
        "可一次性缴费补足：人社部令第13号第二条）",
        "Contribution years insufficient: {required} years required, {shortfall_months} months "
        "short; no monthly basic pension can be drawn (contributions may go on until the minimum is "
        "reached; people insured before 2011-07 still short after five more years may pay the rest "
        "at once: MOHRSS Order No. 13 art. 2)"),
    Msg.ADDONS_UNDER_CURRENT_RULES: (
        "地方加发项目（{count} 项，共 {amount} 元/月）按现行规定计算，假定退休时（{month}）仍然执行；"
        "如有变化，以退休时的规定为准",
        "The regional add-ons ({count}, {amount} yuan a month together) follow today's rules, "
        "assumed to still apply at retirement ({month}); the rules then in force decide"),
    Msg.PAID_BEFORE_ACCOUNT_START: (
        "{start} 之前缴费的 {years} 年未记入个人账户（当地自 {start} 建立个人账户），"
        "作为建账前缴费年限计入过渡性养老金",
        "The {years} years paid before {start} went to no personal account (the region opened "
        "personal accounts in {start}); they count as years before the account in the "
        "transitional pension"),
    Msg.RETIREMENT_MONTH_IN_PAST: (
        "计划退休时间 {month} 不晚于本月（{as_of}），已过去的月份不能再选；"
        "若尚未退休，最早可选 {earliest}",
        "The planned retirement month {month} is not after this month ({as_of}): a past month "
        "can no longer be chosen; if you have not retired yet, the earliest you can choose is "
        "{earliest}"),
    Msg.RETIRED_AT_STATUTORY_ASSUMED: (
        "法定退休时间 {month} 已过去，未选计划退休时间：按已于 {month} 退休计算；"
        "如实际退休月份不同（提前退休，或与单位约定了延迟），请在“个人信息 → 计划退休”中选择",
        "The statutory retirement month {month} has passed and no retirement month is chosen: "
        "counted as retired in {month}; if you retired in another month (early, or later by "
        "agreement with your employer), choose it under Personal details → Planned retirement"),
    Msg.EARLY_RETIREMENT_NEEDS_MINIMUM_YEARS: (
        "弹性提前退休须先满足最低缴费年限",
        "Early elective retirement requires meeting the minimum contribution years first"),
    Msg.USES_ESTIMATED_VALUES: ("{count} 项参数使用了估计值（标 ※），见参数列表",
                                "{count} parameters use estimates (marked ※); see the parameter "
                                "list"),
    Msg.OVERRIDE_USED: ("使用了您自定义的参数：{label} = {value}",
                        "Uses your custom parameter: {label} = {value}"),
    Msg.HOUSING_FUND_WITHDRAWN_AT_RETIREMENT: (
        "退休时提取住房公积金余额 {amount} 元",
        "Housing fund balance of {amount} yuan withdrawn at retirement"),
    Msg.WITHDRAWAL_LIMITED_TO_BALANCE: (
        "{month} 提取额 {wanted} 元超过余额，只能提取 {taken} 元",
        "{month}: withdrawal of {wanted} yuan exceeds the balance; only {taken} yuan can be "
        "withdrawn"),
    Msg.NO_FUTURE_WAGE: ("没有可用于预测未来缴费的工资：未来不计缴费",
                         "No wage available to project future contributions: no future "
                         "contributions counted"),
    Msg.FUTURE_WAGE_FROM_STATEMENT_INDEX: (
        "未来缴费按权益记录单的平均缴费指数 {index} 推算",
        "Future contributions projected at the statement's average contribution index {index}"),
    Msg.NO_RECORDS_SINCE_WORK_START: (
        "参加工作后 {from} 至 {to} 没有缴费记录，这段时间未计入缴费年限（视同缴费年限另计）；"
        "如这段时间缴过费，请补录缴费记录或填写权益记录单",
        "No contribution records from {from} to {to} after the work start: these months are not "
        "counted (deemed years apart); if you paid then, add the records or the statement figures"),
    Msg.PAST_MONTHS_ASSUMED_PAID: (
        "{from} 至 {to} 没有缴费记录，按“继续缴费”假设当作已缴（{wage}），在缴费年限中算作预计；"
        "如这段时间断缴，请补录记录或在假设中取消“继续缴费至退休”",
        "No records from {from} to {to}: counted as paid under the assumption that contributions "
        "continue ({wage}), among the projected years; if you stopped paying then, add the records or "
        "untick “Keep contributing until retirement” in the assumptions"),
    Msg.PAST_MONTHS_NOT_ASSUMED: (
        "{from} 至 {to} 没有缴费记录：这段时间从去年以前就开始了，不按“继续缴费”假设为已缴，"
        "按未缴费计算；如这段时间缴过费，请补录（可用“编辑 → 快速填写过去的记录…”）。"
        "从本月起仍按“继续缴费至退休”计算；如已不再缴费，请在假设中取消勾选",
        "No records from {from} to {to}: they begin before last year, so they are not assumed "
        "paid under continuing contributions but counted as unpaid; if you paid then, add "
        "them (“Edit → Fill past records quickly…”). From this month on, contributions are "
        "still assumed to continue until retirement: if you no longer pay, untick “Keep "
        "contributing until retirement” in the assumptions"),
    Msg.ROW_MONTHS_DO_NOT_FIT: (
        "第{row}行（{period}）有 {months} 个缴费月超出该期间，未计入",
        "Row {row} ({period}): {months} months do not fit in its period and are not counted"),
    Msg.PART_YEARS_PLACED: ("不满一年的行按这些月份计算：{rows}（参加工作当年从参加工作月起；其后还有记录时排在年末，"
                            "与下一年相接；否则从 1 月起）；如实际月份不同，请改为按月填写（如 2010-03）",
                            "Part-year rows are counted in these months: {rows} (from the work start in its year; at "
                            "the year's end when later records follow; else from January); if yours differ, enter them by month"),
    Msg.STATEMENT_BALANCE_FROM_HISTORY: (
        "权益记录单未填{accounts}余额：按此前的缴费记录推算",
        "The statement gives no {accounts} balance: it is worked out from the earlier records"),
    Msg.STATEMENT_BALANCE_UNKNOWN: (
        "权益记录单未填{accounts}余额，也没有此前的缴费记录：该余额从记录单日期起累计",
        "The statement gives no {accounts} balance and there are no earlier records: that "
        "balance is built up from the statement date"),
    Msg.UNKNOWN_REGION: ("没有地区“{region}”的政策数据", 'No policy data for region "{region}"'),
    Msg.REGION_DATA_INCOMPLETE: (
        "地区“{region}”缺少社会平均工资或计发基数数据，无法估算",
        'Region "{region}" lacks average wage or pension base data; cannot estimate'),
    Msg.RETIREMENT_OUTSIDE_WINDOW: (
        "所选退休时间不在可选范围 {earliest} 至 {latest} 内",
        "The chosen retirement date is outside the allowed range {earliest} to {latest}"),
    Msg.NO_POLICY_DATA: ("{month} {region} 没有政策数据，请检查该行期间：个人账户建立以前的工龄不作缴费记录，"
                         "填为视同缴费年限",
                         "No policy data for {month} in {region}; please check that row's "
                         "period: service before personal accounts opened is no contribution "
                         "record but deemed contribution years"),
    Msg.CALCULATION_FAILED: ("计算未能完成，请检查输入", "The calculation could not be completed; "
                             "please check the input"),
    Msg.MONTH_ROW_TOO_LONG: ("单月的记录最多只能有 1 个缴费月", "A one-month row covers at most "
                             "1 month"),
    Msg.PERIOD_TOO_EARLY: ("期间早于 {year} 年", "The period is before {year}"),
    Msg.BIRTH_OUT_OF_RANGE: ("出生年份应在 {low} 到 {high} 之间",
                             "The birth year must be between {low} and {high}"),
    Msg.PERIOD_BEFORE_AGE_14: ("第{row}行的期间 {period} 早于14周岁",
                               "Row {row}: the period {period} is before age 14"),
    Msg.MONTH_IN_TWO_ROWS: ("{month} 同时出现在第{row}行和第{other}行",
                            "{month} appears in row {row} and in row {other}"),
    Msg.YEAR_ALREADY_STATED: ("第{row}行（{period}）有 {months} 个缴费月，但该年其余月份已由其他行填写",
                              "Row {row} ({period}) has {months} months, but other rows already "
                              "state the rest of that year"),
    Msg.OVERRIDE_OUT_OF_RANGE: ("自定义参数的值超出允许范围", "A custom parameter's value is out "
                                "of range"),
    Msg.INVALID_VALUE: ("“{field}”的值无效", 'The value of "{field}" is not valid'),
    Msg.QUICK_HISTORY_NEEDS_AMOUNT: ("请填写起始金额或缴费指数", "Give a starting amount or an index"),
    Msg.QUICK_HISTORY_EMPTY: ("起始月 {from} 不早于结束月 {to}，没有可生成的记录",
                              "The start month {from} is not before the end month {to}: no "
                              "rows to generate"),
    Msg.NEWER_VERSION: ("档案 {name} 来自更新版本的程序，本程序不能打开；文件未作改动。",
                        "Profile {name} was created by a newer version of the program and cannot "
                        "be opened; the file was not changed."),
    Msg.INVALID: ("档案 {name} 内容无效，已另存为 {aside}，其他档案不受影响。",
                  "Profile {name} is invalid; it was set aside as {aside}. Other profiles are not "
                  "affected."),
    Msg.UNREADABLE: ("档案 {name} 无法读取，已另存为 {aside}，其他档案不受影响。",
                     "Profile {name} could not be read; it was set aside as {aside}. Other "
                     "profiles are not affected."),
    Msg.DISK_FULL: ("磁盘已满，未能保存 {name}；数据仍在内存中，请腾出空间后再保存。",
                    "Disk full: could not save {name}. The data is still in memory; free some "
                    "space, then save again."),
    Msg.READ_ONLY: ("文件夹只读，未能保存 {name}；数据仍在内存中。",
                    "The folder is read-only: could not save {name}. The data is still in "
                    "memory."),
    Msg.LOCKED: ("档案 {name} 正在被另一个程序窗口使用。",
                 "Profile {name} is in use by another program window."),
    Msg.TOO_LARGE: ("文件 {name} 太大，已拒绝。", "File {name} is too large and was rejected."),
    Msg.NOT_FOUND: ("找不到 {name}。", "{name} was not found."),
    Msg.UNKNOWN_FORMAT: ("无法识别文件 {name} 的格式。", "Cannot recognise the format of file "
                         "{name}."),
    Msg.EXISTS: ("{name} 已存在。", "{name} already exists."),
    Msg.WRITE_FAILED: ("未能写入 {name}；数据仍在内存中。", "Could not write {name}; the data is "
                       "still in memory."),
    Msg.READ_FAILED: ("暂时无法读取 {name}（没有权限或磁盘出错），文件未作改动；请稍后再试。",
                      "{name} could not be read just now (no permission or a disk error); the "
                      "file was not changed. Please try again later."),
    Msg.FILE_UNKNOWN_REGION: ("{name} 中的地区“{region}”没有政策数据，无法使用该档案；文件未作改动。",
                              '{name} uses the region "{region}", for which there is no policy '
                              "data; the profile cannot be used. The file was not changed."),
    Msg.FILE_INVALID: ("文件 {name} 的内容无效。", "The content of file {name} is not valid."),
    Msg.EMPTY: ("文件 {name} 是空的。", "The file {name} is empty."),
    Msg.FILE_UNREADABLE: ("文件 {name} 无法读取（可能不是文本表格，或编码不是 UTF-8/GB18030）。",
                          "File {name} cannot be read (perhaps not a text table, or not in "
                          "UTF-8/GB18030)."),
    Msg.TABLE_TOO_LARGE: ("文件 {name} 超出导入上限（{what}最多 {limit}），已拒绝。真实的缴费明细只有几千行："
                          "请只把数据复制到一个新工作表，或另存为 CSV 后再导入。",
                          "File {name} is over the import limit (at most {limit} {what}) and was "
                          "rejected. A real contribution export has a few thousand rows: copy just "
                          "the data to a new sheet, or save it as CSV, and import that."),
    Msg.BAD_PERIOD: ("期间无法识别", "Period not recognised"),
    Msg.PERIOD_OUT_OF_RANGE: ("期间超出范围", "Period out of range"),
    Msg.MISSING_VALUE: ("缺少数值", "Value missing"),
    Msg.BAD_AMOUNT: ("金额不是数字", "Amount is not a number"),
    Msg.NEGATIVE_AMOUNT: ("金额为负数", "Amount is negative"),
    Msg.AMOUNT_TOO_LARGE: ("金额过大", "Amount too large"),
    Msg.ZERO_AMOUNT: ("金额为零", "Amount is zero"),
    Msg.BAD_MONTHS: ("月数无效", "Invalid number of months"),
    Msg.DUPLICATE_PERIOD: ("期间重复", "Period repeated"),
    Msg.NOT_PENSION: ("不是养老保险的行", "Not a pension insurance row"),
    Msg.TOTAL_ROW: ("合计行", "Total row"),
    Msg.INVALID_ROW: ("该行无效", "Invalid row"),
    Msg.TOO_MANY_ROWS: ("行数过多", "Too many rows"),
    Msg.BAD_REGION: ("未知地区", "Unknown region"),
    Msg.BAD_RANGE: ("起止月份无效", "Invalid start or end month"),
    Msg.ADJUSTMENT_WITHOUT_MONTH: ("补差行没有对应月份的正常缴费行", "Adjustment row without a regular row for its month"),
    Msg.OTHER_INSURANCE: ("其他险种（已忽略）", "Other insurance (ignored)"),
    Msg.UNPAID_MONTH: ("有月份、工资（基数）为空：按未缴费月份处理（断缴）",
                       "a month with a blank wage or base: taken as a month not paid (a gap)"),
    Msg.ARREARS: ("标为欠缴（未缴费）：不导入，按断缴处理",
                  "marked as owed (arrears, not paid): not imported, taken as a gap"),
    Msg.EXTRA_CELLS: ("比表头多出单元格（金额中的逗号未加引号？如 6,500 被分成 6 和 500），未导入", "more cells than the header (a comma in an amount not quoted? 6,500 read as 6 and 500): not imported"),  # noqa: E501
    Msg.DATA_DIR_UNUSABLE: ("数据文件夹 {path} 无法使用：{reason}",
                            "The data folder {path} cannot be used: {reason}"),
    Msg.NEEDS_DISPLAY: ("窗口需要图形显示（未设置 DISPLAY 或 WAYLAND_DISPLAY）；无界面时可用命令 "
                        "{commands}，例如 shebao-desktop estimate 档案.json",
                        "the window needs a display (neither DISPLAY nor WAYLAND_DISPLAY is set); "
                        "without one use the commands {commands}, e.g. shebao-desktop estimate "
                        "profile.json"),
    Msg.NO_MONTHLY_PENSION: (
        "缴费年限不足最低 {required} 年（差 {shortfall_months} 个月）",
        "below the minimum {required} years (short {shortfall_months} months)"),
    Msg.BASES_ADJUSTED: ("有 {count} 年的缴费基数按上下限调整（见逐年明细）",
                         "In {count} years the contribution base was raised to the floor or "
                         "capped at the ceiling (see the year table)"),
    Msg.ROWS_LEFT_OUT: ("缴费记录第 {rows} 行有误，未计入计算（共 {count} 行）；改正后计入",
                        "Contribution rows {rows} have errors and are left out of the figures "
                        "until corrected ({count} rows)"),
    Msg.ALREADY_REACHED: ("按目前的计划已经达到", "reached already with the present plan"),
    Msg.FOUND: ("可以达到", "reachable"),
    Msg.ABOVE_CEILING: ("按缴费基数上限（社平工资的 300%）缴费也达不到",
                        "not reachable even at the ceiling base (300 % of the average wage)"),
    Msg.NOT_WITHIN_WINDOW: ("推迟到最晚弹性退休月份也达不到",
                            "not reachable by the latest elective retirement month"),
    Msg.ALREADY_RETIRED: ("已经退休，无从选择", "retired already: nothing left to choose"),
    Msg.MINIMUM_NOT_MET: ("退休时缴费年限不足最低年限，不能按月领取（见补缴）",
                          "below the minimum contribution years at retirement: no monthly "
                          "pension (see making up)"),
    Msg.YEARS_BEFORE_ACCOUNT_UNSTATED: (
        "实际缴费 {years} 年比当地 {start} 建立个人账户以来的 {since} 年多 {over} 年：多出的 {excess} 年"
        "应是建账前缴费年限（用 --pre-account-years 给出）或视同缴费年限（从 --years 移到 "
        "--deemed-years），否则过渡性养老金不计这些年",
        "{years} years paid are {over} more than the {since} years since the region opened "
        "personal accounts ({start}): these {excess} years were paid before the account (give "
        "--pre-account-years) or are deemed (move them from --years to --deemed-years); "
        "else the transitional pension does not count them"),
    Msg.FLOOR_REACHES: ("按缴费基数下限缴费即可达到（工资低于下限时按下限缴费）",
                        "reached at the floor base (a wage below the floor is paid on the floor)"),
}

# the notices of months paid in other regions (presentation/other_regions.py)
from .cell_words import CELL_WORDS  # noqa: E402 - it reads Msg above
from .other_regions import OTHER_REGIONS  # noqa: E402 - it reads Msg above

_T.update(OTHER_REGIONS)
_T.update(CELL_WORDS)
