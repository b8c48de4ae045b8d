"""The default test run stays short and CI still runs everything (issue 9, item 18): the bundle
build is marked ``bundle`` and deselected by default; ``.ci/run`` runs it as its own step after
the README's test command, fails on any failing step, and treats pytest's exit status 5 (no
tests collected) as a failure."""

from __future__ import annotations

import re
import shutil
import subprocess
import tomllib
from pathlib import Path

import pytest

from tests.packaging import test_bundle

ROOT = Path(__file__).resolve().parents[2]
CI = ROOT / ".ci" / "run"


def pytest_config() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["pytest"][
        "ini_options"]


def readme_command() -> str:
    lines = (ROOT / "README.md").read_text(encoding="utf-8").splitlines()
    marker = lines.index("<!-- test-command -->")
    return lines[marker + 2]


def test_the_bundle_build_is_deselected_by_default():
    config = pytest_config()
    assert "-m 'not bundle'" in config["addopts"]
    assert any(marker.startswith("bundle:") for marker in config["markers"])
    assert "bundle" in {mark.name for mark in test_bundle.pytestmark}
    # the README command keeps the default selection
    command = readme_command()
    assert "-m pytest" in command
    assert " -m " not in command.rsplit("-m pytest", 1)[1] + " "


def test_ci_runs_the_bundle_after_the_readme_command():
    text = CI.read_text(encoding="utf-8")
    readme_step = text.index('run_step "README test command"')
    bundle_step = text.index("-m bundle tests/packaging/test_bundle.py")
    assert readme_step < bundle_step
    assert "SHEBAO_REQUIRE_BUNDLE=1" in text[bundle_step - 200:bundle_step]  # no silent skip
    assert re.search(r"pip install .*\[package\]", text[readme_step:bundle_step])


@pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")
@pytest.mark.parametrize("status, fails", [(0, False), (1, True), (5, True)])
def test_ci_steps_fail_loudly(status, fails):
    text = CI.read_text(encoding="utf-8")
    function = re.search(r"^run_step\(\) \{.*?^\}", text, re.S | re.M).group(0)
    script = f"set -euo pipefail\n{function}\nrun_step demo sh -c 'exit {status}'\necho next-step\n"
    done = subprocess.run(["bash", "-c", script], capture_output=True, text=True, timeout=60)
    assert (done.returncode != 0) == fails
    assert ("next-step" in done.stdout) == (not fails)
    if status == 5:
        assert "no tests" in done.stderr
