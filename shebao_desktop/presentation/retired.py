"""What the command line says of someone already retired (the retirement month at or before the
estimate's month): that they have, and the monthly pension paid in the as-of year, after the
adjustments since retirement (``Estimate.monthly_pension_by_year``). Qt-free; zh and en."""

from __future__ import annotations

from typing import Any, Optional


def retired_line(month: Any, year: int, monthly: Optional[str], lang: str) -> str:
    """``已于 2024-02 退休；2026 年每月养老金 10069.03（含退休后的历年调整；下面的月养老金是退休时的）``;
    without ``monthly`` (a year the estimate does not reach) only that the person has retired."""
    if lang == "zh":
        said = f"已于 {month} 退休"
        return said if monthly is None else \
            f"{said}；{year} 年每月养老金 {monthly}（含退休后的历年调整；下面的月养老金是退休时的）"
    said = f"retired in {month}"
    return said if monthly is None else \
        f"{said}; monthly pension in {year}: {monthly} (with the adjustments since; the monthly " \
        f"pension below is the one at retirement)"


def retired_at_line(month: Any, as_of: Any, lang: str) -> str:
    """The ``pension`` command's line for a retirement month at or before ``as_of``, in place of
    today's money (a past amount inflated to today read as what is paid now): the figure is the
    pension at retirement, without the adjustments since (the ``estimate`` command has them)."""
    if lang == "zh":
        return (f"  已于 {month} 退休（早于或等于 {as_of}）：上面是退休时的月养老金，不含之后的调整"
                f"（按档案用 estimate 命令可得今年的金额）")
    return (f"  retired in {month} (at or before {as_of}): this is the monthly pension at "
            f"retirement, without the adjustments since (the estimate command on a profile gives "
            f"this year's)")
