from hypothesis import given
from hypothesis import strategies as st

from cla_desktop.domain.names import (
    PARTICLES,
    clean_display,
    fold,
    full_name,
    search_key,
    statement_name,
    tokens,
)

SPANISH = "abcdefghijklmnñopqrstuvwxyzáéíóúüÁÉÍÓÚÜÑ '-."
names = st.text(alphabet=SPANISH, max_size=40)


def test_real_spellings_fold_together():
    assert fold("Huamán") == fold("HUAMAN") == "HUAMAN"
    assert fold("Núñez") == "NUNEZ"
    assert fold("  María   de los Ángeles ") == "MARIA DE LOS ANGELES"
    assert fold("O'Higgins-Del Águila") == "O HIGGINS DEL AGUILA"


def test_particles_are_dropped_from_tokens():
    assert tokens("DE LA CRUZ") == ["CRUZ"]
    assert tokens("del Castillo") == ["CASTILLO"]
    assert tokens("de los Ríos") == ["RIOS"]
    assert search_key("DE LA CRUZ", "QUISPE", "MARÍA DE LOS ÁNGELES") == "CRUZ QUISPE MARIA ANGELES"


def test_display_keeps_accents():
    assert clean_display("  núñez   chapoñán ") == "NÚÑEZ CHAPOÑÁN"
    assert full_name("QUISPE", "HUAMÁN", "MARÍA") == "QUISPE HUAMÁN, MARÍA"
    assert full_name("QUISPE", "", "") == "QUISPE"
    assert statement_name("QUISPE", "HUAMÁN", "MARÍA") == "MARÍA QUISPE HUAMÁN"


@given(names)
def test_fold_is_idempotent_and_plain_ascii(text):
    folded = fold(text)
    assert fold(folded) == folded
    assert all(c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 " for c in folded)
    assert "  " not in folded and folded == folded.strip()


@given(names)
def test_fold_ignores_case_and_accents(text):
    assert fold(text.lower()) == fold(text.upper()) == fold(text)
    plain = text.translate(str.maketrans("áéíóúüñÁÉÍÓÚÜÑ", "aeiouunAEIOUUN"))
    assert fold(plain) == fold(text)


@given(st.lists(st.sampled_from(["QUISPE", "HUAMÁN", "DE", "LA", "CRUZ", "ÑAHUI"]), max_size=6))
def test_tokens_never_contain_particles_and_keep_order(words):
    result = tokens(" ".join(words))
    assert not set(result) & PARTICLES
    assert result == [fold(w) for w in words if fold(w) not in PARTICLES]


def test_fold_takes_the_ascii_path_to_the_same_place():
    from cla_desktop.domain.names import _fold_unicode

    for text in ["  Quispe-Mamani ", "d'angelo", "ABC_def 12", "", "a\tb\nc", "~!@#"]:
        assert fold(text) == _fold_unicode(text)


def test_what_a_name_may_hold():
    from cla_desktop.domain.names import name_problem

    for sound in ["HUAMÁN", "DE LA CRUZ", "D'ANGELO", "D’ANGELO", "MARÍA-JOSÉ", "STA. ROSA", "Ñ"]:
        assert name_problem(sound) is None, sound
    assert name_problem("=1+2") == "No contiene letras."
    assert name_problem("12345") == "No contiene letras."
    assert "números" in name_problem("JUAN2")
    assert "«@»" in name_problem("@JUAN")
