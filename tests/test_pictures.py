"""Compacting a screenshot keeps its size and looks, and shrinks the file."""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

from tests.pictures import compact_png


def test_a_screenshot_becomes_a_smaller_palette_png(tmp_path: Path) -> None:
    path = tmp_path / "card.png"
    image = Image.new("RGB", (440, 200), "#FFFFFF")
    draw = ImageDraw.Draw(image)
    for row in range(0, 200, 20):
        draw.text((16, row), "Waiting for a decision: A-1 Summer picnic", fill="#242424")
    draw.rectangle((16, 150, 120, 180), fill="#5B5FC7")
    image.save(path)
    before = path.stat().st_size

    compact_png(path)

    with Image.open(path) as compacted:
        assert compacted.mode == "P"
        assert compacted.size == (440, 200)
        assert compacted.convert("RGB").getpixel((60, 165)) == (0x5B, 0x5F, 0xC7)
        assert compacted.convert("RGB").getpixel((430, 5)) == (255, 255, 255)
    assert path.stat().st_size < before
