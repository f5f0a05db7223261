"""Keep committed pictures small: the card gallery and the Playground screens live in git."""

from __future__ import annotations

from pathlib import Path


def compact_png(path: Path, colours: int = 256) -> None:
    """Rewrite a screenshot as a palette PNG: a third of the bytes, and the same to the eye.

    Screens of cards are flat colours and anti-aliased text, which a 256-colour palette without
    dithering keeps crisp; dithering would speckle the flat backgrounds and cost bytes.
    """
    from PIL import Image

    with Image.open(path) as image:
        palette = image.convert("RGB").quantize(
            colors=colours, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE
        )
    palette.save(path, optimize=True)
