"""shebao-desktop: offline estimates of Chinese social-security personal accounts and pensions."""

__version__ = "0.1.0"

# pydantic looks for third-party plugins among every installed distribution's entry points the
# first time a model class is made (importlib.metadata: ~25 ms CPU at start-up, more with many
# packages installed). This program uses none; a user may still set the variable otherwise.
import os as _os

_os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
del _os
