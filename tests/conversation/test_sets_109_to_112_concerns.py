"""Concerns the rules missed in sets 109 to 112 before they were trained on, most of them one
clause in a message about something else: a mother who sends the children's pictures every night
"in case anything happens" to her; a partner who keeps the bank card and gives her a tenner a
week; a teenager taught "the truth" about migrants online; small children making their own tea
while mum is out; a neighbour who has a little girl round on her own and gives her presents; a
mother not allowed to open her own post, or on her phone only when he is out; a husband who
answers every question for his wife; children put to sleep in the bath during a party; someone
asking for a person to speak to about a child; a stall-holder taking children behind his van;
injuries with a new story each time; goodbye posts and then no answer; too many of her pills;
children "staying out of his way" while the house "isn't nice". Everyday messages in nearly the
same words raise no alarm. The wordings are new, not copied from the sets.
"""

from __future__ import annotations

import pytest

from bot.conversation.word_rules import is_safeguarding, normalise


@pytest.mark.parametrize(
    "message",
    [
        "mum sends me photos of the kids every night so somebody knows they're alright if anything "
        "happens to her",
        "her partner keeps the bank card and gives her twenty quid a week for the food",
        "the eldest has joined some online group teaching him the truth about refugees",
        "the twins (5 and 6) make their own dinner while mum's down the pub",
        "the little girl goes round to the old man next door on her own and he gives her presents",
        "she says she isn't allowed to open her own post, he reads it first",
        "she's only allowed on her phone when he's not in the house",
        "her husband answered every question for her and she never looked up once",
        "he wouldn't leave us alone together the whole visit, she barely spoke",
        "there was a party on so the kids slept in the bath out of everyone's way",
        "is there someone i can talk to about a child? not sure it's anything",
        "the man on the tombola kept taking kids round the back of his van to see a puppy",
        "the baby's had three falls this month, a different story each time",
        "same excuse as last time for the broken arm, that's the third this year",
        "one of our mums has been posting goodbye messages since this morning and her phone is off",
        "she swallowed too many of her tablets last night, says it was a mix up",
        "mum wants to meet at the library because the kids are keeping out of his way at home and the "
        "flat isn't nice right now",
    ],
)
def test_a_concern_from_this_round_is_caught_by_the_rules(message: str) -> None:
    assert is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "mum keeps copies of the photos on the laptop in case anything happens to her phone",
        "dad keeps the bank card in his wallet so it doesn't get lost",
        "the eldest is doing a school project on the truth about fast fashion",
        "the teenagers make their own tea while mum's at work, they're 15 and 16",
        "the little girl gives her nan presents she made at nursery",
        "she says she isn't allowed to open her presents until Christmas morning",
        "she's only allowed on her phone for an hour after school, house rules",
        "the mum answered every question on the form herself, really confident",
        "my in-laws wouldn't leave us alone together all weekend, we just wanted a nap",
        "the baby slept in the car all the way to Cromer",
        "is there someone i can talk to about a child's place at the creche?",
        "the ice cream van parked round the back of the hall and the kids queued up",
        "a different story each time at bedtime, she loves the dragon ones best",
        "same excuse as last time for missing the group, the bus was late",
        "we posted a goodbye message for Jan on her last day, lovely comments",
        "the toddler ate too many of the biscuits at group and was a bit sick",
        "the kids kept out of his way while dad was painting the hall",
        "the training video gave us the facts about refugees in Suffolk, told us where to signpost",
        "volunteers are not allowed to open the post at the office, it goes to Alex",
        "the kids are only allowed on the laptop when dad is home",
        "I answered every question for her on the housing form, her English is limited",
    ],
)
def test_an_everyday_message_in_nearly_the_same_words_stays_quiet(message: str) -> None:
    assert not is_safeguarding(normalise(message))
