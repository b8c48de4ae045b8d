"""The ``retirement-age`` command (README "Command line"): the statutory month of the official
examples (人社部发〔2024〕94号 tables), the elective window, the minimum contribution years."""

from __future__ import annotations

from decimal import Decimal

import pytest

from .cli_helpers import run, run_json


#: official calculator vectors (the retirement-age reform of 2024-09-13)
RETIREMENT_VECTORS = [
    ("male", "worker", "1965-01", "2025-02"),
    ("male", "worker", "1966-01", "2026-05"),
    ("male", "worker", "1975-06", "2038-02"),
    ("male", "worker", "1988-09", "2051-09"),
    ("female", "cadre", "1970-06", "2025-08"),
    ("female", "cadre", "1971-06", "2026-11"),
    ("female", "worker", "1975-06", "2025-09"),
    ("female", "worker", "1976-06", "2027-03"),
    ("female", "worker", "1977-01", "2028-02"),
    ("female", "worker", "1984-11", "2039-11"),
]


@pytest.mark.parametrize("gender, category, birth, statutory", RETIREMENT_VECTORS,
                         ids=[f"{g}-{c}-{b}" for g, c, b, _ in RETIREMENT_VECTORS])
def test_retirement_age_official_vectors(capsys, gender, category, birth, statutory):
    out = run_json(capsys, "retirement-age", "--birth", birth, "--gender", gender,
                   "--category", category)
    assert out["statutory_month"] == statutory


def _add(month: str, n: int) -> str:
    y, m = map(int, month.split("-"))
    i = y * 12 + m - 1 + n
    return f"{i // 12:04d}-{i % 12 + 1:02d}"


# (gender, category, birth, old age years, statutory month): the elective window is
# max(old-age month, statutory - 36) .. statutory + 36 (人社部发〔2024〕94号)
WINDOW_CASES = [
    ("male", "worker", "1965-01", 60, "2025-02", "2025-01", "2028-02"),
    ("male", "worker", "1970-01", 60, "2031-05", "2030-01", "2034-05"),
    ("male", "worker", "1988-09", 60, "2051-09", "2048-09", "2054-09"),
    ("female", "cadre", "1971-06", 55, "2026-11", "2026-06", "2029-11"),
    ("female", "worker", "1984-11", 50, "2039-11", "2036-11", "2042-11"),
]


@pytest.mark.parametrize("gender, category, birth, old, statutory, earliest, latest", WINDOW_CASES,
                         ids=[f"{c[0]}-{c[1]}-{c[2]}" for c in WINDOW_CASES])
def test_retirement_age_elective_window(capsys, gender, category, birth, old, statutory,
                                        earliest, latest):
    # hand check of the expected values themselves
    assert earliest == max(_add(birth, old * 12), _add(statutory, -36))
    assert latest == _add(statutory, 36)
    out = run_json(capsys, "retirement-age", "--birth", birth, "--gender", gender,
                   "--category", category)
    assert out["statutory_month"] == statutory
    assert out["earliest_month"] == earliest
    assert out["latest_month"] == latest
    assert out["old_age_month"] == _add(birth, old * 12)


@pytest.mark.parametrize("gender, category, birth, statutory", [
    ("female", "worker", "1960-03", "2010-03"), ("male", "worker", "1964-12", "2024-12"),
])
def test_retirement_age_before_the_reform_has_no_elective_window(capsys, gender, category, birth,
                                                                  statutory):
    """Elective retirement exists from 2025-01 (人社部发〔2024〕94号); earlier retirees have none."""
    out = run_json(capsys, "retirement-age", "--birth", birth, "--gender", gender,
                   "--category", category)
    assert out["delay_months"] == 0
    assert out["statutory_month"] == out["earliest_month"] == out["latest_month"] == statutory


def test_retirement_age_minimum_years_man_1970(capsys):
    # example: statutory 2031-05 (61y4m) needs 16 years; retiring early in
    # 2030-01 needs the 2030 figure, 15.5 (附件4)
    out = run_json(capsys, "retirement-age", "--birth", "1970-01", "--gender", "male")
    assert out["statutory_month"] == "2031-05"
    assert out["statutory_age"] == "61y4m"
    assert out["delay_months"] == 16
    assert Decimal(out["minimum_years"]) == Decimal(16)
    assert Decimal(out["minimum_years_if_earliest"]) == Decimal("15.5")


@pytest.mark.parametrize("birth, statutory, minimum", [
    ("1965-01", "2025-02", "15"), ("1975-06", "2038-02", "19.5"), ("1988-09", "2051-09", "20"),
])
def test_retirement_age_minimum_years_table(capsys, birth, statutory, minimum):
    out = run_json(capsys, "retirement-age", "--birth", birth, "--gender", "male")
    assert out["statutory_month"] == statutory
    assert Decimal(out["minimum_years"]) == Decimal(minimum)


def test_retirement_age_text(capsys):
    code, out, err = run(capsys, "retirement-age", "--birth", "1975-06", "--gender", "male",
                         "--category", "worker")
    assert code == 0 and err == ""
    assert "2038-02" in out


# -- regions ---------------------------------------------------------------------------------
