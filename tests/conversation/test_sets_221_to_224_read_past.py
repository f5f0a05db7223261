"""Ordinary messages from sets 221 to 224 that raised the alarm before those sets were trained on: a
child who "punched" the teacher with a high five; a mum who nearly wet herself laughing; parents at
the school gate asking which family one visits; a post off-topic; a campaign on sextortion; a forum
for parents worried about gaming; whether to stop posting one's children's pictures; a reel grabbed
by a national account; a dog battered with a balloon sword; a page renamed overnight
(``everyday_later``).

Each guard beside it keeps the concern in the same words.
"""

from __future__ import annotations

import pytest

from bot.conversation.word_rules import is_safeguarding, normalise


@pytest.mark.parametrize(
    "message",
    [
        "the nursery note says he 'punched' the teacher, turns out it was a fist bump 😂",
        "the toddler slid down the muddy bank on his bum and mum nearly wet herself",
        "other mums at the school gate keep asking me which family I visit, what do I say?",
        "if a parent posts something off topic in our group, do we delete it?",
        "the police want us to share their campaign on sextortion, does that need sign-off?",
        "could we set up a chat group for parents worried about their kids' screen time?",
        "mum's asking if she should stop posting her kids' pictures online, what do I tell her?",
        "our reel of the toddler group got grabbed by a meme account, comments everywhere",
        "the little one battered the cat with a foam sword all morning, cat unbothered",
        "our page name got changed to 'Crypto Mums' overnight, mums asking what's going on",
    ],
)
def test_the_ordinary_message_raises_no_alarm(message: str) -> None:
    assert not is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "the little boy says his dad punched him in the stomach",
        "the toddler wet herself and dad smacked her for it",
        "a man I don't know keeps asking me which family I visit and where they live",
        "something's off with the dad, the kids flinch when he comes in",
        "a boy in my family is being blackmailed with photos, it's sextortion",
        "mum is worried about her kids, dad's drinking again and he hit her",
        "a man asked mum to stop posting her kids' pictures and send them to him privately",
        "the toddler got grabbed by the arm and dragged out by her dad",
        "dad battered the dog with a belt in front of the kids",
        "the kids were left on their own overnight again",
    ],
)
def test_the_concern_in_the_same_words_still_raises_one(message: str) -> None:
    assert is_safeguarding(normalise(message))
