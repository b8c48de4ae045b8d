"""Look-up caches belong to their policy data set (``PolicyData.lookups``), so an answer and its
citation never reach another data set, not even one made after the first was dropped (a cache
keyed by ``id(data)`` could hand a new data set the answers of a dead one with the same id)."""

from __future__ import annotations

import gc

from shebao_desktop.core.policy.loader import NATIONAL, PolicyData, default_policy_data
from shebao_desktop.core.policy.view import PolicyView, shared_cache
from shebao_desktop.core.yearmonth import YearMonth

RATE = "pension/employee_rate"
MONTH = YearMonth(2010, 1)


def _files_citing(number: str) -> dict:
    """The packaged files with the employee rate citing ``number`` instead."""
    base = default_policy_data()
    pfile = base.files[NATIONAL][RATE]
    values = {m: e.model_copy(update={"reference": e.reference.model_copy(update={"number": number})})
              if e is not None and e.reference is not None else e for m, e in pfile.values.items()}
    files = {region: dict(named) for region, named in base.files.items()}
    files[NATIONAL][RATE] = pfile.model_copy(update={"values": values})
    return files


def _citing(number: str) -> PolicyData:
    return PolicyData(_files_citing(number), default_policy_data().regions)


def _cited(data: PolicyData) -> str:
    view = PolicyView(data, {}, (), shared_cache(data, {}, ()))
    return view.get(RATE, "beijing", MONTH).reference.number


def test_each_data_set_keeps_its_own_caches():
    first, second = _citing("测试〔2099〕1号"), _citing("测试〔2099〕2号")
    assert _cited(first) == "测试〔2099〕1号" and _cited(second) == "测试〔2099〕2号"
    assert shared_cache(first, {}, ()) is shared_cache(first, {}, ())
    assert shared_cache(first, {}, ()) is not shared_cache(second, {}, ())
    assert list(first.lookups) == [((), ())]


def test_a_new_data_set_never_gets_a_dropped_one_s_citation():
    regions = default_policy_data().regions
    data = None
    for n in range(4):  # each dropped just before the next is made: its id is often reused
        files = _files_citing(f"测试〔2099〕{n}号")
        del data
        gc.collect()
        data = PolicyData(files, regions)
        assert _cited(data) == f"测试〔2099〕{n}号"
    assert _cited(default_policy_data()) == "国发〔2005〕38号"


def test_answers_kept_by_month_in_any_order_equal_fresh_look_ups():
    """The cache keeps each parameter's answers in one list by month (``_Months``), grown
    before and after its first month: every month asked for, in any order, gets the answer a
    view with an empty cache gives, and the same object each time."""
    data = PolicyData(default_policy_data().files, default_policy_data().regions)
    view = PolicyView(data, {}, (), shared_cache(data, {}, ()))
    months = [YearMonth(2015, 6), YearMonth(2003, 1), YearMonth(2024, 12), YearMonth(2010, 7),
              YearMonth(1998, 2), YearMonth(2003, 1), YearMonth(2024, 11)]
    for name in (RATE, "average_wage"):
        first = {month: view.get(name, "beijing", month) for month in months}
        for month in months:
            fresh = PolicyView(data, {}, ()).get(name, "beijing", month)
            assert first[month] == fresh
            assert view.get(name, "beijing", month) is first[month]
    assert view.get(RATE, "beijing", YearMonth(2010, 7)).value != view.get(
        RATE, "beijing", YearMonth(1998, 2)).value  # the rate did change in between


def test_memoised_results_with_the_same_answers_share_their_parameters():
    data = PolicyData(default_policy_data().files, default_policy_data().regions)
    view = PolicyView(data, {}, (), shared_cache(data, {}, ()))
    for month in (YearMonth(2010, 3), YearMonth(2010, 4)):  # one dated entry: the same answer
        view.memo(("test", month), lambda month=month: view.get(RATE, "beijing", month).value)
    first, second = (view._cache.memo[("test", YearMonth(2010, m))][1] for m in (3, 4))
    assert first is second and list(first.values()) == [view.get(RATE, "beijing", MONTH)]
    other = PolicyView(data, {}, (), shared_cache(data, {}, ()))  # a later estimate: replayed
    assert other.memo(("test", YearMonth(2010, 4)), lambda: None) == view.get(
        RATE, "beijing", MONTH).value
    assert list(other.parameters_used()) == [view.get(RATE, "beijing", MONTH)]


def test_months_with_equal_figures_share_one_object_of_each():
    """``month_contributions`` memoised for many months (a cold estimate: ~500) keeps one band,
    one lines dict (and one amounts record per insurance), one index and one medical figure per
    distinct value in the cache, not one per month; the figures are those of a view with a
    cache of its own, and a month of another wage or band gets its own."""
    from decimal import Decimal

    from shebao_desktop.core.contributions import HousingRates, month_contributions

    data = PolicyData(default_policy_data().files, default_policy_data().regions)
    view = PolicyView(data, {}, (), shared_cache(data, {}, ()))
    fund = HousingRates(None, None, True)
    months = [YearMonth(2021, m) for m in (1, 2, 3)]  # one band (2020-07..2021-06), one wage
    results = [month_contributions(view, "beijing", m, "employee", Decimal("12000"), fund)
               for m in months]
    first = results[0]
    for other in results[1:]:
        assert other.band is first.band and other.lines is first.lines
        assert other.index is first.index and other.medical_to_account is first.medical_to_account
    for month, result in zip(months, results):
        alone = month_contributions(PolicyView(data, {}, ()), "beijing", month, "employee",
                                    Decimal("12000"), fund)
        assert (result.month, result.base, result.index, result.band, result.lines,
                result.medical_to_account) == (month, alone.base, alone.index, alone.band,
                                               alone.lines, alone.medical_to_account)
        assert [str(v) for a in result.lines.values() for v in (a.employee, a.employer)] == \
            [str(v) for a in alone.lines.values() for v in (a.employee, a.employer)]
    higher = month_contributions(view, "beijing", months[0], "employee", Decimal("13000"), fund)
    later = month_contributions(view, "beijing", YearMonth(2021, 7), "employee",
                                Decimal("12000"), fund)  # the next band year
    assert higher.lines is not first.lines and higher.lines["pension"] != first.lines["pension"]
    assert later.band is not first.band and later.band != first.band
    # an insurance's amounts equal in two lines dicts are one record
    assert higher.lines["injury"] is first.lines["injury"] or \
        higher.lines["injury"] != first.lines["injury"]


def test_memoised_results_are_bounded_the_least_recently_used_going_first(monkeypatch):
    """A cache keeps at most ``MEMO_LIMIT`` results (each edit of a wage adds ~40 for good
    otherwise): past it the least recently used quarter goes, a result used since stays, and
    one that went is computed again, equal, when asked for."""
    from shebao_desktop.core.policy import lookups

    monkeypatch.setattr(lookups, "MEMO_LIMIT", 20)
    monkeypatch.setattr("shebao_desktop.core.policy.view.MEMO_LIMIT", 20)
    data = PolicyData(default_policy_data().files, default_policy_data().regions)
    view = PolicyView(data, {}, (), shared_cache(data, {}, ()))
    computed: list[int] = []

    def rate(n: int):
        def compute():
            computed.append(n)
            return view.get(RATE, "beijing", YearMonth(2000 + n % 20, 1)).value
        return compute

    first = view.memo(("test", 0), rate(0))
    for n in range(1, 60):
        view.memo(("test", n), rate(n))
        assert view.memo(("test", 0), rate(0)) is first  # used after every other: it stays
        assert len(view._cache.memo) <= 20
    assert computed.count(0) == 1 and ("test", 1) not in view._cache.memo
    again = view.memo(("test", 1), rate(1))  # gone: computed again, the same answer
    assert computed.count(1) == 2 and again == PolicyView(data, {}, ()).get(
        RATE, "beijing", YearMonth(2001, 1)).value
    other = PolicyView(data, {}, (), shared_cache(data, {}, ()))  # a later estimate replays it
    other.memo(("test", 1), rate(1))
    assert computed.count(1) == 2 and list(other.parameters_used()) == [
        view.get(RATE, "beijing", YearMonth(2001, 1))]
