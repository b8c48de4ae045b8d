"""Shared set-up of the CLI tests."""

import pytest

from shebao_desktop.cli import main


@pytest.fixture
def run_cli(capsys, monkeypatch):
    """Run the CLI in-process in the language of ``LANG=lang`` (LC_ALL and LC_MESSAGES unset):
    ``run_cli(*argv, lang="C.UTF-8")`` gives (exit code, stdout, stderr)."""
    def run(*argv: str, lang: str = "C.UTF-8") -> tuple[int, str, str]:
        for name in ("LC_ALL", "LC_MESSAGES"):
            monkeypatch.delenv(name, raising=False)
        monkeypatch.setenv("LANG", lang)
        code = main(list(argv))
        out, err = capsys.readouterr()
        return code, out, err
    return run
