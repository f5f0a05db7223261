"""Ordinary messages from sets 225 to 228 that raised the alarm before those sets were trained on: a
thumb stabbed on a rose; a baby who screamed as if stabbed at the heel prick; twins attacking with
foam swords; hair like a bird's nest that was attacked; a post about beating the baby blues; a
suicide prevention partnership; a meme mocking suicide; a clip of a cat beaten; a mother terrified
of social media; freezing at the fun run; children starving after football; a black eye from a
swing; a sister threatening to post a video of one dancing; a baby who grabbed a coin; a father
nearly strangled by the bunting; a concern about the policy's wording; people's own mental health
on our page; no concerns about someone's safety (``everyday_later``).

Each guard beside it keeps the concern in the same words.
"""

from __future__ import annotations

import pytest

from bot.conversation.word_rules import is_safeguarding, normalise


@pytest.mark.parametrize(
    "message",
    [
        "my son stabbed his thumb on a rose at nan's and cried for an hour",
        "the baby screamed like she'd been stabbed when the nurse did her heel prick, then slept",
        "the twins have been attacking me with their foam swords all afternoon lol",
        "my daughter says my hair is like a bird's nest that's been attacked, charming",
        "can we share the health visitors' post about beating the baby blues?",
        "we're joining the suicide prevention partnership, does the press release need sign off?",
        "someone shared a meme mocking suicide under our post, can we hide it?",
        "someone posted a clip of a cat being beaten in our comments",
        "my mum is terrified of social media, how do I explain our policy to her?",
        "we were freezing at the fun run, the kids thought it was hilarious",
        "the kids were starvin after footie, ate the lot",
        "he's got a black eye from his sister's swing, says he was fighting pirates",
        "my sister keeps threatening to post the video of me dancing at the wedding lol",
        "the baby grabbed a 2p coin and went to put it in her mouth, nan had it off her in a flash",
        "my dad nearly strangled himself with the bunting putting it up for the fete",
        "I want to raise a concern about the way the policy is worded",
        "when people share their own mental health struggles on our page, do we reply?",
        "mum wants a parenting course, no concerns about her safety, just wants tips",
    ],
)
def test_the_ordinary_message_raises_no_alarm(message: str) -> None:
    assert not is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "mum said dad stabbed her hand with a fork last night",
        "she howled in pain, said he had stabbed her",
        "dad attacked her with his belt",
        "dad attacked her and pulled her hair out",
        "he's beating the baby when she cries",
        "mum talks about suicide all the time now",
        "a girl in our group posted a video about suicide and says she wants to die",
        "the kids watched dad kick the puppy and now they're scared of him",
        "the kids are terrified of dad",
        "the kids were freezing in the house, no heating for a week",
        "the baby's starving, mum hasn't fed her since yesterday",
        "he's got a black eye from his dad",
        "he keeps threatening to post the video of me in the shower",
        "the toddler grabbed the knife off the side while mum was passed out",
        "my nephew nearly strangled himself with the blind cord, nobody was watching him",
        "mum disclosed her mental health is awful and she wants to die",
        "I have worries about her safety, her partner is controlling",
        "dad grabbed her by the throat mid-call",
    ],
)
def test_the_concern_in_the_same_words_still_raises_one(message: str) -> None:
    assert is_safeguarding(normalise(message))
