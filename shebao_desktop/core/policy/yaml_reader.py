"""Reading and checking the policy YAML tree (the source of truth), strictly.

YAML numbers are read as ``Decimal`` from their literal text (never through float), and a
mapping with a repeated key is an error, not a silent overwrite. Each file is checked by the
strict schema (:mod:`.schema_check`, pydantic) and kept as the plain records of :mod:`.schema`.
The program normally loads the pre-built bundle of the same records (:mod:`.bundle`); this
module runs when that bundle is missing or out of date, at build time, and in the tests.
"""

from __future__ import annotations

from decimal import Decimal
from importlib.abc import Traversable
from typing import Any

import yaml
from pydantic import ValidationError

from .loader import (LISTED_PREFIXES, NATIONAL, REGIONAL_ONLY, PolicyData, PolicyDataError,
                     _walk, data_root)
from .schema import ParameterFile, RegionIndex
from .schema_check import checked


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


def _checked(kind: str, entry: Traversable, origin: str) -> Any:
    raw = load_yaml(entry.read_text(encoding="utf-8"), origin)
    try:
        return checked(kind, raw)
    except ValidationError as exc:
        raise PolicyDataError(f"{origin}: {exc}") from exc


def read_policy_data(root: Traversable | None = None) -> PolicyData:
    """Read and check every file under ``root`` (the packaged data by default)."""
    root = root or data_root()
    files: dict[str, dict[str, ParameterFile]] = {NATIONAL: {}}
    regions: dict[str, RegionIndex] = {}
    for name, entry in _walk(root.joinpath(NATIONAL)):
        files[NATIONAL][name] = _checked("ParameterFile", entry, f"{NATIONAL}/{name}.yaml")
    region_root = root.joinpath("regions")
    for folder in sorted(region_root.iterdir(), key=lambda e: e.name):
        if not folder.is_dir():
            continue
        slug = folder.name
        regions[slug] = _checked("RegionIndex", folder.joinpath("index.yaml"),
                                 f"regions/{slug}/index.yaml")
        files[slug] = {}
        for name, entry in _walk(folder):
            if name == "index":
                continue
            if name not in files[NATIONAL] and name not in REGIONAL_ONLY \
                    and not name.startswith(LISTED_PREFIXES):
                raise PolicyDataError(f"regions/{slug}/{name}.yaml overrides no national file")
            files[slug][name] = _checked("ParameterFile", entry, f"regions/{slug}/{name}.yaml")
    return PolicyData(files, regions)
