"""Reading the policy data shipped inside the package (``data/``), strictly.

YAML numbers are read as ``Decimal`` from their literal text (never through float), and a
mapping with a repeated key is an error, not a silent overwrite.
"""

from __future__ import annotations

from bisect import bisect_right
from decimal import Decimal
from functools import lru_cache
from importlib import resources
from importlib.abc import Traversable
from typing import Iterator

import yaml
from pydantic import ValidationError

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
})
#: folders of quantities that are each their own file, found by listing (regional add-ons)
LISTED_PREFIXES = ("pension/addons/",)


class PolicyDataError(Exception):
    """A policy file is missing, malformed or inconsistent."""


# libyaml's parser when PyYAML has it (about 10x faster); the constructors below are ours
class _StrictLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    pass


def _mapping(loader: _StrictLoader, node: yaml.MappingNode, deep: bool = False) -> dict:
    seen: set = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key {key!r}", key_node.start_mark)
        seen.add(key)
    return loader.construct_mapping(node, deep=deep)


def _decimal(loader: _StrictLoader, node: yaml.ScalarNode) -> Decimal:
    return Decimal(loader.construct_scalar(node).replace("_", ""))


_StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)
_StrictLoader.add_constructor("tag:yaml.org,2002:float", _decimal)
# dates stay text (YYYY-MM-DD); the schema checks their form
_StrictLoader.add_constructor("tag:yaml.org,2002:timestamp", yaml.SafeLoader.construct_scalar)


def load_yaml(text: str, origin: str) -> object:
    try:
        return yaml.load(text, Loader=_StrictLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as exc:
        raise PolicyDataError(f"{origin}: {exc}") from exc


def data_root() -> Traversable:
    return resources.files(__package__).joinpath("data")


def _walk(folder: Traversable, prefix: str = "") -> Iterator[tuple[str, Traversable]]:
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.is_dir():
            yield from _walk(entry, f"{prefix}{entry.name}/")
        elif entry.name.endswith(".yaml"):
            yield f"{prefix}{entry.name[:-5]}", entry


def _parse_parameter(entry: Traversable, origin: str) -> ParameterFile:
    raw = load_yaml(entry.read_text(encoding="utf-8"), origin)
    try:
        return ParameterFile.model_validate(raw)
    except ValidationError as exc:
        raise PolicyDataError(f"{origin}: {exc}") from exc


class PolicyData:
    """All parameter files: ``files[region][name]`` with region ``national`` or a slug."""

    def __init__(self, files: dict[str, dict[str, ParameterFile]], regions: dict[str, RegionIndex]):
        self.files = files
        self.regions = regions
        self._found: dict[tuple[str, str], tuple[str, ParameterFile]] = {}
        #: output records of looked-up values (``estimate``'s parameter list), made once per
        #: full dated entry of this data set, citation included
        self.records: dict[tuple, object] = {}
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

    def start_of(self, pfile: ParameterFile, month) -> object:
        """The key of the value in force in ``month`` (None if before the first)."""
        dates = self._dates.get(id(pfile))
        if dates is None:
            dates = self._dates[id(pfile)] = list(pfile.values)
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


def read_policy_data(root: Traversable | None = None) -> PolicyData:
    """Read and validate every file under ``root`` (the packaged data by default)."""
    root = root or data_root()
    files: dict[str, dict[str, ParameterFile]] = {NATIONAL: {}}
    regions: dict[str, RegionIndex] = {}
    for name, entry in _walk(root.joinpath(NATIONAL)):
        files[NATIONAL][name] = _parse_parameter(entry, f"{NATIONAL}/{name}.yaml")
    region_root = root.joinpath("regions")
    for folder in sorted(region_root.iterdir(), key=lambda e: e.name):
        if not folder.is_dir():
            continue
        slug = folder.name
        index_raw = load_yaml(folder.joinpath("index.yaml").read_text(encoding="utf-8"),
                              f"regions/{slug}/index.yaml")
        try:
            regions[slug] = RegionIndex.model_validate(index_raw)
        except ValidationError as exc:
            raise PolicyDataError(f"regions/{slug}/index.yaml: {exc}") from exc
        files[slug] = {}
        for name, entry in _walk(folder):
            if name == "index":
                continue
            if name not in files[NATIONAL] and name not in REGIONAL_ONLY \
                    and not name.startswith(LISTED_PREFIXES):
                raise PolicyDataError(f"regions/{slug}/{name}.yaml overrides no national file")
            files[slug][name] = _parse_parameter(entry, f"regions/{slug}/{name}.yaml")
    return PolicyData(files, regions)


@lru_cache(maxsize=1)
def default_policy_data() -> PolicyData:
    """The packaged policy data, read once per process."""
    return read_policy_data()
