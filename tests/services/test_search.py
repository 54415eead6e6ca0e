"""Every matching rule of the search, on SQLite (FTS5) and PostgreSQL (full-text GIN)."""

from __future__ import annotations

from datetime import date

import pytest
from sqlmodel import Session

from cla_desktop.domain.codes import CodigoModular
from cla_desktop.domain.levels import Nivel
from cla_desktop.domain.roles import Role
from cla_desktop.domain.search_query import QueryKind, parse_query
from cla_desktop.services.actor import Actor
from cla_desktop.services.search.filters import SearchFilters
from cla_desktop.services.search.matching import MatchKind, match_score
from cla_desktop.services.search.service import search, search_students
from tests.services.people import add_cast, enroll, school

CLERK = Actor("ana", Role.OPERADOR)


@pytest.fixture
def cast(engine):
    with Session(engine) as session:
        ids = add_cast(session)
        yield session, ids


def names(session, query, **filters):
    hits = search(session, CLERK, query, SearchFilters(**filters), limit=50)
    return [(h.apellido_paterno, h.apellido_materno, h.nombres) for h in hits]


def ids_of(session, query, **filters):
    """Students that match every typed word (a partial match is not a match here)."""
    hits = search(session, CLERK, query, SearchFilters(**filters))
    return [h.student_id for h in hits if h.match_kind is not MatchKind.PARTIAL]


def test_names_in_any_order_without_accents(cast):
    session, ids = cast
    found = ids_of(session, "maria quispe huaman")
    assert set(found[:2]) == {ids["maria"], ids["maria_twin"]}
    assert ids_of(session, "HUAMÁN Quispe María")[:2] == found[:2]
    assert ids["jose"] in ids_of(session, "jose luis nunez del aguila")


def test_n_with_tilde_folds(cast):
    session, ids = cast
    assert ids_of(session, "nunez") == [ids["jose"]]
    assert ids_of(session, "NÚÑEZ") == [ids["jose"]]
    assert ids_of(session, "nahui") == [ids["jhon"]]
    assert ids_of(session, "chaponan pedro") == [ids["pedro"]]


def test_typing_slips_by_word_length(cast):
    session, ids = cast
    quispes = {ids["maria"], ids["rosa"], ids["angeles"], ids["maria_twin"]}
    assert set(ids_of(session, "qispe")) == quispes  # deletion
    assert set(ids_of(session, "quipse")) == quispes  # two neighbours swapped
    assert ids["pedro"] in ids_of(session, "sanchex pedro")  # substitution
    assert ids_of(session, "qispe mamani maria") == [ids["angeles"]]
    assert ids_of(session, "qiusep") == []  # two slips in a six-letter word: no
    assert ids_of(session, "rosi cruz") == [ids["rosa"]]  # four letters: one slip
    assert ids_of(session, "rxa cruz") == []  # three letters: no letter changed
    assert ids_of(session, "rsa cruz") == [ids["rosa"]]  # but one may be left out


def test_particles(cast):
    session, ids = cast
    assert ids_of(session, "cruz") == [ids["rosa"]]
    assert ids_of(session, "de la cruz rosa") == [ids["rosa"]]
    assert ids_of(session, "castillo") == [ids["jhon"]]
    assert ids_of(session, "del castillo jhon") == [ids["jhon"]]


def test_partial_words_from_two_letters(cast):
    session, ids = cast
    assert ids_of(session, "cha pe") == [ids["pedro"]]
    assert set(ids_of(session, "hua mar")) >= {ids["maria"], ids["mariahuamani"]}
    assert ids_of(session, "q") == []  # one letter means nothing


def test_best_match_first(cast):
    session, ids = cast
    found = ids_of(session, "huaman maria")
    assert found.index(ids["maria"]) < found.index(ids["mariahuamani"])  # exact before prefix
    assert ids_of(session, "quispe huaman maria")[0] in (ids["maria"], ids["maria_twin"])
    scores = [h.score for h in search(session, CLERK, "maria quispe")]
    assert scores == sorted(scores, reverse=True)


def test_exact_lookups(cast):
    session, ids = cast
    assert ids_of(session, "45678902") == [ids["jose"]]
    assert ids_of(session, " 4567-8902 ") == [ids["jose"]]
    assert ids_of(session, "20100000000005") == [ids["angeles"]]
    assert ids_of(session, "001234567") == [ids["jhon"]]
    assert ids_of(session, "99999999") == []
    assert search_students(session, CLERK, "45678902").query.kind is QueryKind.DNI


def test_possible_duplicate_hint(cast):
    session, ids = cast
    hits = {h.student_id: h for h in search(session, CLERK, "maria quispe huaman")}
    assert hits[ids["maria"]].possible_duplicate_of == (ids["maria_twin"],)
    assert hits[ids["maria_twin"]].possible_duplicate_of == (ids["maria"],)
    assert all(not h.possible_duplicate_of for h in search(session, CLERK, "rosa"))


def test_filters(cast):
    session, ids = cast
    assert set(ids_of(session, "maria", birth_year=2010)) == {ids["maria"], ids["maria_twin"]}
    assert ids_of(session, "maria", birth_date=date(2012, 5, 5)) == [ids["angeles"]]
    primary = school(session, "PRIMARIA")
    enroll(session, ids["maria"], 2018, "PRIMARIA", 2, school_id=primary.id)
    session.commit()
    code = CodigoModular(primary.codigo_modular, primary.anexo)
    assert ids_of(session, "maria", school=code) == [ids["maria"]]
    assert ids_of(session, "maria", nivel=Nivel.PRIMARIA, year=2018) == [ids["maria"]]
    assert ids_of(session, "maria", nivel=Nivel.SECUNDARIA) == []
    assert ids_of(session, "maria", ugel_code=primary.ugel_code) == [ids["maria"]]
    assert ids_of(session, "45678901", year=2019) == []


def test_hit_carries_last_school_and_year(cast):
    session, ids = cast
    primary = school(session, "PRIMARIA")
    enroll(session, ids["rosa"], 2015, "PRIMARIA", 5, school_id=primary.id)
    enroll(session, ids["rosa"], 2016, "PRIMARIA", 6, school_id=primary.id)
    session.commit()
    (hit,) = search(session, CLERK, "45678903")
    assert hit.last_year == 2016
    assert hit.last_school.startswith(f"{primary.codigo_modular}-{primary.anexo} ")
    assert hit.fecha_nacimiento == date(2005, 1, 20)


def test_index_follows_updates_and_deletes(cast):
    session, ids = cast
    from cla_desktop.store.models import Student

    student = session.get(Student, ids["pedro"])
    student.name_key = "CHAPONAN SANCHEZ PEDRO PABLO"
    session.commit()
    assert ids_of(session, "pedro pablo") == [ids["pedro"]]
    session.delete(student)
    session.commit()
    assert ids_of(session, "chaponan") == []


def test_searching_needs_an_account_role():
    with pytest.raises(PermissionError):
        Actor("nadie", Role.OPERADOR).require(Role.SUPERVISOR)


def test_query_parsing():
    assert parse_query("  ").kind is QueryKind.EMPTY
    assert parse_query("P00012345").kind is QueryKind.DOCUMENT
    assert parse_query("de la").kind is QueryKind.EMPTY
    assert parse_query("Quispe, María").words == ("QUISPE", "MARIA")


def test_match_score_rules():
    assert match_score(("QUISPE",), "QUISPE HUAMAN MARIA") > match_score(("QUIS",), "QUISPE")
    assert match_score(("QISPE",), "QUISPE") is not None
    assert match_score(("MARIA", "MARIA"), "QUISPE MARIA") is None  # one word, one match
    in_order = match_score(("QUISPE", "MARIA"), "QUISPE HUAMAN MARIA")
    reversed_ = match_score(("MARIA", "QUISPE"), "QUISPE HUAMAN MARIA")
    assert in_order > reversed_


def test_typo_vocabulary_follows_new_students(cast):
    session, _ids = cast
    from cla_desktop.services.actor import SYSTEM
    from cla_desktop.services.students import add_student

    assert ids_of(session, "qispe")  # the word list is now cached
    new = add_student(
        session,
        SYSTEM,
        apellido_paterno="Ccoillo",
        apellido_materno="Yupanqui",
        nombres="Illari",
        document_number="45678999",
    ).id
    session.commit()
    assert ids_of(session, "ccoilo illari") == [new]
    assert ids_of(session, "yupanqi") == [new]
