"""``shebao-desktop --self-test`` from source, and the packaging files (desktop entry, AppStream
metainfo, icon set) the installers carry."""

from __future__ import annotations

import configparser
import os
import re
import shutil
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from shebao_desktop import __version__, selftest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
ICONS = ROOT / "shebao_desktop" / "resources" / "icons"
APP_ID = "org.shebaodesktop.ShebaoDesktop"
DESKTOP = PACKAGING / "linux" / f"{APP_ID}.desktop"
METAINFO = PACKAGING / "linux" / f"{APP_ID}.metainfo.xml"
CHECK_NAMES = [name for name, _ in selftest.CHECKS]


def _headless_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def test_self_test_from_source_passes_and_prints_each_check():
    done = subprocess.run([sys.executable, "-m", "shebao_desktop", "--self-test"],
                          capture_output=True, text=True, env=_headless_env(), timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith(f"shebao-desktop {__version__} self-test")
    for name in CHECK_NAMES:
        assert any(line.startswith(f"ok   {name}: ") for line in lines), (name, done.stdout)
    assert "FAIL" not in done.stdout
    assert re.search(r"^self-test passed \(7 checks, [\d.]+ s\)$", lines[-1]), lines[-1]
    assert re.search(r"^ok   chart: balances chart [1-9]\d* series, [1-9]\d* points",
                     done.stdout, re.M)
    assert re.search(r"^ok   pdf summary: \d+ pages, [1-9]\d* image", done.stdout, re.M)
    pension = next(line for line in lines if line.startswith("ok   sample estimate"))
    total, basic, account, transitional = map(float, re.findall(r"\d+\.\d\d", pension)[:4])
    assert total > 0 and abs(total - (basic + account + transitional)) < 0.005


def test_a_failing_check_is_one_line_and_exit_status_1(qapp, monkeypatch, capsys):
    def broken(ctx):
        raise ValueError("no data")

    monkeypatch.setattr(selftest, "CHECKS", (("policy data", selftest.check_policy),
                                             ("broken", broken)))
    assert selftest.main([]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[1].startswith("ok   policy data: ")
    assert out[2] == "FAIL broken: ValueError: no data"
    assert out[3].startswith("self-test 1 failed (2 checks")


# -- packaging files -------------------------------------------------------------------------
def test_desktop_entry_names_the_program_and_icon():
    entry = configparser.ConfigParser(interpolation=None, strict=True)
    entry.optionxform = str
    entry.read(DESKTOP, encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Exec"] == "shebao-desktop" and section["Icon"] == APP_ID
    assert section["Name[zh_CN]"] == "社保养老金估算"
    assert section["StartupWMClass"] == "shebao-desktop"  # Qt's WM_CLASS from the program name


def test_metainfo_matches_the_desktop_entry_and_version():
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.find("launchable").text == DESKTOP.name
    assert root.find("provides/binary").text == "shebao-desktop"
    assert __version__ in [r.get("version") for r in root.iter("release")]


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None,
                    reason="desktop-file-validate (desktop-file-utils) not installed")
def test_desktop_file_validates():
    done = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True)
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr


@pytest.mark.skipif(shutil.which("appstreamcli") is None,
                    reason="appstreamcli (appstream) not installed")
def test_metainfo_validates():
    done = subprocess.run(["appstreamcli", "validate", "--no-net", str(METAINFO)],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def test_icon_set_sizes(qapp):
    from PySide6.QtGui import QImage

    svg = QImage(str(ICONS / "shebao-desktop.svg"))
    assert not svg.isNull()
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        png = QImage(str(ICONS / f"shebao-desktop-{size}.png"))
        assert (png.width(), png.height()) == (size, size)
        assert png.hasAlphaChannel()
    ico = (PACKAGING / "icons" / "shebao-desktop.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1) and count >= 6
    sizes = {ico[6 + 16 * n] or 256 for n in range(count)}
    assert {16, 32, 48, 256} <= sizes
    icns = (PACKAGING / "icons" / "shebao-desktop.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    assert b"ic10" in icns  # 1024 px (512 @2x)
