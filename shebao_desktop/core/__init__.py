"""Pure calculation core: standard library only at run time (pydantic checks the policy YAML when
the policy bundle is rebuilt: policy.schema_check), no Qt, no file writes.

Formulas take ``as_of`` explicitly and never read the clock.
"""
