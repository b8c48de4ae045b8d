"""New-user trial 4: a 广州 worker born 1973 (rows from 1993) read "地方加发项目：无" and "本地区没有随养
老金发放的地方加发项目。", while a 广州 worker born 1996 got 定额加发 240.00 — the region has the
item; the older worker's transitional pension is above it and 广东 pays the larger of the two
(粤人社〔2014〕8号: the add-on rule's ``top_up``). The explanation now names each add-on of the
region not paid, with why; the person form's hint no longer says the region has none."""

from __future__ import annotations

from shebao_desktop.core.estimate import estimate
from shebao_desktop.core.profile import Profile
from shebao_desktop.core.yearmonth import YearMonth
from shebao_desktop.gui.explain_pension import addons_html
from shebao_desktop.gui.transitional_box import addons_hint


def _guangzhou(birth: str, first: int) -> Profile:
    rows = [{"period": str(y), "amount": str(1500 + (y - 1993) * 400), "region": "guangzhou"}
            for y in range(first, 2026)]
    return Profile.model_validate({"birth": birth, "gender": "male", "region": "guangzhou",
                                   "history": rows})


def test_an_add_on_of_the_region_not_paid_is_named_with_why(qapp):
    result = estimate(_guangzhou("1973-05", 1993), as_of=YearMonth(2026, 11))
    assert result.pension.transitional_pension > 0 and not result.pension.extra_pension
    html = addons_html(result, str)
    assert "本地区没有随养老金发放的地方加发项目" not in html
    assert "定额加发：本次未计。与过渡性养老金取较高者：此人的过渡性养老金不低于它，不另加发。" in html
    assert "粤人社〔2014〕8号" in html  # its source, as for an add-on paid
    assert addons_hint(result) == "地方加发项目：本次未计入（原因见“计算过程”）"


def test_a_region_without_add_ons_still_says_so(qapp):
    profile = _guangzhou("1973-05", 1993).model_copy(update={"region": "beijing", "history": [
        row.model_copy(update={"region": "beijing"}) for row in _guangzhou("1973-05", 1993).history]})
    result = estimate(profile, as_of=YearMonth(2026, 11))
    assert not result.pension.extra_pension
    assert "本地区没有随养老金发放的地方加发项目。" in addons_html(result, str)
    # the person form's hint says the same (trial 13: "本次未计入（原因见“计算过程”）" where there is none)
    assert addons_hint(result) == "地方加发项目：本地区没有"
