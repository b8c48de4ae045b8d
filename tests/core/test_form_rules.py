"""Approval-form rules added after the first engine (issue 8 follow-up): typed years counted as
whole months, the typed index in (1 + Z) / 2, half-year counting, a coefficient by paid years,
explicit early retirement and Shanghai's notional account."""

from __future__ import annotations

from decimal import Decimal

from shebao_desktop.core.pension import whole_months
from shebao_desktop.core.pension_at_retirement import PensionInputs, pension_at_retirement
from shebao_desktop.core.policy.loader import default_policy_data
from shebao_desktop.core.policy.view import Override, PolicyView
from shebao_desktop.core.yearmonth import YearMonth


def _pension(overrides=(), **figures):
    view = PolicyView(default_policy_data(), {"average_wage_growth": Decimal("0.03")},
                      tuple(Override(n, v) for n, v in overrides))
    given = {"birth": YearMonth(1965, 4), "retire": YearMonth(2025, 4), "region": "tianjin",
             "actual_months": Decimal("23.92") * 12, "deemed_years": Decimal("9.42"),
             "balance": Decimal(100000), "average_index": Decimal("0.79"),
             "pension_base": Decimal(9232)}
    given.update(figures)
    return pension_at_retirement(view, PensionInputs(**given))


def test_typed_years_become_whole_months_before_they_are_added():
    """天津 2025-04 form: 23.92 paid + 9.42 deemed = 287 + 113 = 400 months = 33.33 years, basic
    9232 x 1.79 / 2 x 33.33% = 2753.94 (adding 2-decimal years gives 33.34 and 2754.76)."""
    assert whole_months(Decimal("23.92")) == 287 and whole_months(Decimal("9.42")) == 113
    assert whole_months(Decimal("0.125")) == 2  # 1.5 months rounds half-up
    result = _pension()
    assert result.contribution_years == Decimal("33.3300")
    assert result.basic_pension == Decimal("2753.94")
    summed = _pension([("pension/years_summed_in_months", False)])
    assert summed.contribution_years == Decimal("33.3400")


def test_half_one_plus_average_takes_the_typed_index_when_one_is_given():
    """辽宁 沈阳 2024-03 form: 8266 x (1 + 1.23833) / 2 x 13.17 x 1.4% = 1705.70 with the printed
    建账前缴费指数; without it (1 + Ī) / 2 with Ī 1.2387 -> 1705.98."""
    figures = {"region": "shenyang", "birth": YearMonth(1964, 3), "retire": YearMonth(2024, 3),
               "actual_months": Decimal("31.5") * 12, "deemed_years": Decimal("9.92"),
               "pre_account_years": Decimal("13.17"), "average_index": Decimal("1.2387"),
               "pension_base": Decimal(8266), "balance": Decimal(212742)}
    typed = _pension(transitional_index=Decimal("1.23833"), **figures)
    assert typed.transitional_pension == Decimal("1705.70")
    assert typed.transitional_index_source == "given"
    plain = _pension(**figures)
    assert plain.transitional_pension == Decimal("1705.98")
    assert plain.transitional_index_source == "rule"


def test_years_rounded_up_to_the_half_year():
    """福建 halves_up: up to 6 months over count as half a year, more as a whole year; 尤溪 form:
    建账前 1983-09..1995-12 = 148 months -> 12.5 (not the 12.33 deemed), 1237.98 transitional."""
    from shebao_desktop.core.pension import contribution_years
    assert [contribution_years(Decimal(m), "halves_up", None) for m in (148, 486, 487, 492, 0)] == \
        [Decimal("12.5"), Decimal("40.5"), Decimal(41), Decimal(41), Decimal(0)]
    assert contribution_years(Decimal("492.04"), "halves_up", None) == Decimal(41)  # typed 2dp years
    result = _pension(region="fujian", birth=YearMonth(1964, 8), retire=YearMonth(2024, 8),
                      actual_months=Decimal("28.67") * 12, deemed_years=Decimal("12.33"),
                      average_index=Decimal("1.012"), pension_base=Decimal(7528),
                      balance=Decimal("131737.16"), work_start=YearMonth(1983, 9))
    assert result.pre_account_years == Decimal("12.5000")
    assert result.contribution_years == Decimal("41.0000")
    assert result.transitional_pension == Decimal("1237.98")


def test_transitional_coefficient_by_years_actually_paid():
    """吉林: 1.2% below 20 years actually paid, 1.4% from 20 (deemed years not counted):
    7322.08 x 0.46 x 15.25 x k, 1.4% -> 719.10 (通化 form, 29.17 paid); 1.2% -> 616.37."""
    figures = {"region": "jilin", "birth": YearMonth(1965, 8), "retire": YearMonth(2025, 8),
               "deemed_years": Decimal("15.25"), "average_index": Decimal("0.46"),
               "pension_base": Decimal("7322.08")}
    many = _pension(actual_months=Decimal("29.17") * 12, **figures)
    assert many.transitional_coefficient == Decimal("0.014")
    assert many.transitional_pension == Decimal("719.10")
    exactly = _pension(actual_months=Decimal(240), **figures)
    assert exactly.transitional_coefficient == Decimal("0.014")
    few = _pension(actual_months=Decimal(239), **figures)
    assert few.transitional_coefficient == Decimal("0.012")
    assert few.transitional_pension == Decimal("616.37")


def _figures(**over):
    from shebao_desktop.core.pension_query import PensionFigures
    given = {"region": "tianjin", "gender": "male", "category": "worker",
             "birth": YearMonth(1970, 7), "retire": YearMonth(2025, 9), "years": Decimal("27.08"),
             "deemed_years": Decimal(10), "average_index": Decimal("0.78"),
             "transitional_index": Decimal("0.81"), "account": Decimal("119559.06"),
             "pension_base": Decimal(9232)}
    given.update(over)
    return PensionFigures(**given)


def _answer(figures):
    from shebao_desktop.core.pension_query import pension_from_figures
    data = default_policy_data()
    return pension_from_figures(data, PolicyView(data, {}), figures)


def test_early_retirement_is_an_explicit_case():
    """天津 津南区 2025-09: a special-job man at 55y2m, divisor 169 at the exact age; refused
    without the case, refused before 55 with it; illness allows men from 50."""
    import pytest
    from shebao_desktop.core.pension_query import FigureError
    with pytest.raises(FigureError) as refused:
        _answer(_figures())
    assert refused.value.field == "--retire" and "--early-retirement" in refused.value.problem
    answer = _answer(_figures(early_retirement="special"))
    b = answer.breakdown
    assert b.account_pension_divisor == Decimal(169)
    assert (b.basic_pension, b.account_pension, b.transitional_pension) == \
        (Decimal("3046.67"), Decimal("707.45"), Decimal("747.79"))
    with pytest.raises(FigureError) as young:
        _answer(_figures(early_retirement="special", retire=YearMonth(2025, 6)))  # 54y11m
    assert young.value.field == "--retire" and "55" in young.value.problem
    ill = _answer(_figures(early_retirement="illness", retire=YearMonth(2021, 7)))  # 51y0m
    assert ill.age.years == 51 and ill.breakdown.account_pension_divisor == Decimal(190)


def test_early_retirement_keeps_the_minimum_years():
    """Below the minimum years the early retiree gets no monthly pension (payable false)."""
    answer = _answer(_figures(early_retirement="special", years=Decimal(3), deemed_years=Decimal(2)))
    assert not answer.breakdown.payable and answer.total == 0


def test_notional_account_is_its_own_term_of_the_transitional_pension():
    """上海 2023-12 form: 12183 x 1.67 x 1.2% = 244.15 + 虚账实记 61584 / 120 = 513.20 -> 757.35,
    up to the jiao 757.4; regions without the rule ignore the balance (and the CLI refuses it)."""
    figures = {"region": "shanghai", "birth": YearMonth(1963, 5), "retire": YearMonth(2023, 5),
               "actual_months": Decimal(372), "deemed_years": Decimal("1.67"),
               "pre_account_years": Decimal("1.67"), "average_index": Decimal("1.3569"),
               "pension_base": Decimal(12183), "balance": Decimal(242221)}
    without = _pension(**figures)
    assert without.transitional_pension == Decimal("244.20") and without.notional_account is None
    result = _pension(notional_account=Decimal(61584), **figures)
    assert result.transitional_pension == Decimal("757.40")
    assert result.notional_account_pension == Decimal("513.20")
    assert result.notional_account_divisor == Decimal(120)
    elsewhere = _pension(notional_account=Decimal(61584))  # Tianjin: no such rule
    assert elsewhere.notional_account_pension is None
    assert elsewhere.transitional_pension == _pension().transitional_pension


def test_cli_refuses_a_notional_account_where_the_region_has_no_rule():
    import io
    from contextlib import redirect_stderr, redirect_stdout
    from shebao_desktop import cli
    err = io.StringIO()
    with redirect_stdout(io.StringIO()), redirect_stderr(err):
        code = cli.main(["pension", "--region", "tianjin", "--gender", "male", "--birth", "1965-04",
                         "--retire", "2025-04", "--years", "30", "--average-index", "1",
                         "--account", "100000", "--notional-account", "5000"])
    assert code == 2 and "--notional-account" in err.getvalue()


def test_statement_notional_account_reaches_the_estimate():
    """A Shanghai statement with a 虚账实记 balance adds balance / 120 to the transitional pension."""
    from shebao_desktop.core.estimate import estimate
    from shebao_desktop.core.profile import Profile
    data = {"birth": "1963-05", "gender": "male", "region": "shanghai", "deemed_years": "1.67",
            "statement": {"as_of": "2023-04", "pension_balance": "242221",
                          "contribution_years": "30.9", "average_index": "1.3569",
                          "pre_account_years": "1.67"},
            "future": {"continue_contributing": False}}
    plain = estimate(Profile.model_validate(data), as_of=YearMonth(2023, 4)).pension
    data["statement"]["notional_account"] = "61584"
    with_notional = estimate(Profile.model_validate(data), as_of=YearMonth(2023, 4)).pension
    assert with_notional.notional_account_pension == Decimal("513.20")
    assert with_notional.transitional_pension - plain.transitional_pension >= Decimal("513.1")


def test_pension_text_names_the_early_retirement_case_and_the_notional_term():
    import io
    from contextlib import redirect_stdout
    from shebao_desktop import cli
    out = io.StringIO()
    with redirect_stdout(out):
        cli.main(["pension", "--region", "tianjin", "--gender", "male", "--birth", "1970-07",
                  "--retire", "2025-09", "--years", "27.08", "--deemed-years", "10",
                  "--average-index", "0.78", "--account", "119559.06", "--pension-base", "9232",
                  "--early-retirement", "special", "--format", "text"])
        cli.main(["pension", "--region", "shanghai", "--gender", "male", "--birth", "1963-05",
                  "--retire", "2023-05", "--years", "31", "--deemed-years", "1.67",
                  "--average-index", "1.3569", "--account", "242221", "--pension-base", "12183",
                  "--notional-account", "61584", "--format", "text"])
    text = out.getvalue()
    assert "special job type" in text or "特殊工种" in text
    assert "513.20" in text
