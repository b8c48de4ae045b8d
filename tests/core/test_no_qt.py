"""The core and storage layers must not load Qt (.importlinter: imports point left only, app -> gui -> storage -> core)."""

import subprocess
import sys


def test_core_and_storage_import_no_pyside6():
    code = (
        "import sys\n"
        "import shebao_desktop.core.estimate, shebao_desktop.core.policy.loader\n"
        "import shebao_desktop.storage, shebao_desktop.cli\n"
        "from shebao_desktop.core.estimate import estimate\n"
        "from shebao_desktop.core.profile import Profile\n"
        "from shebao_desktop.core.yearmonth import YearMonth\n"
        "estimate(Profile(birth='1980-01', gender='male', region='beijing',\n"
        "                 future={'monthly_wage': '9000'}), as_of=YearMonth(2026, 1))\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken'))))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
