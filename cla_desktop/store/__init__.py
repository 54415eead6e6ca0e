"""Persistence: SQLModel tables, engines, Alembic migrations and queries."""
