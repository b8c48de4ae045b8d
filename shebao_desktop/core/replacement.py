"""The wage a replacement rate (替代率) is against.

The replacement rate is the first monthly pension over the wage just before retirement. When
the record's last paid month is more than a year before retirement (contributions stopped long
before), that wage is of another time: a wage of 2015 against a pension of 2032 overstates the
rate by every year of wage growth between (81.8 % for a man in 四川 who stopped paying in 2015;
42.3 % against his wage brought forward). It is then brought to the retirement month by the growth
of the retirement region's pension base (计发基数, the average wage the pension itself is
computed on) from its month to retirement, and the breakdown says so
(``PensionBreakdown.replacement_wage_from``).
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Optional

from .money import fen
from .policy.view import PolicyLookupError
from .yearmonth import YearMonth

if TYPE_CHECKING:
    from .pension_at_retirement import PensionInputs
    from .policy.view import PolicyView

#: a last paid month at most this many months before retirement is "just before" it
RECENT_MONTHS = 12


def replacement_wage(view: "PolicyView", inputs: "PensionInputs", base: Decimal
                     ) -> tuple[Optional[Decimal], Optional[YearMonth]]:
    """``(the wage, the month it was brought from or None)``: the last paid month's wage as it
    is when that month is recent (or not known), else that wage x ``base`` / the pension base of
    the retirement region in that month."""
    wage, then = inputs.last_wage, inputs.last_wage_month
    if not wage or then is None or inputs.retire - then <= RECENT_MONTHS:
        return wage, None
    try:
        then_base = view.value("pension_base", inputs.region, then)
    except PolicyLookupError:  # no base known that far back: the wage as it was
        return wage, None
    if not then_base:
        return wage, None
    return fen(wage * base / then_base), then
