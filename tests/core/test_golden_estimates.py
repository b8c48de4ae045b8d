"""Whole estimates pinned to the fen across refactors (issue 10).

Five profiles of different shapes (history with gaps and a move, a woman worker, a statement-only
user, a flexible worker, monthly rows) are estimated at a fixed month; every money figure of every
year line, the pension by part and the balances at retirement are compared with
``golden/estimates.json``. The file was written from the code before the issue-10 refactor
(commit a4f0e69); regenerate it only when an issue changes figures on purpose:
``SHEBAO_WRITE_GOLDEN=1 .venv/bin/python -m pytest tests/core/test_golden_estimates.py``.
"""

from __future__ import annotations

import json
import os
from decimal import Decimal
from pathlib import Path

import pytest

from shebao_desktop.core.estimate import estimate
from shebao_desktop.core.profile import Profile
from shebao_desktop.core.yearmonth import YearMonth

GOLDEN = Path(__file__).parent / "golden" / "estimates.json"
EXAMPLE = Path(__file__).parents[2] / "examples" / "profile-beijing.json"
AS_OF = YearMonth(2026, 12)


def _profiles() -> dict[str, dict]:
    shanghai = {"name": "上海 14 年", "region": "shanghai", "birth": "1990-05", "gender": "male",
                "category": "worker",
                "history": [{"period": str(y), "region": "shanghai",
                             "amount": str((Decimal(6000) * Decimal("1.06") ** (y - 2013)).quantize(Decimal(1)))}
                            for y in range(2013, 2027)]}
    woman = {"name": "女工人", "region": "guangdong", "birth": "1976-08", "gender": "female",
             "category": "worker", "deemed_years": "0",
             "history": [{"period": str(y), "region": "guangdong" if y < 2015 else "zhejiang",
                          "amount": str(4000 + 300 * (y - 1998))}
                         for y in range(1998, 2027) if y not in (2008, 2009)],
             "housing_fund": {"employee_rate": "0.07"}}
    statement = {"name": "对账单", "region": "sichuan", "birth": "1972-02", "gender": "male",
                 "category": "worker", "deemed_years": "4", "work_start": "1990-07",
                 "statement": {"as_of": "2025-12", "pension_balance": "98765.43",
                               "contribution_years": "22.5", "average_index": "0.93"}}
    flexible = {"name": "灵活就业", "region": "hubei", "birth": "1980-11", "gender": "female",
                "category": "cadre",
                "history": [{"period": str(y), "region": "hubei", "amount": "5000",
                             "employment": "flexible"} for y in range(2010, 2027)],
                "future": {"monthly_wage": "5200"}}
    monthly = {"name": "按月", "region": "beijing", "birth": "1985-01", "gender": "male",
               "category": "worker",
               "history": [{"period": f"{y}-{m:02d}", "region": "beijing",
                            "amount": str(9000 + 40 * ((y - 2018) * 12 + m))}
                           for y in range(2018, 2027) for m in range(1, 13)
                           if (y, m) <= (2026, 11) and not (y == 2021 and m in (3, 4, 5))]}
    example = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    return {"shanghai": shanghai, "woman": woman, "statement": statement,
            "flexible": flexible, "monthly": monthly, "example": example}


def _acct(a) -> list[str]:
    return [str(a.opening), str(a.contributions), str(a.interest), str(a.withdrawals), str(a.closing)]


def _figures(e) -> dict:
    p = e.pension
    return {
        "retirement": str(e.retirement.chosen_month),
        "pension": {k: str(getattr(p, k)) for k in (
            "pension_base", "average_index", "contribution_years", "account_balance",
            "account_pension_divisor", "basic_pension", "account_pension", "transitional_pension",
            "total", "total_today", "transitional_years", "transitional_index")},
        "extra": [[x.parameter, str(x.amount)] for x in p.extra_pension],
        "at_retirement": [str(e.at_retirement.pension_account), str(e.at_retirement.medical_account),
                          str(e.at_retirement.housing_fund)],
        "years": [[y.year, y.months_contributed, str(y.average_base), str(y.average_index),
                   {k: [str(v.employee), str(v.employer), str(v.to_personal_account)]
                    for k, v in sorted(y.contributions.items())},
                   _acct(y.pension_account), _acct(y.medical_account), _acct(y.housing_fund),
                   str(y.pension_paid), str(y.deflator)] for y in e.years],
        "notices": sorted(n.code for n in e.notices),
    }


def _current() -> dict:
    out = {}
    for key, raw in _profiles().items():
        out[key] = _figures(estimate(Profile.model_validate(raw), as_of=AS_OF))
    return out


def test_golden_estimates():
    now = _current()
    if os.environ.get("SHEBAO_WRITE_GOLDEN") == "1":
        GOLDEN.write_text(json.dumps(now, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
        pytest.skip("golden file written")
    pinned = json.loads(GOLDEN.read_text(encoding="utf-8"))
    assert set(now) == set(pinned)
    for key in pinned:
        want, got = pinned[key], now[key]
        assert got["pension"] == want["pension"], key
        assert got["extra"] == want["extra"], key
        assert got["at_retirement"] == want["at_retirement"], key
        assert len(got["years"]) == len(want["years"]), key
        for w, g in zip(want["years"], got["years"]):
            assert g == w, (key, w[0])
        assert got["notices"] == want["notices"], key
