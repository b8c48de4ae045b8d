"""Entry point: ``shebao-desktop`` opens the window; ``shebao-desktop COMMAND`` runs headless."""

from __future__ import annotations

import sys
from typing import Optional, Sequence

#: the only arguments the window takes
WINDOW_OPTIONS = ("--data-dir",)


def _window_arguments(args: list[str]) -> bool:
    rest = list(args)
    while rest:
        head = rest.pop(0)
        if head.startswith("--data-dir="):
            continue
        if head in WINDOW_OPTIONS and rest:
            rest.pop(0)
            continue
        return False
    return True


def main(argv: Optional[Sequence[str]] = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] == ["--self-test"]:
        from .selftest import main as selftest_main
        return selftest_main(args[1:])
    if args and not _window_arguments(args):  # a command, or a mistyped one: the CLI answers
        from .cli import main as cli_main
        return cli_main(args)
    from .app import run_gui
    return run_gui(args)


def run() -> None:
    raise SystemExit(main())


if __name__ == "__main__":
    run()
