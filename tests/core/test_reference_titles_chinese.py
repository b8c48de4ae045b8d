"""Every reference title of the policy data is Chinese: the Chinese PDF and 计算过程 print the
titles as they are, so an English qualifier ("third-party calculator table", "per the public
calculator ...") showed up in Chinese text (new-user trial 4). URLs and repository paths
(github.com/liubigfatty/pension-calculator, cases/shanghai/5.json) are allowed."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

DATA = Path(__file__).resolve().parents[2] / "shebao_desktop" / "core" / "policy" / "data"
ENGLISH_RUN = re.compile(r"[A-Za-z]{4,}\s+[A-Za-z]{3,}")
URL_OR_PATH = re.compile(r"\S*[A-Za-z0-9][/.][A-Za-z0-9]\S*")


def _titles(node, where):
    if isinstance(node, dict):
        ref = node.get("reference")
        if isinstance(ref, dict) and isinstance(ref.get("title"), str):
            yield where, ref["title"]
        for key, child in node.items():
            yield from _titles(child, f"{where}/{key}")
    elif isinstance(node, list):
        for i, child in enumerate(node):
            yield from _titles(child, f"{where}[{i}]")


def english_run(title: str):
    match = ENGLISH_RUN.search(URL_OR_PATH.sub(" ", title))
    return match.group(0) if match else None


def all_titles():
    for path in sorted(DATA.rglob("*.yaml")):
        yield from _titles(yaml.safe_load(path.read_text(encoding="utf-8")),
                           str(path.relative_to(DATA)))


def test_the_check_finds_english_words_and_allows_urls_and_paths():
    assert english_run("海南省企业职工基本养老金计发基数（third-party calculator table, 2020）") \
        == "party calculator"
    assert english_run("（per the public calculator github.com/x/y）") == "public calculator"
    assert english_run("（据公开计算器 github.com/liubigfatty/pension-calculator 所引）") is None
    assert english_run("据 liubigfatty/pension-calculator cases/shanghai/5.json 转录") is None


def test_every_reference_title_has_no_english_words():
    titles = list(all_titles())
    assert len(titles) > 100  # the walk reaches the references
    english = [(where, title) for where, title in titles if english_run(title)]
    assert english == []
