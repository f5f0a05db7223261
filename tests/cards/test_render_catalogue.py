"""Every card of the catalogue through Microsoft's renderer, in Teams' themes and at a phone's width.

Apart from tests/cards/test_render.py so that, when the suite runs on several cores, these long
renderings go to whichever worker is free, one by one (tests/xdist_scheduling.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cards.render import render_cards, render_catalogue


def test_every_catalogue_card_passes_the_renderer(card_renderer: None, tmp_path: Path) -> None:
    """As `make cards` draws them: Teams' light theme at the desktop width, and the showcase in the
    dark theme and on a phone, with no renderer finding and nothing below contrast or cut off."""
    results = render_catalogue(tmp_path)

    assert {r.name: r.errors for r in results if r.errors} == {}
    assert all(r.png.stat().st_size > 0 for r in results)


# Teams' light theme at the desktop width is the catalogue's own rendering, checked above.
@pytest.mark.parametrize(("theme", "width"), [("light", 320), ("dark", 440), ("dark", 320)])
def test_every_card_reads_well_in_teams_themes_on_desktop_and_phone(
    card_renderer: None, theme: str, width: int, tmp_path: Path
) -> None:
    """Teams' own light and dark host configs and container CSS (npm adaptivecards-designer), at a
    desktop card width and a phone's (320 px): no text under WCAG AA contrast, nothing cut off.
    No pictures are taken (the renderer still reports a card that draws nothing)."""
    from tests.cards.catalogue import all_examples

    results = render_cards(
        all_examples(), tmp_path, width=width, theme=theme, check_layout=True, pictures=False
    )
    found = [f"{r.name}: {e}" for r in results for e in r.errors]
    assert found == []
