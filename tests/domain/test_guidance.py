"""The guidance notes as data: read from facts.toml, frozen, with sources and confidence."""

from __future__ import annotations

import dataclasses

import pytest

from cla_desktop.domain.guidance import CERTIFICADO_VISADO, certificado_visado, guidance_note


def test_certificado_visado_note_has_its_statements_and_sources():
    note = certificado_visado()
    assert note.key == CERTIFICADO_VISADO
    assert note.title == "Certificado de estudios y visado"
    text = " ".join(note.points)
    assert "ya no necesita ser visado por la UGEL ni por la DRE" in text
    assert "2013" in text and "públicos y privados" in text
    assert "estudios superiores" in text
    assert "DIGE" in note.consulta
    assert "no es un certificado" in note.disclaimer
    joined = " ".join(note.sources)
    for source in ("00026-2020-MINEDU/VMGI-DIGEGED", "094-2020-MINEDU", "432-2020-MINEDU"):
        assert source in joined
    assert note.confidence


def test_note_is_frozen_and_reads_as_plain_text():
    note = certificado_visado()
    with pytest.raises(dataclasses.FrozenInstanceError):
        note.title = "otro"  # type: ignore[misc]
    text = note.plain_text()
    assert text.startswith("Certificado de estudios y visado\n")
    assert all(point in text for point in note.points)
    assert all(source in text for source in note.sources)
    assert text.endswith(note.disclaimer)


def test_unknown_note_is_a_key_error():
    with pytest.raises(KeyError):
        guidance_note("no-existe")
