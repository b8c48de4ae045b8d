"""New-user trial 2, finding 3: the 五险一金月缴费 table showed the medical employer amount and
the work-injury one with no ※ while their rates are estimates (the PDF's parameter list marks
them ※估计). Now an amount figured with an estimated rate in force that month is marked ※, the
others not, and the mark is explained once under the table."""

from shebao_desktop.core.estimate import estimate
from shebao_desktop.core.yearmonth import YearMonth
from shebao_desktop.gui.sample import sample_profile
from shebao_desktop.gui.tables import BreakdownModel

AS_OF = YearMonth(2026, 11)


def _estimated_now(e, name):
    month, region = e.monthly_contributions.month, e.monthly_contributions.region
    used = [p for p in e.parameters if p.name == name and p.effective_from <= month
            and p.region in (region, "national")]
    best = max(used, key=lambda p: (p.region == region, p.effective_from))
    return best.status == "estimated"


def test_the_estimated_rates_are_marked_in_the_breakdown(window, qtbot):
    session = window.session
    session.as_of = AS_OF
    session.apply(sample_profile(AS_OF), "sample")
    qtbot.waitUntil(lambda: session.estimate is not None and session.estimate.as_of == AS_OF)
    e = session.estimate
    # the data behind the trial's finding: both rates are estimates, the employee ones are not
    assert _estimated_now(e, "medical/employer_rate") and _estimated_now(e, "injury/employer_rate")
    assert not _estimated_now(e, "pension/employee_rate")
    model: BreakdownModel = window.results.breakdown_model
    keys = [row.key for row in model.rows]
    text = lambda key, column: model.display(keys.index(key), column)  # noqa: E731
    assert text("medical", 2).endswith("※")  # 单位每月
    assert text("injury", 2).endswith("※")
    assert not text("pension", 1).endswith("※") and not text("pension", 2).endswith("※")
    assert not text("medical", 1).endswith("※")  # 2 % + 3 yuan: enacted
    assert text("medical", 2).removesuffix(" ※").replace(",", "") == \
        str(e.monthly_contributions.lines["medical"].employer)  # the figure itself unchanged
    window.results.tabs.setCurrentIndex(window.results.tabs.indexOf(
        window.results.breakdown_table.parentWidget()))
    mark = window.results.breakdown_mark
    qtbot.waitUntil(mark.isVisible)
    assert mark.text().startswith("※")
