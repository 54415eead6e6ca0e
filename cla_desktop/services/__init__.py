"""Use cases over the store: each takes a session or engine and the acting user explicitly."""
