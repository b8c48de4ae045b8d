"""New-user trial 10: the comparison said "满足最低年限: 是" for every month of a man with 14 years
paid and the rest projected, while the years card, 计算过程 and the PDF said the minimum is met
only if he goes on paying (trial 9). The comparison says so too, on screen and on the command
line; a month short of the minimum still says by how much."""

from __future__ import annotations

from shebao_desktop.cli_decide import compare_text, choice_json
from shebao_desktop.core.decide.compare import compare
from shebao_desktop.core.profile import Profile

from .test_trial_decide_unpaid import AS_OF, EARLIEST, one_month_short, view  # noqa: F401


def test_the_minimum_met_only_if_paid_is_said(view):  # noqa: F811 - the fixture
    choices = {c.retirement_month: c for c in compare(one_month_short(), as_of=AS_OF)}
    statutory = next(m for m, c in choices.items() if "statutory" in c.kinds)
    paid = choices[statutory]
    assert paid.minimum_met and not paid.minimum_paid  # 13.50 years paid, 20 needed
    assert paid.minimum_reached_month is not None  # until when (trial 14)
    assert view.text_at("满足最低年限", view.columns.index(statutory)) == f"缴到 {paid.minimum_reached_month} 满足"
    assert view.text_at("满足最低年限", view.columns.index(EARLIEST)) == "否，差 1 个月"
    assert choice_json(paid)["minimum_paid"] is False
    text = compare_text(list(choices.values()), AS_OF, "zh")
    line = next(row for row in text.splitlines() if row.startswith("满足最低缴费年限"))
    # the CLI says until when as the window does (trial 14)
    assert f"缴到{paid.minimum_reached_month}满足" in line and "否" in line and "是" not in line
    assert choice_json(paid)["minimum_reached_month"] == str(paid.minimum_reached_month)


def test_years_paid_enough_are_yes():
    rows = [{"period": str(y), "region": "beijing", "amount": "8000"} for y in range(2001, 2026)]
    long = Profile.model_validate(dict(birth="1967-06", gender="male", category="worker",
                                       region="beijing", history=rows))
    for c in compare(long, as_of=AS_OF):  # 25 years paid: more than any month's minimum
        assert c.minimum_met and c.minimum_paid, c.retirement_month
