"""`cla audit verify`: walk the chain and name the first entry that was changed or removed."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Engine, select

from cla_desktop.domain.wording import count_phrase
from cla_desktop.services.audit.actions import AuditAction
from cla_desktop.services.audit.chain import COLUMNS as CHAIN_COLUMNS
from cla_desktop.services.audit.chain import canonical_time, digest, sqlite_time
from cla_desktop.store.audit_guard import GENESIS_HASH
from cla_desktop.store.database import readonly
from cla_desktop.store.models import AuditCheckpoint, AuditHead

BATCH = 20_000
COLUMNS = (*CHAIN_COLUMNS, "hash")
# chain.canonical_time, computed by the server (PostgreSQL keeps microseconds, like Python).
POSTGRES_CANONICAL_TIME = "to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')"


@dataclass(frozen=True)
class ChainReport:
    checked: int
    bad_id: int | None = None
    reason: str | None = None

    @property
    def intact(self) -> bool:
        return self.bad_id is None and self.reason is None

    def sentence(self) -> str:
        if self.intact:
            checked = count_phrase(self.checked, "entrada verificada", "entradas verificadas")
            return f"Registro de auditoría íntegro: {checked}."
        where = f"entrada N.° {self.bad_id}" if self.bad_id is not None else "el registro"
        return f"Registro de auditoría ALTERADO en {where}: {self.reason}"


def verify_chain(engine: Engine, progress: Callable[[int], None] | None = None) -> ChainReport:
    """One pass in id order on its own read transaction (a consistent snapshot)."""
    with readonly(engine).connect() as connection:
        checkpoints = {
            row.up_to_id: row.last_hash
            for row in connection.execute(
                select(AuditCheckpoint.up_to_id, AuditCheckpoint.last_hash)
            )
        }
        head = connection.execute(select(AuditHead.last_id, AuditHead.last_hash)).one_or_none()
        # Driver rows, times as text: SQLite's stored text is made canonical without parsing,
        # PostgreSQL formats it itself; a server-side cursor keeps memory flat there.
        columns = list(COLUMNS)
        if connection.dialect.name == "postgresql":
            columns[1] = POSTGRES_CANONICAL_TIME
        result = connection.execution_options(stream_results=True, yield_per=BATCH).exec_driver_sql(
            f"SELECT {', '.join(columns)} FROM audit_entry ORDER BY id"
        )
        expected_id = expected_prev = start_cut = None
        purges: set[tuple[int, str]] = set()
        checked = 0
        for row in result:
            entry_id, *fields, stored_hash = row
            if expected_id is None:
                start_cut = entry_id - 1
                expected_id = entry_id
                if entry_id == 1:
                    expected_prev = GENESIS_HASH
                elif start_cut in checkpoints:
                    expected_prev = checkpoints[start_cut]
                else:
                    return ChainReport(
                        checked,
                        entry_id,
                        f"faltan las entradas anteriores (1 a {entry_id - 1}) y ninguna "
                        "depuración registrada lo explica.",
                    )
            if entry_id != expected_id:
                return ChainReport(
                    checked, expected_id, f"la entrada fue borrada (sigue la N.° {entry_id})."
                )
            prev_hash = fields[-1]
            if prev_hash != expected_prev:
                return ChainReport(
                    checked, entry_id, "no continúa la cadena: se cambió o borró la anterior."
                )
            at = fields[0]
            if connection.dialect.name == "sqlite":
                at = sqlite_time(at)
            elif not isinstance(at, str):
                at = canonical_time(at)
            moment = at
            if digest(entry_id, moment, *fields[1:]) != stored_hash:
                return ChainReport(checked, entry_id, "su contenido fue modificado.")
            if fields[4] == AuditAction.AUDIT_PURGED and fields[6]:
                detail = json.loads(fields[6])
                purges.add((detail.get("hasta_entrada"), detail.get("hash")))
            expected_prev = stored_hash
            expected_id += 1
            checked += 1
            if progress and checked % BATCH == 0:
                progress(checked)
    last_id = (expected_id - 1) if expected_id is not None else 0
    if head is None:
        return ChainReport(checked, None, "falta la fila de cabecera (audit_head).")
    if (head.last_id, head.last_hash) != (last_id, expected_prev or GENESIS_HASH):
        if head.last_id > last_id:
            return ChainReport(
                checked,
                last_id + 1,
                f"faltan las últimas entradas ({last_id + 1} a {head.last_id}): fueron borradas.",
            )
        return ChainReport(checked, None, "el último eslabón registrado no coincide.")
    if start_cut and (start_cut, checkpoints.get(start_cut)) not in purges:
        return ChainReport(
            checked, start_cut + 1, "la depuración que cortó el registro no está en la cadena."
        )
    return ChainReport(checked)
