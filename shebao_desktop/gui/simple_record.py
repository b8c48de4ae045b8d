"""用作完整记录 of the 快速估算 panel (``simple_mode.SimpleMode``): the four numbers written into
the profile's statement fields as one undo step, asked first where they replace records, and the
undo button beside it; and what a rebuilt panel (a language switch) keeps of the one before, the
undo button included. A mixin of the panel (its texts keep the panel's translation context)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def _written_text() -> str:
    # and where the base went (trial 12: 指定未来月工资 ticked at 8,000 without a word)
    return translate("SimpleMode", "已写入档案：对账单数据写入“缴费记录”页，当前月缴费基数写入假设中的“指定未来月工资”；"
                     "右侧结果现在按这些数字计算（可撤销）。")


class UseAsRecord:
    """The panel's 用作完整记录 and its undo (``self`` is the ``SimpleMode``)."""

    def kept(self) -> dict:
        """What a rebuild (a language switch) keeps: open or closed, the figures typed and not
        yet applied -- a text still being typed (the field not left) when it can be read --
        and the answer shown."""
        typed = {}
        for key, box in self._boxes().items():
            value = box.read_text(box.lineEdit().text())  # as shown: a text being typed too
            entered = Decimal(f"{box.value():.{box.decimals()}f}")  # the value in use
            if value is not None and (box in self._typed or value != entered):
                typed[key] = value
        return {"open": self.toggle.isChecked(), "typed": typed, "answer": self.answer,
                "date": self.as_of.month() if self._date_typed else None,
                "written": self._written_at,
                "said": bool(self.result.text()) and self.result.text() == self._written_said}

    def restore(self, kept: dict) -> None:
        """``kept`` (``kept`` of the quick estimate this one replaces, same profile)."""
        self.toggle.setChecked(kept["open"])
        boxes = self._boxes()
        for key, value in kept["typed"].items():
            boxes[key].set_decimal(value)
            self._typed.add(boxes[key])
        if kept.get("date") is not None:
            self.as_of.set_month(kept["date"])
            self._typed_date(kept["date"])
        if kept["answer"] is not None:
            self.answer = kept["answer"]
            self._show_answer()
        # the write just made stays undoable by its button (trial 12: a language switch took
        # the button and its line away)
        if kept.get("written") is not None and kept["written"] == self.session.undo_stack.index():
            self._written_at = kept["written"]
            self.undo_button.show()
            if kept.get("said"):
                self._say_written()

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

    def _say_written(self) -> None:
        self.result.setText(_written_text())
        self._written_said = self.result.text()  # said in this language (a rebuild says it again)

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
                self._say_written()
            if self.inputs is not None:
                self.inputs.setCurrentIndex(1)  # 缴费记录: the statement box and the rows
