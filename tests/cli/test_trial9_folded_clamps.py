"""New-user trial 9: the notices listed a floor (or ceiling) notice per band -- two a year where
the band changes in July (北京), ~50 lines for a wage below the floor every year to retirement --
in the PDF and on the command line. Now the floor notices, and the ceiling notices, are each one
line naming the years as runs; a single one keeps its amount."""

from __future__ import annotations

from shebao_desktop.cli_text import estimate_text
from shebao_desktop.core.estimate import estimate
from shebao_desktop.core.profile import Profile
from shebao_desktop.core.yearmonth import YearMonth
from shebao_desktop.presentation.messages import folded_notices, render_notice

AS_OF = YearMonth(2026, 12)


def _profile(*rows: tuple[str, str], **more) -> Profile:
    return Profile.model_validate({
        "birth": "1985-03", "gender": "male", "region": "beijing", **more,
        "history": [{"period": p, "region": "beijing", "amount": a} for p, a in rows]})


def test_the_floor_and_ceiling_notices_are_one_line_each():
    result = estimate(_profile(("2019", "60000"), ("2020", "60000"), ("2021", "3000")), as_of=AS_OF)
    codes = [n.code for n in result.notices]
    assert codes.count("BASE_CAPPED_AT_CEILING") == 4  # 2019 and 2020, two bands each
    assert codes.count("BASE_RAISED_TO_FLOOR") > 40  # 2021, then every projected year
    folded = folded_notices(result.notices)
    kinds = [n.code for n in folded]
    assert "BASE_CAPPED_AT_CEILING" not in kinds and "BASE_RAISED_TO_FLOOR" not in kinds
    assert kinds.count("BASES_CAPPED_IN_YEARS") == kinds.count("BASES_RAISED_IN_YEARS") == 1
    assert len(folded) == len(result.notices) - codes.count("BASE_CAPPED_AT_CEILING") \
        - codes.count("BASE_RAISED_TO_FLOOR") + 2
    capped = next(n for n in folded if n.code == "BASES_CAPPED_IN_YEARS")
    assert render_notice(capped, "zh").startswith("2019–2020 年工资（缴费基数）高于上限，按当时的上限缴费")
    raised = next(n for n in folded if n.code == "BASES_RAISED_IN_YEARS")
    assert render_notice(raised, "zh").startswith("2021、2026–2048 年工资（缴费基数）低于下限")
    assert render_notice(raised, "en").startswith("2021, 2026–2048: wage (or base) below the")
    text = estimate_text(result, chinese=True)
    assert text.count("低于下限") == 1 and text.count("高于上限") == 1


def test_a_single_notice_keeps_its_amount():
    result = estimate(_profile(("2024-03", "90000"), future={"continue_contributing": False}),
                      as_of=YearMonth(2024, 4))
    capped = [n for n in folded_notices(result.notices) if "CAP" in n.code]
    assert [n.code for n in capped] == ["BASE_CAPPED_AT_CEILING"]
    assert "按上限" in render_notice(capped[0], "zh") and "元缴费" in render_notice(capped[0], "zh")
