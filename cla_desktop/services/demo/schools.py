"""School pools for the demo: the real sample (UGEL Urubamba) plus clearly synthetic schools.

Synthetic schools use códigos modulares 99xxxxx (a block not seen in the real padrón sample),
carry `synthetic = True` and "(SINTÉTICA)" in their name, and sit in real UGELs and districts.
"""

from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import dataclass

from sqlmodel import Session, select

from cla_desktop.domain.levels import Nivel
from cla_desktop.store.models import Office, School, Ubigeo

SYNTHETIC_PREFIX = "99"
SYNTHETIC_UGELS = 14
_PER_UGEL = {Nivel.INICIAL: 4, Nivel.PRIMARIA: 6, Nivel.SECUNDARIA: 4}
_GESTION = ("Sector Educación",) * 8 + ("Particular",) * 3 + ("Convenio con Sector Educación",)
_PADRON_NIVEL = {
    Nivel.INICIAL: "Inicial - Jardín",
    Nivel.PRIMARIA: "Primaria",
    Nivel.SECUNDARIA: "Secundaria",
}


@dataclass
class SchoolPools:
    """School ids by UGEL and nivel, for drawing where a student studies."""

    by_ugel: dict[str, dict[Nivel, list[int]]]
    ugels: list[str]
    has_taller: set[int]

    def pick(self, rng: random.Random, ugel: str, nivel: Nivel) -> int:
        pool = self.by_ugel[ugel].get(nivel)
        if not pool:  # this UGEL has no school of that nivel: study in another one
            ugel = rng.choice([u for u in self.ugels if self.by_ugel[u].get(nivel)])
            pool = self.by_ugel[ugel][nivel]
        return rng.choice(pool)


def ensure_synthetic_schools(session: Session, rng: random.Random) -> int:
    """Create the synthetic schools once; later runs reuse them. Returns how many were made."""
    exists = session.exec(select(School.id).where(School.synthetic == True)).first()  # noqa: E712
    if exists is not None:
        return 0
    ugels = sorted(session.exec(select(Office.code).where(Office.kind == "UGEL")).all())
    districts: dict[str, list[str]] = defaultdict(list)
    for inei in session.exec(
        select(Ubigeo.inei).where(Ubigeo.level == "DISTRITO", Ubigeo.inei.is_not(None))
    ):
        districts[inei[:2]].append(inei)
    chosen = rng.sample(ugels, SYNTHETIC_UGELS)
    if "150104" not in chosen:  # UGEL 03 Breña: a Lima office for the demo scenarios
        chosen[0] = "150104"
    number = 0
    for ugel in sorted(chosen):
        for nivel, count in _PER_UGEL.items():
            for _ in range(count):
                number += 1
                places = districts.get(ugel[:2]) or [None]
                session.add(
                    School(
                        codigo_modular=f"{SYNTHETIC_PREFIX}{number:05d}",
                        anexo="0",
                        name=f"I.E. N.° {80000 + number} (SINTÉTICA)",
                        nivel_modalidad=_PADRON_NIVEL[nivel],
                        nivel=nivel.value,
                        gestion=rng.choice(_GESTION),
                        ugel_code=ugel,
                        ubigeo=rng.choice(places),
                        address=f"JIRÓN DEMOSTRACIÓN {number} (SINTÉTICA)",
                        active=rng.random() > 0.05,  # a few closed schools, as in real life
                        synthetic=True,
                    )
                )
    session.flush()
    return number


def load_pools(session: Session) -> SchoolPools:
    by_ugel: dict[str, dict[Nivel, list[int]]] = defaultdict(lambda: defaultdict(list))
    has_taller: set[int] = set()
    rows = session.exec(
        select(School.id, School.ugel_code, School.nivel).where(School.nivel.is_not(None))
    )
    for school_id, ugel, nivel in rows:
        by_ugel[ugel or "?"][Nivel(nivel)].append(school_id)
        if nivel == Nivel.SECUNDARIA and school_id % 5 == 0:
            has_taller.add(school_id)
    ugels = sorted(by_ugel)
    return SchoolPools(
        by_ugel={k: dict(v) for k, v in by_ugel.items()}, ugels=ugels, has_taller=has_taller
    )
