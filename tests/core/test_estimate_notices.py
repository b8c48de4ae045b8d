"""finish's notices: each (code, parameters) once, whatever the order of the parameters or the
dict they come in, in the order first given (core/estimate.py ``_dedupe``)."""

from shebao_desktop.core.estimate import _dedupe


def test_each_notice_once_in_the_order_given():
    shared = {"month": "2020-01", "base": "4000"}
    notices = [("BASE_RAISED_TO_FLOOR", shared),
               ("BASE_RAISED_TO_FLOOR", {"base": "4000", "month": "2020-01"}),  # same, reordered
               ("OTHER", shared),  # same parameters, another code
               ("BASE_RAISED_TO_FLOOR", shared),
               ("BASE_RAISED_TO_FLOOR", {"month": "2020-02", "base": 4000})]  # values as text
    out = _dedupe(notices)
    assert [(n.code, n.params) for n in out] == [
        ("BASE_RAISED_TO_FLOOR", {"month": "2020-01", "base": "4000"}),
        ("OTHER", {"month": "2020-01", "base": "4000"}),
        ("BASE_RAISED_TO_FLOOR", {"month": "2020-02", "base": "4000"})]
    assert list(out[0].params) == ["month", "base"]  # the first one's order
    again = _dedupe(list(reversed(notices)))
    assert [(n.code, n.params) for n in again] == [
        ("BASE_RAISED_TO_FLOOR", {"month": "2020-02", "base": "4000"}),
        ("BASE_RAISED_TO_FLOOR", {"month": "2020-01", "base": "4000"}),
        ("OTHER", {"month": "2020-01", "base": "4000"})]
