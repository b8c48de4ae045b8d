"""Issue 10: a returning user's start shows the estimate kept at the last close, keyed by every
input of the estimate, before anything is computed; the computed one replaces it right after."""

from __future__ import annotations

import os

import pytest

from shebao_desktop.core.estimate import estimate
from shebao_desktop.core.yearmonth import YearMonth
from shebao_desktop.gui import kept_estimate
from shebao_desktop.gui.i18n import install_language
from shebao_desktop.gui.sample import sample_profile

AS_OF = YearMonth(2026, 11)


@pytest.fixture(autouse=True)
def _cache(tmp_path, monkeypatch):
    monkeypatch.setenv("SHEBAO_CACHE_DIR", str(tmp_path / "cache"))


@pytest.fixture(scope="module")
def computed():
    profile = sample_profile(AS_OF)
    return profile, estimate(profile, as_of=AS_OF)


def _key(profile_json="{}", as_of="2026-11", policy="p", code="c", version="1"):
    return kept_estimate.key(profile_json, as_of, policy=policy, code=code, version=version)


def test_the_key_changes_with_every_input():
    same = _key()
    assert _key() == same
    for changed in (_key(profile_json="{ }"), _key(as_of="2026-12"), _key(policy="q"),
                    _key(code="d"), _key(version="2")):
        assert changed != same


def test_the_key_of_a_profile_follows_its_content(computed):
    profile, _ = computed
    same = kept_estimate.profile_key(profile, AS_OF)
    assert same == kept_estimate.profile_key(sample_profile(AS_OF), AS_OF)
    assert kept_estimate.profile_key(profile, YearMonth(2026, 12)) != same
    other = profile.model_copy(update={"name": profile.name + "x"})
    assert kept_estimate.profile_key(other, AS_OF) != same


def test_the_code_stamp_follows_a_source_file(tmp_path):
    (tmp_path / "sub").mkdir()
    source = tmp_path / "sub" / "a.py"
    source.write_text("x = 1\n")
    before = kept_estimate.code_stamp(tmp_path)
    assert kept_estimate.code_stamp(tmp_path) == before
    source.write_text("x = 12\n")
    assert kept_estimate.code_stamp(tmp_path) != before
    edited = kept_estimate.code_stamp(tmp_path)
    os.utime(source, ns=(1, 1))
    assert kept_estimate.code_stamp(tmp_path) != edited


def test_a_kept_estimate_is_read_back_only_under_its_key(computed, tmp_path):
    profile, result = computed
    key = kept_estimate.profile_key(profile, AS_OF)
    kept_estimate.write(key, result)
    found = kept_estimate.read(key)
    assert found == result  # the same records: every figure to the fen
    assert found.pension.total == result.pension.total
    other = kept_estimate.profile_key(profile, YearMonth(2026, 12))
    assert kept_estimate.read(other) is None


@pytest.mark.parametrize("spoil", ["truncated", "flipped", "foreign", "empty"])
def test_a_damaged_file_is_passed_over(computed, spoil):
    profile, result = computed
    key = kept_estimate.profile_key(profile, AS_OF)
    kept_estimate.write(key, result)
    path = kept_estimate.cache_path()
    blob = path.read_bytes()
    spoiled = {"truncated": blob[:len(blob) // 2],
               "flipped": blob[:-10] + bytes([blob[-10] ^ 1]) + blob[-9:],
               "foreign": b"PK\x03\x04" + blob[4:], "empty": b""}[spoil]
    path.write_bytes(spoiled)
    assert kept_estimate.read(key) is None


def test_the_window_shows_the_kept_estimate_before_computing(qtbot, monkeypatch):
    from shebao_desktop.app import create_app
    from shebao_desktop.gui import session as session_module

    _app, window = create_app(["shebao-desktop"])
    qtbot.addWidget(window)
    window.complete()
    window.show()
    qtbot.waitUntil(lambda: window.session.estimate is not None)
    first, shown = window.session.estimate, window.results.pension_card.value.text()
    window.close()  # the estimate shown is kept
    assert kept_estimate.cache_path().is_file()
    install_language("zh_CN")

    calls = []
    real = session_module.estimate
    monkeypatch.setattr(session_module, "estimate",
                        lambda *a, **k: calls.append(1) or real(*a, **k))
    _app, window = create_app(["shebao-desktop"])  # the returning user
    qtbot.addWidget(window)
    window._after_first_paint()  # as right after the frame's first paint
    assert calls == [] and window.session.kept
    assert window.session.estimate == first
    assert window.results.pension_card.value.text() == shown
    window._build_rest()  # after the card's paint: the inputs, then the estimate computed
    assert calls == [1] and not window.session.kept
    assert window.session.estimate == first  # computed: equal to the kept one, to the fen
    assert window.results.pension_card.value.text() == shown
    window.close()
    install_language("zh_CN")


def test_a_changed_profile_is_computed(qtbot, monkeypatch, computed):
    from shebao_desktop.app import create_app

    _profile, result = computed
    path = kept_estimate.cache_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(kept_estimate.encode("0" * 64, result))  # kept for other inputs
    _app, window = create_app(["shebao-desktop"])
    qtbot.addWidget(window)
    window._after_first_paint()
    assert not window.session.kept and window.session.estimate is not None
    window.close()
    install_language("zh_CN")
