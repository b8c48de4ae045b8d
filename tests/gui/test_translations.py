"""The English translation covers every string in the code, and the shipped .qm is current."""

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "i18n" / "shebao_en.ts"
QM = ROOT / "shebao_desktop" / "resources" / "i18n" / "shebao_en.qm"


def _tool(name: str) -> str:
    here = Path(sys.executable).with_name(name)
    found = str(here) if here.exists() else shutil.which(name)
    if not found:
        pytest.skip(f"{name} not installed")
    return found


def test_every_string_in_the_code_is_translated(tmp_path):
    ts = tmp_path / "shebao_en.ts"
    shutil.copy(TS, ts)
    sources = [str(ROOT / "shebao_desktop" / "app.py"),
               *map(str, sorted((ROOT / "shebao_desktop" / "gui").glob("*.py")))]
    subprocess.run([_tool("pyside6-lupdate"), *sources, "-no-obsolete", "-source-language",
                    "zh_CN", "-target-language", "en", "-ts", str(ts)],
                   check=True, capture_output=True)
    missing = []
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [form.text or "" for form in translation.iter("numerusform")]
            said = forms or [translation.text or ""]  # a count's forms: each one filled
            if translation.get("type") == "unfinished" or not all(t.strip() for t in said):
                missing.append((context.findtext("name"), message.findtext("source")))
    assert missing == [], f"untranslated: {missing[:10]} (run scripts/update-translations)"


def test_shipped_qm_matches_the_ts(tmp_path):
    qm = tmp_path / "shebao_en.qm"
    subprocess.run([_tool("pyside6-lrelease"), str(TS), "-qm", str(qm)], check=True,
                   capture_output=True)
    assert qm.read_bytes() == QM.read_bytes(), "run scripts/update-translations"


def test_placeholders_survive_translation():
    import re
    for message in ET.parse(TS).getroot().iter("message"):
        source, target = message.findtext("source"), message.findtext("translation") or ""
        assert sorted(re.findall(r"\{\w*\}", source)) == sorted(re.findall(r"\{\w*\}", target)), source
