"""A pasted line for a run of months: "2021-01..2021-06  9000" (or 2021-01~2021-06, 2021.01-2021.06,
2021年1月至2021年6月, 202101-202106 as a 费款所属期 column writes it) stands for one month row each,
January to June, with the line's other cells (new-user trial 8: a half year at one wage was
refused as "不是期间", six rows to type), and the paste's message says so (``runs_note``: one
line pasted, six rows added, unsaid, read as a mistake). A run backwards, or longer than
``MAX_MONTHS``, is left as it is (the period cell then says what is wrong)."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from ..storage.import_cells import MONTH_TEXT  # a month as an imported cell writes it

#: a month as a cell writes it: 2021-01, 2021.1, 2021年1月, or 202101
_MONTH = rf"(?:{MONTH_TEXT}|(\d{{4}})(\d{{2}}))"
RUN = re.compile(rf"{_MONTH}\s*(?:\.\.|~|～|至|到|—|–|-)\s*{_MONTH}")
#: the longest run read as months (50 years)
MAX_MONTHS = 600


def _months(cell: str) -> list[str]:
    """The months of a run of months written in ``cell``, else []."""
    found = RUN.fullmatch(cell.strip())
    if not found:
        return []
    y1, m1, y2, m2 = (int(g) for g in found.groups() if g is not None)
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


def runs_note(lines: list[list[str]]) -> str:
    """"" or, for the pasted ``lines`` (before ``expand_runs``) that are runs of months, that
    each was pasted as a row per month."""
    said = []
    for cells in lines:
        for cell in cells:  # the first run of a line, as expand_runs takes it
            months = _months(cell)
            if months:
                said.append(QCoreApplication.translate("history", "“{0}”按 {1} 个单月各一行粘贴（{2} 至 {3}）").format(
                    cell, len(months), months[0], months[-1]))
                break
    return QCoreApplication.translate("history", "；").join(said)
