"""New-user trial 20: ticking 填写参加工作时间 applied the month the field showed at once, 2010-01
(January of the first row's year), for a man whose "2010, 10 months" the program counts as
2010-03..12: the months moved to 2010-01..10 and a false gap 2010-11..12 appeared before anything
was typed. The field shows the first month the rows are counted from, so ticking changes
nothing."""

from __future__ import annotations

from shebao_desktop.core.profile import Profile
from shebao_desktop.core.yearmonth import YearMonth


def test_ticking_the_work_start_keeps_the_months_as_counted(window):
    rows = [{"period": "2010", "region": "hangzhou", "amount": "6000", "months": 10}]
    rows += [{"period": str(y), "region": "hangzhou", "amount": "9000"} for y in range(2011, 2027)]
    profile = Profile.model_validate({"name": "杭州", "region": "hangzhou", "birth": "1984-09",
                                      "gender": "male", "category": "worker", "history": rows})
    window.session.load(profile, None)
    window.session.recompute()
    before = window.session.profile.placed_months(window.session.as_of).months
    assert min(before) == YearMonth(2010, 3)
    window.person.has_work_start.setChecked(True)
    assert window.session.profile.work_start == YearMonth(2010, 3)
    window.session.recompute()
    assert window.session.profile.placed_months(window.session.as_of).months == before
    assert not [n for n in window.session.estimate.notices if n.code == "GAP_IN_HISTORY"]
