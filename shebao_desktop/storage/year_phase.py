"""The phase a year line is shown with, in the year table and the exported year table: the
core's (working, retired, mixed), or ``not_paid`` for a working year in which no month was
paid, such as a year of unemployment (new-user trial: a 2015 row of 0 months read 缴费, as if
contributions were paid), or ``not_drawing`` for a year from retirement with no pension paid.
The core's figures and its phase are unchanged; views word it."""

from __future__ import annotations

from ..core.result import YearLine

NOT_PAID = "not_paid"
#: a year from retirement on in which no pension is paid: below the minimum years nothing is
#: paid until they are made up (new-user trial 15: such years read 退休, as if drawing)
NOT_DRAWING = "not_drawing"


def year_phase(line: YearLine) -> str:
    if line.phase == "working" and not line.months_contributed:
        return NOT_PAID
    if line.phase in ("retired", "mixed") and not line.pension_paid:
        return NOT_DRAWING
    return line.phase
