"""Writes data/profile_dumps.json, the dumps and errors test_profile_dumps.py compares with.

It was run ONCE, with the pydantic profile models of commit eca4dcb (before the profile
dropped pydantic at run time), as ``.venv/bin/python -m tests.core.make_profile_dumps``; do not
run it again unless the dump of a profile changes on purpose (a file format change)."""

from __future__ import annotations

import json
from pathlib import Path

from shebao_desktop.core import profile as profile_module
from shebao_desktop.storage import drafts
from tests.core.profile_dump_inputs import dumps_of, errors_of, examples, invalid_inputs, valid_inputs

OUT = Path(__file__).parent / "data" / "profile_dumps.json"


def model(name: str):
    return getattr(drafts, name, None) or getattr(profile_module, name)


def main() -> None:
    out: dict = {"examples": {}, "valid": {}, "invalid": {}}
    for name, text in examples().items():
        out["examples"][name] = dumps_of(profile_module.Profile.model_validate_json(text))
    for name, (kind, data) in valid_inputs().items():
        out["valid"][name] = dumps_of(model(kind).model_validate(data))
    for name, (kind, data) in invalid_inputs().items():
        try:
            model(kind).model_validate(data)
        except ValueError as exc:
            out["invalid"][name] = errors_of(exc)
        else:
            raise AssertionError(f"{name} validated")
    OUT.write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
