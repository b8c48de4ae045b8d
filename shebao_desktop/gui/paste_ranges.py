"""A pasted line for a run of months: "2021-01..2021-06  9000" (or 2021-01~2021-06, 2021.01-2021.06,
2021年1月至2021年6月) stands for one month row each, January to June, with the line's other cells
(new-user trial 8: a half year at one wage was refused as "不是期间", six rows to type). A run
backwards, or longer than ``MAX_MONTHS``, is left as it is (the period cell then says what is
wrong)."""

from __future__ import annotations

import re

from ..storage.import_cells import MONTH_TEXT  # a month as an imported cell writes it

RUN = re.compile(rf"{MONTH_TEXT}\s*(?:\.\.|~|～|至|到|—|–|-)\s*{MONTH_TEXT}")
#: the longest run read as months (50 years)
MAX_MONTHS = 600


def _months(cell: str) -> list[str]:
    """The months of a run of months written in ``cell``, else []."""
    found = RUN.fullmatch(cell.strip())
    if not found:
        return []
    y1, m1, y2, m2 = (int(g) for g in found.groups())
    if not (1 <= m1 <= 12 and 1 <= m2 <= 12):
        return []
    first, last = y1 * 12 + m1 - 1, y2 * 12 + m2 - 1
    if not 0 <= last - first < MAX_MONTHS:
        return []
    return [f"{n // 12:04d}-{n % 12 + 1:02d}" for n in range(first, last + 1)]


def expand_runs(lines: list[list[str]]) -> list[list[str]]:
    """``lines`` (cells of each pasted line) with each line whose cell is a run of months
    replaced by one line per month (the first such cell of the line)."""
    out = []
    for cells in lines:
        for n, cell in enumerate(cells):
            months = _months(cell)
            if months:
                out.extend(cells[:n] + [month] + cells[n + 1:] for month in months)
                break
        else:
            out.append(cells)
    return out
