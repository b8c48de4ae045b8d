"""The retirement-age chart: its estimates come from the core's sweep, computed off the GUI
thread, and a result computed for a profile that has changed meanwhile is never drawn."""

import threading

from shebao_desktop.core.estimate import estimate
from shebao_desktop.gui import charts


def _expected(chart, session) -> list[tuple[str, object]]:
    chart_months = chart.months(session.estimate)
    return [(str(m), estimate(session.profile.model_copy(update={"retirement": m}),
                              as_of=session.as_of).pension.total) for m in chart_months]


def test_points_come_from_a_worker_thread_and_equal_one_estimate_each(window, monkeypatch):
    chart = window.results.age_chart
    threads = []
    real = charts.sweep_points

    def recording(*args):
        threads.append(threading.get_ident())
        return real(*args)

    monkeypatch.setattr(charts, "sweep_points", recording)
    chart._swept = None
    chart.refresh()
    chart.wait()
    assert threads and threads[0] != threading.get_ident()  # not the GUI thread
    assert chart.points == _expected(chart, window.session)
    assert len(chart.points) >= 3


def test_a_result_for_a_changed_profile_is_dropped(window, monkeypatch):
    chart = window.results.age_chart
    session = window.session
    release = threading.Event()
    real = charts.sweep_points

    def held(*args):
        release.wait()
        return real(*args)

    monkeypatch.setattr(charts, "sweep_points", held)
    chart._swept, chart.points = None, []
    chart.refresh()  # asked for the current profile; the worker waits
    older = session.profile
    session.load(older.model_copy(update={"birth": older.birth + -12}), None)
    session.recompute()
    assert session.profile is not older
    release.set()
    chart.wait()  # the old profile's result arrives: dropped, the chart marked stale
    assert chart.points == [] and chart._stale
    monkeypatch.setattr(charts, "sweep_points", real)
    chart.refresh()
    chart.wait()
    assert chart.points == _expected(chart, session)  # the new profile's figures
