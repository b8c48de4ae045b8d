"""New-user trial 13: the quick estimate's 平均缴费指数 (the record's so far) and 计算过程's Ī (at
retirement, the months projected in) were two different figures under one name."""

from __future__ import annotations

from shebao_desktop.gui.explain import explain_html
from tests.gui.test_trial12_short_of_minimum import _short


def test_each_index_says_when_it_stands(window):
    session = window.session
    e = session.estimate  # the example: paying on until retirement
    assert e.retirement.years_projected > 0
    html = explain_html(session.profile, e)
    assert f"Ī 平均缴费指数 = {e.pension.average_index:.4f}（到退休时：" in html
    assert "含今后预计缴费的月份和视同缴费年限" in html
    assert window.simple.index.toolTip().startswith("截至“记录单截至年月”的平均缴费指数；“计算过程”中的 Ī 是到退休时的")
    stopped = _short()  # nothing projected: the plain wording
    session.load(stopped, None)
    session.recompute()
    assert session.estimate.retirement.years_projected == 0
    assert "到退休时：" not in explain_html(stopped, session.estimate)
