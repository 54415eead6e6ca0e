"""Consultas to DIGE and the e-mail outbox that carries them."""
