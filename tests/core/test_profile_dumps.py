"""The profile models dump and refuse exactly as the pydantic models did (issue 10: the profile
left pydantic). ``data/profile_dumps.json`` was written ONCE by ``make_profile_dumps.py`` with the
pydantic models of commit eca4dcb: every example profile, the golden and worked-example shapes
and edge values of every field, dumped the four ways a dump reaches a file, an export or a digest
(the kept estimate's key), and the errors of 53 hostile inputs (type, loc, msg, ctx, input)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from shebao_desktop.core import profile as profile_module
from shebao_desktop.core.checks import ValidationError
from shebao_desktop.storage import drafts
from tests.core.profile_dump_inputs import dumps_of, errors_of, examples, invalid_inputs, valid_inputs

EXPECTED = json.loads((Path(__file__).parent / "data" / "profile_dumps.json").read_text("utf-8"))


def _model(name: str):
    return getattr(drafts, name, None) or getattr(profile_module, name)


@pytest.mark.parametrize("name", sorted(examples()))
def test_example_profiles_dump_byte_for_byte(name):
    profile = profile_module.Profile.model_validate_json(examples()[name])
    assert dumps_of(profile) == EXPECTED["examples"][name]


@pytest.mark.parametrize("name", sorted(valid_inputs()))
def test_profiles_and_parts_dump_byte_for_byte(name):
    kind, data = valid_inputs()[name]
    model = _model(kind).model_validate(data)
    assert dumps_of(model) == EXPECTED["valid"][name]
    assert _model(kind).model_validate(model.model_dump()) == model  # a dump reads back the same
    assert _model(kind).model_validate_json(model.model_dump_json()) == model


@pytest.mark.parametrize("name", sorted(invalid_inputs()))
def test_hostile_inputs_give_the_errors_pydantic_gave(name):
    kind, data = invalid_inputs()[name]
    with pytest.raises(ValidationError) as caught:
        _model(kind).model_validate(data)
    assert errors_of(caught.value) == EXPECTED["invalid"][name]
    assert isinstance(caught.value, ValueError)


def test_every_pinned_case_is_still_checked():
    assert set(EXPECTED["examples"]) == set(examples())
    assert set(EXPECTED["valid"]) == set(valid_inputs())
    assert set(EXPECTED["invalid"]) == set(invalid_inputs())


def test_indented_dump_is_the_json_of_the_dump_even_for_values_set_unchecked():
    """The indented writer (core/model_json.py) knows each field's type; a value put in by
    ``model_copy`` (not checked) is written from its dump, as json.dumps writes the dump."""
    kind, data = valid_inputs()["full"]
    profile = _model(kind).model_validate(data)
    row = profile.history[0].model_copy(update={"amount": 5000, "months": "6", "generated": 1})
    odd = profile.model_copy(update={"history": [row, *profile.history[1:]], "name": 7,
                                     "future": {"continue_contributing": True}, "retirement": None})
    for model in (profile, odd, row, odd.history[2]):
        assert model.model_dump_json(indent=2) == json.dumps(
            model.model_dump(mode="json"), ensure_ascii=False, indent=2)
    assert '"amount": 5000,' in odd.model_dump_json(indent=2)
