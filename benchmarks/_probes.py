"""Measurements run in a child process by ``bench.py`` (not meant to be run by hand).

``python _probes.py gui`` opens the real window (``create_app``, shown offscreen unless
``QT_QPA_PLATFORM`` says otherwise) and prints one JSON line of CPU times
(``time.process_time``, all threads of this process):

* for histories of 15, 30 and 45 years of monthly rows: one wage edited through the history
  table's model (``setData``), ``session.recompute()`` and the repaint (``processEvents``),
  median of ``EDITS`` edits; and the core ``estimate()`` of that profile alone;
* 7 retirement ages (statutory -3..+3 years, inside the profile's window) as the chart computes
  them (its ``sweep_points``, warmed on another edit) against one estimate, each after a wage
  edit, 45 years;
* ``window.export_pdf`` of ``examples/profile-beijing.json`` (after one warm-up export);
* the decision tools (comparison, bands, flexible levels, goal seek) against one estimate, 45
  years (``decide_ms``; ``python _probes.py decide`` runs them alone, without Qt).
"""

from __future__ import annotations

import gc
import json
import os
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
EDITS = 5
YEARS = (15, 30, 45)


def cpu(fn) -> float:
    t0 = time.process_time()
    fn()
    return time.process_time() - t0


def profile_data(years: int) -> dict:
    from recompute import profile_data as full  # the 45-year monthly profile, 1990-01..2034-12
    data = full()
    data["history"] = data["history"][-12 * years:]
    return data


def core_ms(profile, as_of) -> float:
    from shebao_desktop.core.estimate import estimate
    estimate(profile, as_of=as_of)
    return statistics.median(cpu(lambda: estimate(profile, as_of=as_of)) for _ in range(EDITS))


def ages_ms(profile, as_of) -> dict:
    """One estimate against the seven ages, each after one wage edit (the same row, as the
    chart recomputes after an edit), the seven run once before on another edit (the chart
    recomputes on every edit: the caches are warm, as in the app): the seven are what the chart
    runs off the GUI thread (``gui.charts.sweep_points``: the pension at each retirement
    month); in older trees the core's sweep (``estimate_ages``), else one ``estimate()`` per age."""
    from shebao_desktop.core.estimate import estimate
    r = estimate(profile, as_of=as_of).retirement
    months = sorted({min(max(r.statutory_month + 12 * k, r.earliest_month), r.latest_month)
                     for k in range(-3, 4)})

    def edited(step: int):
        rows = list(profile.history)
        n = len(rows) // 2
        rows[n] = rows[n].model_copy(update={"amount": rows[n].amount + step})
        return profile.model_copy(update={"history": rows})

    try:
        from shebao_desktop.gui.charts import sweep_points

        def ages(p):
            return sweep_points(p, as_of, tuple(months))
    except ImportError:  # a tree before the chart's own function
        try:
            from shebao_desktop.core.sweep import estimate_ages
        except ImportError:  # a tree before the sweep: what the chart did then
            def estimate_ages(p, ms, as_of):
                return {m: estimate(p.model_copy(update={"retirement": m}), as_of=as_of)
                        for m in ms}

        def ages(p):
            return estimate_ages(p, months, as_of=as_of)
    ages(edited(3))  # the chart's previous recompute
    one_profile, seven_profile = edited(1), edited(2)
    one = cpu(lambda: estimate(one_profile, as_of=as_of))
    seven = cpu(lambda: ages(seven_profile))
    return {"one_ms": one * 1000, "seven_ms": seven * 1000, "ages": len(months)}


def decide_ms(profile, as_of) -> dict:
    """The decision tools (issue 11) against one estimate, each after its own wage edit (the
    same row, as the views recompute after an edit), CPU ms; every one run once first on
    another edit (the views recompute on every edit: their caches are warm, as in the app).
    ``compare``: the statutory, earliest and latest month and two custom months (statutory
    -1 / +1 year, inside the window), with payouts to 85; ``bands``: low / central / high;
    ``flexible``: the six default levels; ``goal``: index, month and wage for 1.2 x today's
    pension (today's money). The garbage is collected before each timed call (a full collection,
    ~60 ms here, otherwise lands on whichever call crosses its threshold)."""
    from decimal import Decimal

    from shebao_desktop.core import decide
    from shebao_desktop.core.estimate import estimate
    base = estimate(profile, as_of=as_of)
    r = base.retirement
    months = list(dict.fromkeys([r.statutory_month, r.earliest_month, r.latest_month] + [
        min(max(r.statutory_month + 12 * k, r.earliest_month), r.latest_month) for k in (-1, 1)]))
    target = (base.pension.total_today * Decimal("1.2")).quantize(Decimal(100))
    subjects = {
        "one": lambda p: estimate(p, as_of=as_of),
        "compare": lambda p: decide.compare(p, months, as_of=as_of),
        "bands": lambda p: decide.bands(p, as_of=as_of),
        "flexible": lambda p: decide.flexible_levels(p, as_of=as_of),
        "goal": lambda p: decide.goal_seek(p, target, as_of=as_of),
    }
    step = iter(range(1, 1000))

    def edited():
        rows = list(profile.history)
        n = len(rows) // 2
        rows[n] = rows[n].model_copy(update={"amount": rows[n].amount + next(step)})
        return profile.model_copy(update={"history": rows})
    for run in subjects.values():  # warm
        run(edited())
    out = {}
    for key, run in subjects.items():
        changed = edited()
        gc.collect()  # a full collection falls on whichever call crosses the threshold
        out[key] = cpu(lambda: run(changed)) * 1000
    out["months"] = len(months)
    return out


class Window:
    """The real window, shown; its history tab in front (the one being edited)."""

    def __init__(self) -> None:
        from PySide6.QtWidgets import QApplication

        from shebao_desktop.app import create_app
        from shebao_desktop.gui.history_model import COLUMNS

        self.events = QApplication.processEvents
        self.app, self.window = create_app(["shebao-desktop"])
        self.window.show()
        self.events()
        self.session, self.model = self.window.session, self.window.history.model
        self.column = [c.key for c in COLUMNS].index("amount")
        self.window.inputs.setCurrentIndex(1)

    def open(self, profile) -> None:
        self.session.load(profile, None)  # no saver: disk writes are not part of a recompute
        self.session.recompute()
        self.events()
        assert self.session.estimate is not None, self.session.calc_error

    def open_years(self, years: int) -> None:
        from shebao_desktop.core.profile import Profile
        self.open(Profile.model_validate(profile_data(years)))
        assert self.model.rowCount() == 12 * years

    def open_example(self) -> None:
        from shebao_desktop.storage.exchange import import_profile
        self.open(import_profile(HERE.parent / "examples" / "profile-beijing.json"))

    def edit(self, n: int) -> None:
        """One wage changed in the table, recomputed and repainted."""
        from PySide6.QtCore import Qt
        index = self.model.index((n * 37) % self.model.rowCount(), self.column)
        new = f"{float(self.model.data(index, Qt.ItemDataRole.EditRole)) + 1 + n:.2f}"
        assert self.model.setData(index, new, Qt.ItemDataRole.EditRole)
        self.session.recompute()
        self.events()
        assert self.session.estimate is not None, self.session.calc_error

    def pdf(self, path: str) -> None:
        assert self.window.export_pdf(path) is not None


def gui() -> dict:
    w = Window()
    out: dict = {"edit_ms": {}, "core_ms": {}}
    for years in YEARS:
        w.open_years(years)
        w.edit(EDITS)  # warm
        out["edit_ms"][years] = statistics.median(cpu(lambda n=n: w.edit(n)) * 1000
                                                  for n in range(EDITS))
        out["core_ms"][years] = core_ms(w.session.profile, w.session.as_of) * 1000
        if years == max(YEARS):
            out["ages"] = ages_ms(w.session.profile, w.session.as_of)
            out["decide"] = decide_ms(w.session.profile, w.session.as_of)
    w.open_example()
    with tempfile.TemporaryDirectory() as tmp:
        w.pdf(os.path.join(tmp, "warm.pdf"))
        pdf = os.path.join(tmp, "timed.pdf")
        out["pdf_ms"] = cpu(lambda: w.pdf(pdf)) * 1000
        out["pdf_pages"] = len(re.findall(rb"/Type\s*/Page[^s]", Path(pdf).read_bytes()))
    return out


def profile(top: int = 14) -> dict:
    """cProfile of five wage edits (45 years) and of one PDF export: the top entries by
    cumulative time, as text (where the time goes)."""
    import cProfile
    import io
    import pstats

    def stats(fn) -> str:
        profiler = cProfile.Profile()
        profiler.runcall(fn)
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(top)
        lines = out.getvalue().splitlines()
        start = next(n for n, line in enumerate(lines) if line.strip().startswith("ncalls"))
        root = str(HERE.parent) + "/"
        return "\n".join(line.replace(root, "") for line in lines[start:] if line.strip())

    def edits() -> None:
        for n in range(5):
            w.edit(n)

    def pdf() -> None:
        with tempfile.TemporaryDirectory() as tmp:
            w.pdf(os.path.join(tmp, "p.pdf"))

    w = Window()
    w.open_years(45)
    edits()  # warm
    result = {"edits": stats(edits)}
    w.open_example()
    pdf()  # warm
    result["pdf"] = stats(pdf)
    return result


def decide_only() -> dict:
    """``decide_ms`` alone, without Qt: the 45-year profile as of 2026-12."""
    from shebao_desktop.core.profile import Profile
    from shebao_desktop.core.yearmonth import YearMonth
    return decide_ms(Profile.model_validate(profile_data(max(YEARS))), YearMonth(2026, 12))


if __name__ == "__main__":
    result = {"gui": gui, "profile": profile, "decide": decide_only}.get(sys.argv[1], dict)()
    print(json.dumps(result), flush=True)
    os._exit(0 if result else 2)  # skip PySide6 teardown (see recompute.py)
