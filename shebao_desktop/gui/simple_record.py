"""用作完整记录 of the 快速估算 panel (``simple_mode.SimpleMode``): the four numbers written into
the profile's statement fields as one undo step, asked first where they replace records, and the
undo button beside it. A mixin of the panel (its texts keep the panel's translation context)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


class UseAsRecord:
    """The panel's 用作完整记录 and its undo (``self`` is the ``SimpleMode``)."""

    def ask_use_as_record(self) -> None:
        """用作完整记录 (the button): on a profile with rows or a statement, first a question
        naming what the four numbers would replace (cancel by default); else at once."""
        from .quick_history import replace_question
        if self.years_refused():  # not written: the rows' own check would refuse such years too
            return
        statement, base = self._statement(), self.four_numbers()["base"]
        self.question = replace_question(self, self.session.profile, statement, base,
                                         self.four_numbers()["deemed"], self.unpaid_rows())
        if self.question is None:
            self.use_as_record()
            return
        self.question.buttonClicked.connect(
            lambda button: self.use_as_record() if button is self.question.replace else None)
        self.question.open()

    def undo_record(self) -> None:
        """The undo button beside 用作完整记录: the profile as it was before the write."""
        stack = self.session.undo_stack
        if self._written_at is not None and stack.index() == self._written_at:
            stack.undo()
            self.result.setText(translate("SimpleMode", "已撤销：档案恢复为写入前的记录。"))

    def _undo_moved(self, index: int) -> None:
        if index != self._written_at:
            self._written_at = None
        self.undo_button.setVisible(self._written_at is not None)

    def use_as_record(self) -> None:
        """Write the four numbers into the profile (statement, future wage) and show the rows
        (``ask_use_as_record`` asks first where that replaces records)."""
        before = self.session.undo_stack.index()
        # the months of this year the estimate left unpaid stay so (a 0-month row of the year)
        unpaid = self.unpaid_rows()
        rows = {"history": self.session.profile.model_dump(mode="json")["history"] + unpaid} \
            if unpaid else {}
        if self.session.update(translate("SimpleMode", "快速估算：填入对账单数据"), None,
                               statement=self._statement(), **rows,
                               deemed_years=str(self.four_numbers()["deemed"]),
                               future={**self.session.profile.future.model_dump(mode="json"),
                                       "monthly_wage": str(self.four_numbers()["base"])}):
            self._typed.clear()  # the typed figures (and date) are the profile's now
            self.as_of.settle_note()
            self._date_typed = False
            if self.session.undo_stack.index() != before:  # a step to undo (not an equal profile)
                self._written_at = self.session.undo_stack.index()
                self.undo_button.show()
            if self.answer is not None:  # the answer shown is the profile's now: not re-worded
                self.answer = None
                self.result.setText(translate("SimpleMode", "已写入档案：右侧结果现在按这些数字计算（可撤销）。"))
            if self.inputs is not None:
                self.inputs.setCurrentIndex(1)  # 缴费记录: the statement box and the rows
