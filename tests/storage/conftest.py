"""Storage tests: shared sample profiles and a record of robustness counts (fuzz examples,
kill iterations, files lost) printed in the terminal summary."""

from __future__ import annotations

from pathlib import Path

import pytest

from shebao_desktop.core.profile import Profile

FIXTURES = Path(__file__).parent / "fixtures"
_COUNTS = pytest.StashKey[dict]()


def sample_profile(name: str = "sample", amount: str = "8000", years: int = 3) -> Profile:
    return Profile.model_validate({
        "name": name, "birth": "1985-04", "gender": "male", "region": "beijing",
        "history": [{"period": str(2010 + n), "region": "beijing", "amount": amount}
                    for n in range(years)],
    })


@pytest.fixture
def profile() -> Profile:
    return sample_profile()


@pytest.fixture
def report(request):
    """``report(name, value)``: print a count and keep it for the terminal summary."""
    counts = request.config.stash.setdefault(_COUNTS, {})

    def record(name: str, value) -> None:
        counts[name] = value
        print(f"{name}: {value}")
    return record


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    counts = config.stash.get(_COUNTS, None)
    if counts:
        terminalreporter.section("storage robustness counts")
        for name, value in counts.items():
            terminalreporter.write_line(f"{name}: {value}")
