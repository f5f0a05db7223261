"""The README's card gallery and Playground screens point at pictures that exist."""

from __future__ import annotations

import re

from scripts.local_stack import ROOT
from tests.cards.catalogue import all_examples
from tests.cards.render import SHOWCASE, VARIANTS, file_name

IMAGE = re.compile(r"!\[[^\]]+\]\((docs/[^)\s]+\.png)\)")


def _images() -> list[str]:
    return IMAGE.findall((ROOT / "README.md").read_text(encoding="utf-8"))


def test_every_picture_in_the_readme_is_committed() -> None:
    images = _images()
    assert any(path.startswith("docs/cards/") for path in images)
    assert any(path.startswith("docs/screens/") for path in images)
    missing = [path for path in images if not (ROOT / path).is_file()]
    assert missing == [], "run `make cards` and `make screens`"


def test_the_gallery_shows_cards_of_the_catalogue() -> None:
    names = {file_name(name) + ".png" for name, _ in all_examples()}
    names |= {file_name(f"{prefix}/{name}") + ".png" for prefix, _, _ in VARIANTS for name in SHOWCASE}
    shown = {path.removeprefix("docs/cards/") for path in _images() if path.startswith("docs/cards/")}
    assert shown - names == set()


def test_the_gallery_shows_cards_in_teams_dark_theme_and_at_a_phones_width() -> None:
    """Teams is read in its dark theme and on phones too: the gallery shows what people see there."""
    assert {theme for _, theme, _ in VARIANTS} == {"light", "dark"}
    assert {width for _, _, width in VARIANTS} >= {320, 440}
    catalogue = {name for name, _ in all_examples()}
    assert set(SHOWCASE) <= catalogue
    shown = _images()
    for prefix, _, _ in VARIANTS:
        assert any(path.startswith(f"docs/cards/{prefix}-") for path in shown), prefix
