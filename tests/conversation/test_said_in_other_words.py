"""Concerns the rules already knew, said in other words: a goodbye posted beside a pile of pills,
formula watered down to last, free sleepovers offered to other people's children, young mums
called easy to manipulate, a mother's new address reaching the ex she moved away from, a minder
"steaming" with a toddler, and a child who "can't sit down for a day" after being disciplined
(development sets 65 to 68 before they were trained on); nits and sores nobody treats, a child
given an adult's Snapchat, a partner who throws things when angry, and a parent who is the worry
(leaving one set out over the sixty-six sets).

The wordings here are new, and each sits beside an ordinary message in nearly the same words
that must stay quiet.
"""

from __future__ import annotations

import pytest

from bot.conversation.word_rules import is_safeguarding, normalise


@pytest.mark.parametrize(
    "message",
    [
        "a mum I see posted on her status that she's said goodbye to everyone and it's for the best",
        "the 15yo put a pic of a pile of tablets on her story with 'sorry' under it",
        "mum's been watering the baby's bottles down so the tin lasts till her money comes in",
        "a bloke on the village page is offering free sleepovers at his flat for kids 8 and up, dm him",
        "a volunteer wrote online that single mums are easy targets and grateful for the attention",
        "the letter with her new address went to the ex she moved away from, by mistake",
        "dad was absolutely steaming at 10am pushing the baby in the pram along the main road",
        "mum's fella 'disciplines' the boys with his slipper and says they can't sit down for a week after",
        "the little lad is crawling with nits and has weeping sores, mum isn't bothered",
        "one of the helpers gave a 12 year old her snapchat so they can chat",
        "her fella throws stuff when he loses it, she laughed it off",
        "the dad is the one I'm worried about, do I still have to tell him I'm passing it on?",
    ],
)
def test_a_concern_in_other_words_is_caught(message: str) -> None:
    assert is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "we said goodbye to everyone at the leaving do, it's for the best she's closer to her mum now",
        "can we post a photo of the safe medicine storage boxes for our tips post?",
        "the toddler watered down the garden and the baby's bottles are drying on the rack",
        "my two are having their first sleepover at nanny's flat, so excited",
        "volunteers find the new rota easy to manage, grateful for the clear dates",
        "the family moved away from Haverhill last month and the mum's loving her new flat",
        "dad was absolutely steaming about the parking fine, the kids thought it was hilarious",
        "the twins were so full after the party they couldn't sit down for a while, bouncing off the walls",
        "my two brought nits home from school again, third time this term, nightmare",
        "a mum gave me her snapchat so I could send her the group timetable",
        "the toddler throws things off his high chair when he's done, the dog loves it",
        "the dad is the one who rang about the rota, can you call him back?",
    ],
)
def test_the_everyday_words_stay_quiet(message: str) -> None:
    assert not is_safeguarding(normalise(message))
