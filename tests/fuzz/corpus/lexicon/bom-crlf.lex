deescalat*
de-escalation | 1e1
