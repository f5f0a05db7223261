"""Ordinary messages from sets 161 to 164 that raised the alarm before those sets were trained on: a
girl who will "kill her brother" if he touches her scooter; "going to strangle" a toddler if he
flushes one more thing; a tantrum at the dentist that kicked him; a grandson who will "punch the
sun"; parents who fight every night over who reads the story; a famine-appeal photo of a starving
child, or a dog attacking a man, posted under ours; a comment that someone's kids "should be left to
starve"; voice notes screaming abuse at the fat cows "at Home-Start".

Each guard beside it keeps the concern in the same words.
"""

from __future__ import annotations

import pytest

from bot.conversation.word_rules import is_safeguarding, normalise


@pytest.mark.parametrize(
    "message",
    [
        "the 6 year old said she'd kill her brother if he took her bike again, siblings eh",
        "mum says she could strangle the toddler if he posts one more sock down the loo lol",
        "he had a tantrum at the hairdressers and kicked her, mum was mortified, all fine now",
        "my 4 year old is going to punch the moon when he grows up apparently",
        "the kids fight every morning over who gets the front seat",
        "someone shared a charity appeal photo of a starving child under our post to mock it",
        "a video of a dog attacking a postman got posted in our group, horrible",
        "a reply on our post says those kids should all be left to starve, vile",
        "someone keeps leaving voice notes shouting at the staff at Home-Start",
    ],
)
def test_the_ordinary_message_raises_no_alarm(message: str) -> None:
    assert not is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "he said he'd kill her if she left him",
        "mum's boyfriend said he'd strangle the toddler, she's terrified",
        "dad kicked him so hard he fell over",
        "her partner punched her in the face last night",
        "the 7yo says mum and dad fight every night and he hides under the bed",
        "the little boy is starving, they've had no food for days",
        "the dog attacked the baby and they didn't take him to hospital",
        "mum says the kids should be left to starve if they won't eat what she makes",
        "the kids hear screaming at home every night",
    ],
)
def test_the_concern_in_the_same_words_still_raises_one(message: str) -> None:
    assert is_safeguarding(normalise(message))
