"""Concerns the rules missed in sets 113 to 116 before they were trained on, most of them one
clause in a message about something else: water added to the baby's formula to make the tin
last; children sleeping in their coats since the meter ran out; tea towels for nappies; the same
stained clothes as last week; a parent on the cans most days; the first time in years he has let
her see her family; a husband who reads her messages or takes her phone at night; a mark said to
be a birthmark that was not there before; bumps to the head that keep happening; the addresses of
the families with daughters; pages that sexualise young girls; a coach who wants children alone
in his car; comments under the children's photos asking where one lives; rude films shown to a
child; giving up on life said lightly; something to report about a family. Everyday messages in
nearly the same words raise no alarm. The wordings are new, not copied from the sets.
"""

from __future__ import annotations

import pytest

from bot.answers.index import PolicyIndex
from bot.conversation.route import Route, decide
from bot.conversation.word_rules import is_safeguarding, normalise


@pytest.mark.parametrize(
    "message",
    [
        "mum says the mark on his back is a birthmark but it wasn't there at my last visit",
        "she's been adding extra water to the baby's formula to make the tin last longer",
        "the children have been sleeping in their coats since the meter ran out",
        "they'd run out of nappies so she was using tea towels on the baby",
        "the sponsor's PA asked me for the addresses of families with girls aged 12 to 15 for presents",
        "he's been giving his tools away to his brother and says he might not be around to see the summer",
        "the toddler was in the exact same vest as last week, same stain down the front",
        "the little girl has had four bumps to her head since half term and I'm never there when it happens",
        "the new volunteer follows pages that sexualise young girls on his public instagram",
        "took mum to see her sister, first time he's let her see her in a year",
        "her husband's been reading all her messages and takes her phone at night",
        "dad's been on the cans most days since mum went into hospital",
        "mum's boyfriend shows the 6 year old the rude films on his phone",
        "honestly if I vanished my families would probably be better off",
        "some days I wonder what the point of me even is",
        "wouldn't mind not waking up tomorrow tbh",
        "lie awake at night planning my own funeral lol",
        "the swimming coach wants the kids to travel alone in his car to galas",
        "not eating, not sleeping, just going through the motions. anyway what time's the meeting",
        "a man keeps commenting on the photos of kids from our fun day asking where does she live",
        "where's the number for children's services, I need to report something about a family today",
        "a man on instagram keeps asking which of our families are single mums with 14 year old girls",
    ],
)
def test_a_concern_from_this_round_is_caught_by_the_rules(message: str) -> None:
    assert is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "mum said the strawberry mark is a birthmark, the GP had a look at it",
        "add the water to the bottle first, then the formula powder, the leaflet says",
        "the twins went to bed in their coats because they were pretending to be explorers",
        "we used tea towels as bunting for the fun day",
        "the twins wore the same outfit as last week for the photos, so cute",
        "dad was on the cans watching the match on Saturday with his mates",
        "it's the first time he's let her win at snap all year",
        "dad takes her phone off her at night so she gets some sleep, she's 13",
        "the toddler got two bumps on his head at soft play today, he's fine now",
        "can you send me the addresses of the families for the christmas cards?",
        "the training covered how adverts sexualise young girls",
        "the coach drives the minibus to away games with two parents on board",
        "a mum asked where does the group meet on tuesdays",
        "if I vanished for a week I'd come back to 500 emails",
        "what's the point of meeting if no one comes?",
        "wouldn't mind not waking up at 5am for once",
        "planning my nan's funeral this week so I'll be off Thursday",
        "the committee is just going through the motions at this point",
        "mum's giving the baby's things away now he's grown, she wants them to go to a good home",
        "I need to report something about the family fun day page",
        "which of our families would like tickets for the panto with their teenage daughters?",
        "the school asked which of our families with teenage daughters would like free period products",
    ],
)
def test_the_everyday_message_in_the_same_words_raises_no_alarm(message: str) -> None:
    assert not is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "haha if I disappeared everyone would be better off tbh",
        "lol lying awake planning my own funeral again, anyway what time is the team meeting",
    ],
)
def test_giving_up_said_laughing_still_raises_the_card(index: PolicyIndex, message: str) -> None:
    assert decide(index, message).route is Route.SAFEGUARDING
