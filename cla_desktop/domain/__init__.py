"""Pure domain rules: identifiers, niveles and grados, grading scales, curricula, names.

Nothing here does I/O beyond reading its own fact tables, and nothing imports another layer.
"""
