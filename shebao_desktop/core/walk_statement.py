"""The accounts a statement leaves blank, walked through the history months before it
(``Walk`` calls it when it starts from a statement)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Optional


def start_from_statement(walk: Any, st: Any) -> None:
    """The walk starts from the statement's figures: its pension-account balance as it stands at
    the end of its month (that year's interest for the months before not added: said by the
    notice, ``mid_year``), and the other accounts' (``balances_before_statement``)."""
    walk.pension_acct.balance = st.pension_balance
    balances_before_statement(walk, st.medical_balance, st.housing_fund_balance)
    walk.notices.append(("STATEMENT_USED", {"as_of": str(st.as_of),
                                             "mid_year": "1" if st.as_of.month < 12 else "0"}))


def balances_before_statement(walk: Any, medical: Optional[Decimal],
                              housing: Optional[Decimal]) -> None:
    """A balance the statement gives replaces the history up to its date; a blank one is
    unknown, not zero: that account is walked through the history months before the
    statement (deposits, and interest at each crediting date), and carried on from there."""
    walked = []
    if medical is None:
        walked.append("medical")
    else:
        walk.medical_acct.balance = medical
    if housing is None:
        walked.append("housing_fund")
    else:
        walk.housing_acct.balance = housing
    if not walked or not walk.plan.before_statement:
        if walked:
            walk.notices.append(("STATEMENT_BALANCE_UNKNOWN", {"accounts": ",".join(walked)}))
        return
    end = walk.plan.statement_end
    month = min(walk.plan.before_statement)
    for account in (walk.medical_acct, walk.housing_acct):
        account.start_segment(month)
    while month <= end:
        work = walk.plan.before_statement.get(month)
        if work is not None:
            result = walk.contributions(month, work)
            if medical is None:
                walk.medical_acct.deposit(month, result.medical_to_account)
            if housing is None:
                walk.housing_acct.deposit(month, result.housing_deposit)
        if housing is None:
            walk._housing_withdrawal(month)
            if month.month == 6:
                walk._credit_housing(month)
        if medical is None and month.month == 12:
            walk._credit_medical(month)
        month = month + 1
    walk._carried = [a for a, blank in ((walk.medical_acct, medical is None),
                                        (walk.housing_acct, housing is None)) if blank]
    walk.notices.append(("STATEMENT_BALANCE_FROM_HISTORY", {"accounts": ",".join(walked)}))

