"""The decision commands: ``compare`` (retirement months side by side), ``flexible``
(flexible-employment contribution levels) and ``goal`` (what reaches a monthly pension), on
core.decide.

Same contract as the other commands: JSON numbers are strings of Decimal (money with two
decimals), text in Chinese when the locale is Chinese, bad input one line on stderr and exit 2.
"""

from __future__ import annotations

import argparse
import json
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Optional

from .cli import _read_profile, _this_month
from .cli_args import InputError, _as_of, _chinese, _wrap
from .core.yearmonth import YearMonth
from .presentation import formats
from .presentation.decide_words import (basis_text, goal_why, kind, label, level_answer,
                                        level_reached, level_words)

if TYPE_CHECKING:  # core.decide (the estimate, pydantic) is imported by the command run, so
    from .core.decide.compare import Choice  # that the other commands start fast
    from .core.decide.flexible import Level
    from .core.decide.goal import Answer, Goal

#: a sanity range for --levels (the band itself is policy data and clamps each base)
LEVEL_RANGE = (Decimal("0.01"), Decimal("10"))
MAX_MONTHS = 12
#: a sanity range for goal --target (yuan a month)
TARGET_RANGE = (Decimal("1"), Decimal("1000000"))


def _money(value: Optional[Decimal]) -> Optional[str]:
    return None if value is None else formats.money(value, grouping=False)


def _months(text: str) -> list[YearMonth]:
    months = []
    for part in text.replace("，", ",").split(","):
        if part.strip():
            try:
                months.append(YearMonth.parse(part))
            except ValueError as exc:
                raise InputError("--retire", str(exc)) from None
    if not months or len(months) > MAX_MONTHS:
        raise InputError("--retire", f"give 1 to {MAX_MONTHS} months, e.g. 2051-03,2054-03")
    return months


def _levels(text: str) -> list[Decimal]:
    levels = []
    for part in text.replace("，", ",").split(","):
        part = part.strip().rstrip("%")
        if not part:
            continue
        try:
            value = Decimal(part)
        except InvalidOperation:
            raise InputError("--levels", f"'{part}' is not a number") from None
        if not value.is_finite() or not LEVEL_RANGE[0] <= value <= LEVEL_RANGE[1]:
            raise InputError("--levels", f"{part} is outside {LEVEL_RANGE[0]}-{LEVEL_RANGE[1]} "
                                         "(a share of the average wage: 0.6 is 60 %)")
        levels.append(value)
    if not levels or len(levels) > MAX_MONTHS:
        raise InputError("--levels", "give 1 to 12 levels, e.g. 0.6,1,3")
    return levels


def _basis(codes: tuple[str, ...]) -> list[dict[str, str]]:
    return [{"code": c, "zh": basis_text(c, "zh"), "en": basis_text(c, "en")} for c in codes]


def choice_json(c: Choice) -> dict[str, Any]:
    return {
        "retirement_month": str(c.retirement_month), "age": str(c.age), "kinds": list(c.kinds),
        "basic_pension": _money(c.basic), "account_pension": _money(c.account),
        "transitional_pension": _money(c.transitional), "extra_pension": _money(c.extra),
        "total": _money(c.total), "total_today": _money(c.total_today),
        "replacement_rate": None if c.replacement_rate is None else str(c.replacement_rate),
        "contribution_years": str(c.contribution_years),
        "minimum_years": str(c.minimum_years), "minimum_met": c.minimum_met,
        "minimum_paid": c.minimum_paid,
        "minimum_reached_month": None if c.minimum_reached_month is None else str(c.minimum_reached_month),
        "shortfall_months": c.shortfall_months,
        "contributions_personal": _money(c.contributions_personal),
        "contributions_personal_today": _money(c.contributions_personal_today),
        "contributions_total": _money(c.contributions_total),
        "received_to_80": _money(c.received_to_80),
        "received_to_80_today": _money(c.received_to_80_today),
        "received_to_85": _money(c.received_to_85),
        "received_to_85_today": _money(c.received_to_85_today),
        "break_even_age": None if c.break_even_age is None else str(c.break_even_age),
        "break_even_age_total": None if c.break_even_age_total is None
        else str(c.break_even_age_total),
        "inheritable_at_75": _money(c.inheritable_at_75),
        "inheritable_at_80": _money(c.inheritable_at_80),
        "basis": _basis(c.basis),
    }


def level_json(v: Level) -> dict[str, Any]:
    return {
        "level": str(v.level), "from_month": str(v.from_month),
        "retirement_month": str(v.retirement_month),
        "monthly_cost": _money(v.monthly_cost), "total_cost": _money(v.total_cost),
        "total": _money(v.total), "total_today": _money(v.total_today),
        "gain_over_lowest": _money(v.gain_over_lowest),
        "years_to_recover": None if v.years_to_recover is None else str(v.years_to_recover),
        "medical_monthly": _money(v.medical_monthly), "minimum_met": v.minimum_met,
        "basis": _basis(v.basis),
    }


def _table(title: str, heads: list[str], rows: list[tuple[str, list[str]]],
           basis: tuple[str, ...], lang: str) -> str:
    width = max(_width(c) for c in heads + [c for _, cells in rows for c in cells]) + 2
    first = max(_width(name) for name, _ in rows) + 2
    lines = [title, "", " " * first + "".join(_right(h, width) for h in heads)]
    for name, cells in rows:
        lines.append(name + " " * (first - _width(name)) + "".join(_right(c, width) for c in cells))
    lines += ["", label("basis", lang) + ":"] + [f"- {basis_text(c, lang)}" for c in basis]
    return "\n".join(lines)


def _width(text: str) -> int:
    """Columns on a terminal: a Chinese character takes two."""
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)


def _right(text: str, width: int) -> str:
    return " " * max(1, width - _width(text)) + text


def compare_text(choices: list[Choice], as_of: YearMonth, lang: str) -> str:
    money, L = (lambda v: formats.money(v)), (lambda k: label(k, lang))  # noqa: E731
    age = lambda v: formats.years(v) if v is not None else L("never")  # noqa: E731

    def paid(text: Callable[[Choice], str]) -> list[str]:
        """A pension figure of each month, "not payable" where the minimum years are not met
        (nothing is paid then; the window's table says the same)."""
        return [text(c) if c.minimum_met else L("not_payable") for c in choices]
    heads = [f"{c.retirement_month}" for c in choices]
    rows = [
        ("", ["/".join(kind(k, lang) for k in c.kinds) for c in choices]),
        (L("age"), [formats.age(c.age, lang) for c in choices]),
        *[(L(k), paid(lambda c, k=k: money(getattr(c, k))))
          for k in ("basic", "account", "transitional", "extra", "total", "total_today")],
        (L("replacement_rate"), paid(lambda c: formats.percent(c.replacement_rate))),
        (L("contribution_years"), [formats.years(c.contribution_years) for c in choices]),
        (L("minimum_years"), [formats.number(c.minimum_years) for c in choices]),
        (L("minimum_met"), [(L("yes") if c.minimum_paid else L("if_paid")
                             if c.minimum_reached_month is None
                             else L("paid_by").format(c.minimum_reached_month)) if c.minimum_met
                            else L("no") for c in choices]),
        *[(L(k), [money(getattr(c, k)) for c in choices])
          for k in ("contributions_personal", "contributions_total", "received_to_80",
                    "received_to_85")],
        (L("break_even_age"), paid(lambda c: age(c.break_even_age))),
        (L("break_even_age_total"), paid(lambda c: age(c.break_even_age_total))),
        (L("inheritable_at_75"), [money(c.inheritable_at_75) for c in choices]),
        (L("inheritable_at_80"), [money(c.inheritable_at_80) for c in choices]),
    ]
    basis = tuple(dict.fromkeys(code for c in choices for code in c.basis))
    text = _table(f"{L('compare_title')} ({L('as_of')} {as_of})", heads, rows, basis, lang)
    return text if all(c.minimum_met for c in choices) else text + "\n- " + L("not_payable_rule")


def flexible_text(levels: list[Level], as_of: YearMonth, lang: str) -> str:
    L = lambda k: label(k, lang)  # noqa: E731
    heads = [formats.percent(v.level, 0) for v in levels]
    rows = [(L(k), [formats.money(getattr(v, k)) for v in levels])
            for k in ("monthly_cost", "total_cost", "total", "total_today", "gain_over_lowest")]
    rows.append((L("years_to_recover"), [formats.years(v.years_to_recover, 1)
                                         for v in levels]))
    rows.append((L("medical_monthly"), [formats.money(v.medical_monthly) for v in levels]))
    first = levels[0]
    if first.months_to_pay == 0:  # past (or next month) the retirement month: nothing to choose
        return L("retirement_passed" if first.retirement_passed else "retirement_next_month"
                 ).format(month=first.retirement_month)
    title = (f"{L('flexible_title')} ({L('as_of')} {as_of}; {L('from_month')} "
             f"{first.from_month} - {first.retirement_month})")
    return _table(title, heads, rows, first.basis, lang)


def cmd_compare(args: argparse.Namespace) -> int:
    from .core.decide.compare import compare
    profile = _read_profile(Path(args.profile))
    as_of = args.as_of or _this_month()
    choices = compare(profile, args.retire, as_of=as_of)
    if args.format == "json":
        print(json.dumps([choice_json(c) for c in choices], ensure_ascii=False, indent=2))
    else:
        print(compare_text(choices, as_of, "zh" if _chinese() else "en"))
    return 0


def cmd_flexible(args: argparse.Namespace) -> int:
    from .core.decide.flexible import DEFAULT_LEVELS, flexible_levels
    profile = _read_profile(Path(args.profile))
    as_of = args.as_of or _this_month()
    if args.from_month is not None and args.from_month < as_of:
        raise InputError("--from", f"{args.from_month} is before --as-of {as_of}")
    levels = flexible_levels(profile, args.levels or DEFAULT_LEVELS, as_of=as_of,
                             from_month=args.from_month)
    if args.format == "json":
        print(json.dumps([level_json(v) for v in levels], ensure_ascii=False, indent=2))
    else:
        print(flexible_text(levels, as_of, "zh" if _chinese() else "en"))
    return 0


def _answer_json(answer: Answer, value: Optional[str]) -> dict[str, Any]:
    return {"value": value, "possible": answer.possible, "reason": answer.why,
            "words": {"zh": goal_why(answer.why, "zh"), "en": goal_why(answer.why, "en")},
            "total_today": _money(answer.total_today)}


def goal_json(g: Goal, as_of: YearMonth) -> dict[str, Any]:
    index, month, wage = g.index.value, g.retirement.value, g.wage.value
    return {
        "as_of": str(as_of), "target_today": _money(g.target_today),
        "retirement_month": str(g.retirement_month), "current_today": _money(g.current_today),
        "index": _answer_json(g.index, None if index is None else str(index)),
        "retirement": _answer_json(g.retirement, None if month is None else str(month)),
        "wage": _answer_json(g.wage, _money(wage)),  # type: ignore[arg-type]
        "level": _level_json(g),
        "basis": _basis(g.basis),
    }


def _level_json(g: Goal) -> dict[str, Any]:
    """The answers as a flexible worker's 缴费档次 (shares of the average wage); ``words`` only
    for a flexible worker, whose text output speaks in levels instead of an index and a wage."""
    def text(value: Optional[Decimal]) -> Optional[str]:
        return None if value is None else str(value)
    return {"flexible": g.flexible, "current": text(g.current_level),
            "needed": text(g.level_needed), "lowest": text(g.lowest_level),
            "highest": text(g.highest_level),
            "choosable": None if g.levels is None else [str(v) for v in g.levels],
            "words": {lang: _level_line(g, lang) for lang in ("zh", "en")} if g.flexible
            else None}


def _level_line(g: Goal, lang: str) -> str:
    """A flexible worker's index answer in levels (the plan reaching it names its level)."""
    if g.reached_already:
        return level_reached(g, lang)
    words = level_answer(g, lang)
    if g.index.why == "FOUND" and g.index_needed is not None:
        index = level_words("index", lang, index=formats.index(g.index_needed))
        words += f"（{index}）" if formats.is_zh(lang) else f" ({index})"
    return words


def goal_text(g: Goal, as_of: YearMonth, lang: str) -> str:
    L = lambda k: label(k, lang)  # noqa: E731
    lines = [f"{L('goal_title')} ({L('as_of')} {as_of}; {L('retirement_month')} "
             f"{g.retirement_month})", "",
             f"{L('target_today')}: {formats.money(g.target_today)}",
             f"{L('current_today')}: {formats.money(g.current_today)}"]
    if g.flexible:  # a flexible worker chooses a level (60 %-300 %), not a wage
        lines.append(f"{level_words('title', lang)}: {_level_line(g, lang)}")
    answers = (("retirement_needed", g.retirement, str),) if g.flexible else (
        ("index_needed", g.index, str), ("retirement_needed", g.retirement, str),
        ("wage_needed", g.wage, formats.money))
    for key, answer, show in answers:
        value = show(answer.value) + " - " if answer.possible and answer.value is not None else ""
        lines.append(f"{L(key)}: {value}{goal_why(answer.why, lang)}")
    lines += ["", L("basis") + ":"] + [f"- {basis_text(c, lang)}" for c in g.basis]
    return "\n".join(lines)


def cmd_goal(args: argparse.Namespace) -> int:
    from .core.decide.goal import goal_seek
    profile = _read_profile(Path(args.profile))
    as_of = args.as_of or _this_month()
    if args.retire is not None and args.retire <= as_of:
        raise InputError("--retire", f"{args.retire} is not after --as-of {as_of}")
    g = goal_seek(profile, args.target, as_of=as_of, retirement=args.retire)
    if args.format == "json":
        print(json.dumps(goal_json(g, as_of), ensure_ascii=False, indent=2))
    else:
        print(goal_text(g, as_of, "zh" if _chinese() else "en"))
    return 0


def _target(text: str) -> Decimal:
    try:
        value = Decimal(text.replace(",", "").replace("，", ""))
    except InvalidOperation:
        raise InputError("--target", f"'{text}' is not a number") from None
    if not value.is_finite() or not TARGET_RANGE[0] <= value <= TARGET_RANGE[1]:
        raise InputError("--target", f"{text} is outside {TARGET_RANGE[0]}-{TARGET_RANGE[1]} "
                                     "(yuan a month, today's money)")
    return value


def _retire(text: str) -> YearMonth:
    try:
        return YearMonth.parse(text)
    except ValueError as exc:
        raise InputError("--retire", str(exc)) from None


def register(sub: Any, fmt: dict) -> None:
    """Add ``compare``, ``flexible`` and ``goal`` to the command line (cli.build_parser)."""
    p = sub.add_parser("compare", help="retirement months side by side (break-even, received "
                                       "to 80/85, inheritable balance)")
    p.add_argument("profile")
    p.add_argument("--retire", type=_wrap(_months),
                   help="YYYY-MM,... (default: statutory, earliest, latest and the chosen month)")
    p.add_argument("--as-of", type=_wrap(_as_of))
    p.add_argument("--format", **fmt)
    p.set_defaults(func=cmd_compare)

    p = sub.add_parser("flexible", help="flexible-employment contribution levels side by side")
    p.add_argument("profile")
    p.add_argument("--levels", type=_wrap(_levels),
                   help="shares of the regional average wage, e.g. 0.6,1,3 "
                        "(default 0.6,0.8,1,1.5,2,3)")
    p.add_argument("--from", dest="from_month", type=_wrap(_month_from),
                   help="YYYY-MM, first month paid as flexible (default: the month after --as-of)")
    p.add_argument("--as-of", type=_wrap(_as_of))
    p.add_argument("--format", **fmt)
    p.set_defaults(func=cmd_flexible)

    p = sub.add_parser("goal", help="what reaches a monthly pension (today's money): the index, "
                                    "the later retirement month or the wage, or why not")
    p.add_argument("profile")
    p.add_argument("--target", type=_wrap(_target), required=True,
                   help="yuan a month in today's money, e.g. 6000")
    p.add_argument("--today", action="store_true",
                   help="the target is in today's money (the default and the only basis)")
    p.add_argument("--retire", type=_wrap(_retire),
                   help="YYYY-MM (default: the statutory month)")
    p.add_argument("--as-of", type=_wrap(_as_of))
    p.add_argument("--format", **fmt)
    p.set_defaults(func=cmd_goal)


def _month_from(text: str) -> YearMonth:
    try:
        return YearMonth.parse(text)
    except ValueError as exc:
        raise InputError("--from", str(exc)) from None
