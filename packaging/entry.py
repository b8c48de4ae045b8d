"""PyInstaller's entry script: the packaged ``shebao-desktop`` runs the same ``main`` as the
installed console script (window without arguments, headless commands, ``--self-test``)."""

from shebao_desktop.__main__ import run

if __name__ == "__main__":
    run()
