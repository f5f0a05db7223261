"""Concerns the rules missed in this round's second look: five-fold over seventy-eight sets, and
sets 81 to 84 before they were trained on. An older relative robbed by her own family; an ex who
has found out where a mother is staying; a teenager sharing extremist memes; "you don't deserve
her" said to a mother; thoughts of driving into a tree; a last "thanks for everything" and then no
reply; a stranger asking which mums have teenage daughters; creepy comments from men under a
child's video; a child left in charge of the little ones while mum is out; a parent asleep with
the baby after drinking; a staff member's "special princess" on his own account; a girl seeing a
man twice her age; "what's her name and which village"; where to find the safeguarding procedure
now; and a child who "walked into something" again. Then, five-fold over eighty-two sets:
neighbours who say they will burn a family's house down, a volunteer in private contact with a
"14-year-old" (an age written with hyphens), a child out in the snow with no coat, children who
look at their stepdad before they eat, hands round her throat, and a stranger wanting a baby's
family's address; and, leaving one set out, a dad who will "sort his missus out" and an ex who now
knows where they are living. Everyday messages in nearly the same words raise no alarm. The wordings are new,
not copied from the sets.
"""

from __future__ import annotations

import pytest

from bot.conversation.word_rules import is_safeguarding, normalise


@pytest.mark.parametrize(
    "message",
    [
        "grandad in my family is being ripped off by his grandson, every payday it's gone",
        "mum says her ex has worked out where they're staying now and keeps texting her",
        "the 14 year old has been sharing nazi memes in the family chat and calls it banter",
        "the note on the car said you do not deserve those kids",
        "she told the GP she keeps thinking about stepping in front of a train",
        "she's gone quiet since her text saying thanks for everything, I can't get hold of her",
        "someone on the group wanted to know which of the parents have little boys for a photo shoot",
        "dodgy comments from blokes under the reel of the kids at messy play",
        "the 8 year old was in charge of the twins when I got there, mum had gone out",
        "dad crashed out in bed with the newborn after the pub, mum found them at 2am",
        "a staff member keeps posting one little girl on his own insta, calls her his special princess",
        "her daughter's 16 and seeing a 32 year old man she met at work",
        "an account commented what's her name and which nursery is that under our reel",
        "where can I find the safeguarding procedure? something happened today",
        "his eye was swollen and dad said he bumped into the door, like last time",
    ],
)
def test_a_concern_from_this_round_is_caught_by_the_rules(message: str) -> None:
    assert is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "my nan got robbed on holiday in Spain, her purse went from her bag",
        "the 15 year old is doing a history project on the far right in the 1930s",
        "someone left a swastika comment under our remembrance post",
        "mum said she doesn't deserve them, they're such good kids",
        "thanks for everything, I'll miss you all! last day Friday",
        "my 12 year old is minding the baby while I hang the washing out",
        "mum dozed off with the baby on her chest, the midwife says skin to skin is lovely",
        "my 17 year old is going out with a lad from college who's 18",
        "my mum's seeing a 45 year old bloke from the bingo, it starts at 10 on Fridays",
        "is knowing the local safeguarding procedure expected of volunteers who only do admin?",
    ],
)
def test_everyday_messages_in_the_same_words_raise_no_alarm(message: str) -> None:
    assert not is_safeguarding(normalise(message))


# Missed five-fold over eighty-two sets, once sets 81 to 84 had joined the training data.
@pytest.mark.parametrize(
    "message",
    [
        "the neighbours told my family they'll torch their house if they don't move",
        "a volunteer has been in private contact with her 14-year-old on snapchat",
        "the toddler was out in the garden with no coat on in the snow",
        "the children look at their stepdad before they eat anything",
        "she said he had his hands round her throat on Saturday, but it's all fine now",
        "an account I don't recognise wants their address, it commented on the baby pics",
        # Missed leaving one set out over eighty-two sets.
        "in the group chat the dad says he'll sort his missus out when he's back from the pub",
        "her ex keeps messaging the office asking about her, and now he knows where they're living",
    ],
)
def test_a_concern_missed_five_fold_is_caught_by_the_rules(message: str) -> None:
    assert is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "the candle nearly burned the house down, mum's bought battery ones now",
        "the kids ran round the garden in just their pants in the heatwave",
        "the twins looked at their mum before they answered me, so shy",
        "the toddler put his hands round her neck for a big cuddle when I left",
        "the nursery asked for their address for the register, the kids start Monday",
        "can someone sort out her partner's volunteer badge, he starts on Monday",
    ],
)
def test_everyday_messages_like_those_raise_no_alarm(message: str) -> None:
    assert not is_safeguarding(normalise(message))
