"""A concern five-fold over two hundred and ten sets missed, in new words: how to raise a concern
about a volunteer, the writer uneasy about him with the children.

It stays quiet beside the everyday message in the same words.
"""

from __future__ import annotations

from bot.conversation.word_rules import is_safeguarding, normalise


def test_raising_a_concern_about_a_volunteer_with_the_children_is_a_concern() -> None:
    message = "how do I go about raising a concern about a volunteer? I feel uneasy around him with the kids"
    assert is_safeguarding(normalise(message))


def test_raising_a_concern_about_a_colleague_and_the_parking_is_not() -> None:
    message = "how do I go about raising a concern about a colleague who keeps taking my parking space?"
    assert not is_safeguarding(normalise(message))
