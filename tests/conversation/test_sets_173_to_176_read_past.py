"""Ordinary messages from sets 173 to 176 that raised the alarm before those sets were trained on:
twins who "had me battered" at soft play; a little one who headbutted the writer and gave her a
black eye; a baby black and blue after his heart operation; children who wake the writer screaming
at five; a child terrified of the ghost train; the policy's "bit about children and adults at
risk of harm" asked about; "we're sorry for any hurt caused" in a reply to be signed off (topics).

Each guard beside it keeps the concern in the same words.
"""

from __future__ import annotations

import pytest

from bot.conversation.word_rules import is_safeguarding, normalise


@pytest.mark.parametrize(
    "message",
    [
        "the toddlers had me absolutely battered by lunchtime, what a morning",
        "the baby head butted me and gave me a black eye, mum couldn't stop laughing",
        "the baby's a bit black and blue from the cannula but home and smiling",
        "the twins woke us screaming at 6 again, send coffee",
        "my family's eldest was terrified of the rollercoaster but went on it twice",
        "what's the part about children and adults at risk of harm actually say?",
        "draft for sign-off: we're sorry for any hurt this has caused the dads in our group",
    ],
)
def test_the_ordinary_message_raises_no_alarm(message: str) -> None:
    assert not is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "her partner battered her again last night",
        "the little boy has a black eye and says daddy did it",
        "the baby is black and blue down one side and nobody can say why",
        "the kids were screaming at each other and dad hit the eldest",
        "the children are terrified of their mum's boyfriend",
        "I think the children in my family are at risk of harm from their uncle",
        "he said he'd hurt the kids if she called anyone",
    ],
)
def test_the_concern_in_the_same_words_still_raises_one(message: str) -> None:
    assert is_safeguarding(normalise(message))
