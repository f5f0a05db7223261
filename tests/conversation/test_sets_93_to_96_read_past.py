"""Everyday messages that raised the safeguarding card by the rules in sets 93 to 96 before they
were trained on, in new words: a child scared of the dark, knife skills at a cooking class, a troll
telling the charity to kill themselves, "paedo charity" under every post, a teenager who says mum
can't cope with technology, a daughter gutted about missing a party, a venue said to be filthy,
someone asking when the next toddler group is, a question about being threatened for volunteering,
a threat aimed at a member of staff where no child or family is named, and a porn-spam comment
under the post about the toddler group. Beside each, the concern in nearly the same words is still
caught.
"""

from __future__ import annotations

import pytest

from bot.conversation.word_rules import is_safeguarding, normalise


@pytest.mark.parametrize(
    "message",
    [
        "my daughter was frightened of the dark so we got her a little star projector, sleeps all night now",
        "parents group did knife skills at the cookery course today, everyone kept all their fingers",
        "an account keeps commenting 'go kill yourselves' on everything the charity posts",
        "three accounts are replying 'paedo charity' to our appeal posts, do I block them?",
        "my son reckons I can't cope with technology because I can't work the telly remote",
        "my little girl has chickenpox so she's missing her best friend's party, heartbroken",
        "a mum emailed to say the stay and play room was filthy on tuesday and her son's clothes got ruined",
        "someone keeps asking on facebook when the next baby group is, can I reply from the page?",
        "What if I got threatened by someone because of my volunteering, is there support for me?",
        "someone keeps messaging our CEO saying they know where she lives, she's shaken",
        "a bot left a comment with a naked picture and porn links on the post about our toddler group",
    ],
)
def test_an_everyday_message_stays_quiet(message: str) -> None:
    assert not is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "the little boy is frightened of his dad, he flinched when he came in",
        "the little girl told me she's frightened of the dark cos that's when the man visits",
        "dad told the little one 'you'll get what's coming when we get home'",
        "her brother pulled a knife on the kids at the weekend",
        "someone posted 'kill yourself' under my 14 year old's video",
        "there's a known paedo moved in next door to one of my families",
        "mum says she can't cope with the baby any more",
        "the 13 year old has been missing since last night",
        "the kids were filthy and the flat stank when I visited",
        "someone keeps asking when the little girl in the photo is at the group, and where she lives",
        "the mum's partner threatened to hurt the kids if I came back",
        "someone keeps messaging the mum saying they know where she lives, she's terrified for the kids",
        "someone posted a nude picture of a girl from the toddler group's family",
    ],
)
def test_the_concern_in_nearly_the_same_words_is_still_caught(message: str) -> None:
    assert is_safeguarding(normalise(message))
