"""What a replacement rate is against, when it is not the wage just before retirement: the last
paid month's wage brought to retirement by the pension base's growth (core/replacement.py).
One wording for the card, the PDF and the command line. Qt-free; zh and en."""

from __future__ import annotations

from decimal import Decimal
from typing import Optional

from . import formats, values


def brought_forward(pension, language: str, with_amount: bool = True,
                    divisor: Optional[Decimal] = None, grouping: bool = True) -> Optional[str]:
    """``相对本人 2015-12 的工资按计发基数增长折算到退休时的 15,377.12 元``, or None when the rate is
    against the wage of a month just before retirement (``pension``: a PensionBreakdown). The amount
    is in today's money when ``divisor`` (the retirement year's deflator) is given."""
    then = pension.replacement_wage_from
    if then is None or pension.replacement_wage is None:
        return None
    amount = formats.money(values.shown(pension.replacement_wage, divisor), grouping=grouping)
    if formats.is_zh(language):
        return f"相对本人 {then} 的工资按计发基数增长折算到退休时" + (f"的 {amount} 元" if with_amount else "")
    return (f"relative to own wage of {then} brought to retirement by the pension base's growth"
            + (f": {amount}" if with_amount else ""))
