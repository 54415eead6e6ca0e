import pytest
from hypothesis import given
from hypothesis import strategies as st

from cla_desktop.domain.codes import CodigoModular, Ubigeo, UbigeoSystem
from cla_desktop.domain.identifiers import (
    DocumentType,
    dni_check_characters,
    dni_matches_check,
    is_dni,
    is_siagie_code,
    parse_document,
)

dnis = st.text(alphabet="0123456789", min_size=8, max_size=8).filter(lambda d: d != "0" * 8)


def test_dni_check_character_documented_example():
    assert dni_check_characters("00000001") == ("4", "I")


@given(dnis)
def test_dni_check_character_is_one_of_the_printed_alphabets(dni):
    digit, letter = dni_check_characters(dni)
    assert digit in "0123456789" and letter in "KABCDEFGHIJ"
    assert dni_matches_check(dni, digit) and dni_matches_check(dni, letter.lower())


@given(dnis)
def test_parse_dni_accepts_card_form_with_check_and_rejects_a_wrong_check(dni):
    digit, _ = dni_check_characters(dni)
    assert parse_document("DNI", f"{dni}-{digit}").number == dni
    wrong = next(c for c in "0123456789" if c != digit and not dni_matches_check(dni, c))
    with pytest.raises(ValueError, match="verificación"):
        parse_document("DNI", f"{dni}-{wrong}")


@given(st.text(max_size=12))
def test_is_dni_only_for_eight_ascii_digits(text):
    assert is_dni(text) == (len(text) == 8 and all(c in "0123456789" for c in text))


@pytest.mark.parametrize("bad", ["1234567", "123456789", "1234567a", "", "１２３４５６７８"])
def test_parse_dni_rejects_with_spanish_message(bad):
    with pytest.raises(ValueError, match="8 dígitos"):
        parse_document(DocumentType.DNI, bad)


def test_other_documents():
    assert parse_document("CE", " 001234567 ").number == "001234567"
    assert parse_document("PASAPORTE", "p1234567").number == "P1234567"
    assert parse_document("NINGUNO", None).number is None
    with pytest.raises(ValueError):
        parse_document("CE", "12-34")
    with pytest.raises(ValueError):
        parse_document("NINGUNO", "123")
    assert str(parse_document("DNI", "12345678")) == "DNI 12345678"


def test_siagie_code_shape():
    assert is_siagie_code("20130000000001")
    assert not is_siagie_code("2013000000001")


def test_codigo_modular_prints_with_anexo():
    assert str(CodigoModular("0474494", "0")) == "0474494-0"
    assert CodigoModular.parse("0474494-1") == CodigoModular("0474494", "1")
    assert CodigoModular.parse("0474494") == CodigoModular("0474494", "0")
    assert CodigoModular.parse(" 04744942 ").anexo == "2"
    for bad in ("474494", "0474494-10", "ABCDEFG"):
        with pytest.raises(ValueError, match="código modular"):
            CodigoModular.parse(bad)


@given(st.from_regex(r"[0-9]{7}", fullmatch=True), st.from_regex(r"[0-9]", fullmatch=True))
def test_codigo_modular_round_trips(codigo, anexo):
    code = CodigoModular(codigo, anexo)
    assert CodigoModular.parse(str(code)) == code


def test_ubigeo_shape_and_parts():
    breña = Ubigeo("150105")
    assert (breña.departamento, breña.provincia, breña.system) == ("15", "1501", UbigeoSystem.INEI)
    for bad in ("15010", "150100", "000105", "15a105"):
        with pytest.raises(ValueError):
            Ubigeo(bad)


def test_a_letter_in_a_dni_is_named():
    with pytest.raises(ValueError, match="«O» \\(¿una O en lugar de un cero\\?\\)"):
        parse_document("DNI", "7900O002")
    with pytest.raises(ValueError, match="exactamente 8 dígitos"):
        parse_document("DNI", "1234")
