"""A session whose pension account outlasts the estimate's last year (5 % credited interest)
and its bands controller with the bands computed: the fan and balances horizon tests."""

from PySide6.QtWidgets import QWidget

from shebao_desktop.core.decide.bands import bands
from shebao_desktop.core.profile import Profile
from shebao_desktop.core.yearmonth import YearMonth
from shebao_desktop.gui.fan_chart import BandsController
from shebao_desktop.gui.session import Session

AS_OF = YearMonth(2026, 1)


def lasting_controller(qtbot, birth: str, region: str, first_year: int) -> BandsController:
    """A woman worker born ``birth`` paying 10,000 a month in ``region`` from ``first_year``
    to 2025, assuming 5 % credited interest: her session, computed, and its bands."""
    profile = Profile.model_validate(dict(
        birth=birth, gender="female", region=region, category="worker",
        history=[{"period": str(y), "region": region, "amount": "10000"}
                 for y in range(first_year, 2026)],
        assumptions={"credited_interest_rate": "0.05"}))
    session = Session(profile, as_of=AS_OF)
    session.recompute()
    holder = QWidget()
    qtbot.addWidget(holder)
    controller = BandsController(session, holder)
    controller.profile, controller.bands = session.profile, bands(profile, as_of=AS_OF)
    return controller
