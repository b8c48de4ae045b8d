"""Trial r2 (上海): 计算过程 said "各部分分别舍入：进位到角" while the account pension was rounded
half-up to the jiao (pension/rounding_account, 上海市社会保险业务核定表 via policy data), and
"27,937.00 × 1.0499 = 29,330.15" did not multiply out (the index used was 1.04987)."""

from decimal import Decimal

from shebao_desktop.gui.explain import convention_labels, explain_html
from shebao_desktop.presentation.formats import index_text
from shebao_desktop.presentation.formats import number


def _rule(estimate, name):
    found = [p for p in (*estimate.rules, *estimate.parameters) if p.name == name]
    return max(found, key=lambda p: p.effective_from).value if found else None


def test_each_part_says_the_rounding_it_had(window, qtbot):
    session = window.session
    session.update("to shanghai", None, region="shanghai")
    qtbot.waitUntil(lambda: session.estimate is not None and session.estimate.pension.region == "shanghai")
    estimate = session.estimate
    general, account = _rule(estimate, "pension/rounding"), _rule(estimate, "pension/rounding_account")
    assert account == "jiao_half_up" and general != account
    labels = convention_labels()
    html = explain_html(session.profile, estimate)
    line = html.split("各部分分别舍入：")[1].split("。")[0]
    assert f"个人账户养老金 {labels[account]}" in line
    assert f"基础养老金 {labels[general]}" in line


def test_an_index_is_shown_with_the_digits_used():
    assert index_text(Decimal("1.04987")) == "1.04987"
    assert index_text(Decimal("1.2000")) == "1.2"
    assert index_text(Decimal("1.0498712")) == "1.049871…"
    assert "…" not in index_text(Decimal("1.04987"))


def test_the_account_pension_names_its_rounding_before_the_rounded_figure(window, qtbot):
    """Trial 11: "186,213.36 ÷ 128.5 = 1,449.13" showed a rounded figure as the quotient, the
    rounding named only under the total; now the quotient, then the rounding and its result
    (上海: to the jiao, half up)."""
    session = window.session
    session.update("to shanghai", None, region="shanghai")
    qtbot.waitUntil(lambda: session.estimate is not None and session.estimate.pension.region == "shanghai")
    p = session.estimate.pension
    quotient = p.account_balance / p.account_pension_divisor
    assert quotient != p.account_pension  # rounded to the jiao
    html = explain_html(session.profile, session.estimate)
    line = html.split("个人账户养老金 = 退休时个人账户余额 ÷ 计发月数")[1].split("</p><p>")[1].split("</p>")[0]
    assert line.startswith(f"{p.account_balance:,.2f} ÷ {number(p.account_pension_divisor, 1)} = "
                           f"{quotient:,.4f}，四舍五入到角：")
    assert f"{p.account_pension:,.2f}" in line
