"""Draw the Teams app icons: a shield with a tick inside a speech bubble.

The mark says what the bot is for: a conversation (the bubble) that keeps people safe online
(the shield) and gets posts signed off (the tick). Teams wants a 192×192 colour icon whose
symbol sits in the middle 96×96 on a solid background, and a 32×32 outline icon made only of
white and fully transparent pixels. Both are drawn from the same geometry, supersampled and
scaled down; the outline is then thresholded so no half-transparent pixel remains.

Run ``python -m scripts.draw_icons`` after changing the drawing and commit the PNGs; a test
checks the committed files match this script.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

from PIL import Image, ImageDraw

BRAND = (194, 65, 12)  # warm burnt orange, #C2410C: 5.2:1 contrast with white
BRAND_HEX = "#C2410C"
WHITE = (255, 255, 255)
COLOR_SIZE = 192
SYMBOL_SIZE = 96  # Teams: a 96×96 symbol with 48 px padding on the colour icon
OUTLINE_SIZE = 32
SCALE = 8  # supersampling factor
APP_PACKAGE = Path(__file__).resolve().parents[1] / "appPackage"

Point = tuple[float, float]


def _quad(start: Point, control: Point, end: Point, steps: int = 24) -> list[Point]:
    """Points along a quadratic Bézier curve, for the shield's rounded top and pointed base."""
    points = []
    for i in range(steps + 1):
        t = i / steps
        x = (1 - t) ** 2 * start[0] + 2 * (1 - t) * t * control[0] + t**2 * end[0]
        y = (1 - t) ** 2 * start[1] + 2 * (1 - t) * t * control[1] + t**2 * end[1]
        points.append((x, y))
    return points


def shield(left: float, top: float, width: float, height: float) -> list[Point]:
    right, mid, shoulder, bottom = left + width, left + width / 2, top + height * 0.45, top + height
    dip = height * 0.1
    return [
        *_quad((left, top + dip), (mid - width * 0.2, top + dip), (mid, top)),
        *_quad((mid, top), (mid + width * 0.2, top + dip), (right, top + dip)),
        (right, shoulder),
        *_quad((right, shoulder), (right - width * 0.05, bottom - height * 0.2), (mid, bottom)),
        *_quad((mid, bottom), (left + width * 0.05, bottom - height * 0.2), (left, shoulder)),
    ]


def _scaled(points: Sequence[Point], offset: Point, factor: float) -> list[Point]:
    return [(offset[0] + x * factor, offset[1] + y * factor) for x, y in points]


def _tick(
    draw: ImageDraw.ImageDraw, points: Sequence[Point], width: float, fill: int | tuple[int, ...]
) -> None:
    draw.line(list(points), fill=fill, width=round(width), joint="curve")
    for x, y in (points[0], points[-1]):
        r = width / 2
        draw.ellipse((x - r, y - r, x + r, y + r), fill=fill)


def draw_color() -> Image.Image:
    """The 192×192 icon: white mark on a solid brand background, square corners."""
    big = COLOR_SIZE * SCALE
    image = Image.new("RGB", (big, big), BRAND)
    draw = ImageDraw.Draw(image)
    origin = ((COLOR_SIZE - SYMBOL_SIZE) / 2 * SCALE,) * 2
    unit = SCALE  # one unit of the 96-unit symbol grid

    def at(points: Sequence[Point]) -> list[Point]:
        return _scaled(points, origin, unit)

    x0, y0 = origin
    draw.rounded_rectangle((x0 + 2 * unit, y0 + 6 * unit, x0 + 94 * unit, y0 + 74 * unit), 18 * unit, WHITE)
    draw.polygon(at([(16, 64), (10, 92), (42, 70)]), fill=WHITE)
    draw.polygon(at(shield(29, 15, 38, 52)), fill=BRAND)
    _tick(draw, at([(38.5, 40), (45.5, 47.5), (58, 32)]), 6 * unit, WHITE)
    return image.resize((COLOR_SIZE, COLOR_SIZE), Image.Resampling.BOX)


def draw_outline() -> Image.Image:
    """The 32×32 icon: only opaque white or fully transparent pixels, no padding."""
    big = OUTLINE_SIZE * SCALE
    mask = Image.new("L", (big, big), 0)
    draw = ImageDraw.Draw(mask)

    def at(points: Sequence[Point]) -> list[Point]:
        return _scaled(points, (0, 0), SCALE)

    stroke = 2.2 * SCALE
    outer = (0, 1.5 * SCALE, big - 1, 24 * SCALE)
    draw.rounded_rectangle(outer, 7 * SCALE, 255)
    draw.polygon(at([(5, 20), (3, 32), (13, 23)]), fill=255)
    inner = (outer[0] + stroke, outer[1] + stroke, outer[2] - stroke, outer[3] - stroke)
    draw.rounded_rectangle(inner, 7 * SCALE - stroke, 0)
    draw.polygon(at(shield(10.5, 5.5, 11, 15.5)), fill=255)
    _tick(draw, at([(13.2, 12.8), (15.6, 15.2), (19.2, 10.6)]), 1.6 * SCALE, 0)
    small = mask.resize((OUTLINE_SIZE, OUTLINE_SIZE), Image.Resampling.BOX)
    alpha = small.point(lambda level: 255 if level >= 128 else 0)
    image = Image.new("RGBA", (OUTLINE_SIZE, OUTLINE_SIZE), (*WHITE, 0))
    image.putalpha(alpha)
    return image


def save(image: Image.Image, path: Path) -> None:
    image.save(path, format="PNG", optimize=True)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--out", type=Path, default=APP_PACKAGE, help="folder for color.png and outline.png")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    save(draw_color(), args.out / "color.png")
    save(draw_outline(), args.out / "outline.png")
    print(f"wrote {args.out / 'color.png'} and {args.out / 'outline.png'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
