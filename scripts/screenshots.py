"""Take the README's screenshots from a real window (run under Xvfb):

    xvfb-run -a -s "-screen 0 1440x900x24" python scripts/screenshots.py docs/screenshots

Writes main-zh.png, charts-zh.png, main-en.png (the X server's picture of the screen, taken
with ImageMagick's ``import``) and summary-page1.png (the exported PDF's first page, pdftoppm)."""

import os
import subprocess
import sys
import tempfile
from pathlib import Path


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp())
    os.environ["SHEBAO_DATA_DIR"] = str(work / "data")
    os.environ["SHEBAO_CONFIG_DIR"] = str(work / "config")
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication  # noqa: F401 - loaded by create_app

    from shebao_desktop.app import create_app

    app, window = create_app(["shebao-desktop"])
    window.resize(1440, 860)
    window.move(0, 0)
    window.show()

    def shoot(name: str):
        return lambda: subprocess.run(["import", "-window", "root", "-crop", "1440x890+0+0",
                                       str(out / name)], check=True)

    def export_pdf() -> None:
        pdf = work / "summary.pdf"
        window.export_pdf(str(pdf))
        subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile",
                        str(pdf), str(out / "summary-page1")], check=True)

    steps = [
        shoot("main-zh.png"),
        lambda: window.results.tabs.setCurrentIndex(1),
        shoot("charts-zh.png"),
        lambda: window.results.tabs.setCurrentIndex(0),
        lambda: window.set_language("en"),
        shoot("main-en.png"),
        lambda: window.set_language("zh_CN"),
        export_pdf,
        app.quit,
    ]

    def run(n: int = 0) -> None:
        steps[n]()
        if n + 1 < len(steps):
            QTimer.singleShot(1500, lambda: run(n + 1))

    QTimer.singleShot(1500, run)
    app.exec()
    window.close()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"))
