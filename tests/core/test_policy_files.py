"""Every packaged policy file: valid schema, dates sorted and unique, a reference on every
enacted value, a method on every estimated one; and the loader's strictness."""

from decimal import Decimal

import pytest

from shebao_desktop.core.policy.loader import (NATIONAL, PolicyDataError, _walk, data_root,
                                               load_yaml, read_policy_data)
from shebao_desktop.core.policy.schema import ParameterFile

ALL_FILES = [(f"{top}/{name}", entry)
             for top in ["national"] + [f"regions/{d.name}" for d in data_root().joinpath("regions").iterdir() if d.is_dir()]
             for name, entry in _walk(data_root().joinpath(top)) if name != "index"]


def test_there_are_many_policy_files():
    assert len(ALL_FILES) > 150


@pytest.mark.parametrize("path,entry", ALL_FILES, ids=[p for p, _ in ALL_FILES])
def test_policy_file(path, entry):
    raw = load_yaml(entry.read_text(encoding="utf-8"), path)  # duplicate keys raise here
    keys = list(raw["values"])
    assert keys == sorted(keys), f"{path}: dates not in ascending order"
    assert len(keys) == len(set(keys))
    parsed = ParameterFile.model_validate(raw)
    for month, value in parsed.values.items():
        if value is None:
            continue
        if value.status == "enacted":
            assert value.reference is not None and value.reference.title, f"{path} {month}"
        else:
            assert value.method and len(value.method) > 10, f"{path} {month}"


def test_the_packaged_data_loads_with_regions():
    data = read_policy_data()
    codes = [r.code for r in data.regions.values()]
    assert len(codes) == len(set(codes))
    for slug in ["beijing", "shanghai", "guangdong", "guangzhou", "shenzhen", "zhejiang",
                 "hangzhou", "jiangsu", "nanjing", "sichuan", "shandong", "hubei"]:
        assert slug in data.regions
        for name in ["average_wage", "pension_base"]:
            assert data.has(name, slug), (slug, name)
    for slug in data.regions:  # every region can be estimated for
        assert data.has("average_wage", slug) and data.has("pension_base", slug), slug
    assert data.chain("guangzhou") == ["guangzhou", "guangdong", NATIONAL]


BASE = """description: 测试参数
description_en: a test parameter
unit: rate
values:
"""


def _parse(text):
    return ParameterFile.model_validate(load_yaml(text, "test.yaml"))


def test_duplicate_dates_are_rejected():
    with pytest.raises(PolicyDataError, match="duplicate key"):
        _parse(BASE + '  "2020-01": {value: 0.1, status: estimated, method: "a stated method"}\n'
                      '  "2020-01": {value: 0.2, status: estimated, method: "a stated method"}\n')


def test_enacted_without_reference_is_rejected():
    with pytest.raises(ValueError, match="reference"):
        _parse(BASE + '  "2020-01": {value: 0.1, status: enacted}\n')


def test_estimated_without_method_is_rejected():
    with pytest.raises(ValueError, match="method"):
        _parse(BASE + '  "2020-01": {value: 0.1, status: estimated}\n')


def test_unknown_fields_and_bad_keys_are_rejected():
    with pytest.raises(ValueError):
        _parse(BASE.replace("unit: rate", "unit: rate\nsurprise: 1") +
               '  "2020-01": {value: 0.1, status: estimated, method: "a stated method"}\n')
    with pytest.raises(ValueError, match="YYYY-MM"):
        _parse(BASE + '  2020: {value: 0.1, status: estimated, method: "a stated method"}\n')


def test_numbers_are_read_as_decimal_not_float():
    parsed = _parse(BASE + '  "2020-01": {value: 0.0612, status: estimated, method: "a stated method"}\n')
    value = next(iter(parsed.values.values())).value
    assert isinstance(value, Decimal) and str(value) == "0.0612"
