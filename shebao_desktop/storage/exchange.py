"""Moving data in and out: profiles to and from files, contribution history from CSV/XLSX, and
the year-by-year results to CSV/XLSX.

- ``export_profile(profile, path)`` / ``import_profile(path) -> Profile``: the same JSON as a
  stored profile. Import refuses files over 5 MB (TOO_LARGE), files that are not a profile
  (UNKNOWN_FORMAT), newer versions (NEWER_VERSION) and invalid data (INVALID).
- ``import_history(path, region=...) -> HistoryPreview`` and ``apply_import``: see
  history_import.py (provincial exports and the template; nothing changes until applied).
- ``export_history_template(path, rows)``: the template, optionally filled with a history;
  ``template_example(region, as_of)`` its one example row (what the window writes).
- ``export_years(estimate, path)``: ``Estimate.years`` as a table; text cells are neutralised
  against formula injection (tables.py).

Both exports write words (region names, 职工, 工资, 是/否), not codes: table_words.py.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import Any, Mapping, Optional, Sequence

from ..core.profile import HistoryRow, Profile
from ..core.result import Estimate, YearLine
from ..core.yearmonth import YearMonth
from ..presentation import formats
from .atomic import write_atomic
from .codec import MAX_PROFILE_BYTES, decode_import, encode_profile
from .limited import read_limited
from .table_words import TableWords
from .year_phase import NOT_DRAWING, NOT_PAID, year_phase

#: what history_import.py gives, imported when first asked for (``__getattr__``): importing a
#: profile does not load the table readers (~1.6 MiB, issue 10)
_HISTORY_IMPORT = ("MAX_HISTORY_ROWS", "AcceptedRow", "HistoryPreview", "RejectedRow",
                   "apply_import", "import_history")


def __getattr__(name: str) -> Any:
    if name in _HISTORY_IMPORT:
        from . import history_import
        return getattr(history_import, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

TEMPLATE_HEADER = ("period", "wage", "months", "kind", "region", "employment")


# -- profiles --------------------------------------------------------------------------------

def export_profile(profile: Profile, path: Path) -> None:
    write_atomic(Path(path), encode_profile(profile))


def import_profile(path: Path) -> Profile:
    path = Path(path)
    return decode_import(read_limited(path, MAX_PROFILE_BYTES), path)


# -- history import (history_import.py) and the template ----------------------------------

# the history import's names come from ``__getattr__``
__all__ = ["AcceptedRow", "HistoryPreview", "RejectedRow", "TableWords", "apply_import",  # noqa: F822
           "export_history_template", "export_profile", "export_years", "import_history",  # noqa: F822
           "import_profile", "template_example"]


def export_history_template(path: Path, rows: Sequence[HistoryRow] = (), *,
                            words: Optional[TableWords] = None) -> None:
    """The history template (CSV or XLSX by suffix), filled with ``rows`` if given: the header
    and the region, kind and employment in ``words`` (Chinese by default), which
    ``import_history`` reads back, as it reads the codes."""
    words = words or TableWords()
    header = [words.headers.get(key, key) for key in TEMPLATE_HEADER]
    from .tables import write_table
    write_table(Path(path), header,
                [(row.period, row.amount, row.months, words.value("kind", row.amount_kind),
                  words.region(row.region), words.value("employment", row.employment or ""))
                 for row in rows])


def template_example(region: str, as_of: YearMonth) -> list[HistoryRow]:
    """The template's one example row: last year, a wage of the region's average wage that year
    (to the yuan), so the columns are seen filled in; none for a region the data does not know."""
    from ..core.policy.loader import default_policy_data
    from ..core.queries import average_wage
    if region not in default_policy_data().regions:
        return []
    year = as_of.year - 1
    wage = average_wage(region, YearMonth(year, 1)).quantize(Decimal(1))
    return [HistoryRow(period=str(year), region=region, amount=wage, amount_kind="wage")]


# -- results export --------------------------------------------------------------------------

def _contribution(line: YearLine, insurance: str, share: str) -> Optional[Decimal]:
    amounts = line.contributions.get(insurance)
    return getattr(amounts, share) if amounts is not None else None


YEAR_COLUMNS: dict[str, Any] = {
    "year": lambda l: l.year,
    "age_at_end": lambda l: l.age_at_end,
    "phase": year_phase,  # not_paid for a working year with no month paid
    "region": lambda l: l.region,
    "months_contributed": lambda l: l.months_contributed,
    "average_base": lambda l: l.average_base,
    "average_index": lambda l: l.average_index,
    "pension_employee": lambda l: _contribution(l, "pension", "employee"),
    "pension_employer": lambda l: _contribution(l, "pension", "employer"),
    "pension_account_opening": lambda l: l.pension_account.opening,
    "pension_account_contributions": lambda l: l.pension_account.contributions,
    "pension_account_interest": lambda l: l.pension_account.interest,
    "pension_account_closing": lambda l: l.pension_account.closing,
    "medical_account_contributions": lambda l: l.medical_account.contributions,
    "medical_account_closing": lambda l: l.medical_account.closing,
    "housing_fund_contributions": lambda l: l.housing_fund.contributions,
    "housing_fund_withdrawals": lambda l: l.housing_fund.withdrawals,
    "housing_fund_closing": lambda l: l.housing_fund.closing,
    "total_employee": lambda l: sum((a.employee for a in l.contributions.values()), Decimal(0)),
    "total_employer": lambda l: sum((a.employer for a in l.contributions.values()), Decimal(0)),
    "pension_paid": lambda l: l.pension_paid,
    "deflator": lambda l: l.deflator,
    "estimated": lambda l: l.estimated,
}


def export_years(estimate: Estimate, path: Path, *, headers: Optional[Mapping[str, str]] = None,
                 kind: Optional[str] = None, words: Optional[TableWords] = None) -> None:
    """Write ``estimate.years`` (CSV or XLSX by ``kind`` or suffix). ``headers`` maps the column
    identifiers of ``YEAR_COLUMNS`` to labels (the GUI passes translated ones); coded values
    (region, phase, yes/no) are written as ``words`` (Chinese by default)."""
    words = words or TableWords()
    # words made without the views' own phases: the catalogue's (presentation.formats)
    missing = {code: formats.phase(code, "en" if words.english else "zh")
               for code in (NOT_PAID, NOT_DRAWING) if code not in words.phase}
    if missing:
        words = replace(words, phase={**missing, **words.phase})
    labels = [(headers or {}).get(key, key) for key in YEAR_COLUMNS]
    rows = [[words.value(key, getter(line)) for key, getter in YEAR_COLUMNS.items()]
            for line in estimate.years]
    from .tables import write_table
    write_table(Path(path), labels, rows, kind)
