"""How an estimated value was found, in the language of the interface: a trial saw
"推算方法：2026-01 value 12577 grown 27 year(s) at 3.00%…" in the Chinese window. The core hands
out the derivation as figures (core.policy.derivation); presentation.methods words it; the
YAML's hand-written notes stay English and are labelled as the data's own notes in Chinese."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

from shebao_desktop.core.estimate import estimate
from shebao_desktop.core.policy.derivation import KINDS, Derivation
from shebao_desktop.core.profile import Profile
from shebao_desktop.core.yearmonth import YearMonth
from shebao_desktop.gui.explain import parameters_table_html
from shebao_desktop.gui.i18n import install_language
from shebao_desktop.presentation.methods import method_key, method_text, method_words

AS_OF = YearMonth(2026, 12)
SHANGHAI = {"name": "上海男工1990", "birth": "1990-05", "gender": "male", "category": "worker",
            "region": "shanghai",
            "history": [{"period": str(y), "region": "shanghai", "amount": str(6500 + 450 * (y - 2012))}
                        for y in range(2012, 2027) if y != 2019]}
LATIN_WORD = re.compile(r"[A-Za-z]{3,}")
CJK = re.compile(r"[\u4e00-\u9fff]")
EVERY_KIND = [Derivation(kind, YearMonth(2019, 5), Decimal(8211), years=27, rate=Decimal("0.03"),
                         assumption="credited_interest_rate", year=2018, then=Decimal(82413),
                         ref=Decimal(90501), factor=Decimal("1.2"), capped=True)
              for kind in KINDS]


@pytest.fixture(scope="module")
def result():
    return estimate(Profile.model_validate(SHANGHAI), as_of=AS_OF)


def test_every_derivation_is_worded_in_each_language():
    for d in EVERY_KIND:
        zh, en = method_text(d, "zh"), method_text(d, "en")
        assert zh and CJK.search(zh) and not LATIN_WORD.search(zh), zh
        assert en and not CJK.search(en), en
    grown = Derivation("grown", YearMonth(2026, 1), Decimal(12577), years=27, rate=Decimal("0.03"))
    assert method_text(grown, "zh") == "2026-01 的 12,577.00 按社平工资增长率每年 3% 增长 27 年"
    assert method_text(grown, "en") == \
        "the 2026-01 value 12,577.00 grown 27 years at 3% a year (average wage growth)"
    assert "grown 1 year at" in method_text(Derivation("grown", YearMonth(2026, 1), Decimal(1),
                                                       years=1, rate=Decimal("0.03")), "en")


def test_a_note_of_the_data_is_labelled_in_chinese_and_as_is_in_english():
    note = "Cap 24042, a provisional value per the public calculator's Jiangsu check"
    assert method_text(note, "zh") == method_text(note, "en") == note
    assert method_words(note, "zh") == "数据附注（英文原文）：" + note
    assert method_words(note, "en") == note
    assert method_words(None, "zh") == ""


def test_the_months_of_one_projection_are_one_method(result):
    grown = [p for p in result.parameters if isinstance(p.method, Derivation)
             and p.method.kind == "grown" and p.name == "average_wage"]
    assert len(grown) > 1  # one per projected year
    assert len({method_key(p.method) for p in grown}) == 1


def _estimated_cells(html: str) -> list[str]:
    return [re.sub(r"<[^>]+>", "", cell) for cell in re.findall(r"推算方法[^<]*?：.*?</span>", html)]


def test_the_chinese_parameter_list_words_projections_in_chinese(qapp, result):
    install_language("zh_CN")
    html = parameters_table_html(result)
    assert "grown" not in html and "scaled by" not in html and "year(s)" not in html
    cells = _estimated_cells(html)
    generated = [c for c in cells if c.startswith("推算方法：")]
    # the data's notes in their Chinese (presentation.note_translations): none left English
    notes = [c for c in cells if c.startswith("推算方法（数据附注）：")]
    assert generated and notes and len(generated) + len(notes) == len(cells)
    assert "英文原文" not in html
    for cell in notes:
        assert CJK.search(cell.split("：", 1)[1]), cell
    for cell in generated:
        assert not LATIN_WORD.search(cell), cell  # all Chinese (figures and months only)
    assert any("按社平工资增长率每年 3% 增长" in c for c in generated)


def test_the_english_parameter_list_words_projections_in_english(qapp, result):
    install_language("en")
    try:
        html = parameters_table_html(result)
    finally:
        install_language("zh_CN")
    assert re.search(r"Method: the \d{4}-\d\d value [\d,.]+ grown \d+ years? at 3% a year", html)
    assert not CJK.search("".join(re.findall(r"Method: [^<]*", html)))
