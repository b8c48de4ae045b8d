"""New-user trial 17: a Beijing man with wages from 1993 read "N实 = 5.5 年（计发期间内实际缴费年
限），Z实 = 1.6858" and took 1.6858, his whole career's average index, for an index put in the
wrong place (his 1993-1998 years are indexed 2.57..3.00). The Beijing approval forms print the
person's average index Ī as Z实 (tests/core/forms/beijing.yaml: 东城 2026-03, G实 700.59 = 12,049
x 1.1629 x 5.00 x 1%, 1.1629 being Ī): 计算过程 now says where Z实 comes from, and what a typed
过渡性指数 does."""

from __future__ import annotations

import re
from decimal import Decimal

from shebao_desktop.core.estimate import estimate
from shebao_desktop.core.profile import Profile
from shebao_desktop.core.yearmonth import YearMonth
from shebao_desktop.gui.explain import explain_html
from shebao_desktop.presentation.formats import number

AS_OF = YearMonth(2026, 12)


def _beijing(**extra) -> Profile:
    wages = {1993 + n: int(1500 * Decimal("1.075") ** n) for n in range(33)}
    wages[2026] = 18000
    return Profile.model_validate({
        "birth": "1968-09", "gender": "male", "category": "worker", "region": "beijing",
        "work_start": "1988-07", "deemed_years": "4.25", **extra,
        "history": [{"period": str(y), "region": "beijing", "amount": str(w)} for y, w in wages.items()]})


def _window_line(profile) -> tuple:
    result = estimate(profile, as_of=AS_OF)
    text = re.sub(r"<[^>]+>", "", explain_html(profile, result))
    return result.pension, re.search(r"N实 = [^）]*），Z实 = [^）]*）", text).group(0)


def test_z_shi_says_it_is_the_average_index(qapp):
    p, line = _window_line(_beijing())
    assert p.transitional_window_index == p.average_index
    assert line.endswith(f"Z实 = {number(p.average_index)}（本人平均缴费指数 Ī：北京核定表上的 Z实 即此数；"
                         "核定表另列过渡性指数时，可在“个人信息”填写）")


def test_a_typed_transitional_index_is_said_to_be_the_users(qapp):
    p, line = _window_line(_beijing(transitional_index="2.9"))
    assert p.transitional_window_index == Decimal("2.9")
    assert line.endswith("Z实 = 2.9（您填写的过渡性指数）")


def test_the_form_hints_say_which_index_and_that_deemed_years_are_the_users_to_enter(qapp):
    """Trial 17: with a work start of 1988-07 and no 视同缴费年限, the hint said "建账前缴费年限
    4.25 年：按参加工作时间至 1992-10 推算" and the 4.25 years stayed out of the contribution years
    (worth 517 元 a month there) with nothing saying they could be entered; the window's index
    read "本人指数 1.7653" (the average index) as if it were another."""
    from shebao_desktop.gui.transitional_box import pre_account_hint, years_hint
    none_deemed = _beijing(deemed_years="0")
    p = estimate(none_deemed, as_of=AS_OF).pension
    assert p.pre_account_source == "work_start" and p.deemed_years == 0
    assert "这段工龄通常认定为视同缴费年限，它也计入缴费年限" in pre_account_hint(p)
    assert "本程序不自行认定" in pre_account_hint(p)
    entered = estimate(_beijing(), as_of=AS_OF).pension  # 4.25 entered: nothing more to say
    assert "通常认定为视同缴费年限" not in pre_account_hint(entered)
    assert f"（指数为本人平均缴费指数 {entered.average_index:.4f}）" in years_hint(entered)
