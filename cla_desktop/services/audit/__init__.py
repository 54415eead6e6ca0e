"""The audit trail: who searched, viewed, printed and changed what (Ley 29733)."""
