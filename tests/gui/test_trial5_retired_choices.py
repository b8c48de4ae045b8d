"""Trial 5: a woman whose statutory month (2025-09 here) passed with nothing paid since was shown
later retirement months (2027-01, 2028-12) in 比较退休时间 and on the one-page summary, each
assuming months she could no longer pay, and the one-page range read "约 4,996 – 4,996". An
elective delay is agreed with the employer before the statutory age (人社部发〔2024〕94号): with
no month paid since, the statutory month is the only one (core.sweep.open_months), and a range
that says nothing is not printed."""

from shebao_desktop.core.decide.compare import default_months
from shebao_desktop.core.profile import Profile
from shebao_desktop.core.sweep import open_months, retirement_months
from shebao_desktop.core.yearmonth import YearMonth
from shebao_desktop.gui.compare_view import compare_work
from shebao_desktop.gui.fan_chart import range_shown, with_range
from shebao_desktop.gui.session import Session
from shebao_desktop.gui.summary_page import one_page_data, one_page_html

AS_OF = YearMonth(2026, 12)
STATUTORY = YearMonth(2025, 9)  # born 1975-06, a woman worker: 50 and 3 months


def _woman(last_paid: str = "2025-08") -> Profile:
    rows = [{"period": str(y), "region": "hunan", "amount": "5000"} for y in range(2000, 2025)]
    end = YearMonth.parse(last_paid)
    month = YearMonth(2025, 1)
    while month <= end:
        rows.append({"period": str(month), "region": "hunan", "amount": "5000"})
        month = month + 1
    return Profile.model_validate({"name": "王秀兰", "region": "hunan", "birth": "1975-06",
                                   "gender": "female", "category": "worker", "history": rows})


def test_a_statutory_month_past_with_nothing_paid_since_is_the_only_choice():
    woman = _woman()
    window = retirement_months(woman, as_of=AS_OF)
    assert window.statutory_month == STATUTORY and window.latest_month == YearMonth(2028, 9)
    assert open_months(woman, window, AS_OF) == (STATUTORY, STATUTORY)
    assert default_months(woman, as_of=AS_OF) == [STATUTORY]
    # paying on after it (a delay agreed in time): from next month to the latest, as before
    paying = _woman("2026-11")
    assert open_months(paying, window, AS_OF) == (AS_OF + 1, YearMonth(2028, 9))
    # not yet at the statutory month: unchanged
    assert open_months(woman, window, YearMonth(2025, 3)) == (YearMonth(2025, 6), YearMonth(2028, 9))


def test_the_comparison_and_the_one_page_summary_offer_no_later_month(qapp):
    session = Session(_woman(), as_of=AS_OF)
    session.recompute()
    _window, choices = compare_work(session.profile, AS_OF, [YearMonth(2027, 1)])
    assert [c.retirement_month for c in choices] == [STATUTORY]
    page = one_page_data(session)
    assert [c.retirement_month for c in page.choices] == [STATUTORY]
    from shebao_desktop.core.decide.bands import bands
    retired = bands(session.profile, as_of=AS_OF)
    assert not range_shown(retired, session.estimate)
    html = one_page_html(one_page_data(session, retired), printed_on="2026-12-03")
    assert "区间约" not in html and "2027-01" not in html and "2028-09" not in html
    assert with_range("<h3>估算结果</h3>", retired, False, session.estimate) == "<h3>估算结果</h3>"


def test_the_comparison_tab_says_why_there_is_one_column(qapp):
    from shebao_desktop.gui.compare_view import CompareView
    session = Session(_woman(), as_of=AS_OF)
    session.recompute()
    view = CompareView(session)
    view._show(compare_work(session.profile, AS_OF, []), None)
    assert view.columns == [STATUTORY]
    assert "法定退休时间 2025-09 已过，之后没有缴费记录" in view.status.text()
    assert [view.customs[0].itemData(i) for i in range(view.customs[0].count())] == ["", "2025-09"]


def test_the_retirement_field_offers_no_later_month(qapp):
    from shebao_desktop.gui.person_form import PersonForm
    session = Session(_woman(), as_of=AS_OF)
    form = PersonForm(session)
    assert form.retirement.count() == 1 and not form.retirement.isEnabled()
    # a later month chosen before (a saved profile) is listed, said not to be open any more
    session.load(_woman().model_copy(update={"retirement": YearMonth(2027, 1)}), None)
    form._fill_retirement()
    assert form.retirement.count() == 2 and "不能再延迟" in form.retirement.itemText(1)
