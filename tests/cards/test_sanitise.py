"""What people type is shown as typed, never interpreted: in cards, names, exports and HTML."""

from __future__ import annotations

import pytest

from cards.common import clean, user_text
from cards.sanitise import (
    check_length,
    display_name,
    fit,
    html_text,
    spreadsheet_cell,
    spreadsheet_row,
)

RLO = "\u202e"
ZWSP = "\u200b"


@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        ("<b>bold</b>", r"\<b\>bold\</b\>"),
        ("<script>alert(1)</script>", r"\<script\>alert(1)\</script\>"),
        ("**bold** _it_ `code`", r"\*\*bold\*\* \_it\_ \`code\`"),
        ("[click](https://evil.example)", r"\[click\](https://evil.example)"),
        ("# heading", r"\# heading"),
        ("${user.name}", r"\$\{user.name\}"),
        ("${if(true, 'a', 'b')}", r"\$\{if(true, 'a', 'b')\}"),
        ("Thanks! See 3.5 (maybe).", "Thanks! See 3.5 (maybe)."),
        ("  > quoted\n+ plus", "  \\> quoted\n\\+ plus"),
        ("1. item\n- item", "1\\. item\n\\- item"),
    ],
)
def test_user_text_shows_markup_as_typed(typed: str, shown: str) -> None:
    assert user_text(typed) == shown


def test_no_template_or_markup_character_survives_unescaped() -> None:
    hostile = "<a href='x'>${secret}</a> **x** [y](z) ![i](j) `k` > quote | table ~strike~"
    escaped = user_text(hostile)
    for index, char in enumerate(escaped):
        if char in "<>${}[]*_`|~":
            assert escaped[index - 1] == "\\", (index, escaped)


@pytest.mark.parametrize(
    "name",
    [
        f"Alex{RLO}reliW",
        f"A{ZWSP}lex Wil{ZWSP}ber",
        "Alex\u2066 Wilber\u2069",
        "Alex\u200d Wilber\ufeff",
        "Alex\u00ad Wilber\u061c",
        "Alex\U000e0041 Wilber",
    ],
)
def test_direction_overrides_and_invisible_characters_are_removed_from_names(name: str) -> None:
    shown = display_name(name)
    assert shown.replace(" ", "") in ("AlexreliW", "AlexWilber")
    assert shown.isprintable()


def test_names_are_one_line_and_bounded() -> None:
    assert display_name("Alex\r\nWilber\u2028CEO\tapproved") == "Alex Wilber CEO approved"
    long = display_name("x" * 10_000)
    assert len(long) == 80
    assert long.endswith("…")
    assert display_name(f"  {ZWSP}\n ") == "Someone"


def test_clean_removes_control_characters_but_keeps_line_breaks() -> None:
    assert clean("a\x00b\x1bc\x7fd\x85e") == "abcde"
    assert clean("one\r\ntwo\rthree\nfour") == "one\ntwo\nthree\nfour"


@pytest.mark.parametrize(
    ("value", "cell"),
    [
        ('=HYPERLINK("http://evil","x")', '\'=HYPERLINK("http://evil","x")'),
        ("+1+1", "'+1+1"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "'\t=1"),
        ("  =1", "'  =1"),
        ("\uff1d1+1", "'\uff1d1+1"),
        ("Facebook post", "Facebook post"),
        ("a=b", "a=b"),
        (None, ""),
        (42, "42"),
    ],
)
def test_spreadsheet_cells_never_start_a_formula(value: object, cell: str) -> None:
    assert spreadsheet_cell(value) == cell


def test_spreadsheet_row() -> None:
    assert spreadsheet_row(["=1", "ok", "\x00@x"]) == ["'=1", "ok", "'@x"]


def test_html_columns_show_tags_as_text() -> None:
    assert html_text('<img src=x onerror="alert(1)">&amp;') == (
        "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&amp;amp;"
    )


def test_a_10000_character_field_is_refused_with_a_message() -> None:
    message = check_length("x" * 10_000, 4000, label="description")
    assert message == (
        "Your description is 10,000 characters long; the most I can take is 4,000. "
        "Please shorten it and send it again."
    )
    assert check_length("x" * 4000, 4000, label="description") is None


def test_or_truncated_with_a_message() -> None:
    fitted = fit("word " * 2000, 4000)
    assert len(fitted.text) <= 4000
    assert fitted.truncated
    assert fitted.note("description").startswith("Your description was too long, so I kept the first")
    assert fit("short", 4000).note("description") == ""
    assert fit("x" * 10_000, 4000).text == "x" * 4000
