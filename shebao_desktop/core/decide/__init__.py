"""Decision tools on the core (issue 11): retirement months side by side, flexible-employment
levels, 补缴 and shortfall, goal seek, uncertainty bands and quick history. Qt-free; each module
states the rules and assumptions its figures rest on.

The names below come from their modules when first asked for (``__getattr__``): the window
imports ``bands`` for the range on the pension card and the printed summary without loading the
comparison, the flexible levels and the goal seek (~0.5 MiB, issue 10)."""

from __future__ import annotations

from importlib import import_module
from typing import Any

#: public name -> the module that defines it
_FROM = {"Bands": "bands", "BandYear": "bands", "bands": "bands",
         "Choice": "compare", "compare": "compare", "default_months": "compare",
         "DEFAULT_LEVELS": "flexible", "Level": "flexible", "flexible_levels": "flexible",
         "Answer": "goal", "Goal": "goal", "goal_seek": "goal",
         "GeneratedRow": "quick_history", "generated_rows": "quick_history",
         "MakeUp": "shortfall", "make_up": "shortfall"}

__all__ = sorted(_FROM, key=str.lower)


def __getattr__(name: str) -> Any:
    module = _FROM.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f".{module}", __name__), name)
