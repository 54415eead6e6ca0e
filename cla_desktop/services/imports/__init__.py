"""Importing SIAGIE nóminas and actas and the ESCALE school padrón (docs/IMPORT.md)."""
