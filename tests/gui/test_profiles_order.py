"""The profiles list in the order of a Chinese dictionary (new-user trial: 张, 李, 王, 示, 赵, 陈
by character code). The store lists by name as stored; the panel orders by pinyin (GB 2312
order, profiles_panel.name_order: no collation library loaded)."""

from shebao_desktop.gui.profiles_panel import ProfilesPanel


def test_profiles_are_listed_by_pinyin(qtbot):
    panel = ProfilesPanel()
    qtbot.addWidget(panel)
    names = ["张伟（上海白领）", "李秀英", "王芳", "示例：北京企业职工", "赵敏", "陈刚", "档案10", "档案2",
             "Alice"]
    panel.show_profiles([(f"profile-{n}", name) for n, name in enumerate(names)], "profile-4")
    shown = [panel.list.item(row).text() for row in range(panel.list.count())]
    assert shown == ["Alice", "陈刚", "档案2", "档案10", "李秀英", "示例：北京企业职工", "王芳",
                     "张伟（上海白领）", "赵敏"]
    assert panel.current_id() == "profile-4" and panel.list.currentItem().text() == "赵敏"
