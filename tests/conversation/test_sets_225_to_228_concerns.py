"""Concerns the rules and classifiers missed in sets 225 to 228 before they were trained on, in new
words: a child in pain with a bad tooth, the dentist stopped for the money; the last of the food
all there is till payday; a debt to be worked off at a man's sauna; a young teenager minding the
little ones while mum is on a ward; "next time I'll do it properly" after a crisis team; a plan and
"tonight's the night" under a mental health post; a parent shaky and confused on new tablets, alone
with the baby; a panic attack at the roadside with the children in the car; jabs and the health
visitor missed again and again; a child not collected for hours; the safeguarding lead not
answering, and asked for in three words; a baby never held; a threat that nobody will be there
when the social worker comes; a child's face circled with "mine" beside it; someone who "won't be
around much longer".

Each stays quiet beside the everyday message in the same words.
"""

from __future__ import annotations

import pytest

from bot.conversation.word_rules import is_safeguarding, normalise


@pytest.mark.parametrize(
    "message",
    [
        "mum can't afford the dentist now and the 4 year old's got a black tooth, screams with the pain",
        "kids fighting over the last yoghurt, mum said that's all there is until monday",
        "the man her partner owes money to says she can work it off at his sauna",
        "mum's been in a psychiatric unit since sunday, the 13 year old is minding the 2 "
        "younger ones and dad works away",
        "she came home from the psych ward yesterday and told me next time she'll do it properly",
        "someone commented under our postnatal depression post 'I have a plan now. tonight's the night'",
        "mum's new tablets from the psychiatrist are making her shaky and confused and "
        "she's on her own with the twins",
        "dad called me having a panic attack on the hard shoulder with the kids in the car",
        "no 12 week jabs, no HV visits either, missed both twice",
        "little girl still not picked up from school, 3 hours now",
        "our dsl isnt answering, any backup?",
        "yr dsl pls",
        "baby never picked up, bouncer all day",
        "dad emailed that if the social worker comes back he'll make sure there's nobody left for her to see",
        "someone had printed a picture of one of our little girls with her face circled "
        "and 'mine' written on it",
        "my friend from the volunteer group messaged that she won't be around much "
        "longer and now she's not answering",
    ],
)
def test_what_the_new_sets_missed_is_a_concern(message: str) -> None:
    assert is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "we stopped going to the dentist on the high street because of the cost of "
        "parking, the new one's lovely",
        "that's all there is till monday for the raffle, then we draw it",
        "I had three slices of cake at the coffee morning so I'll work it off at the gym",
        "the 14yo is looking after the little ones for an hour while mum pops to her hospital appointment",
        "the cake sank, next time I'll do it properly and weigh the flour 😂",
        "tonight's the night! the quiz team has a plan and a secret weapon 😂",
        "mum's on her own with the twins while dad's away, her new tablets for her "
        "thyroid are working wonders",
        "I had a panic attack before my driving test years ago lol",
        "we missed the 1yr jabs last week, baby had a cold, the HV has rebooked them",
        "my boy's not picked up from nursery till 5 on tuesdays",
        "the dsl is not answering today as she's on leave, I'll send the training form tomorrow",
        "ur dsl course pls",
        "my baby never picked up a dummy, she'd rather suck her thumb all day",
        "if the cleaner comes again I'll make sure there's nobody here to let her in, she broke a vase",
        "the kids circled their own faces in the class photo and wrote 'me!' next to them",
        "I won't be around much longer today, off to the dentist at 3",
    ],
)
def test_the_everyday_message_in_the_same_words_is_not(message: str) -> None:
    assert not is_safeguarding(normalise(message))
