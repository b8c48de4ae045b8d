"""New-user trial 9: a woman whose statutory month (2026-06) had passed, with no planned month
chosen, was shown retired in 2026-06 with nothing saying that this was assumed, and 计划退休 listed
"按法定退休年龄（2026-06）" as if ahead. Now the estimate says it counted her retired then and where
to choose another month (RETIRED_AT_STATUTORY_ASSUMED), and the list says the month is past."""

from __future__ import annotations

from shebao_desktop.core.estimate import estimate
from shebao_desktop.core.profile import Profile
from shebao_desktop.core.yearmonth import YearMonth
from shebao_desktop.gui.session import Session
from shebao_desktop.presentation.messages import render_notice

AS_OF = YearMonth(2026, 11)


def _woman(**extra) -> Profile:
    rows = [{"period": str(y), "region": "hunan", "amount": "6000"} for y in range(1996, 2026)]
    return Profile.model_validate({"name": "李桂芳", "region": "hunan", "birth": "1975-12",
                                   "gender": "female", "category": "worker", "history": rows,
                                   **extra})


def _notice(result):
    return next((n for n in result.notices if n.code == "RETIRED_AT_STATUTORY_ASSUMED"), None)


def test_the_assumed_retirement_is_said():
    result = estimate(_woman(), as_of=AS_OF)
    assert result.retired_by_as_of and result.retirement.chosen_month == YearMonth(2026, 6)
    notice = _notice(result)
    assert notice is not None and notice.params == {"month": "2026-06"}
    zh = render_notice(notice, "zh", estimate=result)
    assert zh.startswith("法定退休时间 2026-06 已过去，未选计划退休时间：按已于 2026-06 退休计算")
    assert "个人信息 → 计划退休" in zh
    assert "counted as retired in 2026-06" in render_notice(notice, "en", estimate=result)
    # a month she chose, or a statutory month ahead: nothing to say
    assert _notice(estimate(_woman(retirement="2026-06"), as_of=AS_OF)) is None
    assert _notice(estimate(_woman(), as_of=YearMonth(2026, 5))) is None


def test_the_list_says_the_statutory_month_is_past(qapp):
    from shebao_desktop.gui.person_form import PersonForm
    form = PersonForm(Session(_woman(), as_of=AS_OF))
    assert form.retirement.itemText(0) == "按法定退休年龄（2026-06，已过去）"
    ahead = PersonForm(Session(_woman(), as_of=YearMonth(2026, 5)))
    assert ahead.retirement.itemText(0) == "按法定退休年龄（2026-06）"
