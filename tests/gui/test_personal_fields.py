"""The person form takes the personal inputs some regions' rules pay for (issue 8): the personal
status 知识分子 (Profile.personal, CLI --personal intellectual) and the years worked in the region
(Profile.region_years, CLI --region-years); saved in the profile, explained with their source in
the 计算过程 tab and the PDF."""

from decimal import Decimal

from shebao_desktop.core.estimate import estimate
from shebao_desktop.core.person import PERSONAL_STATUSES
from shebao_desktop.core.profile import Profile
from shebao_desktop.core.yearmonth import YearMonth
from shebao_desktop.gui.explain import explain_html
from shebao_desktop.gui.labels import money, region_name
from shebao_desktop.gui.personal_fields import regions_using, status_labels
from shebao_desktop.gui.report import summary_html
from shebao_desktop.presentation.formats import number

AS_OF = YearMonth(2026, 1)


def _to(window, qtbot, slug):
    region = window.person.region
    region.setCurrentIndex(region.findData(slug))
    region.activated.emit(region.currentIndex())
    qtbot.waitUntil(lambda: window.session.estimate.pension.region == slug)


def _profile(region: str, **over) -> Profile:
    return Profile.model_validate(dict(
        birth="1966-03", gender="male", region=region, deemed_years="5", work_start="1986-07",
        history=[{"period": str(y), "region": region, "amount": "6000"} for y in range(2000, 2026)],
        **over))


def _coefficient_table(result):
    return next(p for p in result.parameters
                if p.name == "pension/personal_transitional_coefficient")


def test_every_status_has_a_label_and_the_data_names_where_each_input_is_used():
    assert set(status_labels()) == set(PERSONAL_STATUSES)
    # read from the policy data: 宁夏 pays 知识分子, 西藏 counts the years worked there
    assert "ningxia" in regions_using("intellectual")
    assert [zh for zh, _ in regions_using("region_years")["xizang"]] == ["高原补贴"]


def test_the_status_is_saved_and_pays_the_regions_coefficient_and_add_ons(window, qtbot):
    _to(window, qtbot, "ningxia")
    fields = window.person.personal
    box = fields.statuses["intellectual"]
    assert box.isEnabled() and not box.isChecked()
    assert region_name("ningxia") in box.toolTip() and "知识分子地区津贴" in box.toolTip()
    before = window.session.estimate.pension
    box.setChecked(True)
    qtbot.waitUntil(lambda: window.session.estimate.pension.transitional_coefficient
                    != before.transitional_coefficient)
    assert window.session.profile.personal == ["intellectual"]
    result = window.session.estimate
    table = _coefficient_table(result).value
    assert result.pension.transitional_coefficient == Decimal(str(table["intellectual"]))
    names = [line.name_zh for line in result.pension.extra_pension]
    assert "知识分子地区津贴" in names
    assert all(name in window.person.transitional.hint.text() for name in names)
    window.session.save_now()
    stored = window.profiles.store.load(window.profiles.current_id)
    assert stored.personal == ["intellectual"]
    window.session.undo_stack.undo()
    assert window.session.profile.personal == [] and not box.isChecked()


def test_the_years_in_the_region_are_saved_and_pay_the_plateau_allowance(window, qtbot):
    _to(window, qtbot, "xizang")
    spin = window.person.personal.region_years
    assert spin.isEnabled() and spin.optional() is None and spin.text() == "未填写"
    assert region_name("xizang") in spin.toolTip() and "高原补贴" in spin.toolTip()
    assert not window.session.estimate.pension.extra_pension
    spin.setValue(16)
    qtbot.waitUntil(lambda: bool(window.session.estimate.pension.extra_pension))
    assert window.session.profile.region_years == Decimal("16")
    line = window.session.estimate.pension.extra_pension[0]
    assert line.parameter == "pension/addons/plateau_allowance" and line.years == Decimal("16")
    window.session.save_now()
    assert window.profiles.store.load(window.profiles.current_id).region_years == Decimal("16")
    spin.setValue(spin.minimum())  # empty again: not given
    qtbot.waitUntil(lambda: not window.session.estimate.pension.extra_pension)
    assert window.session.profile.region_years is None


def test_a_region_without_such_rules_greys_the_inputs(window, qtbot):
    _to(window, qtbot, "beijing")
    fields = window.person.personal
    assert not fields.statuses["intellectual"].isEnabled()
    assert not fields.region_years.isEnabled() and fields.region_years.text() == "本地区不使用"


def test_explain_gives_the_personal_coefficient_and_add_ons_with_their_source(qapp):
    profile = _profile("ningxia", personal=["intellectual"])
    result = estimate(profile, as_of=AS_OF)
    html = explain_html(profile, result)
    source = _coefficient_table(result)
    assert f"k 计发系数 = {result.pension.transitional_coefficient}（本地区对个人身份“知识分子”的规定" in html
    assert source.number in html
    for line in result.pension.extra_pension:
        assert f"{line.name_zh}（个人身份“知识分子”，您在个人信息中勾选）" in html
    # without the status: the add-ons named as not counted, with what they need and the source
    plain = _profile("ningxia")
    html = explain_html(plain, estimate(plain, as_of=AS_OF))
    assert "知识分子地区津贴：本次未计。只发给个人身份为“知识分子”的人（在个人信息中勾选）" in html
    assert "本地区没有随养老金发放的地方加发项目" not in html
    assert "个人身份为“知识分子”的人本地区另有系数" in html


def test_explain_gives_the_plateau_allowance_from_the_years_given(qapp):
    profile = _profile("xizang", region_years="16")
    result = estimate(profile, as_of=AS_OF)
    p = result.pension
    (line,) = p.extra_pension
    html = explain_html(profile, result)
    assert "高原补贴（在本地区工作 16 年，您在个人信息中填写）" in html
    rule = next(q for q in result.parameters if q.name == line.parameter).value
    rate = [step.rate for step in rule.steps if step.years <= 16][-1]  # the step 16 years reach
    assert f"{money(p.indexed_wage)} × {number(rate * 100)}% = <b>{money(line.amount)}</b>" in html
    assert line.url in html
    plain = _profile("xizang")
    html = explain_html(plain, estimate(plain, as_of=AS_OF))
    assert "高原补贴：本次未计" in html and "另有系数" not in html


def test_the_pdf_lists_the_personal_inputs_and_explains_them(qapp):
    profile = _profile("xizang", region_years="16", personal=["intellectual"])
    result = estimate(profile, as_of=AS_OF)
    html = summary_html(profile, result, chart_png=None, today_money=False, version="t",
                        printed_on="2026-01-15")
    assert "个人身份 / 在本地区工作年限" in html and "知识分子；在本地区工作 16 年" in html
    assert "高原补贴（在本地区工作 16 年" in html
