"""The manual's pictures exist and are made by scripts/screenshots.py (so they are regenerated
with the UI), and its internal links lead somewhere."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MANUAL = ROOT / "docs" / "manual"


def test_every_picture_is_regenerated_by_the_screenshot_script():
    script = (ROOT / "scripts" / "screenshots.py").read_text(encoding="utf-8")
    pictures = set()
    for page in MANUAL.glob("*.md"):
        pictures |= set(re.findall(r"\(\.\./img/([\w-]+\.png)\)", page.read_text(encoding="utf-8")))
    assert len(pictures) >= 15
    for name in sorted(pictures):
        assert (ROOT / "docs" / "img" / name).is_file(), name
        assert f'"{name}"' in script, f"{name} is not made by scripts/screenshots.py"


def test_links_between_pages_resolve():
    for page in MANUAL.glob("*.md"):
        for target in re.findall(r"\]\(([\w-]+\.md)\)", page.read_text(encoding="utf-8")):
            assert (MANUAL / target).is_file(), (page.name, target)
