"""Trial 3, finding 3: `pension ... --years 30 --deemed-years 2 --work-start 1993-07` said "30 years
paid are more than the 27.33 years since the region opened personal accounts (1998-01): the
0.17 years over ...": 30 - 27.33 is not 0.17. The query reports the years over beyond those the
work start already placed before the account (core/pension_query._unplaced_years: excess =
years - since - (pre-account years - deemed years)); the sentence now states the difference it
compares, the years already placed, and the rest, each figure its own."""

from __future__ import annotations

import json
from decimal import Decimal

from .cli_helpers import run

# 杭州 opened personal accounts in 1998-01 (the notice's own ``start``); retiring 2025-06
HANGZHOU = ("pension", "--region", "hangzhou", "--gender", "female", "--birth", "1975-03",
            "--years", "30", "--deemed-years", "2", "--work-start", "1993-07",
            "--retire", "2025-06", "--average-index", "1", "--account", "100000")


def test_the_sentence_reports_the_difference_it_compares(capsys):
    code, out, _ = run(capsys, *HANGZHOU, "--format", "json")
    params = next(n["params"] for n in json.loads(out)["notices"]
                  if n["code"] == "YEARS_BEFORE_ACCOUNT_UNSTATED")
    years, since, excess = (Decimal(params[k]) for k in ("years", "since", "excess"))
    over = years - since  # 30 - 27.42 = 2.58: what the sentence compares
    assert code == 0 and over > excess > 0
    code, text, _ = run(capsys, *HANGZHOU, "--format", "text")
    line = next(x for x in text.splitlines() if "since the region opened" in x)
    assert f"30 years paid are {over:.2f} more than the {since:.2f} years" in line
    assert f"{over - excess:.2f} of them count as paid before the account already" in line
    assert f"the other {excess:.2f} years" in line


def test_without_a_work_start_every_year_over_is_reported(capsys):
    argv = [a for a in HANGZHOU if a not in ("--work-start", "1993-07")]
    _, out, _ = run(capsys, *argv, "--format", "json")
    params = next(n["params"] for n in json.loads(out)["notices"]
                  if n["code"] == "YEARS_BEFORE_ACCOUNT_UNSTATED")
    over = Decimal(params["years"]) - Decimal(params["since"])
    assert Decimal(params["excess"]) == over  # nothing placed: the whole difference
    _, text, _ = run(capsys, *argv, "--format", "text")
    assert f"are {over:.2f} more than the" in text and f"these {over:.2f} years" in text
