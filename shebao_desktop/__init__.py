"""shebao-desktop: offline estimates of Chinese social-security personal accounts and pensions."""

__version__ = "0.1.0"
