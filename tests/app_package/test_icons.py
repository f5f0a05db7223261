"""The app icons: the sizes and pixels Teams requires, and exactly what the drawing script makes."""

from __future__ import annotations

from PIL import Image

from scripts.app_package import APP_PACKAGE, load_template
from scripts.draw_icons import BRAND, BRAND_HEX, COLOR_SIZE, SYMBOL_SIZE, draw_color, draw_outline


def pixels(image: Image.Image) -> list[tuple[int, ...]]:
    width, height = image.size
    return [image.getpixel((x, y)) for y in range(height) for x in range(width)]  # type: ignore[misc]


def test_color_icon_is_192_square() -> None:
    with Image.open(APP_PACKAGE / "color.png") as image:
        assert (image.format, image.size) == ("PNG", (192, 192))


def test_color_icon_background_is_solid_around_a_centred_symbol() -> None:
    """Teams: a 96×96 symbol with 48 px of solid background all round, square corners."""
    with Image.open(APP_PACKAGE / "color.png") as image:
        rgb = image.convert("RGB")
    pad = (COLOR_SIZE - SYMBOL_SIZE) // 2
    for y in range(COLOR_SIZE):
        for x in range(COLOR_SIZE):
            if not (pad <= x < pad + SYMBOL_SIZE and pad <= y < pad + SYMBOL_SIZE):
                assert rgb.getpixel((x, y)) == BRAND, (x, y)
    symbol = rgb.crop((pad, pad, pad + SYMBOL_SIZE, pad + SYMBOL_SIZE))
    assert (255, 255, 255) in pixels(symbol), "the symbol is drawn in white"


def test_outline_icon_is_32_square_white_and_transparent_only() -> None:
    with Image.open(APP_PACKAGE / "outline.png") as image:
        assert (image.format, image.size, image.mode) == ("PNG", (32, 32), "RGBA")
        found = pixels(image)
    odd = {p for p in found if p[3] != 0 and p != (255, 255, 255, 255)}
    assert odd == set()
    opaque = sum(1 for p in found if p[3] == 255)
    assert 150 < opaque < 32 * 32 - 150, "the mark should fill the icon, not vanish or flood it"


def test_outline_icon_has_no_padding() -> None:
    with Image.open(APP_PACKAGE / "outline.png") as image:
        assert image.getbbox() is not None
        left, top, right, bottom = image.getchannel("A").getbbox() or (0, 0, 0, 0)
    assert (left, right, bottom) == (0, 32, 32)
    assert top <= 3


def test_committed_icons_match_the_drawing_script() -> None:
    for name, drawn in (("color.png", draw_color()), ("outline.png", draw_outline())):
        with Image.open(APP_PACKAGE / name) as committed:
            assert committed.mode == drawn.mode
            assert pixels(committed) == pixels(drawn), (
                f"{name} is out of date: run python -m scripts.draw_icons"
            )


def test_accent_colour_is_the_brand_colour() -> None:
    assert load_template()["accentColor"] == BRAND_HEX
    assert "#{:02X}{:02X}{:02X}".format(*BRAND) == BRAND_HEX
