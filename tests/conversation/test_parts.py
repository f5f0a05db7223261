"""Cutting a message into sentences and clauses, so a concern told in passing is judged alone."""

from __future__ import annotations

import pytest

from bot.conversation.parts import parts


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        (
            "Who's the safeguarding lead? I need to tell someone",
            ["Who's the safeguarding lead?", "I need to tell someone"],
        ),
        (
            "please approve the post but the mum is scared of her ex",
            ["please approve the post", "the mum is scared of her ex"],
        ),
        (
            "we had a lovely group, and the dad said he hits them",
            ["we had a lovely group", "the dad said he hits them"],
        ),
        ("line one\nline two", ["line one", "line two"]),
    ],
)
def test_a_message_is_cut_where_one_thought_ends_and_another_starts(
    message: str, expected: list[str]
) -> None:
    assert parts(message) == expected


@pytest.mark.parametrize("message", ["bruises on her arm", "mum and dad are fighting", "", "  "])
def test_a_single_thought_gives_no_parts(message: str) -> None:
    assert parts(message) == []
