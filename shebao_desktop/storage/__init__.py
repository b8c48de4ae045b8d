"""Profiles on disk (no Qt)."""
