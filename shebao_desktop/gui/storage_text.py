"""Messages for the storage layer's errors in the window's language (``presentation``), and the
words for a damaged profile that a backup can bring back (storage/recovery.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..presentation.messages import render, storage_text, template
from .i18n import catalogue_language

translate = QCoreApplication.translate


def storage_message(problem) -> str:
    """A StorageError, or a set-aside record, as one sentence."""
    return storage_text(problem, catalogue_language())


def backup_time(entry) -> str:
    """When a backup (``BackupEntry``) was saved, in local time, as the backups dialog shows it."""
    return entry.created.astimezone().strftime("%Y-%m-%d %H:%M:%S")


def set_aside_message(problem, person: str) -> str:
    """A file set aside (``SetAside``) named by the person it is about (``person``: the name the
    damaged file or its newest good backup says), the file and where it was put. Without a
    name: ``storage_message``."""
    if not person or getattr(problem, "moved_to", None) is None:
        return storage_message(problem)
    words = (translate("StorageText", "“{0}”的档案（{1}）内容无效，已另存为 {2}，其他档案不受影响。")
             if problem.code == "INVALID" else
             translate("StorageText", "“{0}”的档案（{1}）无法读取，已另存为 {2}，其他档案不受影响。"))
    text = words.format(person, problem.file, problem.moved_to.name)
    language = catalogue_language()
    params = dict(problem.params or {})
    cause = params.get("cause")  # which check of the content failed (storage.codec)
    if cause and template(cause, language) is not None:
        text += ("" if language == "zh" else " ") + render(cause, params, language)
    return text
