"""The wording of the notices about months paid in other regions than the one the pension is
estimated for: months before a region's accounts opened, months another region's account took,
and a record in more than one province (where the pension is drawn). Part of the catalogue
(presentation.catalogue), kept apart for its length."""

from __future__ import annotations

from .catalogue import Msg

OTHER_REGIONS = {
    Msg.PRE_ACCOUNT_ELSEWHERE: (
        "{from} 至 {to} 在{region}缴费的 {months} 个月早于当地建立个人账户（{start}），未记入个人账户；"
        "退休地的过渡性养老金只计其建账（{local_start}）以前的年限，这些月份也未计入。若经办机构把它们"
        "认定为建账前缴费年限，可在“个人信息”中填写建账前缴费年限 {years} 年，重新估算",
        "The {months} months paid in {region} from {from} to {to} came before that region opened "
        "personal accounts ({start}) and went to no account; the transitional pension where you "
        "retire counts only the years before its own accounts opened ({local_start}), so they are "
        "not counted there either. If the pension office counts them as years before the account, "
        "enter {years} years before the account under Personal details to estimate again"),
    Msg.PAID_IN_SEVERAL_PROVINCES: (
        "缴费记录跨省（{provinces}{projected}）：养老金按参保地{region}的规则和计发基数估算{future}。"
        "待遇领取地按《城镇企业职工基本养老保险关系转移接续暂行办法》（国办发〔2009〕66号）第六条确定：养老保险关系在户籍地的，"
        "在户籍地领取；不在户籍地的，在最后参保地累计缴费满 10 年的在该地领取，否则回到上一个累计满 10 年的参保地，"
        "各地都不满 10 年的回户籍地。领取地不是{region}时，请在“个人信息”中改选参保地",
        "Contributions in more than one province ({provinces}{projected}): the "
        "pension is estimated under the rules and pension base of {region}{future}. Where it is drawn follows art. 6 of the Interim Measures for the "
        "Transfer of Basic Pension Insurance of Urban Enterprise Employees (Guobanfa [2009] No. "
        "66): the place of household registration if the insurance is there; otherwise the last "
        "place insured if 10 or more years were paid there, else the previous place with 10 "
        "years, else the place of household registration. If that is not {region}, choose it as "
        "the insured region under Personal details"),
    Msg.CREDITED_ELSEWHERE: (
        "{from} 至 {to} 在{region}缴费的 {months} 个月早于退休地建立个人账户（{local_start}），但已记入"
        "{region}的个人账户（随账户转入）：为免同一个月既记账又计过渡性养老金，不计入建账前缴费年限。"
        "若核定表把它们计入，可在“个人信息”中填写建账前缴费年限 {years} 年，重新估算",
        "The {months} months paid in {region} from {from} to {to} came before the region where you "
        "retire opened personal accounts ({local_start}), but {region} credited them to your "
        "personal account (transferred with it): so that no month both earns account credit and "
        "counts in the transitional pension, they are not counted as years before the account. If "
        "your pension form counts them, enter {years} years before the account under Personal "
        "details to estimate again"),
}

#: PAID_IN_SEVERAL_PROVINCES with months to come (its ``projected`` parameter "1") says so and
#: where they are placed; a record of past months only (retired, or nothing more paid) does not
#: (trial 16: "含今后预计的月份" for a woman retired in 2025)
PROJECTED_WORDS = {"projected": ("，含今后预计的月份", ", projected months included"),
                   "future": ("，今后的缴费也记在该地", ", where the months to come are also placed")}
