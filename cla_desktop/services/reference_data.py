"""Loads the real reference data shipped in resources/reference into the database.

Run by `cla db upgrade` (and the app at start) after the migrations: idempotent, skipped when
the shipped files have not changed since the last load (their digest is stored).
"""

from __future__ import annotations

import csv
import hashlib
import tomllib
from dataclasses import dataclass
from pathlib import Path

from sqlmodel import Session, delete, select

from cla_desktop.domain.levels import Nivel
from cla_desktop.domain.roles import Role
from cla_desktop.paths import resources_dir
from cla_desktop.services.actor import Actor
from cla_desktop.services.settings_store import REFERENCE_DIGEST, get_setting, set_setting
from cla_desktop.store.models import Office, School, Ubigeo

FILES = (
    "dre_ugel.csv",
    "ubigeo_departamento.csv",
    "ubigeo_provincia.csv",
    "ubigeo_distrito.csv",
    "ie_muestra_275.csv",
    "ie_muestra_275.ugel.toml",
)

# The padrón's D_NIV_MOD text -> EBR nivel (other modalities keep nivel empty).
_NIVEL_BY_PADRON = {
    "PRIMARIA": Nivel.PRIMARIA,
    "SECUNDARIA": Nivel.SECUNDARIA,
    "INICIAL - JARDÍN": Nivel.INICIAL,
    "INICIAL - CUNA JARDÍN": Nivel.INICIAL,
    "INICIAL NO ESCOLARIZADO": Nivel.INICIAL,
    "INICAL NO ESCOLARIZADO": Nivel.INICIAL,  # typo as published in the source
}


@dataclass(frozen=True)
class ReferenceSummary:
    offices: int
    ubigeos: int
    schools: int
    skipped: bool


def reference_path(name: str) -> Path:
    return resources_dir() / "reference" / name


def nivel_from_padron(text: str) -> Nivel | None:
    return _NIVEL_BY_PADRON.get(text.strip().upper())


def _digest() -> str:
    digest = hashlib.sha256()
    for name in FILES:
        digest.update(reference_path(name).read_bytes())
    return digest.hexdigest()


def _rows(name: str) -> list[dict[str, str]]:
    with reference_path(name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _na(value: str) -> str | None:
    return None if value in ("", "NA") else value


def load_reference_data(session: Session, actor: Actor, *, force: bool = False) -> ReferenceSummary:
    """Upsert offices and schools, replace ubigeo; the caller's transaction makes it atomic."""
    actor.require(Role.ADMINISTRADOR)
    digest = _digest()
    if not force and get_setting(session, REFERENCE_DIGEST) == digest:
        return ReferenceSummary(0, 0, 0, skipped=True)
    offices = _load_offices(session)
    ubigeos = _load_ubigeo(session)
    schools = _load_schools(session)
    set_setting(session, actor, REFERENCE_DIGEST, digest)
    return ReferenceSummary(offices, ubigeos, schools, skipped=False)


def _load_offices(session: Session) -> int:
    wanted: dict[str, Office] = {}
    for row in _rows("dre_ugel.csv"):
        wanted.setdefault(
            row["cod_dre"], Office(code=row["cod_dre"], name=row["dre_nombre"], kind="DRE")
        )
        wanted[row["cod_ugel"]] = Office(
            code=row["cod_ugel"], name=row["ugel_nombre"], kind="UGEL", dre_code=row["cod_dre"]
        )
    for office in wanted.values():
        session.merge(office)
    session.flush()
    return len(wanted)


_UBIGEO_FILES = (
    ("ubigeo_departamento.csv", "DEPARTAMENTO"),
    ("ubigeo_provincia.csv", "PROVINCIA"),
    ("ubigeo_distrito.csv", "DISTRITO"),
)


def _load_ubigeo(session: Session) -> int:
    session.exec(delete(Ubigeo))
    rows = [
        Ubigeo(
            level=level,
            inei=_na(row["inei"]),
            reniec=_na(row["reniec"]),
            departamento=row["departamento"],
            provincia=row.get("provincia"),
            distrito=row.get("distrito"),
        )
        for name, level in _UBIGEO_FILES
        for row in _rows(name)
    ]
    session.add_all(rows)
    session.flush()
    return len(rows)


def _load_schools(session: Session) -> int:
    extra = tomllib.loads(reference_path("ie_muestra_275.ugel.toml").read_text(encoding="utf-8"))
    existing = {
        (school.codigo_modular, school.anexo): school
        for school in session.exec(select(School).where(School.synthetic == False))  # noqa: E712
    }
    count = 0
    for row in _rows("ie_muestra_275.csv"):
        key = (row["cod_mod"], extra["anexo"])
        school = existing.get(key) or School(codigo_modular=key[0], anexo=key[1], name="")
        nivel = nivel_from_padron(row["d_niv_mod"])
        school.name = row["cen_edu"]
        school.nivel_modalidad = row["d_niv_mod"]
        school.nivel = nivel.value if nivel else None
        school.gestion = row["d_ges_dep"]
        school.address = row["dir_cen"]
        school.ugel_code = extra["ugel_code"]
        school.active = True
        school.synthetic = False
        session.add(school)
        count += 1
    session.flush()
    return count
