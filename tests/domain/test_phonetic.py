"""Every equivalence of the spelling-variant table, with the real spellings it names."""

from __future__ import annotations

import pytest

from cla_desktop.domain.names import fold
from cla_desktop.domain.phonetic import (
    alternates,
    distinct_pairs,
    rules,
    sound_alike,
    sound_key,
    sound_of,
)

SAME = [(rule.pattern.pattern, a, b) for rule in rules() for a, b in rule.same]

# What a clerk types on hearing the name, and the name as registered (issue #16).
HEARD = [
    ("kispe", "Quispe"),
    ("waman", "Huamán"),
    ("guaman", "Huamán"),
    ("choke", "Choque"),
    ("yupanki", "Yupanqui"),
    ("kondori", "Condori"),
    ("cori", "Ccori"),
    ("bilca", "Vilca"),
    ("basquez", "Vásquez"),
    ("dias", "Díaz"),
    ("crus", "Cruz"),
    ("ruis", "Ruiz"),
    ("llesenia", "Yesenia"),
    ("bictor", "Víctor"),
    ("jimena", "Ximena"),
    ("jon", "Jhon"),
    ("errera", "Herrera"),
    ("helias", "Elías"),
    ("viyanueva", "Villanueva"),
    ("kahuana", "Cahuana"),
    ("ñawi", "Ñahui"),
    ("maita", "Mayta"),
    ("cristian", "Cristhian"),
    ("natali", "Nathaly"),
    ("jorje", "Jorge"),
    ("gonzalez", "Gonzáles"),
    ("cordoba", "Córdova"),
    ("osco", "Oscco"),
    ("sanches", "Sánchez"),
]


@pytest.mark.parametrize(("rule", "one", "other"), SAME)
def test_every_listed_variant_shares_a_key(rule, one, other):
    assert sound_of(one) == sound_of(other), rule


@pytest.mark.parametrize(("one", "other"), [p for rule in alternates() for p in rule.same])
def test_every_second_reading_joins_its_pairs(one, other):
    assert sound_alike(one, other)


@pytest.mark.parametrize(("one", "other"), distinct_pairs())
def test_different_names_stay_apart(one, other):
    assert not sound_alike(one, other)


@pytest.mark.parametrize(("heard", "registered"), HEARD)
def test_a_name_as_heard_keys_as_registered(heard, registered):
    assert sound_of(fold(heard)) == sound_of(fold(registered))


def test_every_rule_has_examples_and_a_reason():
    for rule in rules():
        assert rule.same and rule.why


def test_keys_are_index_words():
    """The key of any folded word is a non-empty word of A-Z/0-9: the indexes can hold it."""
    for word in ("H", "HH", "QQUISPE", "XIOMARA", "LL", "Y", "123", "AÑO"):
        key = sound_of(fold(word))
        assert key and key.isalnum() and key.isascii() and key == key.upper()
    assert sound_key("QUISPE DE LA CRUZ") == "KISPE DE LA KRUS"
