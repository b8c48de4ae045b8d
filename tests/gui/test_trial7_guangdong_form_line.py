"""New-user trial 7, finding 5: for a 广东 worker the cited approval forms print the 定额加发
(100 + 4 per full year) in the 过渡性养老金 line (江门 2024-05: 过渡性养老金 168, the
transcription in tests/core/forms/guangdong.yaml), while this program shows 过渡性养老金 0.00 and
定额加发 168.00 apart, with nothing saying the two are the same money. The explanation and the
person form's hint now say where the form prints it and that the totals agree."""

from __future__ import annotations

from shebao_desktop.core.estimate import estimate
from shebao_desktop.core.profile import Profile
from shebao_desktop.core.yearmonth import YearMonth
from shebao_desktop.gui.explain import explain_html
from shebao_desktop.gui.labels import money
from shebao_desktop.gui.transitional_box import addons_hint


def test_the_supplement_is_said_to_be_the_forms_transitional_line(qapp):
    profile = Profile.model_validate({
        "birth": "1976-03", "gender": "female", "category": "worker", "region": "guangdong",
        "history": [{"period": str(y), "region": "guangdong", "amount": "6000"}
                    for y in range(2001, 2026)]})
    result = estimate(profile, as_of=YearMonth(2026, 11))
    p = result.pension
    [line] = [e for e in p.extra_pension if e.name_zh == "定额加发"]
    assert p.transitional_pension == 0 and line.top_up
    # which is paid and what each figure is, in one sentence (trial 12: "0.00 + 216.00 = 216.00
    # （两者取较高者…）" read as a sum and as the larger of two at once)
    said = (f"核定表把它印在“过渡性养老金”一栏，按规定发两者中较高者：{money(line.amount)} 元。"
            f"这里分成过渡性养老金 0.00 元和定额加发高出它的部分 {money(line.amount)} 元，两者相加即是。")
    assert said in explain_html(profile, result)
    assert said in addons_hint(result)
    # an add-on that is not the larger of two says nothing of the kind (北京 has none such)
    beijing = profile.model_copy(update={"region": "beijing", "history": [
        row.model_copy(update={"region": "beijing"}) for row in profile.history]})
    assert "核定表把它印在" not in explain_html(beijing, estimate(beijing, as_of=YearMonth(2026, 11)))
