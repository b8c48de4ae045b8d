"""Decision tools on the core (issue 11): retirement months side by side, flexible-employment
levels, 补缴 and shortfall, goal seek, uncertainty bands and quick history. Qt-free; each module
states the rules and assumptions its figures rest on."""

from .bands import Bands, BandYear, bands
from .compare import Choice, compare, default_months
from .flexible import DEFAULT_LEVELS, Level, flexible_levels
from .goal import Answer, Goal, goal_seek
from .quick_history import GeneratedRow, generated_rows
from .shortfall import MakeUp, make_up

__all__ = ["Answer", "BandYear", "Bands", "Choice", "DEFAULT_LEVELS", "GeneratedRow", "Goal",
           "Level", "MakeUp", "bands", "compare", "default_months", "flexible_levels",
           "generated_rows", "goal_seek", "make_up"]
