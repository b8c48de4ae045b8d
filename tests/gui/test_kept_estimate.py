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


def _key(profile_id="p", data=b"{}", as_of="2026-11", policy="p", code="c", version="1"):
    return kept_estimate.key(profile_id, data, as_of, policy=policy, code=code, version=version)


def test_the_key_changes_with_every_input():
    same = _key()
    assert _key() == same
    for changed in (_key(profile_id="q"), _key(data=b"{ }"), _key(as_of="2026-12"),
                    _key(policy="q"), _key(code="d"), _key(version="2")):
        assert changed != same
    assert _key(policy=None) is None  # policy data read from an archive: nothing kept


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
    _profile, result = computed
    kept_estimate.write(_key(), (result, (False, True)))
    found, facts = kept_estimate.read(_key())
    assert found == result  # the same records: every figure to the fen
    assert found.pension.total == result.pension.total and facts == (False, True)
    assert kept_estimate.read(_key(as_of="2026-12")) is None


def _saved(folder, profile):
    from shebao_desktop.storage.codec import encode_profile
    folder.mkdir(exist_ok=True)
    data = encode_profile(profile)
    (folder / "mine.json").write_bytes(data)
    return data


def test_found_early_for_the_profile_file_as_it_was_kept(computed, tmp_path):
    profile, result = computed
    folder = tmp_path / "profiles"
    data = _saved(folder, profile)
    kept_estimate.keep("mine", data, data, str(AS_OF), result, (False, False))
    found = kept_estimate.early(folder, "mine", str(AS_OF))
    assert found.estimate == result and found.profile_id == "mine"
    assert kept_estimate.unchanged(found, folder)
    assert kept_estimate.early(folder, "mine", "2026-12") is None  # another month
    assert kept_estimate.early(folder, "other", str(AS_OF)) is None  # another profile
    (folder / "mine.json").write_bytes(data.replace(b"\n", b"\r\n"))  # the file changed
    assert kept_estimate.early(folder, "mine", str(AS_OF)) is None
    assert not kept_estimate.unchanged(found, folder)


@pytest.mark.parametrize("bad", [None, "", "../mine", ".mine", "a/b", 7])
def test_an_odd_profile_id_finds_nothing(bad, tmp_path):
    assert kept_estimate.early(tmp_path, bad, str(AS_OF)) is None


def test_kept_only_when_the_file_holds_the_profile_shown(computed, tmp_path):
    profile, result = computed
    folder = tmp_path / "profiles"
    data = _saved(folder, profile)
    for on_disk in (None, data + b" "):  # unreadable, or not saved yet
        kept_estimate.keep("mine", data, on_disk, str(AS_OF), result, (False, False))
        assert not kept_estimate.cache_path().exists()


@pytest.mark.parametrize("spoil", ["truncated", "flipped", "foreign", "empty"])
def test_a_damaged_file_is_passed_over(computed, spoil):
    _profile, result = computed
    key = _key()
    kept_estimate.write(key, (result, (False, False)))
    path = kept_estimate.cache_path()
    blob = path.read_bytes()
    spoiled = {"truncated": blob[:len(blob) // 2],
               "flipped": blob[:-10] + bytes([blob[-10] ^ 1]) + blob[-9:],
               "foreign": b"PK\x03\x04" + blob[4:], "empty": b""}[spoil]
    path.write_bytes(spoiled)
    assert kept_estimate.read(key) is None


def _start_and_close(qtbot):
    """A start that computes, shows and closes the window (the estimate shown is kept)."""
    from .window_helpers import start_window
    window = start_window(qtbot)
    shown = window.session.estimate, window.results.pension_card.value.text()
    window.close()
    install_language("zh_CN")
    return shown


def _returning(qtbot):
    """The next start, right after the frame's first paint."""
    from shebao_desktop.app import create_app
    _app, window = create_app(["shebao-desktop"])
    qtbot.addWidget(window)
    window._shown_once = True
    window._after_first_paint()
    return window


def test_the_window_shows_the_kept_estimate_before_computing(qtbot, monkeypatch):
    from shebao_desktop.gui import session as session_module

    first, shown = _start_and_close(qtbot)
    assert kept_estimate.cache_path().is_file()
    calls = []
    real = session_module.estimate
    monkeypatch.setattr(session_module, "estimate",
                        lambda *a, **k: calls.append(1) or real(*a, **k))
    window = _returning(qtbot)
    # the kept figures, before the profile is opened or anything is computed
    assert "session" not in window.__dict__ and "results" not in window.__dict__
    cards = window.early_cards
    assert window.first_result_widget().text() == shown and window.first_result_is_estimate()
    window._load_results(window._find_kept())  # after that paint: the results column
    assert window.results.cards is cards  # adopted: the same widgets, nothing rebuilt
    assert calls == [] and window.session.kept and window.session.estimate == first
    assert window.results.pension_card.value.text() == shown
    window._build_rest()  # after the results' paint: the inputs, then the estimate computed
    assert calls == [1] and not window.session.kept
    assert window.session.estimate == first  # computed: equal to the kept one, to the fen
    assert window.results.pension_card.value.text() == shown
    window.close()
    install_language("zh_CN")


def test_a_changed_profile_is_computed(qtbot, computed):
    _profile, result = computed
    path = kept_estimate.cache_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(kept_estimate.encode("0" * 64, (result, (False, False))))  # other inputs
    window = _returning(qtbot)
    assert not window.session.kept  # computed, then shown on the cards alone (show_cards)
    assert window.session.estimate is not None
    from shebao_desktop.gui.labels import money
    assert window.first_result_widget().text().startswith(money(window.session.estimate.pension.total))
    window.close()
    install_language("zh_CN")


def test_closed_while_only_the_kept_figures_are_shown(qtbot, computed):
    """Nothing was opened: nothing is loaded to be closed (no profile read, none written)."""
    _start_and_close(qtbot)
    window = _returning(qtbot)
    assert window.early_cards is not None
    window.close()
    assert "session" not in window.__dict__ and window._loader is not None
    install_language("zh_CN")
