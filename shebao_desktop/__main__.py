"""Entry point: ``shebao-desktop`` opens the window; ``shebao-desktop COMMAND`` runs headless."""

from __future__ import annotations

import sys
from typing import Optional, Sequence

#: the only arguments the window takes
WINDOW_OPTIONS = ("--data-dir",)
#: window flags without a value (``--exit-after-first-result``: for benchmarks and tests)
WINDOW_FLAGS = ("--exit-after-first-result",)


def _window_arguments(args: list[str]) -> bool:
    rest = list(args)
    while rest:
        head = rest.pop(0)
        if head.startswith("--data-dir=") or head in WINDOW_FLAGS:
            continue
        if head in WINDOW_OPTIONS and rest:
            rest.pop(0)
            continue
        return False
    return True


#: the commands that run without a window
HEADLESS_COMMANDS = ("estimate", "pension", "retirement-age", "regions")


def _no_display(environ) -> bool:
    """On Linux and the BSDs a window needs X11 or Wayland; ``QT_QPA_PLATFORM`` (offscreen,
    vnc, eglfs...) is the user's explicit choice and is left to Qt."""
    if sys.platform.startswith(("win", "darwin", "cygwin")) or environ.get("QT_QPA_PLATFORM"):
        return False
    return not (environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"))


def _needs_display() -> int:
    import os

    from .presentation.messages import Msg, language_from_environment, render
    text = render(Msg.NEEDS_DISPLAY, {"commands": ", ".join(HEADLESS_COMMANDS)},
                  language_from_environment(os.environ))
    print(f"shebao-desktop: {text}", file=sys.stderr)
    return 2


def main(argv: Optional[Sequence[str]] = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] == ["--self-test"]:
        from .selftest import main as selftest_main
        return selftest_main(args[1:])
    if args and not _window_arguments(args):  # a command, or a mistyped one: the CLI answers
        from .cli import main as cli_main
        return cli_main(args)
    import os
    if _no_display(os.environ):
        return _needs_display()
    from .app import run_gui
    return run_gui(args)


def run() -> None:
    raise SystemExit(main())


if __name__ == "__main__":
    run()
