"""New-user trial 7, finding 6: the 快速估算 panel filled from the records said "实际缴费年限"
for months no record has (counted as paid by continuing contributions), its 平均缴费指数 and
养老保险个人账户余额 rested on estimated average wages and interest with no ※, the base's ※ was
only in the sentence under the fields, and the date's title read 记录单截至年月 for figures
that come from the records, not from a statement.

Now each field showing an estimated figure of the profile's has a ※ after its title, the
sentence under the fields names the assumed months, and the date's title says 缴费记录算到."""

from __future__ import annotations

import pytest

from shebao_desktop.core.decide.quick_history import figures_so_far
from shebao_desktop.core.profile import Profile
from shebao_desktop.core.yearmonth import YearMonth
from shebao_desktop.gui.simple_mode import SimpleMode

AS_OF = YearMonth(2026, 12)


def _rows_to(last: int, **more) -> Profile:
    return Profile.model_validate({
        "name": "王芳", "birth": "1990-03", "gender": "female", "category": "worker",
        "region": "beijing", **more,
        "history": [{"period": str(y), "region": "beijing", "amount": str(6000 + 500 * (y - 2012))}
                    for y in range(2012, last + 1)]})


@pytest.fixture
def panel(quick_panel):
    return lambda profile: quick_panel(profile, AS_OF)  # as of 2026-12


def _titles(simple: SimpleMode) -> dict[str, str]:
    return {key: label.text() for key, (label, _title) in simple.titles.items()}


def test_rows_to_2024_say_2025_is_assumed(panel):
    simple = panel(_rows_to(2024))
    so_far = figures_so_far(simple.session.estimate)
    assert so_far.assumed == (YearMonth(2025, 1), YearMonth(2025, 12))
    assert simple.years.decimal() == so_far.contribution_years  # 13 recorded + 12 assumed
    titles = _titles(simple)
    assert titles["years"] == "实际缴费年限（不含视同） ※"
    assert titles["base"] == "当前月缴费基数 ※"  # 2026-12's base, grown from the 2024 row
    assert titles["deemed"] == "视同缴费年限"
    assert titles["index"].endswith(" ※") == so_far.estimated == titles["balance"].endswith(" ※")
    assert "其中 2025-01 至 2025-12（12 个月）没有缴费记录，按“继续缴费”假设计入 ※。" in simple.source.text()
    assert simple.date_label.text() == "缴费记录算到"


def test_rows_to_2025_have_no_assumed_months_before_the_date(panel):
    simple = panel(_rows_to(2025))
    assert figures_so_far(simple.session.estimate).assumed is None
    assert not _titles(simple)["years"].endswith("※")
    assert "没有缴费记录" not in simple.source.text()


def test_typed_figures_and_a_statement_carry_no_mark_of_the_records(panel):
    statement = {"as_of": "2025-12", "pension_balance": "86000", "contribution_years": "12.5",
                 "average_index": "1.15"}
    simple = panel(Profile.model_validate({"birth": "1990-03", "gender": "female",
                                           "region": "beijing", "statement": statement}))
    titles = _titles(simple)
    assert not any(titles[k].endswith("※") for k in ("years", "index", "balance"))
    assert simple.date_label.text() == "记录单截至年月"
    records = panel(_rows_to(2024))
    records.years.setValue(20)  # typed over: the person's own figure
    records._source_line()
    assert not _titles(records)["years"].endswith("※")
    assert records.date_label.text() == "记录单截至年月"
