"""Database-side guards that make the audit trail append-only (created by migration 0005).

The hash chain *detects* a change; these triggers *refuse* one made through the app's own
connection or by a careless script.  Somebody with the rights to drop a trigger can still
tamper, and `cla audit verify` is there for that.  Deleting is allowed only below the last
retention checkpoint, which is itself chained into the trail.
"""

from __future__ import annotations

GENESIS_HASH = "0" * 64
REFUSAL = "el registro de auditoría solo admite agregar entradas"

SQLITE_CREATE = (
    # The head follows the newest entry inside the database: one round trip less per entry.
    "CREATE TRIGGER audit_entry_seal AFTER INSERT ON audit_entry "
    "BEGIN UPDATE audit_head SET last_hash = new.hash WHERE id = 1; END",
    "CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry "
    f"BEGIN SELECT RAISE(ABORT, '{REFUSAL}'); END",
    "CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry "
    "WHEN old.id > COALESCE((SELECT MAX(up_to_id) FROM audit_checkpoint), 0) "
    f"BEGIN SELECT RAISE(ABORT, '{REFUSAL}'); END",
    "CREATE TRIGGER audit_checkpoint_no_update BEFORE UPDATE ON audit_checkpoint "
    f"BEGIN SELECT RAISE(ABORT, '{REFUSAL}'); END",
    "CREATE TRIGGER audit_checkpoint_no_delete BEFORE DELETE ON audit_checkpoint "
    f"BEGIN SELECT RAISE(ABORT, '{REFUSAL}'); END",
)
SQLITE_DROP = (
    "DROP TRIGGER IF EXISTS audit_entry_seal",
    "DROP TRIGGER IF EXISTS audit_checkpoint_no_delete",
    "DROP TRIGGER IF EXISTS audit_checkpoint_no_update",
    "DROP TRIGGER IF EXISTS audit_entry_no_delete",
    "DROP TRIGGER IF EXISTS audit_entry_no_update",
)
POSTGRES_CREATE = (
    """CREATE FUNCTION audit_seal() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE audit_head SET last_hash = NEW.hash WHERE id = 1;
    RETURN NULL;
END $$""",
    "CREATE TRIGGER audit_entry_seal AFTER INSERT ON audit_entry "
    "FOR EACH ROW EXECUTE FUNCTION audit_seal()",
    f"""CREATE FUNCTION audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' AND TG_TABLE_NAME = 'audit_entry' AND OLD.id <=
            COALESCE((SELECT MAX(up_to_id) FROM audit_checkpoint), 0) THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION '{REFUSAL}';
END $$""",
    "CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE ON audit_entry "
    "FOR EACH ROW EXECUTE FUNCTION audit_append_only()",
    "CREATE TRIGGER audit_checkpoint_append_only BEFORE UPDATE OR DELETE ON audit_checkpoint "
    "FOR EACH ROW EXECUTE FUNCTION audit_append_only()",
    "CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry "
    "FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only()",
)
POSTGRES_DROP = (
    "DROP TRIGGER IF EXISTS audit_entry_seal ON audit_entry",
    "DROP FUNCTION IF EXISTS audit_seal()",
    "DROP TRIGGER IF EXISTS audit_entry_no_truncate ON audit_entry",
    "DROP TRIGGER IF EXISTS audit_checkpoint_append_only ON audit_checkpoint",
    "DROP TRIGGER IF EXISTS audit_entry_append_only ON audit_entry",
    "DROP FUNCTION IF EXISTS audit_append_only()",
)


def create_statements(dialect: str) -> tuple[str, ...]:
    return POSTGRES_CREATE if dialect == "postgresql" else SQLITE_CREATE


def drop_statements(dialect: str) -> tuple[str, ...]:
    return POSTGRES_DROP if dialect == "postgresql" else SQLITE_DROP
