"""The status column of “how was this calculated”: values from third-party calculators or
articles (confidence T) read 第三方来源, not 已公布 (issue 8)."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

from shebao_desktop.core.estimate import estimate
from shebao_desktop.core.profile import Profile
from shebao_desktop.core.result import ParameterUsed
from shebao_desktop.core.yearmonth import YearMonth
from shebao_desktop.gui.explain import parameters_table_html

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "profile-beijing.json"


def _rows(html: str) -> list[str]:
    return [re.sub(r"<[^>]+>", "|", row) for row in html.split("<tr>")[1:]]


def test_third_party_values_are_not_shown_as_published(qapp):
    profile = Profile.model_validate_json(EXAMPLE.read_text(encoding="utf-8"))
    base = estimate(profile, as_of=YearMonth(2026, 1))
    official = ParameterUsed(name="pension_base", region="beijing", effective_from=YearMonth(2025, 1),
                             value=Decimal(12049), status="enacted", title="计发基数通知",
                             number="京人社发〔2025〕13号", confidence="O-m")
    third = ParameterUsed(name="average_wage", region="shanghai", effective_from=YearMonth(2013, 4),
                          value=Decimal(4692), status="enacted", title="上海统计年鉴",
                          url="https://tjj.sh.gov.cn/tjnj/index.html", confidence="T")
    html = parameters_table_html(base.model_copy(update={"parameters": [official, third]}))
    rows = _rows(html)
    official_row = next(r for r in rows if "12,049" in r or "12049" in r)
    third_row = next(r for r in rows if "4,692" in r or "4692" in r)
    assert "|已公布|" in official_row and "第三方来源" not in official_row
    assert "|第三方来源|" in third_row and "已公布" not in third_row
