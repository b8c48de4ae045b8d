"""A scripted run of the real window: a Shanghai worker enters 14 years of wages in a new profile.

    xvfb-run -a -s "-screen 0 1440x900x24" python scripts/trial_shanghai.py [OUT_DIR]

New profile -> region 上海, born 1990-05 -> paste 2013..2026 (6,000 growing 6% a year to 12,798 in
2026, 10 months so far) into the history table -> wait for the estimate. Prints the pension and
the projected 2027 base, and saves a screenshot (the X server's picture, ImageMagick ``import``).
Nothing pins the future wage: it grows from the last row by the own-wage assumption.
"""

import os
import subprocess
import sys
import tempfile
from decimal import Decimal
from pathlib import Path


def wage_rows() -> str:
    lines, wage = [], Decimal(6000)
    for year in range(2013, 2027):
        months = "\t\t10" if year == 2026 else ""  # 年份 地区 金额 金额类型 月数
        lines.append(f"{year}\t上海\t{wage.quantize(Decimal(1))}{months}")
        wage *= Decimal("1.06")
    return "\n".join(lines)


def main(out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp())
    os.environ["SHEBAO_DATA_DIR"] = str(work / "data")
    os.environ["SHEBAO_CONFIG_DIR"] = str(work / "config")
    from PySide6.QtCore import QTimer

    from shebao_desktop.app import create_app

    app, window = create_app(["shebao-desktop"])
    window.resize(1440, 860)
    window.move(0, 0)
    window.show()
    result: dict = {}

    def enter() -> None:
        window.new_profile()
        window.session.update("region", region="shanghai", birth="1990-05")
        window.history.model.paste_text(wage_rows(), 0)

    def report() -> None:
        e = window.session.estimate
        pinned = window.session.profile.future.monthly_wage
        line = next(y for y in e.years if y.year == 2027)
        result.update(total=e.pension.total, pinned=pinned, base_2027=line.average_base,
                      retire=e.retirement.chosen_month, card=window.results.pension_card.value.text())
        subprocess.run(["import", "-window", "root", "-crop", "1440x890+0+0",
                        str(out / "trial-shanghai.png")], check=False)
        app.quit()

    QTimer.singleShot(1000, enter)
    QTimer.singleShot(4000, report)
    app.exec()
    window.close()
    print(f"future wage pinned: {result.get('pinned')}")
    print(f"2027 projected base: {result.get('base_2027')}")
    print(f"retirement: {result.get('retire')}; monthly pension: {result.get('total')} "
          f"(card: {result.get('card')})")
    return 0 if result.get("total") is not None else 1


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else tempfile.mkdtemp())))
