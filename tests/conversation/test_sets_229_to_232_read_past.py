"""Ordinary messages from sets 229 to 232 that raised the alarm before those sets were trained on: a
newborn who grabbed a finger; a family sounding hurt more than angry about a fundraiser; drivers who
cut someone up; a black eye from the car door; messages from one's own account asking for gift
cards; a volunteer who brought her dog in; a clip of a man hurting a puppy; spam accounts posting
violent videos; a picture from mum of the toddler asleep; a father's scars from his years as a
chef; henna marks; a toddler who attacked the dough; Mongolian blue spots mistaken for bruises
(``everyday_later``); and a mother who lost her baby, a bereavement read as a child gone missing
(set 229, noticed after it was trained on; the learned layer had learned it, the word rules had not).
A held-out concern had been caught only by that misreading, someone low after losing a baby who
keeps "googling ways to do it" (``farewell_signs``): its own sign is listed with the guards.

Each guard beside it keeps the concern in the same words.
"""

from __future__ import annotations

import pytest

from bot.conversation.word_rules import is_safeguarding, normalise


@pytest.mark.parametrize(
    "message",
    [
        "the twins came home from special care and the little one grabbed my thumb, I cried",
        "the dad wrote to us, he sounds hurt more than angry that the raffle money went elsewhere",
        "under the reel of the kids' sports day someone's posting graphic comments about "
        "drivers who cut him up",
        "she's got a black eye from the car door, bless her, mum took her to the walk-in centre",
        "a few volunteers have had messages from my account asking them to buy gift cards "
        "for the kids' christmas party",
        "the dad says the volunteer brought her dog into the house without asking, his "
        "daughter's scared of dogs",
        "someone posted a clip of a man hurting a kitten in the parents' group",
        "fake accounts keep posting violent fight videos under our insta posts, loads of them",
        "mum sent me a photo of the baby asleep in the log basket 😍",
        "grandad showed the kids the scars on his arms from his years as a welder",
        "nursery asked about the orange marks all over the little girl's hands 😂 it was "
        "henna from the wedding",
        "the little one attacked the playdough like it owed her money 😂",
        "we learned about mongolian blue spots today and how easily they're mistaken for bruises",
        "the mum I visit lost her baby in the summer and wants to add me on fb, is that ok",
        "we lost our baby at 20 weeks, is there anything on the policy about taking time off",
        "ive been googling ways to do it cheaper, the printing for the fun day costs a fortune",
        "she was looking up ways to do it herself, the gift aid forms",
    ],
)
def test_the_ordinary_message_raises_no_alarm(message: str) -> None:
    assert not is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "dad grabbed her by the arm and shook her",
        "she was hurt when he pushed her down the stairs",
        "he cut her with a knife last night",
        "he's got a black eye from his dad again",
        "a man keeps messaging our girls asking them to meet him",
        "the volunteer brought her boyfriend into the house and he was alone with the kids",
        "dad keeps hurting the puppy in front of the kids to scare them",
        "the 8 year old watches violent porn on dad's phone",
        "a man sent me a picture of the toddler asleep in her bed",
        "she has scars on her arms from cutting herself",
        "there are marks all over her arms, mum says it was henna but they look like bruises",
        "dad attacked her when she spilt her dinner",
        "bruises on his back that the hv says aren't mongolian blue spots",
        "she lost one of the babies at the stay and play, we searched for ten minutes",
        "mum cant find the baby, the pram was empty outside the shop",
        "we lost the toddler at the fair and found him by the road",
        "since the miscarriage ive been googling ways to do it, still doing my visits though",
        "mum told me she's been looking up ways to end it all",
        "he keeps searching how to kill himself on the family ipad",
    ],
)
def test_the_concern_in_the_same_words_still_raises_one(message: str) -> None:
    assert is_safeguarding(normalise(message))
