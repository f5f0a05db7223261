"""Concerns the rules missed in sets 93 to 96 before they were trained on: a toddler filmed with a
cigarette in his mouth or given a drag on a vape; a dog that bit a toddler still loose in the room
with him; a mother who goes white because "he knows where we are" and leaves in a rush; a boy with
a "shiner" (a black eye, in Suffolk) he would not explain; a child with no shoes in the winter, or
who has not had tea since Friday. Everyday messages in nearly the same words raise no alarm. The
wordings are new, not copied from the sets.
"""

from __future__ import annotations

import pytest

from bot.conversation.word_rules import is_safeguarding, normalise


@pytest.mark.parametrize(
    "message",
    [
        "there's a clip of her toddler with a fag in his mouth, the comments think it's hilarious",
        "dad let the 2 year old have a drag on his vape at the bbq",
        "the staffie went for the baby a fortnight ago and it's still loose in the lounge with her all day",
        "mum's phone went and she just said 'he's found out where we're staying' and packed up in a panic",
        "little un came in with a proper shiner and wouldn't say how he got it",
        "she turned up at playgroup in december with no shoes on, only socks",
        "the boy told me he hasn't had any tea since sunday",
    ],
)
def test_a_concern_from_this_round_is_caught_by_the_rules(message: str) -> None:
    assert is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "my nan always had a fag in her mouth in every photo 😂",
        "my 17 year old has started vaping, driving me mad",
        "the dog bit the postman last week lol, he's still sulking about it",
        "grandad knows where we are, he's picking us up at 5",
        "caught a lovely shiner on the lake this morning, threw it back",
        "he's got a proper shiner from the swing, mum had it checked and he's telling everyone he's a pirate",
        "he kicked his shoes off in the car again and went into nursery with no shoes on, had to go back",
        "I haven't had any tea since this morning, gasping for a brew",
    ],
)
def test_an_everyday_message_in_nearly_the_same_words_stays_quiet(message: str) -> None:
    assert not is_safeguarding(normalise(message))
