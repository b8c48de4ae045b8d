"""Where the pension is drawn, for a record paid in more than one province.

Rule relied on: 《城镇企业职工基本养老保险关系转移接续暂行办法》 (国办发〔2009〕66号) art. 6 -- the
pension is drawn where the insurance is, if that is the place of household registration (户籍);
otherwise where it is if 10 or more years were paid there in total, else at the previous place
with 10 years, else at the place of household registration (each place a province). The estimate
uses the profile's region (its rules and pension base) and places the months to come there; it
knows no household registration, so it does not decide the place: with months in more than one
province it says which provinces, how many years each (projected months included), and the rule.
"""

from __future__ import annotations

from collections import Counter
from decimal import Decimal

from .policy.loader import PolicyData
from .yearmonth import YearMonth


def province_of(data: PolicyData, region: str) -> str:
    """The province-level region a region belongs to (a city's province; a province or a
    municipality itself): the last of its chain before the national level."""
    return data.chain(region)[-2]


def years_by_province(data: PolicyData, months: dict[YearMonth, object]) -> dict[str, Decimal]:
    """Each province's years among ``months`` (a plan's months -> work with ``.region``), in the
    order first paid, to 0.01. Run on every estimate: the months are counted by region and each
    region's province looked up once; the order is looked for only when there are two."""
    by_region = Counter(work.region for work in months.values())
    province = {region: province_of(data, region) for region in by_region}
    counts: Counter = Counter()
    for region, n in by_region.items():
        counts[province[region]] += n
    order: dict[str, None] = {}
    if len(counts) > 1:
        for month in sorted(months):
            order.setdefault(province[months[month].region])
    return {p: (Decimal(counts[p]) / 12).quantize(Decimal("0.01")) for p in order or counts}
