"""Student search: exact lookups by document or code, and forgiving name search."""
