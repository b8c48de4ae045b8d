"""The one catalogue of messages: every code the core and the storage layer give (notices of an
estimate, ``ProfileError`` codes, ``StorageError`` codes and their reasons) with one Chinese and
one English template each. The CLI, the window and the PDF render through ``render``; nobody
shows an exception's English ``str()`` to a user.

Placeholders are ``{name}``; amounts arrive as plain decimal text and are formatted here
(thousands separators, 2 decimals; in today's money when a deflator is given).
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Callable, Mapping, Optional

from . import formats
from . import values as values_
from .catalogue import _T, NOTICE_CODES, ROW_REASON_CODES, Msg  # noqa: F401
from .variants import EN_ONE, ONE_MONTH, YEARS_PLACED
from .words import (_ACCOUNTS, _FIELDS, ASSUMPTION_WORDS, DATA_DIR_REASONS,  # noqa: F401
                    MONEY_PARAMS, TABLE_LIMITS, WAGE_SOURCES)


def language_from_environment(environ: Mapping[str, str]) -> str:
    """``zh`` when the locale (LC_ALL, LC_MESSAGES, LANG) is Chinese, else ``en`` (the command
    line's rule)."""
    lang = environ.get("LC_ALL") or environ.get("LC_MESSAGES") or environ.get("LANG", "")
    return "zh" if lang.lower().startswith("zh") else "en"


def template(code: str, language: str) -> Optional[str]:
    try:
        pair = _T[Msg(code)]
    except (ValueError, KeyError):
        return None
    return pair[0 if formats.is_zh(language) else 1]


def region_name(slug: Optional[str], language: str) -> str:
    if not slug:
        return ""
    from ..core.policy.loader import default_policy_data
    index = default_policy_data().regions.get(slug)
    if index is None:
        return slug
    return index.name_zh if formats.is_zh(language) else index.name_en


def render(code: str, params: Optional[Mapping[str, object]], language: str, *,
           deflator: Optional[Decimal] = None,
           parameter_label: Optional[Callable[[str], str]] = None,
           value_text: Optional[Callable[[str, object], str]] = None) -> str:
    """The sentence for ``code`` in ``language`` (``zh``/``en``). Amounts are divided by
    ``deflator`` when given (today's money). A code without a template, or a missing
    placeholder, gives the code itself: a wording gap must never hide a result."""
    text = template(code, language)
    if text is None:
        return str(code)
    values = {k: str(v) for k, v in (params or {}).items()}
    zh = formats.is_zh(language)
    pick = 0 if zh else 1  # the Chinese or the English of a pair of words
    for key in MONEY_PARAMS:
        amount = formats.decimal_or_none(values.get(key)) if key in values else None
        if amount is not None:
            values[key] = formats.money(values_.shown(amount, deflator))
    if code in (Msg.BASES_RAISED_IN_YEARS, Msg.BASES_CAPPED_IN_YEARS) and zh:
        values["years"] = values.get("years", "").replace(", ", "、")
    if code == Msg.USES_ESTIMATED_VALUES:
        values["count"] = str(len([n for n in values.get("names", "").split(",") if n]))
    if values.get("count") == "1" and not zh and Msg(code) in EN_ONE:
        text = EN_ONE[Msg(code)]  # "1 row has", not "1 rows have"
    one = ONE_MONTH.get(Msg(code))
    if one and values.get("from") and values.get("from") == values.get("to"):
        text = one[pick]  # "2024-05", not "2024-05 至 2024-05"
    if code == Msg.PAST_MONTHS_ASSUMED_PAID:
        wage = WAGE_SOURCES.get(values.get("wage", ""), WAGE_SOURCES[""])
        values["wage"] = wage[pick]
    if code == Msg.YEARS_BEFORE_ACCOUNT_UNSTATED:
        text = _years_over(values, language) or text
    if code == Msg.OVERRIDE_USED:
        name = values.get("name", "")
        values["label"] = parameter_label(name) if parameter_label else name
        values["value"] = value_text(name, values.get("value", "")) if value_text \
            else values.get("value", "")
    if code == Msg.DATA_DIR_UNUSABLE and values.get("reason") in DATA_DIR_REASONS:
        values["reason"] = DATA_DIR_REASONS[values["reason"]][pick]
    if "accounts" in values:
        words = [_ACCOUNTS.get(a, (a, a))[pick] for a in values["accounts"].split(",") if a]
        values["accounts"] = ("、" if zh else " and ").join(words)
    if formats.decimal_or_none(values.get("required")) is not None:  # 16, 16.5: one way (trial 14)
        values["required"] = formats.number(values["required"])
    if values.get("shortfall_months") == "1" and not zh:
        text = text.replace("{shortfall_months} months", "{shortfall_months} month")
    if code == Msg.STATEMENT_USED and values.get("mid_year") == "1":
        text += MID_YEAR_BALANCE[pick]
    if code == Msg.NO_RECORDS_SINCE_WORK_START and values.get("deemed"):
        text += DEEMED_FIRST[pick]
        values["deemed"] = formats.number(values["deemed"])
    if code == Msg.RETIRED_AT_STATUTORY_ASSUMED and values.get("paid_until"):
        text += PAID_AFTER_RETIREMENT[pick]
        values["women"] = WOMEN_CATEGORY[pick] if values.get("women") == "1" else ""
    if code == Msg.PART_YEARS_PLACED:
        values["rows"] = _part_years(values.get("rows", ""), zh)
    if code == Msg.PAID_IN_SEVERAL_PROVINCES:
        from .other_regions import PROJECTED_WORDS
        future = values.get("projected", "1") != "0"
        for key, words in PROJECTED_WORDS.items():
            values[key] = words[pick] if future else ""
    if "region" in values:
        values["region"] = region_name(values["region"], language)
    if "provinces" in values:  # "hubei=8.00,guangdong=9.00": each province's years
        pairs = [item.split("=", 1) for item in values["provinces"].split(",") if "=" in item]
        values["provinces"] = ("、" if zh else ", ").join(
            (f"{region_name(slug, language)} {years} 年" if zh else f"{region_name(slug, language)} {years} years")
            for slug, years in pairs)
    if "field" in values:
        leaf = values["field"].split(".")[-1] if values["field"] else ""
        pair = _FIELDS.get(leaf) or _FIELDS.get(values["field"].split(".")[0])
        values["field"] = pair[pick] if pair else values["field"]
    try:
        return text.format(**values)
    except (KeyError, IndexError, ValueError):
        return str(code)


def _part_years(rows: str, zh: bool) -> str:
    """PART_YEARS_PLACED's ``rows`` ("row=period=months=first=last;..."), each as a phrase."""
    out = []
    for item in (part.split("=") for part in rows.split(";") if part.count("=") == 4):
        row, period, months, first, last = item
        span = first if first == last else (f"{first} 至 {last}" if zh else f"{first} to {last}")
        out.append(f"第 {row} 行 {period} 年 {months} 个月：{span}" if zh else
                   f"row {row}, {period}, {months} month{'' if months == '1' else 's'}: {span}")
    return ("；" if zh else "; ").join(out)


def _years_over(values: dict, language: str) -> Optional[str]:
    """YEARS_BEFORE_ACCOUNT_UNSTATED compares the years paid with the years since the account
    opened (``over`` = years - since) and reports what is over beyond the paid years already
    counted before it (``excess``): the sentence states both figures, and the ``placed`` years
    between them, so that the difference it names is the one it computed."""
    years, since, excess = (formats.decimal_or_none(values.get(k)) for k in ("years", "since", "excess"))
    if years is None or since is None or excess is None:
        return None
    over = years - since
    values.update(over=formats.years(over), placed=formats.years(over - excess),
                  since=formats.years(since), excess=formats.years(excess))
    return YEARS_PLACED[0 if formats.is_zh(language) else 1] if over > excess else None


def notice_year(code: str, params: Mapping[str, str], retirement_year: int) -> int:
    """The year a notice's amounts are in: its ``year``, its ``month``'s year, else the
    retirement year (the housing fund withdrawn at retirement)."""
    if params.get("year", "").isdigit():
        return int(params["year"])
    month = params.get("month", "")
    if month[:4].isdigit():
        return int(month[:4])
    return retirement_year


def notice_deflator(estimate, code: str, params: Mapping[str, str]) -> Optional[Decimal]:
    """The one place that says how a notice's amounts become today's money: divided by the
    deflator of the year they are in (from the estimate's own year lines)."""
    return values_.deflator(estimate, notice_year(code, params, estimate.retirement.chosen_month.year))


def render_notice(notice, language: str, *, estimate=None, today_money: bool = False,
                  parameter_label: Optional[Callable[[str], str]] = None,
                  value_text: Optional[Callable[[str, object], str]] = None) -> str:
    """A notice of ``estimate``; with ``today_money`` its amounts in today's money."""
    deflator = notice_deflator(estimate, notice.code, notice.params) \
        if (today_money and estimate is not None) else None
    return render(notice.code, notice.params, language, deflator=deflator,
                  parameter_label=parameter_label, value_text=value_text)


#: a floor or ceiling notice (one a band: a year whose band changes in July has two) and the code
#: of the notice that stands for several of them
_FOLDED = {Msg.BASE_RAISED_TO_FLOOR: Msg.BASES_RAISED_IN_YEARS,
           Msg.BASE_CAPPED_AT_CEILING: Msg.BASES_CAPPED_IN_YEARS}


def folded_notices(notices: list) -> list:
    """``notices`` with the floor notices, and the ceiling notices, each in one where there are
    several (a wage below the floor every year to retirement made ~50 lines, two a year where the
    band changes in July: trial 9), naming the years as runs ("2021、2026–2048"); one alone
    stays as it is, with its amount. The folded notice takes the place of the first."""
    from ..core.result import Notice
    groups: dict[str, list] = {}
    for notice in notices:
        if notice.code in _FOLDED:
            groups.setdefault(notice.code, []).append(notice)
    out = []
    for notice in notices:
        group = groups.get(notice.code)
        if group is None or len(group) == 1:
            out.append(notice)
        elif notice is group[0]:
            years = sorted({int(n.params["year"]) for n in group if n.params.get("year", "").isdigit()})
            out.append(Notice(code=_FOLDED[Msg(notice.code)].value,
                              params={"years": _runs(years)}))
    return out


def _runs(years: list[int]) -> str:
    """``[2019, 2020, 2021, 2026]`` -> ``2019–2021, 2026`` (``render`` makes the comma 、 in
    Chinese)."""
    return ", ".join(f"{a}–{b}" if b > a else str(a) for a, b in formats.runs(years))


def assumption_parts(assumptions, language: str) -> list[str]:
    """Each assumption an estimate used (``Estimate.assumptions``) as "name rate", a default
    (the policy data's, an estimate) marked ※: ``本人工资增长 ※3%``."""
    zh = formats.is_zh(language)
    order = list(ASSUMPTION_WORDS)
    return [f"{ASSUMPTION_WORDS[a.name][0 if zh else 1]} "
            f"{formats.ESTIMATE_MARK if a.source == 'default' else ''}{formats.rate(a.value)}"
            for a in sorted(assumptions, key=lambda a: order.index(a.name))
            if a.name in ASSUMPTION_WORDS]


#: RETIRED_AT_STATUTORY_ASSUMED with records (a statement, rows) up to or after that month
PAID_AFTER_RETIREMENT = (
    "。但缴费记录或权益记录单到 {paid_until} 仍在缴费，晚于这个退休时间：如您那时仍在工作，请选择实际"
    "退休月份{women}；按现在的输入，{month} 以后的缴费也已算入",
    ". But the records or the statement show contributions up to {paid_until}, after that "
    "month: if you were still working then, choose the month you retire{women}; as entered, "
    "the contributions after {month} are counted too")
WOMEN_CATEGORY = ("，并核对“个人信息”中的身份类别（女职工与女干部即管理技术岗位的退休年龄不同）",
                  " and check the category under Personal details (women workers and women in "
                  "management or technical posts retire at different ages)")
#: NO_RECORDS_SINCE_WORK_START after deemed years: the months they cover are not missing
DEEMED_FIRST = (
    "（参加工作 {work_start} 起的 {deemed} 年已按您填写的视同缴费年限计算，不在其中）",
    " (the {deemed} years from the work start {work_start} count as the deemed years you "
    "entered and are not among them)")
#: what STATEMENT_USED adds for a statement of a month before December (its ``mid_year``
#: parameter "1"): the balance's interest of that year is not added (trial 16: it was not said)
MID_YEAR_BALANCE = (
    "；余额视为已含到该月的利息，当年此前各月的利息不再另计（年中查询的余额多半还不含当年利息，"
    "那样估算会略低；年度权益记录单截至 12 月，已含全年利息）",
    "; the balance is taken to include the interest up to that month, so none is added for the "
    "earlier months of that year (a balance looked up mid-year usually does not include that "
    "year's interest yet, and the estimate is then a little low; the annual statement, as of "
    "December, includes the whole year's)")

#: the wrong records of a profile file a message lists (then how many more)
SHOWN_PROBLEMS = 5


def storage_text(problem, language: str) -> str:
    """A ``StorageError`` or a set-aside record (``SetAside``) as one sentence. The English
    ``detail`` is for the log only and is never shown."""
    code = str(getattr(problem, "code", "INVALID"))
    path = getattr(problem, "path", None) or getattr(problem, "file", None)
    aside = getattr(problem, "moved_to", None)
    params = dict(getattr(problem, "params", None) or {})
    params.update(name=Path(str(path)).name if path else "",
                  aside=Path(str(aside)).name if aside else "")
    if code in ("INVALID", "UNREADABLE") and not aside:  # e.g. an import: nothing was moved
        code = "FILE_INVALID" if code == "INVALID" else "FILE_UNREADABLE"
    if code == "UNKNOWN_REGION" and params["name"]:  # a profile file, not a core error
        code = "FILE_UNKNOWN_REGION"
    if code == "TOO_LARGE" and params.get("what") in TABLE_LIMITS:  # an import past a cap
        code = "TABLE_TOO_LARGE"
        params["what"] = TABLE_LIMITS[params["what"]][0 if formats.is_zh(language) else 1]
    text = render(code, params, language)
    problems = list(getattr(problem, "problems", None) or ())
    cause = params.get("cause")  # which check of the content failed (storage.codec)
    if cause and template(cause, language) is not None and not problems:
        text += ("" if formats.is_zh(language) else " ") + render(cause, params, language)
    for found in problems[:SHOWN_PROBLEMS]:  # each wrong record, where it is and why
        why = render(found.get("code", "INVALID_VALUE"), found, language)
        text += "\n• " + render(Msg.IMPORT_ROW, {"row": found.get("row", ""),
                                                 "period": found.get("period", ""),
                                                 "problem": why}, language)
    if len(problems) > SHOWN_PROBLEMS:
        text += "\n• " + render(Msg.MORE_PROBLEMS, {"count": len(problems) - SHOWN_PROBLEMS},
                                 language)
    return text


def error_text(exc: BaseException, language: str) -> str:
    """Any error of the core or the storage layer in the user's language: a ``ProfileError``
    by its code, a ``StorageError`` by its code, a failed check of the profile model by the
    code its validator raised (or the field it names) -- never the English ``str()``."""
    from ..core.errors import ProfileError
    if isinstance(exc, ProfileError):
        return render(exc.code, {"field": exc.field, **exc.params}, language)
    if hasattr(exc, "code") and hasattr(exc, "detail") and not hasattr(exc, "field"):
        return storage_text(exc, language)
    errors = getattr(exc, "errors", None)
    if callable(errors):
        found = errors(include_url=False, include_input=False)
        if found:
            first = found[0]
            cause = (first.get("ctx") or {}).get("error")
            if isinstance(cause, ProfileError):
                return render(cause.code, {"field": cause.field, **cause.params}, language)
            where = ".".join(str(part) for part in first.get("loc", ()))
            return render(Msg.INVALID_VALUE, {"field": where}, language)
    return render(Msg.CALCULATION_FAILED, {}, language)
