"""Messages for the storage layer's error codes, in the user's language."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication



translate = QCoreApplication.translate



def _templates() -> dict[str, str]:
    return {
        "NEWER_VERSION": translate("storage", "档案 {name} 来自更新版本的程序，本程序不能打开；文件未作改动。"),
        "INVALID": translate("storage", "档案 {name} 内容无效，已另存为 {aside}，其他档案不受影响。"),
        "UNREADABLE": translate("storage", "档案 {name} 无法读取，已另存为 {aside}，其他档案不受影响。"),
        "DISK_FULL": translate("storage", "磁盘已满，未能保存 {name}；数据仍在内存中，请腾出空间后再保存。"),
        "READ_ONLY": translate("storage", "文件夹只读，未能保存 {name}；数据仍在内存中。"),
        "LOCKED": translate("storage", "档案 {name} 正在被另一个程序窗口使用。"),
        "TOO_LARGE": translate("storage", "文件 {name} 太大，已拒绝。"),
        "NOT_FOUND": translate("storage", "找不到档案 {name}。"),
        "UNKNOWN_FORMAT": translate("storage", "无法识别文件 {name} 的格式。"),
        "EXISTS": translate("storage", "{name} 已存在。"),
        "WRITE_FAILED": translate("storage", "未能写入 {name}；数据仍在内存中。"),
    }


def storage_message(problem) -> str:
    """A StorageError, or a set-aside record, as one sentence."""
    code = getattr(problem, "code", "INVALID")
    path = getattr(problem, "path", None) or getattr(problem, "file", None)
    aside = getattr(problem, "moved_to", None) or ""
    name = Path(str(path)).name if path else ""
    template = _templates().get(code)
    if code in ("INVALID", "UNREADABLE") and not aside:  # e.g. an import: nothing was moved
        template = translate("storage", "文件 {name} 无法读取或内容无效：{detail}")
    if template is None:
        detail = getattr(problem, "detail", "") or getattr(problem, "reason", "") or str(problem)
        return translate("storage", "档案操作失败：{0}").format(detail)
    detail = getattr(problem, "detail", "") or ""
    return template.format(name=name, aside=Path(str(aside)).name if aside else "", detail=detail)
