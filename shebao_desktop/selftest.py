"""``shebao-desktop --self-test``: a short check that an installed or packaged program works,
without a display: the policy data loads, a sample estimate adds up, the translations, icon and
Qt plugins are there, and the printable summary renders to a PDF (with its chart).

Prints one line per check (``ok`` or ``FAIL``) and returns 0 when all pass, 1 otherwise.
"""

from __future__ import annotations

import os
import re
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Optional, Sequence

AS_OF = (2026, 1)  # fixed, so the sample's figures do not move with the calendar


@dataclass
class Context:
    profile: object = None
    estimate: object = None
    chart_png: Optional[bytes] = None


def _sample_profile():
    from .core.profile import Profile

    return Profile.model_validate({
        "name": "self-test",
        "birth": "1980-06", "gender": "male", "category": "worker", "region": "beijing",
        "history": [{"period": str(year), "region": "beijing", "amount": str(8000 + 600 * n)}
                    for n, year in enumerate(range(2010, 2026))],
        "housing_fund": {"employee_rate": "0.12"},
    })


# -- checks: each returns the detail shown after "ok", or raises ---------------------------------
def check_policy(ctx: Context) -> str:
    from .core.policy.loader import read_policy_data

    data = read_policy_data()  # reads and validates every file, bypassing the cache
    files = sum(len(group) for group in data.files.values())
    if not data.regions or not data.files.get("national"):
        raise AssertionError("no national or regional parameter found")
    return f"{files} files, {len(data.regions)} regions"


def check_estimate(ctx: Context) -> str:
    from .core.estimate import estimate
    from .core.yearmonth import YearMonth

    ctx.profile = _sample_profile()
    ctx.estimate = estimate(ctx.profile, as_of=YearMonth(*AS_OF))
    p = ctx.estimate.pension
    parts = p.basic_pension + p.account_pension + p.transitional_pension
    if not p.total > 0:
        raise AssertionError(f"pension {p.total} is not positive")
    if p.total != parts:
        raise AssertionError(f"pension {p.total} != basic {p.basic_pension} + account "
                             f"{p.account_pension} + transitional {p.transitional_pension}")
    return (f"pension {p.total} = {p.basic_pension} + {p.account_pension} + "
            f"{p.transitional_pension} yuan/month from {p.retirement_month}")


def check_translation(ctx: Context) -> str:
    from PySide6.QtCore import QTranslator

    from .gui.i18n import qm_path

    path = qm_path("en")
    if path is None:
        raise AssertionError("resources/i18n/shebao_en.qm is missing")
    translator = QTranslator()
    if not translator.load(path):
        raise AssertionError(f"{path} does not load")
    english = translator.translate("report", "社保养老金估算摘要")
    if not english or english == "社保养老金估算摘要":
        raise AssertionError("the report title has no English translation")
    from .presentation.note_translations import FILE, pairs
    notes = pairs()  # the data notes' Chinese (presentation/note_translations_zh.json)
    if not notes:
        raise AssertionError(f"presentation/{FILE} has no entries")
    return f"en: {english!r}; data notes in Chinese: {len(notes)}"


def check_icon(ctx: Context) -> str:
    from importlib import resources

    from PySide6.QtGui import QImage, QImageReader

    formats = {bytes(f).decode() for f in QImageReader.supportedImageFormats()}
    missing = {"svg", "png"} - formats
    if missing:
        raise AssertionError(f"image formats missing: {', '.join(sorted(missing))}")
    icon = resources.files("shebao_desktop").joinpath("resources", "icons", "shebao-desktop.svg")
    image = QImage.fromData(icon.read_bytes(), "SVG")
    if image.isNull():
        raise AssertionError("the application icon (SVG) does not render")
    return f"svg icon {image.width()}x{image.height()}, formats include svg and png"


def check_plugins(ctx: Context) -> str:
    from PySide6.QtCore import QLibraryInfo
    from PySide6.QtGui import QGuiApplication

    root = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
    native = {"linux": "xcb", "win32": "windows", "darwin": "cocoa"}.get(sys.platform)
    platforms = sorted(p.name for p in (root / "platforms").glob("*") if p.is_file())
    if native and not any(native in name for name in platforms):
        raise AssertionError(f"the {native} platform plugin is not in {root / 'platforms'}")
    return (f"running on {QGuiApplication.platformName()}; "
            f"platforms: {', '.join(platforms) or 'none found'}")


def check_chart(ctx: Context) -> str:
    from PySide6.QtCore import QBuffer, QIODevice

    from .core.yearmonth import YearMonth
    from .gui.charts import BalancesChart
    from .gui.session import Session

    session = Session(ctx.profile or _sample_profile(), as_of=YearMonth(*AS_OF))
    session.recompute()  # now, not on the event loop's next turn
    if session.estimate is None:
        raise AssertionError(f"the session computed no estimate: {session.calc_error}")
    view = BalancesChart(session)
    view.resize(800, 400)
    view.refresh()  # charts draw only when shown, or when asked (as for the printed summary)
    lines = view.plot.lines
    points = sum(len(series.points) for series in lines)
    if not lines or not points:
        raise AssertionError("the balances chart has no data")
    pixmap = view.grab()
    if pixmap.isNull():
        raise AssertionError("the balances chart did not render")
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    pixmap.save(buffer, "PNG")
    ctx.chart_png = bytes(buffer.data())
    view.deleteLater()
    session.deleteLater()
    return (f"balances chart {len(lines)} series, {points} points, {pixmap.width()}x"
            f"{pixmap.height()} px, {len(ctx.chart_png) // 1024} kB of PNG")


def check_pdf(ctx: Context) -> str:
    from . import __version__
    from .gui.printing import export_pdf
    from .gui.report import summary_html

    if ctx.estimate is None:
        raise AssertionError("no estimate to print (the estimate check failed)")
    html = summary_html(ctx.profile, ctx.estimate, chart_png=ctx.chart_png, today_money=False,
                        version=__version__, printed_on="self-test")
    images = {"chart.png": ctx.chart_png} if ctx.chart_png else None
    with tempfile.TemporaryDirectory(prefix="shebao-selftest-") as folder:
        path = Path(folder) / "summary.pdf"
        export_pdf(html, path, images=images)
        data = path.read_bytes()
    if not data.startswith(b"%PDF"):
        raise AssertionError("the file written is not a PDF")
    pages = len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", data))
    if pages <= 1 and len(data) <= 10_000:
        raise AssertionError(f"the PDF is too small: {pages} page(s), {len(data)} bytes")
    images = len(re.findall(rb"/Subtype\s*/Image", data))
    if ctx.chart_png and not images:
        raise AssertionError("the chart is missing from the PDF")
    return f"{pages} pages, {images} image(s), {len(data) // 1024} kB"


CHECKS: tuple[tuple[str, Callable[[Context], str]], ...] = (
    ("policy data", check_policy),
    ("sample estimate", check_estimate),
    ("translation", check_translation),
    ("icon", check_icon),
    ("qt plugins", check_plugins),
    ("chart", check_chart),
    ("pdf summary", check_pdf),
)


def _qt_app():
    if (sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM")
            and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY")):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "shebao-desktop"])


def main(argv: Optional[Sequence[str]] = None) -> int:
    from . import __version__

    start = time.perf_counter()
    print(f"shebao-desktop {__version__} self-test (Python {sys.version.split()[0]}, "
          f"{'frozen' if getattr(sys, 'frozen', False) else 'from source'})")
    failures = 0
    try:
        app = _qt_app()  # noqa: F841 - must live while the checks run
    except Exception as exc:  # noqa: BLE001 - reported as a failed check
        print(f"FAIL qt application: {type(exc).__name__}: {exc}")
        return 1
    ctx = Context()
    for name, check in CHECKS:
        try:
            detail = check(ctx)
        except Exception as exc:  # noqa: BLE001 - every failure is one line
            failures += 1
            print(f"FAIL {name}: {type(exc).__name__}: {exc}")
        else:
            print(f"ok   {name}: {detail}")
    elapsed = time.perf_counter() - start
    verdict = "passed" if not failures else f"{failures} failed"
    print(f"self-test {verdict} ({len(CHECKS)} checks, {elapsed:.1f} s)")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
