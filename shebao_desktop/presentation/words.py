"""The words inside the messages (``catalogue``): why a data folder cannot be used, what an
imported table has too many of, the profile's fields, the assumptions and the accounts, each
in Chinese and English."""

from __future__ import annotations

#: why a data folder cannot be used (the ``reason`` of DATA_DIR_UNUSABLE)
DATA_DIR_REASONS = {
    "NOT_A_FOLDER": ("它是一个文件，不是文件夹", "it is a file, not a folder"),
    "NOT_WRITABLE": ("没有写入权限", "it is not writable"),
    "NOT_READABLE": ("没有读取权限", "it is not readable"),
    "CANNOT_CREATE": ("无法创建", "it cannot be created"),
}

#: what an imported table has too many of (the ``what`` of TABLE_TOO_LARGE; storage/xlsx_limits.py)
TABLE_LIMITS = {
    "cells": ("单元格（空的带格式单元格也计入）", "cells (empty formatted cells count too)"),
    "rows": ("行", "rows"),
    "strings": ("不同的文字", "distinct texts"),
}

#: labels of the profile's fields, for a check that names only its field
_FIELDS = {
    "name": ("姓名", "name"), "birth": ("出生年月", "birth"), "gender": ("性别", "gender"),
    "category": ("身份类别", "category"), "region": ("参保地区", "region"),
    "work_start": ("参加工作时间", "work start"), "deemed_years": ("视同缴费年限", "deemed years"),
    "retirement": ("计划退休", "retirement"), "history": ("缴费记录", "history"),
    "period": ("期间", "period"), "amount": ("金额", "amount"), "months": ("缴费月数", "months"),
    "statement": ("权益记录单", "statement"), "assumptions": ("假设", "assumptions"),
    "future": ("未来缴费", "future contributions"), "housing_fund": ("住房公积金", "housing fund"),
}

MONEY_PARAMS = ("floor", "ceiling", "amount", "wanted", "taken")

#: the assumptions an estimate states (core/summary.ASSUMPTION_NAMES), in this order
ASSUMPTION_WORDS = {"own_wage_growth": ("本人工资增长", "Own wage growth"),
                    "average_wage_growth": ("社平工资增长", "Average wage growth"),
                    "credited_interest_rate": ("未来记账利率", "Future credited interest rate"),
                    "inflation": ("通货膨胀", "Inflation"),
                    "pension_adjustment": ("养老金调整", "Pension adjustment")}

#: account codes in a notice's ``accounts`` list
_ACCOUNTS = {"pension": ("养老保险个人账户", "pension account"),
             "medical": ("医保个人账户", "medical account"),
             "housing_fund": ("住房公积金", "housing fund")}

#: where the wage of months counted as paid comes from (the ``wage`` of PAST_MONTHS_ASSUMED_PAID,
#: core/plan._project_future: the future monthly wage > the last row > the statement's index);
#: "" where the notice does not say, worded as the rule itself
WAGE_SOURCES = {
    "future_wage": ("工资按指定的未来月工资推算", "wages grown from the future monthly wage you set"),
    "last_row": ("工资按最后一行缴费记录推算", "wages grown from the last contribution row"),
    "statement_index": ("工资按权益记录单的平均缴费指数推算",
                        "wages at the statement's average contribution index"),
    "": ("工资按指定的未来月工资推算，未指定时按最后一行缴费记录",
         "wages grown from the future monthly wage you set, or else from the last contribution row"),
}

