"""Human labels of the policy parameters (context "explain", shared by the explanation page,
the printed summary and the year table's hover text)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from .i18n import current_language

translate = QCoreApplication.translate


_BY_LANGUAGE: dict[str, dict[str, tuple[str, str]]] = {}


def parameter_labels() -> dict[str, tuple[str, str]]:
    """Human label and display kind of each policy parameter, in the order they are listed;
    worded once per language (the explanation and the PDF ask for them per parameter).
    The dict is shared: do not change it."""
    language = current_language()
    if language not in _BY_LANGUAGE:
        _BY_LANGUAGE[language] = _worded()
    return _BY_LANGUAGE[language]


def _worded() -> dict[str, tuple[str, str]]:
    return {
        "pension_base": (translate("explain", "养老金计发基数"), "yuan"),
        "average_wage": (translate("explain", "社会平均工资（月）"), "yuan"),
        "contribution_base/ceiling": (translate("explain", "缴费基数上限"), "yuan"),
        "contribution_base/floor": (translate("explain", "缴费基数下限"), "yuan"),
        "contribution_base/ceiling_ratio": (translate("explain", "缴费基数上限比例"), "ratio"),
        "contribution_base/floor_ratio": (translate("explain", "缴费基数下限比例"), "ratio"),
        "pension/account_pension_divisor": (translate("explain", "个人账户养老金计发月数"), "table"),
        "pension/credited_interest_rate": (translate("explain", "养老保险个人账户记账利率"), "rate"),
        "pension/interest_convention": (translate("explain", "个人账户当年缴费计息方法"), "convention"),
        "pension/retired_account_interest": (translate("explain", "退休后账户余额继续计息"), "flag"),
        "pension/employee_rate": (translate("explain", "养老保险个人缴费比例"), "rate"),
        "pension/employer_rate": (translate("explain", "养老保险单位缴费比例"), "rate"),
        "pension/personal_account_rate": (translate("explain", "养老保险个人账户记账比例"), "rate"),
        "pension/flexible_rate": (translate("explain", "灵活就业养老保险缴费比例"), "rate"),
        "pension/flexible_account_rate": (translate("explain", "灵活就业计入个人账户比例"), "rate"),
        "pension/min_contribution_years": (translate("explain", "最低累计缴费年限"), "years"),
        "pension/year_counting": (translate("explain", "缴费年限计算方法"), "convention"),
        "pension/month_weight": (translate("explain", "不满一年的月数折算"), "ratio"),
        "pension/deemed_years_index": (translate("explain", "视同缴费年限的缴费指数"), "ratio"),
        "pension/transitional_coefficient": (translate("explain", "过渡性养老金计发系数"), "rate"),
        "pension/transitional_index_rule": (translate("explain", "过渡性养老金使用的指数"), "convention"),
        "pension/low_index_threshold": (translate("explain", "基础养老金低指数调整的指数下限"), "ratio"),
        "pension/rounding": (translate("explain", "养老金舍入规则"), "convention"),
        "pension/transitional_index_fallback": (translate("explain", "未填过渡性指数时使用的指数"), "convention"),
        "pension/transitional_years_rule": (translate("explain", "过渡性养老金计算年限"), "convention"),
        "pension/account_start": (translate("explain", "个人账户建立时间"), "month"),
        "pension/transitional_paid_window": (translate("explain", "过渡性养老金实际缴费计发期间"), "window"),
        "pension/total_rounding": (translate("explain", "养老金合计舍入规则"), "convention"),
        "pension/annual_adjustment": (translate("explain", "基本养老金年度调整幅度"), "rate"),
        # the rules only some regions have (core.policy.loader.REGIONAL_ONLY)
        "pension/rounding_basic": (translate("explain", "基础养老金舍入规则"), "convention"),
        "pension/rounding_account": (translate("explain", "个人账户养老金舍入规则"), "convention"),
        "pension/rounding_transitional": (translate("explain", "过渡性养老金舍入规则"), "convention"),
        "pension/indexed_wage_rounding": (translate("explain", "指数化月平均缴费工资舍入规则"), "convention"),
        "pension/indexed_wage_base": (translate("explain", "指数化月平均缴费工资使用的计发基数"), "yuan"),
        "pension/transitional_wage_base": (translate("explain", "过渡性养老金使用的计发基数"), "yuan"),
        "pension/divisor_by_whole_years": (translate("explain", "计发月数按整岁查表"), "flag"),
        "pension/years_summed_in_months": (translate("explain", "缴费年限先折算为整月再相加"), "flag"),
        "pension/transitional_coefficient_by_paid_years": (
            translate("explain", "过渡性养老金计发系数（按实际缴费年限）"), ""),
        "pension/personal_transitional_coefficient": (
            translate("explain", "过渡性养老金计发系数（按本人身份）"), ""),
        "pension/transitional_phase_in": (translate("explain", "过渡性养老金新老办法逐年过渡比例"), ""),
        "pension/transitional_phase_in_rounding": (
            translate("explain", "过渡性养老金逐年过渡期间的舍入规则"), "convention"),
        "pension/notional_account_divisor": (translate("explain", "虚账实记部分的计发月数"), ""),
        "retirement/early_retirement_ages": (translate("explain", "提前退休的最低年龄"), ""),
        "retirement/late_claim_months": (translate("explain", "逾期申领的最长月数"), ""),
        "retirement/schedule_male": (translate("explain", "法定退休年龄规则（男职工）"), "schedule"),
        "retirement/schedule_female_worker": (translate("explain", "法定退休年龄规则（女职工，原50岁）"), "schedule"),
        "retirement/schedule_female_cadre": (translate("explain", "法定退休年龄规则（女职工，原55岁）"), "schedule"),
        "retirement/schedule_female_flexible": (translate("explain", "法定退休年龄规则（灵活就业女性）"), "schedule"),
        "medical/employee_rate": (translate("explain", "医疗保险个人缴费比例"), "rate"),
        "medical/employer_rate": (translate("explain", "医疗保险单位缴费比例"), "rate"),
        "medical/employee_fixed": (translate("explain", "医保个人每月固定缴费"), "yuan"),
        "medical/flexible_rate": (translate("explain", "灵活就业医保缴费比例"), "rate"),
        "medical/account_employee_share": (translate("explain", "个人缴费计入医保个人账户的比例"), "ratio"),
        "medical/account_employer_rate": (translate("explain", "单位缴费划入医保个人账户"), "rate"),
        "medical/account_interest_rate": (translate("explain", "医保个人账户年利率"), "rate"),
        "medical/retiree_credit_fixed": (translate("explain", "退休人员医保个人账户定额划入"), "yuan"),
        "medical/retiree_credit_rate": (translate("explain", "退休人员医保个人账户划入比例"), "rate"),
        "unemployment/employee_rate": (translate("explain", "失业保险个人缴费比例"), "rate"),
        "unemployment/employer_rate": (translate("explain", "失业保险单位缴费比例"), "rate"),
        "unemployment/flexible_rate": (translate("explain", "灵活就业失业保险缴费比例"), "rate"),
        "injury/employee_rate": (translate("explain", "工伤保险个人缴费比例"), "rate"),
        "injury/employer_rate": (translate("explain", "工伤保险单位缴费比例"), "rate"),
        "maternity/employee_rate": (translate("explain", "生育保险个人缴费比例"), "rate"),
        "maternity/employer_rate": (translate("explain", "生育保险单位缴费比例"), "rate"),
        "housing_fund/ceiling": (translate("explain", "住房公积金缴存基数上限"), "yuan"),
        "housing_fund/floor": (translate("explain", "住房公积金缴存基数下限"), "yuan"),
        "housing_fund/ceiling_ratio": (translate("explain", "公积金缴存基数上限倍数"), "ratio"),
        "housing_fund/rate_min": (translate("explain", "住房公积金缴存比例下限"), "rate"),
        "housing_fund/rate_max": (translate("explain", "住房公积金缴存比例上限"), "rate"),
        "housing_fund/interest_rate": (translate("explain", "住房公积金年利率（上年结转）"), "rate"),
        "housing_fund/interest_rate_current_year": (translate("explain", "住房公积金年利率（当年归集）"), "rate"),
        "housing_fund/rounding": (translate("explain", "住房公积金缴存额舍入规则"), "convention"),
        "statistics/urban_average_wage": (translate("explain", "全国城镇非私营单位年平均工资"), "yuan"),
        "statistics/caliber_factor": (translate("explain", "2019年前社平工资口径换算系数"), "ratio"),
        "assumptions/own_wage_growth": (translate("explain", "本人工资年增长率（假设）"), "rate"),
        "assumptions/average_wage_growth": (translate("explain", "社会平均工资年增长率（假设）"), "rate"),
        "assumptions/credited_interest_rate": (translate("explain", "未来记账利率（假设）"), "rate"),
        "assumptions/inflation": (translate("explain", "通货膨胀率（假设）"), "rate"),
        "assumptions/pension_adjustment": (translate("explain", "未来养老金调整幅度（假设）"), "rate"),
        "assumptions/bands/own_wage_growth": (translate("explain", "本人工资年增长率的低/高情形（假设）"), ""),
        "assumptions/bands/average_wage_growth": (
            translate("explain", "社会平均工资年增长率的低/高情形（假设）"), ""),
        "assumptions/bands/credited_interest_rate": (translate("explain", "记账利率的低/高情形（假设）"), ""),
        "assumptions/bands/pension_adjustment": (translate("explain", "养老金调整幅度的低/高情形（假设）"), ""),
    }


def parameter_label(name: str) -> str:
    if name.startswith("pension/addons/") and name not in parameter_labels():
        return translate("explain", "地方加发项目（{id}）").format(id=name.rsplit("/", 1)[-1])
    return parameter_labels().get(name, (name, ""))[0]


def window_index_labels() -> dict[str, str]:
    """The index a window's years are counted at (pension/transitional_paid_window's ``index``:
    the typed 过渡性指数 or an index rule's name; absent means the average index)."""
    return {
        "transitional_index": translate("explain", "按过渡性指数计"),
        "average_index": translate("explain", "按本人平均缴费指数计"),
        "one": translate("explain", "按指数 1 计"),
        "half_one_plus_average": translate("explain", "按（1 + 本人平均缴费指数）/ 2 计"),
        "average_index_floor_one": translate("explain", "按本人平均缴费指数计（低于 1 时按 1）"),
    }


def window_text(value: dict) -> str:
    """A "window" value in words: 1992-10 至 1998-06，按过渡性指数计 (not its raw keys)."""
    index = str(value.get("index", "average_index"))
    return translate("explain", "{start} 至 {end}，{index}").format(
        start=value.get("from", ""), end=value.get("to", ""),
        index=window_index_labels().get(index, index))
