"""Trial item 13 (57.png): the greyed 个人身份 (知识分子) and 在本地区工作年限 rows showed for every
region; each row now shows only where the region's rules (the policy data) use it, or a value
is set."""

from shebao_desktop.gui.personal_fields import region_uses


def _to(window, qtbot, slug):
    region = window.person.region
    region.setCurrentIndex(region.findData(slug))
    region.activated.emit(region.currentIndex())
    qtbot.waitUntil(lambda: window.session.estimate.pension.region == slug)


def _shown(window):
    fields = window.person.personal
    return (fields._form.isRowVisible(fields._status_row),
            fields._form.isRowVisible(fields.region_years))


def test_rows_show_only_where_the_region_uses_them(window, qtbot):
    for slug in ("beijing", "ningxia", "xizang", "shanghai"):
        _to(window, qtbot, slug)
        expected = (region_uses("intellectual", slug), region_uses("region_years", slug))
        assert _shown(window) == expected, slug
    assert not any(_shown(window))  # shanghai: neither
    _to(window, qtbot, "ningxia")
    assert _shown(window)[0]
    _to(window, qtbot, "xizang")
    assert _shown(window)[1]


def test_a_value_set_keeps_its_row_so_it_can_be_cleared(window, qtbot):
    _to(window, qtbot, "ningxia")
    window.person.personal.statuses["intellectual"].setChecked(True)
    qtbot.waitUntil(lambda: window.session.profile.personal == ["intellectual"])
    _to(window, qtbot, "beijing")
    assert _shown(window)[0]
