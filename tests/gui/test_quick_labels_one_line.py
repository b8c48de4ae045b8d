"""Trial 2 (2026-12-02): at 1024×700 with 快速估算 open, its labels 当前月缴费基数, 平均缴费指数
and 视同缴费年限 wrapped one character a line beside their fields (the panel grew tall and the
缴费记录 table under it showed one row). Each label is above its field now: one line."""

from __future__ import annotations

from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QLabel


def test_quick_estimate_labels_stay_on_one_line_at_1024(window):
    window.resize(1024, 700)
    window.simple.toggle.setChecked(True)
    for _ in range(20):
        QApplication.processEvents()
    boxes = (window.simple.base, window.simple.years, window.simple.index,
             window.simple.balance, window.simple.deemed)
    # the titles, a ※ after those showing an estimated figure (trial 7): one line too
    labels = [window.simple.titles[key][0] for key in ("base", "years", "index", "balance", "deemed")]
    assert [label.text().removesuffix(" ※") for label in labels] == [window.simple.tr(text) for text in (
        "当前月缴费基数", "实际缴费年限（不含视同）", "平均缴费指数", "养老保险个人账户余额", "视同缴费年限")]
    assert len(labels) == 5
    for label, box in zip(labels, boxes):
        metrics = QFontMetrics(label.font())
        assert metrics.horizontalAdvance(label.text()) <= label.contentsRect().width(), label.text()
        assert label.height() < 2 * metrics.lineSpacing(), (label.text(), label.height())
        # above its own field, not beside it
        assert label.geometry().bottom() <= box.geometry().top()
        assert abs(label.geometry().left() - box.geometry().left()) <= 2
