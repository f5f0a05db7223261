"""Concerns told as an aside or a hint: a mum who took something to sleep with the baby in her bed,
a caretaker photographing children on his own phone, a teenager offered cash work and a bed "no
questions", a volunteer who "won't be around much longer", a child saying daddy sniffs "snow", a
baby who has not grown with appointments missed, a chair thrown that caught a child; and, missed
leaving one set out over fifty-four sets, something sexual said about a child in a comment, a
partner "handy with his fists", children "tapped" with a belt or spoon, and "concern" said on its
own. Everyday family life in the same words raises no alarm, nor do idioms (starving after the
park, strangled with a hug, no harm done, minor injuries, a sibling "going to kill" another over a
toy), and "had the baby in bed" is not a birth.

The kinds come from the concerns development sets 53 to 56 held before they were trained on, and
from those missed leaving one set out; the wordings here are new.
"""

from __future__ import annotations

import pytest

from bot.conversation import chatter
from bot.conversation.word_rules import is_safeguarding, normalise


@pytest.mark.parametrize(
    "message",
    [
        "mum said she'd taken a couple of tablets to knock herself out, baby slept in her bed all night",
        "she took something to help her sleep, woke with the newborn next to her, no idea how",
        "the hall caretaker was taking pictures of the kids on his own phone while the mums were busy",
        "a man at soft play keeps photographing the little girls on his mobile, tried to add one on snap",
        "someone in the community group is offering a 15 year old cash work and a room, no questions asked",
        "village page post: looking for a lad of 16 to live in, work for cash, board provided, no questions",
        "a volunteer put on facebook that she won't be around much longer and she's done with everything",
        "my colleague messaged me saying she's had enough of everything and won't be here much longer",
        "the 4 year old said daddy keeps white powder in his sock and sniffs it when mummy is at work",
        "little one told me daddy sniffs 'snow' off the table at night then sleeps all day",
        "the baby still hasn't put on any weight since she was born and mum's missed the clinic appointments",
        "health visitor says faltering growth and the family have missed the paediatrician twice",
        "dad threw a chair across the room, it caught the little one on the arm, mum said don't tell",
        "he chucked a chair at mum and the toddler got hit by it",
        "my dad lost it last night, threw a chair, my little brother got caught on the arm",
        # Concerns still missed leaving one set out over fifty-four sets; the wordings are new.
        "a comment under our photo from the picnic says something sexual about one of the little girls",
        "her partner can be handy with his fists when he's been drinking, she says he's sorry after",
        "dad says he only 'taps' the boys with a belt when they're naughty",
        "i have a concern",
        "got a worry",
    ],
)
def test_a_concern_told_as_an_aside_is_caught_by_the_rules(message: str) -> None:
    assert is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "mum took something for her headache and had a lie down while I played with the baby",
        "she had the baby in bed with her for a cuddle this morning, so sweet",
        "we're taking photos at the group for our page, every mum has signed the consent form",
        "our coordinator is taking pictures of the stay and play for the newsletter",
        "my nephew is 16 and looking for cash work over the summer, any ideas?",
        "I won't be around much longer at the office, I'm moving to the Lowestoft team in May",
        "the baby's been sniffing all week with a cold, mum's got the saline spray",
        "the 3 year old loves the snow, we built a snowman in the garden",
        "the baby has put on so much weight, the health visitor is really pleased",
        "we stacked the chairs after group and the little ones helped carry them",
        "dad threw a chair together from the flat pack and the toddler 'helped' 😂",
        # Idioms and everyday knocks read from the same sets' false alarms; the wordings are new.
        "my two were absolutely starving after swimming, they ate everything in sight",
        # Missed leaving one set out over seventy sets: hungry from a visit, or from growing.
        "starving after my visit so mum made the kids and me beans on toast",
        "the toddler is hungry every hour at the moment, mum thinks it's a growth spurt",
        "the baby bopped me on the nose with his rattle, no harm done",
        "she was kept in overnight with croup but she's home now and bouncing about",
        "he tripped at nursery and they sent him to minor injuries to be safe, all fine",
        "the twins strangled me with cuddles when I arrived",
        "my son says he's gonna kill his brother if he nicks his switch again 🙄",
        "the comments on the stay and play photo are all about how cute the little girls' outfits are",
        "the boys had a water fight, dad tapped them with a wet sponge and they screamed laughing",
        "i have a concern about the font on the new poster",
    ],
)
def test_family_life_in_the_same_words_raises_no_alarm(message: str) -> None:
    assert not is_safeguarding(normalise(message))


def test_a_baby_in_bed_after_something_to_sleep_is_not_a_birth() -> None:
    assert not chatter.GOOD_NEWS.search(
        normalise("mum took something to sleep and had the baby in bed with her, she couldn't remember")
    )
    assert chatter.GOOD_NEWS.search(normalise("my mum had the baby at 3am, a little girl!"))
