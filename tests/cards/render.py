"""Render cards with Microsoft's Adaptive Cards JavaScript renderer in headless chromium.

The JSON schema says whether a card is well formed; the renderer says whether the library that
Teams-like hosts use can actually parse, validate and draw it (unknown properties for the
version, required inputs without labels, too many actions...). scripts/render_cards.mjs does the
work in a browser; this module hands it cards and turns its findings into Python values.

``python -m tests.cards.render [OUT_DIR]`` renders the whole card catalogue to PNGs
(docs/cards/ by default; `make cards`) and exits non-zero if the renderer found any problem.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from scripts.local_stack import ROOT

RENDERER = ROOT / "scripts" / "render_cards.mjs"
DEFAULT_OUT = ROOT / "docs" / "cards"
SAFE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
TIMEOUT = 300.0


class RenderError(RuntimeError):
    """The renderer could not run at all (no node, no chromium, a broken page)."""


@dataclass(frozen=True)
class RenderedCard:
    name: str
    png: Path
    errors: tuple[str, ...]  # the renderer's own findings, "Phase/Event: message"

    @property
    def ok(self) -> bool:
        return not self.errors


def file_name(name: str) -> str:
    """Catalogue names are "<feature>/<state>"; files are "<feature>-<state>"."""
    flat = name.replace("/", "-")
    if not SAFE_NAME.match(flat):
        raise ValueError(f"card name {name!r} cannot be a file name")
    return flat


def render_cards(
    cards: Sequence[tuple[str, dict[str, Any]]],
    out_dir: Path,
    *,
    width: int = 440,
    theme: str = "light",
    check_layout: bool = False,
    pictures: bool = True,
) -> list[RenderedCard]:
    """Parse, validate and draw each card with Teams' ``theme`` host config; write
    ``out_dir/<name>.png``; return the findings. ``check_layout`` adds text below WCAG AA
    contrast and anything wider than the card (which Teams would cut off). Without ``pictures``
    no PNG is written (a card that draws nothing is still reported): for checks that only need
    the findings, since taking the pictures is two thirds of the time."""
    files = [file_name(name) for name, _ in cards]
    if len(set(files)) != len(files):
        raise ValueError("two cards would be saved under the same file name")
    request = {
        "outDir": str(out_dir),
        "width": width,
        "theme": theme,
        "checkLayout": check_layout,
        "pictures": pictures,
        "cards": [{"name": f, "card": card} for f, (_, card) in zip(files, cards, strict=True)],
    }
    try:
        completed = subprocess.run(
            ["node", str(RENDERER)],
            input=json.dumps(request).encode(),
            capture_output=True,
            cwd=ROOT,
            timeout=TIMEOUT,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise RenderError(f"the card renderer did not run: {exc}") from exc
    output = _parse(completed)
    return [_result(name, entry) for (name, _), entry in zip(cards, output["cards"], strict=True)]


def _parse(completed: subprocess.CompletedProcess[bytes]) -> dict[str, Any]:
    try:
        output: dict[str, Any] = json.loads(completed.stdout.decode() or "{}")
    except ValueError:
        output = {}
    if not output.get("ok"):
        detail = output.get("error") or completed.stderr.decode()[-3000:]
        raise RenderError(f"the card renderer failed (exit {completed.returncode}): {detail}")
    return output


def _result(name: str, entry: dict[str, Any]) -> RenderedCard:
    errors = [f"{e['phase']}/{e['event']}: {e['message']}" for e in entry.get("events", [])]
    if entry.get("error"):
        errors.append(f"Render: {entry['error']}")
    return RenderedCard(name=name, png=Path(entry["png"]), errors=tuple(errors))


# A few cards people meet most, drawn again as Teams shows them in its dark theme and on a phone
# (the tests check every card both ways; the gallery shows these). Files: "<prefix>-<card>.png".
SHOWCASE = (
    "help/volunteer",
    "incidents/reported-safeguarding",
    "incidents/incident-new-data-breach",
    "incidents/decisions-form-with-errors",
    "approvals/approver",
    "nudges/review-overdue",
)
VARIANTS = (("dark", "dark", 440), ("phone", "light", 320))  # (prefix, theme, width)


def render_catalogue(out_dir: Path) -> list[RenderedCard]:
    """Every card of the catalogue to ``out_dir`` as small PNGs, and the showcase in Teams' dark
    theme and at a phone's width, with the layout checks; pictures of cards now gone are removed."""
    from tests.cards.catalogue import all_examples
    from tests.pictures import compact_png

    examples = all_examples()
    results = render_cards(examples, out_dir, check_layout=True)
    by_name = dict(examples)
    for prefix, theme, width in VARIANTS:
        chosen = [(f"{prefix}/{name}", by_name[name]) for name in SHOWCASE]
        results += render_cards(chosen, out_dir, theme=theme, width=width, check_layout=True)
    for result in results:
        if result.png.is_file():
            compact_png(result.png)
    current = {r.png.name for r in results}
    for stale in out_dir.glob("*.png"):
        if stale.name not in current:
            stale.unlink()
    return results


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    out_dir = Path(args[0]) if args else DEFAULT_OUT
    results = render_catalogue(out_dir)
    for result in results:
        print(f"{'ok ' if result.ok else 'BAD'} {result.name} -> {result.png}")
        for error in result.errors:
            print(f"      {error}")
    bad = sum(not r.ok for r in results)
    print(f"{len(results)} cards rendered to {out_dir}, {bad} with renderer errors")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
