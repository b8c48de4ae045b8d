"""Pure calculation core: standard library and pydantic only, no Qt, no file writes.

Formulas take ``as_of`` explicitly and never read the clock.
"""
