"""New-user trial 16: 计算过程 printed "24,099.00 × 1.9157 = 46,165.67" for a Shanghai worker
whose index, computed from his wages, is 1.91567…: the index was shown to 4 decimals beside a
product of the unrounded one (46,166.45 with 1.9157), in the window and the PDF. The formulas now
show the index as used (6 decimals and "…" where it has more), and a basic pension the region
rounds (上海: 进位到角, 沪人社规〔2021〕27号) shows what the formula multiplies out to before the
rounding, as the account pension did (trial 11), so each line multiplies out."""

from __future__ import annotations

import re
from decimal import Decimal

from shebao_desktop.core.estimate import estimate
from shebao_desktop.core.profile import Profile
from shebao_desktop.core.yearmonth import YearMonth
from shebao_desktop.gui.explain import explain_html

AS_OF = YearMonth(2026, 12)


def _shanghai() -> Profile:
    """The trial's person: 上海, born 1985-06, 14 years of wages rising from 6,000 to 25,000."""
    wages = [6000, 6800, 7500, 8200, 9000, 10000, 11000, 12500, 14000, 15500, 17500, 19500, 22000,
             25000]
    return Profile.model_validate({
        "name": "上海张先生", "birth": "1985-06", "gender": "male", "category": "worker",
        "region": "shanghai",
        "history": [{"period": str(2012 + n), "region": "shanghai", "amount": str(wage)}
                    for n, wage in enumerate(wages)]})


def _figures(text: str) -> list[Decimal]:
    return [Decimal(x.replace(",", "")) for x in re.findall(r"[\d,]+\.\d+", text)]


def test_the_indexed_wage_multiplies_out(qapp):
    profile = _shanghai()
    result = estimate(profile, as_of=AS_OF)
    p = result.pension
    assert p.average_index_used != p.average_index  # more digits than the 4 shown
    assert abs(p.average_index_used - p.average_index) < Decimal("0.00005")
    html = re.sub(r"<[^>]+>", "", explain_html(profile, result))
    line = re.search(r"[\d,]+\.\d\d × \(1 \+ [\d.]+…?\) ÷ 2 × [\d.]+ × 1% = [^元]*", html).group(0)
    base, index, years, exact = _figures(line)[:4]
    # the index shown to 6 decimals ("…": more digits): off by at most half its last digit
    assert abs(base * (1 + index) / 2 * years / 100 - exact) <= base * years * Decimal("3E-9") \
        + Decimal("0.00005"), line
    assert exact != p.basic_pension and "进位到角：" in line  # 12,714.2068 -> 12,714.30
    assert _figures(line)[-1] == p.basic_pension
