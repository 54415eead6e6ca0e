"""Database errors that carry a Spanish sentence for the clerk (what happened, what to do)."""


class DatabaseError(Exception):
    """Base: `str(error)` is the user-facing Spanish message; details go to the log."""


class DatabaseUnavailable(DatabaseError):
    """The database cannot be opened or reached."""


class DatabaseTooNew(DatabaseError):
    """The database was migrated by a newer version of the app."""


class DatabaseNotReady(DatabaseError):
    """The database exists but has not been created/upgraded with `cla db upgrade`."""
