"""The phase a year line is shown with, in the year table and the exported year table: the
core's (working, retired, mixed), or ``not_paid`` for a working year in which no month was
paid, such as a year of unemployment (new-user trial: a 2015 row of 0 months read 缴费, as if
contributions were paid). The core's figures and its phase are unchanged; views word it."""

from __future__ import annotations

from ..core.result import YearLine

NOT_PAID = "not_paid"


def year_phase(line: YearLine) -> str:
    return NOT_PAID if line.phase == "working" and not line.months_contributed else line.phase
