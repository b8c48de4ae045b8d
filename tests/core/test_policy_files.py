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


def test_enacted_without_number_or_url_is_rejected():
    """Provenance that can be checked (issue 8): a title alone is not a source."""
    with pytest.raises(ValueError, match="document number or a URL"):
        _parse(BASE + '  "2020-01": {value: 0.1, status: enacted, '
                      'reference: {title: 某某通知, confidence: O-m}}\n')
    for ref in ('{title: 某某通知, number: "某人社发〔2020〕1号", confidence: O-m}',
                '{title: 某计算器, url: "https://example.org/a", confidence: T}'):
        parsed = _parse(BASE + '  "2020-01": {value: 0.1, status: enacted, reference: ' + ref + '}\n')
        assert parsed.values[min(parsed.values)].status == "enacted"


def _enacted_references():
    for path, entry in ALL_FILES:
        raw = load_yaml(entry.read_text(encoding="utf-8"), path)
        for month, value in raw["values"].items():
            if value and value.get("status") == "enacted":
                yield path, month, value.get("reference") or {}


def test_a_third_party_page_without_a_document_number_is_marked_t():
    """Values from calculators, articles and forums are confidence T, so the window shows them
    as 第三方来源: a reference whose only source is a non-government page must say so."""
    from urllib.parse import urlparse
    wrong = [(path, month) for path, month, ref in _enacted_references()
             if ref.get("url") and not ref.get("number") and ref.get("confidence") != "T"
             and not urlparse(ref["url"]).netloc.endswith("gov.cn")]
    assert not wrong, wrong
    assert all(str(ref["url"]).startswith(("http://", "https://"))
               for _, _, ref in _enacted_references() if ref.get("url"))


def test_no_source_points_outside_the_repository():
    """Every source can be opened from the repository: no pointers into research notes that
    are not in it (POLICY-RESEARCH, the "ZY" nickname, research/ paths)."""
    import re
    pattern = re.compile(r"POLICY-RESEARCH|(?<![A-Za-z])ZY(?![A-Za-z])|(?<![\w.])research/")
    found = [path for path, entry in ALL_FILES if pattern.search(entry.read_text(encoding="utf-8"))]
    package = data_root().parent.parent.parent
    found += [str(py) for py in package.rglob("*.py")
              if pattern.search(py.read_text(encoding="utf-8"))]
    assert not found, found


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
