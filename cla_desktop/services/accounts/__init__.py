"""Named accounts, roles, passwords and sign-in (Ley 29733: one account per person)."""
