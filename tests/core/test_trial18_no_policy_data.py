"""New-user trial 18: with a work start of 1988-07 the first row added was "1988, 北京市, 6 months";
its wage typed, every card went blank with "1988-07 北京市 没有政策数据，请检查该行期间", nothing
saying that service before the accounts opened is entered as deemed years. It says so now."""

from __future__ import annotations

import pytest

from shebao_desktop.core.errors import ProfileError
from shebao_desktop.core.estimate import estimate
from shebao_desktop.core.profile import Profile
from shebao_desktop.core.yearmonth import YearMonth
from shebao_desktop.presentation.messages import render


def test_a_row_before_the_data_says_where_such_years_go():
    profile = Profile.model_validate({
        "birth": "1968-09", "gender": "male", "category": "worker", "region": "beijing",
        "work_start": "1988-07",
        "history": [{"period": "1988", "months": 6, "region": "beijing", "amount": "150"}]})
    with pytest.raises(ProfileError) as raised:
        estimate(profile, as_of=YearMonth(2026, 12))
    error = raised.value
    assert error.code == "NO_POLICY_DATA"
    zh = render(error.code, {"field": error.field, **error.params}, "zh")
    assert zh.startswith("1988-07 北京市 没有政策数据，请检查该行期间：") and "填为视同缴费年限" in zh
    assert "deemed contribution years" in render(error.code, {"field": error.field, **error.params}, "en")
