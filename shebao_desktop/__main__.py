"""Entry point: ``shebao-desktop`` opens the window; ``shebao-desktop COMMAND`` runs headless."""

from __future__ import annotations

import sys
from typing import Optional, Sequence

HEADLESS = {"estimate", "pension", "retirement-age", "regions", "-h", "--help"}


def main(argv: Optional[Sequence[str]] = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] == ["--self-test"]:
        from .selftest import main as selftest_main
        return selftest_main(args[1:])
    if args and args[0] in HEADLESS:
        from .cli import main as cli_main
        return cli_main(args)
    from .app import run_gui
    return run_gui(args)


def run() -> None:
    raise SystemExit(main())


if __name__ == "__main__":
    run()
