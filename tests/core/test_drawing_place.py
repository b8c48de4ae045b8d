"""New-user trial 13: a worker who moved 武汉 -> 广州 read nothing about where the pension is drawn
(国办发〔2009〕66号 art. 6: 户籍地, or the last place with 10 years, ...) nor that the months to
come are placed in the profile's region. A record in more than one province says so, with each
province's years; one province (two cities of it) says nothing."""

from __future__ import annotations

from decimal import Decimal

from shebao_desktop.core.drawing_place import province_of, years_by_province
from shebao_desktop.core.estimate import estimate
from shebao_desktop.core.policy.loader import default_policy_data
from shebao_desktop.core.profile import Profile
from shebao_desktop.core.yearmonth import YearMonth
from shebao_desktop.presentation.messages import render

AS_OF = YearMonth(2026, 12)


def _moved(first: str, then: str) -> Profile:
    rows = [{"period": str(y), "amount": "8000", "region": first if y < 2018 else then}
            for y in range(2010, 2026)]
    return Profile.model_validate({"birth": "1985-04", "gender": "male", "region": then,
                                   "history": rows})


def test_a_city_belongs_to_its_province():
    data = default_policy_data()
    assert province_of(data, "guangzhou") == "guangdong"
    assert province_of(data, "guangdong") == "guangdong"
    assert province_of(data, "beijing") == "beijing"


def test_a_move_between_provinces_is_said_with_each_provinces_years():
    e = estimate(_moved("wuhan", "guangzhou"), as_of=AS_OF)
    [notice] = [n for n in e.notices if n.code == "PAID_IN_SEVERAL_PROVINCES"]
    assert notice.params["region"] == "guangzhou"
    years = dict(item.split("=") for item in notice.params["provinces"].split(","))
    assert list(years) == ["hubei", "guangdong"]  # in the order first paid
    assert years["hubei"] == "8.00"  # 2010-2017
    retire = e.retirement.chosen_month  # Guangdong: 2018 to retirement, projected months in
    expected = (Decimal((retire.year - 2018) * 12 + retire.month - 1) / 12).quantize(Decimal("0.01"))
    assert Decimal(years["guangdong"]) == expected
    zh = render(notice.code, notice.params, "zh")
    assert zh.startswith("缴费记录跨省（湖北省 8.00 年、广东省 ") and "国办发〔2009〕66号" in zh
    assert "养老金按参保地广州市的规则和计发基数估算" in zh
    en = render(notice.code, notice.params, "en")
    assert en.startswith("Contributions in more than one province (Hubei 8.00 years, Guangdong ")
    assert "Guobanfa [2009] No. 66" in en


def test_two_cities_of_one_province_say_nothing():
    e = estimate(_moved("shenzhen", "guangzhou"), as_of=AS_OF)
    assert "PAID_IN_SEVERAL_PROVINCES" not in [n.code for n in e.notices]
    assert years_by_province(default_policy_data(), {}) == {}


def test_a_record_with_no_months_to_come_does_not_speak_of_them():
    """Trial 16: a woman worker retired in 2025-05 (湖南 -> 广州) read "含今后预计的月份" and
    "今后的缴费也记在该地" though nothing is to come; a worker still paying reads both."""
    retired = Profile.model_validate({
        "birth": "1975-03", "gender": "female", "category": "worker", "region": "guangzhou",
        "history": [{"period": str(y), "amount": "6000", "region": "hunan" if y < 2010 else "guangzhou"}
                    for y in range(1998, 2026) if y not in (2008, 2009)]})
    e = estimate(retired, as_of=AS_OF)
    assert e.retirement.chosen_month < AS_OF
    [notice] = [n for n in e.notices if n.code == "PAID_IN_SEVERAL_PROVINCES"]
    assert notice.params["projected"] == "0"
    zh, en = render(notice.code, notice.params, "zh"), render(notice.code, notice.params, "en")
    assert zh.startswith("缴费记录跨省（湖南省 10.00 年、广东省 ") and "）：养老金按参保地广州市的规则和计发基数估算。" in zh
    assert "今后" not in zh and "projected" not in en and "months to come" not in en
    paying = estimate(_moved("wuhan", "guangzhou"), as_of=AS_OF)
    [notice] = [n for n in paying.notices if n.code == "PAID_IN_SEVERAL_PROVINCES"]
    zh = render(notice.code, notice.params, "zh")
    assert "含今后预计的月份）" in zh and "估算，今后的缴费也记在该地。" in zh
    assert "projected months included" in render(notice.code, notice.params, "en")
