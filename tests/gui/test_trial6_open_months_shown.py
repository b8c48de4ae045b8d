"""Trial 6: with the earliest elective month past (2026-05), the chart of the pension by
retirement month began at 2026-05 and 计算过程 said "弹性退休可在 2026-05 至 … 之间选择", while
比较退休时间 rightly began at 2027-01 (retiring cannot be in the past). The chart and the text
now follow the months still open (core.sweep.open_months)."""

from shebao_desktop.core.estimate import estimate
from shebao_desktop.core.profile import Profile
from shebao_desktop.core.sweep import open_months, retirement_months
from shebao_desktop.core.yearmonth import YearMonth
from shebao_desktop.gui.charts import RetirementAgeChart
from shebao_desktop.gui.explain import explain_html
from shebao_desktop.gui.session import Session

AS_OF = YearMonth(2026, 12)


def _woman() -> Profile:
    return Profile.model_validate({
        "name": "赵敏", "region": "hunan", "birth": "1976-05", "gender": "female",
        "category": "worker", "history": [{"period": str(y), "region": "hunan", "amount": "7000"}
                                          for y in range(2000, 2026)]})


def test_the_chart_and_the_explanation_begin_at_the_first_open_month(qtbot):
    woman = _woman()
    window = retirement_months(woman, as_of=AS_OF)
    assert window.earliest_month == YearMonth(2026, 5) < AS_OF < window.statutory_month
    first, last = open_months(woman, window, AS_OF)
    assert first == YearMonth(2027, 1) and last == window.latest_month
    session = Session(woman, as_of=AS_OF)
    session.recompute()
    chart = RetirementAgeChart(session)
    qtbot.addWidget(chart)
    months = chart.months(session.estimate)
    assert months[0] == first and months[-1] == last and window.statutory_month in months
    assert all(month > AS_OF for month in months)
    text = explain_html(woman, estimate(woman, as_of=AS_OF))
    assert f"弹性退休时间为 2026-05 至 {last}，现在仍可选择 2027-01 至 {last}" in text
    # not yet at the earliest month: the window as it is
    young = explain_html(woman, estimate(woman, as_of=YearMonth(2026, 1)))
    assert f"弹性退休可在 2026-05 至 {last} 之间选择" in young
