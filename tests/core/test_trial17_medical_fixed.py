"""New-user trial 17: a Beijing year of 1993 counted 36 元 of personal medical contributions --
the 3 元 a month 大额医疗互助 charge, held back from 2019 to any month -- though there was no
employee medical insurance then (the rate itself is 0 before 1999, 国发〔1998〕44号; Beijing's
began 2001-04, 北京市人民政府令第68号). The charge now starts with it."""

from __future__ import annotations

from decimal import Decimal

from shebao_desktop.core.estimate import estimate
from shebao_desktop.core.profile import Profile
from shebao_desktop.core.yearmonth import YearMonth


def test_no_medical_charge_before_the_medical_insurance():
    profile = Profile.model_validate({
        "birth": "1968-09", "gender": "male", "category": "worker", "region": "beijing",
        "history": [{"period": str(y), "region": "beijing", "amount": "3000"}
                    for y in (1993, 2000, 2002, 2020)]})
    years = {y.year: y for y in estimate(profile, as_of=YearMonth(2026, 12)).years}
    medical = {year: years[year].contributions["medical"].employee for year in (1993, 2000, 2002, 2020)}
    assert medical[1993] == 0
    assert medical[2002] >= 36 and medical[2020] >= 36  # 3 元 a month with the 2 %
    assert medical[2020] - Decimal("0.02") * 12 * years[2020].average_base == 36
