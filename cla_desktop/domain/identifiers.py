"""Personal document identifiers: DNI (with its unofficial check character), carné de
extranjería, pasaporte, and the SIAGIE student code used when a student has no DNI."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from cla_desktop.domain.facts import facts

# Community-known check character of the DNI card (DOMAIN.md §5): NOT official and not used by
# the CLA or SIAGIE; offered only to catch typing errors when a clerk copies it from the card.
_DNI_WEIGHTS = (3, 2, 7, 6, 5, 4, 3, 2)
_DNI_CHECK_DIGITS = "67890112345"
_DNI_CHECK_LETTERS = "KABCDEFGHIJ"


class DocumentType(StrEnum):
    DNI = "DNI"
    CE = "CE"  # carné de extranjería
    PASAPORTE = "PASAPORTE"
    NINGUNO = "NINGUNO"  # only the SIAGIE student code

    @property
    def label(self) -> str:
        return {
            "DNI": "DNI",
            "CE": "Carné de extranjería",
            "PASAPORTE": "Pasaporte",
            "NINGUNO": "Sin documento",
        }[self.value]


def _shape(name: str) -> str:
    return facts()["identifiers"][name]


def is_dni(text: str) -> bool:
    length = facts()["identifiers"]["dni_length"]
    return len(text) == length and text.isascii() and text.isdigit()


def dni_check_characters(dni: str) -> tuple[str, str]:
    """The (digit, letter) printed after the hyphen on the card: 00000001 -> ("4", "I")."""
    if not is_dni(dni):
        raise ValueError("El DNI debe tener exactamente 8 dígitos.")
    total = sum(int(d) * w for d, w in zip(dni, _DNI_WEIGHTS, strict=True))
    index = (11 - total % 11) % 11
    return _DNI_CHECK_DIGITS[index], _DNI_CHECK_LETTERS[index]


def dni_matches_check(dni: str, check: str) -> bool:
    """Whether a typed check character (digit or letter) fits the DNI."""
    digit, letter = dni_check_characters(dni)
    return check.strip().upper() in (digit, letter)


def is_siagie_code(text: str) -> bool:
    length = facts()["identifiers"]["siagie_code_length"]
    return len(text) == length and text.isascii() and text.isdigit()


@dataclass(frozen=True)
class PersonDocument:
    """A validated document type and number (number None only for NINGUNO)."""

    type: DocumentType
    number: str | None

    def __str__(self) -> str:
        if self.number is None:
            return self.type.label
        return f"{self.type.label} {self.number}"


def parse_document(doc_type: DocumentType | str, number: str | None) -> PersonDocument:
    """Validate a document; raises ValueError with a Spanish sentence saying what to fix."""
    kind = DocumentType(doc_type)
    text = (number or "").strip().upper().replace(" ", "")
    if kind is DocumentType.NINGUNO:
        if text:
            raise ValueError("Un estudiante sin documento no lleva número de documento.")
        return PersonDocument(kind, None)
    if kind is DocumentType.DNI:
        if "-" in text:  # "12345678-9" as printed on the card
            text, check = text.split("-", 1)
            if is_dni(text) and not dni_matches_check(text, check):
                raise ValueError(
                    "El carácter de verificación no corresponde al DNI; revise el número."
                )
        if not is_dni(text):
            letters = sorted({ch for ch in text if not ch.isdigit()})
            if letters:
                shown = " ".join(f"«{ch}»" for ch in letters[:3])
                hint = " (¿una O en lugar de un cero?)" if {"O", "o"} & set(letters) else ""
                raise ValueError(f"El DNI lleva solo 8 dígitos, y este tiene {shown}{hint}.")
            raise ValueError("El DNI debe tener exactamente 8 dígitos.")
        if text == "0" * len(text):
            raise ValueError("00000000 no es un DNI: escriba el número real o deje la celda vacía.")
        return PersonDocument(kind, text)
    pattern = _shape("ce_pattern" if kind is DocumentType.CE else "pasaporte_pattern")
    if not re.fullmatch(pattern, text):
        raise ValueError(
            f"El número de {kind.label.lower()} no tiene un formato válido (solo letras y números)."
        )
    return PersonDocument(kind, text)


def parse_citizen_document(text: str) -> PersonDocument:
    """The document a citizen dictates at the counter, its type told by its shape: 8 digits
    are a DNI; other letters-and-digits are a carné de extranjería or a pasaporte.  Raises
    ValueError with what to fix (a DNI typed short, stray symbols)."""
    number = text.strip().upper().replace(" ", "").replace("-", "")
    if number.isdigit() and len(number) < facts()["identifiers"]["dni_length"]:
        raise ValueError(
            f"El documento «{text.strip()}» es muy corto: un DNI tiene 8 dígitos; revíselo."
        )
    if is_dni(number):
        return PersonDocument(DocumentType.DNI, number)
    for kind, shape in (
        (DocumentType.CE, "ce_pattern"),
        (DocumentType.PASAPORTE, "pasaporte_pattern"),
    ):
        if re.fullmatch(_shape(shape), number):
            return PersonDocument(kind, number)
    raise ValueError(
        f"El documento «{text.strip()}» no es un DNI (8 dígitos), un carné de extranjería ni un "
        "pasaporte (letras y números): revíselo."
    )
