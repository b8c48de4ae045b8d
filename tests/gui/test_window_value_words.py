"""pension/transitional_paid_window (Beijing G实) was shown in 使用的参数及来源 and 计算过程 as
"from: 1992-10, to: 1998-06, index: transitional_index" (raw keys, new-user trial 4).
parameter_labels.window_text words it in the user's language; each index the core can count a
window at (pension_at_retirement._named_index: the typed 过渡性指数 or an index rule) is worded."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import yaml

from shebao_desktop.core.pension_at_retirement import _rule_index
from shebao_desktop.gui.i18n import install_language
from shebao_desktop.gui.parameter_labels import parameter_labels, window_index_labels, window_text

DATA = Path(__file__).resolve().parents[2] / "shebao_desktop" / "core" / "policy" / "data"
BEIJING = {"from": "1992-10", "to": "1998-06", "index": "transitional_index"}


def _data_windows():
    for path in DATA.rglob("transitional_paid_window.yaml"):
        for entry in yaml.safe_load(path.read_text(encoding="utf-8"))["values"].values():
            yield entry["value"]


def test_the_beijing_window_is_worded_in_chinese(qapp):
    install_language("zh_CN")
    assert parameter_labels()["pension/transitional_paid_window"][1] == "window"
    assert window_text(BEIJING) == "1992-10 至 1998-06，按过渡性指数计"


def test_the_beijing_window_is_worded_in_english(qapp):
    install_language("en")
    try:
        assert window_text(BEIJING) == "1992-10 to 1998-06, at the transitional index"
        assert window_text({"from": "1992-10", "to": "1998-06"}) \
            == "1992-10 to 1998-06, at the person's average contribution index"
    finally:
        install_language("zh_CN")


def test_every_index_a_window_can_hold_is_worded(qapp):
    install_language("zh_CN")
    windows = list(_data_windows())
    assert windows  # Beijing's
    labels = window_index_labels()
    for window in windows:
        text = window_text(window)
        assert "index" not in text and "from" not in text and window["from"] in text
    # the core's names: the typed index, and each index rule it can apply
    for name in ("one", "average_index", "half_one_plus_average", "average_index_floor_one"):
        _rule_index(name, Decimal("1.2"))  # a name the core knows (KeyError otherwise)
        assert name in labels
    assert "transitional_index" in labels


def test_the_parameter_table_shows_the_words_not_the_keys(qapp):
    """format_value (the parameter list of 计算过程 and of the PDF) words a window."""
    from shebao_desktop.gui.explain import format_value
    install_language("zh_CN")
    shown = format_value("pension/transitional_paid_window", BEIJING)
    assert shown == "1992-10 至 1998-06，按过渡性指数计" and "from:" not in shown
