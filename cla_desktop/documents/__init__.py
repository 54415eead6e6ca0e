"""Printed documents (the constancia, reports): reportlab rendering, fonts, QR. Issue #4."""
