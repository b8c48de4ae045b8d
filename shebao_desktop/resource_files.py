"""Files of the package's ``resources`` folder as paths on disk: Qt opens them by name (a
translation, the window icon), so they must be files, beside this module in every install (the
wheel, the PyInstaller bundle); ``importlib.resources`` (not imported at start any more) would
name them no better."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).parent / "resources"


def resource(*parts: str) -> Path:
    """``resources/<parts...>`` of the package (it may not exist: the caller checks)."""
    return ROOT.joinpath(*parts)
