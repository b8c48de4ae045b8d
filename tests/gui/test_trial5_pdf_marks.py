"""New-user trial 5, finding 6: the window's 五险一金 table marked the amounts resting on an
estimated rate (医疗保险 370.80 ※ / 1,483.20 ※, 住房公积金 927.00 ※ ...), the PDF's table none of
them. Both now take the marks from one place (gui/estimated_parts.py)."""

from __future__ import annotations

import re

from shebao_desktop.core.estimate import estimate
from shebao_desktop.core.profile import Profile
from shebao_desktop.core.yearmonth import YearMonth
from shebao_desktop.gui.estimated_parts import estimated_parts
from shebao_desktop.gui.labels import insurance_labels, money
from shebao_desktop.gui.report import summary_html
from shebao_desktop.gui.tables import ESTIMATE_MARK

AS_OF = YearMonth(2026, 12)
PARTS = ("employee", "employer", "account")


def test_the_pdf_marks_the_amounts_the_window_marks(qapp):
    profile = Profile.model_validate({"birth": "1990-05", "gender": "male", "region": "shanghai",
                                      "history": [{"period": "2025", "region": "shanghai",
                                                   "amount": "18000", "amount_kind": "base"}]})
    result = estimate(profile, as_of=AS_OF)
    parts = estimated_parts(result, profile)
    assert any(parts.values())  # 2027's rates are not published: some amounts are marked
    html = summary_html(profile, result, chart_png=None, today_money=False, version="t",
                        printed_on="2026-12-01")
    names = insurance_labels()
    for key, line in result.monthly_contributions.lines.items():
        row = re.search(rf"<tr><td>{re.escape(names[key])}</td>(.*?)</tr>", html).group(1)
        cells = re.findall(r'<td align="right">(.*?)</td>', row)
        amounts = (line.employee, line.employer, line.to_personal_account)
        for part, cell, amount in zip(PARTS, cells, amounts):
            if cell.startswith("—"):
                continue  # no personal account
            mark = ESTIMATE_MARK if part in parts[key] else ""
            assert cell == money(amount) + mark, (key, part, cell)
