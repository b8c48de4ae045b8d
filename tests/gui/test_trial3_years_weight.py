"""Trial 3, finding 4: 上海's 计算过程 read "N 缴费年限 = 35.498 年（实际 426 个月…；整年数 + 零头月数
折算）" while the card says 35.50: the weight of each month beyond whole years (pension/month_weight,
0.083 in the data: 沪人社规〔2021〕27号 "满年1%，余月0.083%") was never stated. The line now works
it out with the data's weight: 426 months = 35 years + 6 months, 35 + 6 × 0.083 = 35.498."""

from __future__ import annotations

import re
from decimal import Decimal

from shebao_desktop.core.estimate import estimate
from shebao_desktop.core.profile import Profile
from shebao_desktop.core.yearmonth import YearMonth
from shebao_desktop.gui.explain import explain_html
from shebao_desktop.gui.i18n import install_language


def _profile(region: str) -> Profile:
    rows = [{"period": str(y), "region": region, "amount": "9000", "amount_kind": "base"}
            for y in range(1990, 2025)]
    rows.append({"period": "2025", "months": 6, "region": region, "amount": "9000",
                 "amount_kind": "base"})  # 35 x 12 + 6 = 426 months
    return Profile.model_validate({"birth": "1965-06", "gender": "male", "region": region,
                                   "history": rows, "future": {"continue_contributing": False}})


def _n_line(html: str) -> str:
    return re.search(r"<li>(N [^<]*)", html).group(1)


def test_shanghai_states_the_month_weight_from_the_data(qapp):
    profile = _profile("shanghai")
    result = estimate(profile, as_of=YearMonth(2026, 11))
    weight = next(p.value for p in result.parameters if p.name == "pension/month_weight")
    p = result.pension
    assert p.contribution_months == 426 and p.contribution_years == 35 + 6 * Decimal(str(weight))
    line = _n_line(explain_html(profile, result))
    assert f"整年数 35 + 零头 6 个月 × 每月 {Decimal(str(weight)).normalize()} 年 = 35.498 年" in line
    # and why the card says 35.50 (trial 8: "40.498 年" beside the card's 40.50 read as a mistake)
    assert result.retirement.years_at_retirement == Decimal("35.5")
    assert "“缴费年限”卡片和最低缴费年限按月数 ÷ 12 计，为 35.50 年" in line
    try:
        install_language("en")
        english = _n_line(explain_html(profile, result))
    finally:
        install_language("zh_CN")
    assert f"35 whole years + 6 months × {Decimal(str(weight)).normalize()} year each = 35.498" \
        in english


def test_a_region_counting_months_over_12_has_no_weight(qapp):
    profile = _profile("beijing")
    result = estimate(profile, as_of=YearMonth(2026, 11))
    line = _n_line(explain_html(profile, result))
    assert "零头" not in line and "× 每月" not in line
