"""Trial 6: the 广东 woman whose 24 months paid in 湖南 before 1998-07 were credited there (trial
5's fix) read 建账前缴费年限 "0.00: 按缴费记录中 1998-07 以前的月份推算" and "you have none" on the
person panel and on page 2 of the PDF, beside a notice naming those 24 months. Both now say the
months were credited to another region's account, are not counted again, and where to enter
the years if the local form counts them."""

from shebao_desktop.core.estimate import estimate
from shebao_desktop.core.yearmonth import YearMonth
from shebao_desktop.gui.explain_pension import transitional_none_text
from shebao_desktop.gui.i18n import install_language
from shebao_desktop.gui.transitional_box import pre_account_hint

from ..core.test_account_start import _from_hunan

AS_OF = YearMonth(2026, 11)


def test_her_pre_account_years_say_the_months_were_credited_elsewhere(qapp):
    e = estimate(_from_hunan(), as_of=AS_OF)
    assert e.pension.pre_account_source == "history_credited"
    hint, why = pre_account_hint(e.pension), transitional_none_text(e)
    assert "已记入其他地区个人账户的月份不计" in hint and "1998-07" in hint
    assert "本人没有这段年限" not in why and "已记入其他地区的个人账户" in why and "建账前缴费年限" in why
    try:
        install_language("en")
        english = transitional_none_text(e)
        assert "you have none" not in english and "another region" in english
        assert "another region" in pre_account_hint(e.pension)
    finally:
        install_language("zh_CN")
    # typed, it is the user's figure (no such words)
    typed = estimate(_from_hunan(pre_account_years="2.00"), as_of=AS_OF)
    assert typed.pension.pre_account_source == "given"
    # a record wholly in 广东 before 1998-07 counts its months as before ("history")
    local = estimate(_from_hunan(history=[
        {"period": "1997", "region": "guangdong", "amount": "700"},
        {"period": "2000", "region": "guangdong", "amount": "1500"}]), as_of=AS_OF)
    assert local.pension.pre_account_source == "history"
    assert "本人没有这段年限" not in (transitional_none_text(local) or "")
