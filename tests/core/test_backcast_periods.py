"""A back-cast value covers its region's whole period (left from trials 16-18: 浙江's average wage, first
published for a period starting 2022-07, listed "2018-07" twice in the parameters of an estimate,
5,902 and 6,450: the months of 2019-01 to 2019-06 took the 2019 national wage index of the next
period, and a caliber factor of 2019's, while dated from 2018-07).

A region whose yearly values start in a July has July-to-June periods; a month before July is of
the period that began the July before, as a published value is (``_project``), so its back-cast
uses that period's year of the national wage index (statistics/urban_average_wage) and the wage
caliber the period began with (statistics/caliber_factor: 在岗 x 1.2 before 2019, 国办发〔2019〕13号).
"""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

from shebao_desktop.core.estimate import estimate, make_view
from shebao_desktop.core.policy.loader import default_policy_data
from shebao_desktop.core.profile import Profile
from shebao_desktop.core.yearmonth import YearMonth

AS_OF = YearMonth(2026, 12)


def _zhejiang() -> Profile:
    return Profile.model_validate({
        "region": "zhejiang", "birth": "1980-05", "gender": "male", "category": "worker",
        "history": [{"period": str(y), "region": "zhejiang", "amount": "9000"}
                    for y in range(2012, 2027)]})


def test_each_dated_back_cast_has_one_value_in_an_estimate():
    values = defaultdict(set)
    for used in estimate(_zhejiang(), as_of=AS_OF).parameters:
        if used.name == "average_wage" and used.region == "zhejiang":
            values[str(used.effective_from)].add(used.value)
    assert "2018-07" in values and "2012-07" in values
    assert {month: found for month, found in values.items() if len(found) > 1} == {}
    # July-to-June periods up to the published 2024-07; from 2025 the band starts in January
    assert all(month.endswith("-07") for month in values if month < "2025")
    assert "2011-07" in values  # 2012's first half is of the period begun in July 2011


def test_a_month_before_july_is_of_the_period_begun_the_july_before():
    data = default_policy_data()
    view = make_view(_zhejiang(), data, AS_OF)
    published = data.files["zhejiang"]["average_wage"].values[YearMonth(2022, 7)].value
    wage = data.files["national"]["statistics/urban_average_wage"].values
    march, september = (view.get("average_wage", "zhejiang", m)
                        for m in (YearMonth(2019, 3), YearMonth(2018, 9)))
    assert str(march.effective_from) == str(september.effective_from) == "2018-07"
    # 7,437 x (2018's national average wage / 2022's) x 1.2 (the 在岗 caliber of 2018-07)
    expected = (Decimal(published) * wage[YearMonth(2018, 1)].value / wage[YearMonth(2022, 1)].value
                * Decimal("1.2")).quantize(Decimal(1))
    assert march.value == september.value == expected == 6450
    july = view.get("average_wage", "zhejiang", YearMonth(2019, 7))
    assert (str(july.effective_from), july.value) == ("2019-07", 5902)  # 全口径 from its period
