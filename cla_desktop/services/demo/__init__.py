"""Reproducible, realistic demo data: real UGELs and schools, synthetic students."""
