"""Issue 10: closing the window encodes the profile once (the save, then the kept estimate's
comparison with the file, ``Session.keep``): ``encode_profile`` remembers the last profile."""

from __future__ import annotations

from pathlib import Path

from shebao_desktop.core.profile import Profile
from shebao_desktop.storage import codec
from shebao_desktop.storage.exchange import import_profile

EXAMPLE = Path(__file__).parents[2] / "examples" / "profile-beijing.json"


def test_the_same_profile_is_encoded_once_and_an_edit_anew(monkeypatch):
    profile = import_profile(EXAMPLE)
    calls = []
    dump = Profile.model_dump_json
    monkeypatch.setattr(Profile, "model_dump_json",
                        lambda self, **kw: calls.append(self) or dump(self, **kw))
    first = codec.encode_profile(profile)
    assert codec.encode_profile(profile) is first and len(calls) == 1
    edited = profile.model_copy(update={"name": "另一个名字"})
    second = codec.encode_profile(edited)
    assert len(calls) == 2 and second != first and "另一个名字".encode() in second
    assert codec.encode_profile(profile) == first and len(calls) == 3  # one remembered: the last
    assert first == dump(profile, indent=2).encode("utf-8") + b"\n"
