"""The policy data shipped inside the package (``data/``): :class:`PolicyData` and where it is.

``default_policy_data()`` loads it once per process from the pre-built bundle when that is
current (:mod:`.bundle`, no YAML parser and no pydantic), else from the YAML, which stays the
source of truth (:mod:`.yaml_reader`, strict: Decimal numbers from their text, no repeated keys,
every file checked by the schema).
"""

from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterator, Union

if TYPE_CHECKING:
    from importlib.abc import Traversable

from .schema import ParameterFile, RegionIndex

NATIONAL = "national"
#: quantities only a region publishes (no national file to override)
REGIONAL_ONLY = frozenset({
    "average_wage", "pension_base", "contribution_base/floor", "contribution_base/ceiling",
    "housing_fund/floor", "housing_fund/ceiling", "pension/month_weight",
    "pension/transitional_paid_window", "pension/indexed_wage_base",
    "pension/indexed_wage_rounding", "pension/rounding_basic", "pension/rounding_account",
    "pension/rounding_transitional", "pension/divisor_by_whole_years",
    "pension/years_summed_in_months", "pension/transitional_coefficient_by_paid_years",
    "pension/notional_account_divisor", "pension/transitional_wage_base",
    "pension/transitional_phase_in", "pension/personal_transitional_coefficient",
    "pension/transitional_phase_in_rounding",
})
#: folders of quantities that are each their own file, found by listing (regional add-ons)
LISTED_PREFIXES = ("pension/addons/",)


class PolicyDataError(Exception):
    """A policy file is missing, malformed or inconsistent."""


def data_root() -> Union[Path, "Traversable"]:
    """The ``data`` folder beside this module (importlib.resources only when the package is
    not a folder on disk, e.g. inside a zip)."""
    folder = Path(__file__).with_name("data")
    if folder.is_dir():
        return folder
    from importlib import resources
    return resources.files(__package__).joinpath("data")


def _walk(folder: "Traversable", prefix: str = "") -> Iterator[tuple[str, Traversable]]:
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.is_dir():
            yield from _walk(entry, f"{prefix}{entry.name}/")
        elif entry.name.endswith(".yaml"):
            yield f"{prefix}{entry.name[:-5]}", entry


class PolicyData:
    """All parameter files: ``files[region][name]`` with region ``national`` or a slug."""

    #: the YAML files' stamp (bundle.stamp) this data was loaded and checked against; None when
    #: it was read from an archive (nothing to stamp)
    stamp: "str | None" = None

    def __init__(self, files: dict[str, dict[str, ParameterFile]], regions: dict[str, RegionIndex]):
        self.files = files
        self.regions = regions
        self._found: dict[tuple[str, str], tuple[str, ParameterFile]] = {}
        #: output records of looked-up values (``estimate``'s parameter list), made once per
        #: full dated entry of this data set, citation included
        self.records: dict[tuple, object] = {}
        #: the look-up caches of views over this data set (policy.view.shared_cache)
        self.lookups: dict[tuple, object] = {}
        self._dates: dict[int, list] = {}
        for slug, index in regions.items():
            if index.parent is not None and index.parent not in regions:
                raise PolicyDataError(f"region {slug}: unknown parent {index.parent}")

    def chain(self, region: str) -> list[str]:
        """The region, its parents, then ``national``: where a parameter is looked for, in order."""
        if region not in self.regions:
            raise KeyError(region)
        order: list[str] = []
        current: str | None = region
        while current is not None:
            order.append(current)
            current = self.regions[current].parent
        return order + [NATIONAL]

    def find(self, name: str, region: str) -> tuple[str, ParameterFile]:
        """The file that answers ``name`` for ``region`` (memoised: the data never changes)."""
        key = (name, region)
        found = self._found.get(key)
        if found is None:
            found = self._found[key] = self._find(name, region)
        return found

    def dates_of(self, pfile: ParameterFile) -> list:
        """The months of ``pfile``'s dated entries, in order (kept: the data never changes)."""
        dates = self._dates.get(id(pfile))
        if dates is None:
            dates = self._dates[id(pfile)] = list(pfile.values)
        return dates

    def start_of(self, pfile: ParameterFile, month) -> object:
        """The key of the value in force in ``month`` (None if before the first)."""
        dates = self.dates_of(pfile)
        position = bisect_right(dates, month)
        return dates[position - 1] if position else None

    def _find(self, name: str, region: str) -> tuple[str, ParameterFile]:
        for source in self.chain(region) if region != NATIONAL else [NATIONAL]:
            found = self.files.get(source, {}).get(name)
            if found is not None:
                return source, found
        raise PolicyDataError(f"no policy file '{name}' for region '{region}' or national")

    def listed(self, prefix: str, region: str) -> list[str]:
        """Names under ``prefix`` (e.g. ``pension/addons/``) in the region, its parents or
        national: each is looked up with :meth:`find`, so a city's file overrides its
        province's file of the same name."""
        chain = self.chain(region) if region != NATIONAL else [NATIONAL]
        return sorted({name for source in chain for name in self.files.get(source, {})
                       if name.startswith(prefix)})

    def has(self, name: str, region: str) -> bool:
        try:
            self.find(name, region)
        except PolicyDataError:
            return False
        return True


#: read from the YAML by .yaml_reader (PyYAML and pydantic imported only then)
_FROM_YAML = ("load_yaml", "read_policy_data")


def __getattr__(name: str) -> Any:
    if name in _FROM_YAML:
        from . import yaml_reader
        return getattr(yaml_reader, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@lru_cache(maxsize=1)
def default_policy_data() -> PolicyData:
    """The packaged policy data, read once per process: from the pre-built bundle when it is
    current, else from the YAML (:mod:`.bundle`)."""
    from .bundle import policy_data
    return policy_data()
