"""Constancias: issue, reprint, annul and verify; keys that sign them."""
