"""Personal inputs some regions' pension rules pay for, in the person form: the personal statuses
(``Profile.personal``, CLI ``--personal``: 知识分子 ...) and the years worked in the region
(``Profile.region_years``, CLI ``--region-years``: 西藏 高原补贴). Which regions use each, and for
what, is read from the policy data (add-ons with ``personal`` or on ``region_years``,
pension/personal_transitional_coefficient), never listed here."""

from __future__ import annotations

from decimal import Decimal
from functools import lru_cache
from typing import Optional

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QFormLayout, QHBoxLayout, QWidget

from ..core.person import PERSONAL_STATUSES
from ..core.policy.loader import NATIONAL, default_policy_data
from .labels import english, region_name
from .transitional_box import OptionalSpin

translate = QCoreApplication.translate

ADDONS = "pension/addons/"
PERSONAL_COEFFICIENT = "pension/personal_transitional_coefficient"
REGION_YEARS = "region_years"


def status_labels() -> dict[str, str]:
    """The window's word for each personal status of core.person.PERSONAL_STATUSES."""
    return {"intellectual": translate("personal", "知识分子")}


def _values(pfile) -> list:
    return [dated.value for dated in pfile.values.values() if dated is not None]


#: the item a personal status changes the transitional coefficient by (not an add-on)
COEFFICIENT = ("", "")


@lru_cache(maxsize=None)
def _uses() -> dict[tuple[str, str], tuple[tuple[str, str], ...]]:
    """{(input, region): ((name_zh, name_en) or COEFFICIENT, ...)}: what each region's own
    files pay on an input, "region_years" or a personal status."""
    data = default_policy_data()
    found: dict[tuple[str, str], list] = {}
    for region, files in data.files.items():
        if region == NATIONAL:
            continue
        for name, pfile in sorted(files.items()):
            for value in _values(pfile):
                if name == PERSONAL_COEFFICIENT and isinstance(value, dict):
                    for status in value:
                        found.setdefault((status, region), []).append(COEFFICIENT)
                elif name.startswith(ADDONS):
                    item = (value.name_zh, value.name_en)
                    if getattr(value, "personal", None):
                        found.setdefault((value.personal, region), []).append(item)
                    if getattr(value, "years", None) == REGION_YEARS:
                        found.setdefault((REGION_YEARS, region), []).append(item)
    return {key: tuple(dict.fromkeys(items)) for key, items in found.items()}


def regions_using(key: str) -> dict[str, tuple[tuple[str, str], ...]]:
    """{region slug: the items it pays on ``key``} for an input ("region_years" or a status)."""
    return {region: items for (k, region), items in sorted(_uses().items()) if k == key}


def region_uses(key: str, region: str) -> bool:
    """Whether ``region`` (or a province above it) has a rule on ``key``."""
    try:
        chain = default_policy_data().chain(region)
    except KeyError:
        return False
    return any((key, source) in _uses() for source in chain)


def coefficient_statuses(region: str) -> list[str]:
    """The personal statuses ``region`` (or a province above it) sets its own transitional
    coefficient for."""
    try:
        chain = default_policy_data().chain(region)
    except KeyError:
        return []
    return [status for status in PERSONAL_STATUSES
            if any(COEFFICIENT in _uses().get((status, source), ()) for source in chain)]


def where_used(key: str) -> str:
    """The regions using ``key`` and for what: 宁夏（过渡性养老金计发系数、知识分子地区津贴、…）."""
    en = english()
    parts = []
    for region, items in regions_using(key).items():
        names = [translate("personal", "过渡性养老金计发系数") if item == COEFFICIENT
                 else item[1] if en else item[0] for item in items]
        parts.append(translate("personal", "{0}（{1}）").format(
            region_name(region), (", " if en else "、").join(names)))
    return ("; " if en else "；").join(parts) or translate("personal", "暂无")


class PersonalFields:
    """A check box per personal status and the years worked in the region, added to a form
    layout; the owner writes them to the profile (``personal``, ``region_years``)."""

    def __init__(self, owner: QWidget, form: QFormLayout, at: int = -1):
        """The rows go at row ``at`` of ``form`` (-1: at the end)."""
        self.statuses: dict[str, QCheckBox] = {}
        row = QHBoxLayout()
        for status, label in status_labels().items():
            box = QCheckBox(label, owner)
            box.setToolTip(translate(
                "personal", "个人身份“{0}”：按参保地区规定认定（例如学历、职称），只有部分地区的养老金规则"
                "为此提高计发系数或发放津贴，其他地区不影响结果。\n使用此项的地区：{1}").format(
                label, where_used(status)))
            self.statuses[status] = box
            row.addWidget(box)
        row.addStretch(1)
        self.region_years = OptionalSpin("60", 2, "1", translate("personal", " 年"),
                                         translate("personal", "未填写"), owner)
        self.region_years.setToolTip(translate(
            "personal", "在参保地区的工作年限：有的地区按在本地工作的年数发放补贴（核定表上一般不印），"
            "不填则不计这些补贴；其他地区不影响结果。\n使用此项的地区：{0}").format(
            where_used(REGION_YEARS)))
        form.insertRow(at, translate("personal", "个人身份"), row)
        form.insertRow(-1 if at < 0 else at + 1, translate("personal", "在本地区工作年限"),
                       self.region_years)
        self._form, self._status_row = form, row

    def personal(self) -> list[str]:
        return [status for status in PERSONAL_STATUSES
                if status in self.statuses and self.statuses[status].isChecked()]

    def show(self, region: str, personal: list, region_years: Optional[Decimal]) -> None:
        """The profile's values; each input shown (and enabled) only where the region uses it or
        a value is set (a value kept from another region can be cleared): a region whose rules
        use neither shows neither row."""
        for status, box in self.statuses.items():
            if box.isChecked() != (status in personal):
                box.blockSignals(True)
                box.setChecked(status in personal)
                box.blockSignals(False)
            box.setEnabled(region_uses(status, region) or status in personal)
        self.region_years.set_optional(region_years)
        used = region_uses(REGION_YEARS, region)
        self.region_years.setEnabled(used or region_years is not None)
        self._form.setRowVisible(self._status_row,
                                 any(box.isEnabled() for box in self.statuses.values()))
        self._form.setRowVisible(self.region_years, self.region_years.isEnabled())
        empty = translate("personal", "未填写") if used else translate("personal", "本地区不使用")
        if self.region_years.specialValueText() != empty:  # not repainted for nothing
            self.region_years.setSpecialValueText(empty)
