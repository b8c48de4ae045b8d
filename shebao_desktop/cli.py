"""Headless commands on the same core: estimate, pension, retirement-age, regions.

A stable contract: JSON numbers are strings of Decimal; bad input gives one line on stderr
naming the field and the problem, and exit status 2, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any, Optional, Sequence

from .core.errors import ProfileError
from .core.pension_query import FigureError, PensionFigures, pension_from_figures
from .core.policy.loader import PolicyDataError, default_policy_data
from .core.policy.view import PolicyView
from .core.person import PERSONAL_STATUSES, retirement_group
from .core.retirement import Age, minimum_years, retirement_window
from .core.yearmonth import YearMonth
from . import __version__
from .cli_args import (EXIT_BAD_INPUT, InputError, _Parser, _as_of, _birth, _chinese, _decimal,
                       _fail, _month, _wrap)
from .cli_text import estimate_text, pension_text, regions_text, retirement_text
from .presentation import formats
from .presentation.messages import error_text, language_from_environment, storage_text
from .presentation.methods import method_text

if TYPE_CHECKING:  # the commands that need the profile model, the estimate or storage import
    from .core.profile import Profile  # them themselves: pydantic is slow to import


# -- output ----------------------------------------------------------------------------------------
def _fmt(value: Any) -> Any:
    if hasattr(value, "model_dump"):  # an add-on's rule
        return value.model_dump(mode="json", exclude_defaults=True)
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, YearMonth):
        return str(value)
    return value


def _money(value: Decimal) -> str:
    """Money in the JSON: the one money formatter, to the fen, without thousands separators."""
    return formats.money(value, grouping=False)


# -- commands ---------------------------------------------------------------------------
def _read_profile(path: Path) -> Profile:
    """The profile file read as the window reads it (storage.reading: a UTF-8 BOM, old schema
    versions migrated in memory, the same limits and checks); the file is never written."""
    from .storage.errors import StorageError
    from .storage.reading import read_profile_file
    try:
        return read_profile_file(path)
    except StorageError as exc:
        if _chinese():  # the catalogue's words, never the storage layer's English detail
            raise InputError(exc.params.get("field", str(path)), storage_text(exc, "zh")) from None
        if "field" in exc.params:  # the content: name the field
            raise InputError(exc.params["field"], exc.params.get("problem", exc.detail)) from None
        raise InputError(str(path), exc.detail) from None


def cmd_estimate(args: argparse.Namespace) -> int:
    from .core.estimate import estimate
    profile = _read_profile(Path(args.profile))
    result = estimate(profile, as_of=args.as_of or _this_month())
    if args.format == "json":
        print(result.model_dump_json(indent=2))
    else:
        print(estimate_text(result, chinese=_chinese()))
    return 0


def cmd_pension(args: argparse.Namespace) -> int:
    data = default_policy_data()
    args.region = _check_region(args.region, data)
    view = PolicyView(data, {"average_wage_growth": _default("average_wage_growth", data)})
    try:
        answer = pension_from_figures(data, view, PensionFigures(
            region=args.region, gender=args.gender, category=args.category, birth=args.birth,
            retire=args.retire, years=args.years, average_index=args.average_index,
            account=args.account, deemed_years=args.deemed_years, pension_base=args.pension_base,
            pre_account_years=args.pre_account_years,
            transitional_index=args.transitional_index, work_start=args.work_start,
            early_retirement=args.early_retirement, notional_account=args.notional_account,
            old_transitional=args.old_transitional, personal=frozenset(args.personal or ()),
            region_years=args.region_years, as_of=args.as_of or _this_month()))
    except FigureError as exc:
        raise InputError(exc.field, exc.problem) from None
    out = _pension_json(args, answer, _parameters(view))
    print(json.dumps(out, ensure_ascii=False, indent=2) if args.format == "json"
          else pension_text(out, chinese=_chinese()))
    return 0


#: the money figures of the breakdown, written to the fen (the divisor, years, indices and
#: coefficients are not money: they are written as the core holds them)
PENSION_MONEY = ("pension_base", "account_balance", "basic_pension", "account_pension",
                 "transitional_pension", "total", "total_today", "indexed_wage", "indexed_wage_base",
                 "notional_account", "notional_account_pension")


def _pension_json(args: argparse.Namespace, answer, parameters: list) -> dict[str, Any]:
    """The core's ``PensionBreakdown`` as it dumps itself (its ``contribution_years`` is N, the
    years the basic pension used), money to the fen, with what the query adds: the region, the
    age, the early-retirement kind, the minimum years and the payable total."""
    out = {"region": args.region, "age": str(answer.age), "early_retirement": args.early_retirement,
           **answer.breakdown.model_dump(mode="json")}
    out["total"] = str(answer.total)  # zero when not payable (below the minimum years)
    # today's money: deflated from the retirement year to the as-of year by the inflation
    # assumption, as the estimate does (pension_query.PensionAnswer.deflator)
    out["total_today"] = str(answer.breakdown.total_today if answer.breakdown.payable
                             else answer.total)
    out["as_of"] = str(args.as_of or _this_month())
    out["inflation"] = None if answer.inflation is None else str(answer.inflation)
    out["deflator"] = str(answer.deflator)
    out["minimum_years"] = str(answer.minimum_years)
    out["personal"] = sorted(args.personal or [])
    for key in PENSION_MONEY:
        if out.get(key) is not None:
            out[key] = _money(Decimal(out[key]))
    for line in out["extra_pension"]:
        line["amount"] = _money(Decimal(line["amount"]))
    out["notices"] = [{"code": code, "params": params} for code, params in answer.notices]
    out["parameters"] = parameters
    return out


def cmd_retirement_age(args: argparse.Namespace) -> int:
    data = default_policy_data()
    view = PolicyView(data, {})
    window = retirement_window(args.birth, retirement_group(args.gender, args.category), "national", view)
    need_statutory = minimum_years(window, window.statutory_month, "national", view)
    need_earliest = minimum_years(window, window.earliest_month, "national", view)
    out = {
        "group": window.group,
        "statutory_age": str(Age.between(args.birth, window.statutory_month)),
        "statutory_month": str(window.statutory_month),
        "delay_months": window.delay_months,
        "old_age_month": str(window.old_age_month),
        "earliest_month": str(window.earliest_month),
        "earliest_age": str(Age.between(args.birth, window.earliest_month)),
        "latest_month": str(window.latest_month),
        "latest_age": str(Age.between(args.birth, window.latest_month)),
        "minimum_years": str(need_statutory),
        "minimum_years_if_earliest": str(need_earliest),
        "parameters": _parameters(view),
    }
    print(json.dumps(out, ensure_ascii=False, indent=2) if args.format == "json"
          else retirement_text(out, chinese=_chinese()))
    return 0


def cmd_regions(args: argparse.Namespace) -> int:
    data = default_policy_data()
    rows = []
    for slug, index in _provinces_then_cities(data.regions):
        files = data.files.get(slug, {})
        years: dict[str, list[int]] = {}
        estimated: list[str] = []
        for name, pfile in sorted(files.items()):
            years[name] = sorted({m.year for m, e in pfile.values.items() if e is not None})
            estimated += [f"{name}@{m}" for m, e in pfile.values.items()
                          if e is not None and e.status == "estimated"]
        rows.append({"slug": slug, "name_zh": index.name_zh, "name_en": index.name_en,
                     "code": index.code, "parent": index.parent, "kind": index.kind,
                     "data_years": years,
                     "estimated": estimated})
    print(json.dumps(rows, ensure_ascii=False, indent=2) if args.format == "json"
          else regions_text(rows, chinese=_chinese()))
    return 0


# -- helpers ---------------------------------------------------------------------------
def _provinces_then_cities(regions: dict) -> list:
    """Each top-level region by slug, followed by its cities (any region naming it as parent)."""
    children: dict = {}
    for slug, index in regions.items():
        children.setdefault(index.parent, []).append(slug)
    order: list = []

    def visit(parent) -> None:
        for slug in sorted(children.get(parent, [])):
            order.append((slug, regions[slug]))
            visit(slug)
    visit(None)
    return order


def _this_month() -> YearMonth:
    today = date.today()
    return YearMonth(today.year, today.month)


def _default(name: str, data) -> Decimal:
    return PolicyView(data, {}).value(f"assumptions/{name}", "national", _this_month())


def _check_region(region: str, data) -> str:
    """The slug a --region names: a slug, or a region's Chinese or English name with or without
    its 省/市/自治区 ending (广州, 广州市, Guangzhou)."""
    if region in data.regions:
        return region
    wanted = region.strip().casefold()
    found = [slug for slug, index in data.regions.items()
             if wanted in {index.name_zh.casefold(), index.name_en.casefold(),
                           _bare_name(index.name_zh).casefold()}]
    if len(found) == 1:
        return found[0]
    raise InputError("--region", f"unknown region '{region}' (see: shebao-desktop regions)")


def _bare_name(name_zh: str) -> str:
    """广州市 -> 广州, 广西壮族自治区 -> 广西, 内蒙古自治区 -> 内蒙古."""
    for ending in ("壮族自治区", "回族自治区", "维吾尔自治区", "自治区", "省", "市"):
        if name_zh.endswith(ending) and len(name_zh) > len(ending) + 1:
            return name_zh[:-len(ending)]
    return name_zh


def _parameters(view: PolicyView) -> list[dict]:
    return [{"name": p.name, "region": p.region, "effective_from": str(p.effective_from),
             "value": _fmt(p.value) if not isinstance(p.value, dict) else
             {str(k): _fmt(v) for k, v in p.value.items()},
             "status": p.status, "source": (p.reference.title if p.reference else None),
             "number": p.reference.number if p.reference else None,
             # how an estimate was found, worded in the command line's language
             "method": method_text(p.method, language_from_environment(os.environ)) or None}
            for p in view.parameters_used()]


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="shebao-desktop", description=(
        "社保个人账户与养老金估算 / social-security accounts and pension estimates. "
        "Without a command the window opens (option: --data-dir DIR); --self-test checks "
        "an installation."))
    parser.add_argument("--version", action="version", version=f"shebao-desktop {__version__}")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)
    fmt = {"choices": ["json", "text"], "default": "text"}

    p = sub.add_parser("estimate", help="full estimate from a profile JSON file")
    p.add_argument("profile")
    p.add_argument("--as-of", type=_wrap(_as_of))
    p.add_argument("--format", **fmt)
    p.set_defaults(func=cmd_estimate)

    p = sub.add_parser("pension", help="pension at retirement from statement figures")
    p.add_argument("--region", required=True)
    p.add_argument("--gender", required=True, choices=["male", "female"])
    p.add_argument("--category", default="worker", choices=["worker", "cadre", "flexible"])
    p.add_argument("--birth", required=True, type=_wrap(_birth))
    p.add_argument("--retire", required=True, type=_wrap(_month("--retire")))
    p.add_argument("--years", required=True, help="years actually paid (deemed years not included)",
                   type=_wrap(_decimal("--years", Decimal(0), Decimal(60))))
    p.add_argument("--deemed-years", default=Decimal(0), help="视同缴费年限",
                   type=_wrap(_decimal("--deemed-years", Decimal(0), Decimal(50))))
    p.add_argument("--pre-account-years", help="建账前缴费年限 (deemed years included)",
                   type=_wrap(_decimal("--pre-account-years", Decimal(0), Decimal(60))))
    p.add_argument("--transitional-index", help="过渡性指数 (default: the region's rule)",
                   type=_wrap(_decimal("--transitional-index", Decimal(0), Decimal(5))))
    p.add_argument("--work-start", help="YYYY-MM, first month of work",
                   type=_wrap(_month("--work-start")))
    p.add_argument("--early-retirement", choices=["special", "illness"],
                   help="提前退休: special (特殊工种) or illness (因病或非因工致残); "
                        "accepts the lowest age the law allows for the case")
    p.add_argument("--notional-account", help="虚账实记 balance (上海), where the region has the rule",
                   type=_wrap(_decimal("--notional-account", Decimal(0), Decimal("100000000"))))
    p.add_argument("--old-transitional", help="the transitional pension by the former method, "
                   "printed on the form (江苏 原办法), where the region phases a new one in",
                   type=_wrap(_decimal("--old-transitional", Decimal(0), Decimal("1000000"))))
    p.add_argument("--personal", action="append", choices=list(PERSONAL_STATUSES),
                   help="a personal status the region's rules pay for (repeatable): "
                        "intellectual (知识分子, 宁夏)")
    p.add_argument("--region-years", help="years worked in the region, where its add-ons count "
                   "them (西藏 高原补贴)",
                   type=_wrap(_decimal("--region-years", Decimal(0), Decimal(60))))
    p.add_argument("--average-index", required=True,
                   type=_wrap(_decimal("--average-index", Decimal(0), Decimal(5))))
    p.add_argument("--account", required=True,
                   type=_wrap(_decimal("--account", Decimal(0), Decimal("100000000"))))
    p.add_argument("--pension-base", type=_wrap(_decimal("--pension-base", Decimal(1),
                                                         Decimal("1000000"))))
    p.add_argument("--as-of", type=_wrap(_as_of), help="YYYY-MM, the month asked in (default: "
                   "this month): total_today = total deflated to it by the inflation assumption")
    p.add_argument("--format", **fmt)
    p.set_defaults(func=cmd_pension)

    p = sub.add_parser("retirement-age", help="statutory and elective retirement ages")
    p.add_argument("--birth", required=True, type=_wrap(_birth))
    p.add_argument("--gender", required=True, choices=["male", "female"])
    p.add_argument("--category", default="worker", choices=["worker", "cadre", "flexible"])
    p.add_argument("--format", **fmt)
    p.set_defaults(func=cmd_retirement_age)

    p = sub.add_parser("regions", help="regions covered by the policy data")
    p.add_argument("--format", **fmt)
    p.set_defaults(func=cmd_regions)

    from .cli_decide import register as register_decide  # compare, flexible (issue 11)
    register_decide(sub, fmt)
    return parser


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        if not hasattr(args, "func"):  # no command: the window is __main__'s job
            parser.print_usage(sys.stderr)
            return EXIT_BAD_INPUT
        return args.func(args)
    except BrokenPipeError:  # output piped into head & co.
        sys.stderr.close()
        return 0
    except SystemExit as exc:
        return int(exc.code or 0)
    except InputError as exc:
        return _fail(f"{exc.field}: {exc.problem}")
    except ProfileError as exc:
        return _fail(f"{exc.field}: {error_text(exc, 'zh') if _chinese() else exc.detail}")
    except PolicyDataError as exc:
        return _fail(f"policy data: {exc}")
    except (ValueError, ArithmeticError) as exc:
        return _fail(f"input: {exc}")
