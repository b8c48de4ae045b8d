"""Take the README's screenshots from a real window (run under Xvfb):

    xvfb-run -a -s "-screen 0 1440x900x24" python scripts/screenshots.py docs/screenshots

Writes main-zh.png, charts-zh.png, main-en.png (the X server's picture of the screen, taken
with ImageMagick's ``import``) and summary-page1.png (the exported PDF's first page, pdftoppm);
and, in both languages (-zh / -en), the decision views of issue 11: compare-*.png (比较退休时间),
flexible-*.png (灵活就业缴费档次), fan-*.png (the low/high fan under the balances chart),
pension-fan-*.png (the fan over the pension by retirement month) and
one-page-*.png / one-page-phone-*.png (the exported one-page summary, A4 and phone size)."""

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
    window.tour.finish()  # the first-run tour bar is not part of the pictures

    def shoot(name: str):
        return lambda: subprocess.run(["import", "-window", "root", "-crop", "1440x890+0+0",
                                       str(out / name)], check=True)

    def export_pdf() -> None:
        pdf = work / "summary.pdf"
        window.export_pdf(str(pdf))
        subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile",
                        str(pdf), str(out / "summary-page1")], check=True)

    def wait_for(ready):
        """A step that holds the next one until ``ready()`` (a computation off the GUI thread)."""
        def step():
            return None if ready() else "again"
        return step

    def page_ready(name: str):
        def ready() -> bool:
            page = getattr(window.results, name)
            view = page.content
            return view is not None and not view.background.busy and view.table.columnCount() > 0
        return ready

    def show_fan() -> None:
        window.results.tabs.setCurrentIndex(1)
        bar = window.results.tabs.currentWidget().verticalScrollBar()
        bar.setValue(window.results.fan_chart.pos().y() - 8)  # the fan (second chart) at the top

    def show_pension_fan() -> None:
        window.results.tabs.setCurrentIndex(1)
        bar = window.results.tabs.currentWidget().verticalScrollBar()
        bar.setValue(bar.maximum())  # the pension chart (the last) with its low-high fan

    def one_page(suffix: str):
        def export() -> None:
            window.export_one_page(str(out / f"one-page-{suffix}.png"), "a4")
            window.export_one_page(str(out / f"one-page-phone-{suffix}.png"), "phone")
        return export

    def decisions(suffix: str) -> list:
        return [
            lambda: window.results.tabs.setCurrentWidget(window.results.compare_page),
            wait_for(page_ready("compare_page")),
            shoot(f"compare-{suffix}.png"),
            lambda: window.results.tabs.setCurrentWidget(window.results.flexible_page),
            wait_for(page_ready("flexible_page")),
            shoot(f"flexible-{suffix}.png"),
            wait_for(lambda: window.results.bands.bands is not None),
            show_fan,
            show_fan,  # again once the tab's layout has settled
            shoot(f"fan-{suffix}.png"),
            show_pension_fan,
            wait_for(lambda: bool(window.results.pension_fan.points)),
            show_pension_fan,  # again once the band is drawn
            shoot(f"pension-fan-{suffix}.png"),
            one_page(suffix),
            lambda: window.results.tabs.setCurrentIndex(0),
        ]

    steps = [
        shoot("main-zh.png"),
        lambda: window.results.tabs.setCurrentIndex(1),
        shoot("charts-zh.png"),
        lambda: window.results.tabs.setCurrentIndex(0),
        *decisions("zh"),
        lambda: window.set_language("en"),
        shoot("main-en.png"),
        *decisions("en"),
        lambda: window.set_language("zh_CN"),
        export_pdf,
        app.quit,
    ]

    def run(n: int = 0) -> None:
        if steps[n]() == "again":
            QTimer.singleShot(300, lambda: run(n))
            return
        if n + 1 < len(steps):
            QTimer.singleShot(1500, lambda: run(n + 1))

    QTimer.singleShot(1500, run)
    app.exec()
    window.close()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"))
