"""What a volunteer sees in a home and tells in passing: a thrown plate, a nappy left for hours,
broken glass on the floor, an order ignored, an illness to be prayed out, an injury whose story
keeps changing, a baby left outside crying; and strangers asking which families a volunteer
visits, a family's address posted with a threat, a threat to a volunteer. Everyday family life in
the same words raises no alarm.

The rules are checked on their own (``is_safeguarding``). The kinds of message come from the
concerns missed leaving one development set out over thirty-eight sets, and from sets 37 to 39
before they were trained on; the wordings are new.
"""

from __future__ import annotations

import pytest

from bot.conversation.word_rules import is_safeguarding, normalise


@pytest.mark.parametrize(
    "message",
    [
        "dad lost it and threw a plate at the wall, the baby was in her bouncer right there",
        "he hurled a glass across the kitchen at her while the kids were eating",
        "the baby had the same soaked nappy on from when I arrived till I left, all morning",
        "mum wouldn't change his nappy, said she'd do it later, it was leaking",
        "there was broken glass on the kitchen floor and the toddler crawling about",
        "her ex is back living there even though there's a court order keeping him away",
        "they want to pray the illness out of their little boy instead of taking him to the doctor",
        "a man I don't know messaged asking which families I visit in Haverhill",
        "someone posted her address saying this is where the paedo lives and they'll pay him a visit",
        # An injury whose story keeps changing, and a baby put outside to cry it out (read: sets 37
        # and 38, before they were trained on).
        "first mum said the burn was from the iron, then she told the nursery it was the radiator",
        "first he said she'd fallen off the slide, now it's that she walked into a door. that bruise is huge",
        "mum left the baby out in the garden to cry it out for over an hour, it was freezing",
        # A threat to a volunteer after a visit (read: set 39, before it was trained on).
        "the dad texted that i'll be sorry i came round, he knows people who'll pay me a visit",
        "put the baby's pram outside the back door and left him there screaming, pouring with rain",
        # Concerns still missed leaving one set out over forty-two sets: a baby left crying for
        # hours, bruises in dialect, a child yanked by the arm, children left alone, money taken
        # over, a parent quietly planning who would have the children.
        "mum puts her earplugs in at night and the baby gets left crying for hours",
        "the little lad's legs were black an blue, mum says he's just clumsy",
        "her arms were black and blue under her school shirt, she said she fell",
        "dad yanked the toddler up by his arm and he howled, proper pain not a tantrum",
        "he dragged her by the hair into the kitchen",
        "neighbour says the kids are left on their own screaming most evenings",
        "her boyfriend has taken over her bank account and gives her twenty quid a week",
        "she's been making lists of who would take the kids, very calm about it",
        # A family's new home, just out of a refuge, made public.
        "the mum posted on fb that they're finally out of the refuge and into their new house on Mill Road",
    ],
)
def test_what_a_volunteer_saw_in_a_home_is_caught_by_the_rules(message: str) -> None:
    assert is_safeguarding(normalise(message)), message


@pytest.mark.parametrize(
    "message",
    [
        "the toddler threw his bowl on the floor again, spaghetti everywhere",
        "my son threw a ball at the wall for an hour, i'm going mad",
        "nappy rash has cleared up, mum's using the cream the health visitor gave her",
        "honestly wouldn't change him for the world",
        "the court order for the kids to see their dad at weekends came through, everyone's relieved",
        "i'll pay her a visit on thursday, she lives near the school",
        "we swept up the broken glass from the photo frame before the kids came home",
        "first she said the party was saturday, then she said sunday, now nobody knows",
        "first he said the cut on his knee was from football, then admitted he'd been racing his brother lol",
        "we left the baby in the garden in his pram for a nap, it was lovely and sunny",
        "put the baby outside in his pram for his nap, it was cold but he was well wrapped up",
        "the toddlers were left to play in the garden for an hour while we did the crafts",
        "we raised money for the womens refuge at the bake sale",
        "my sister's going to pay me a visit at the weekend with her kids, can't wait",
        "i grabbed him by the arm before he ran into the road, gave me a fright",
        "we left them for hours at the holiday club and they didn't want to come home",
        "my husband has taken over the school run and the bank holiday plans, bliss",
        "sorting out who would have the kids over christmas, what a rota",
        "making a list of who will take the kids to the panto and who's driving",
        "the new kit for the dads football team is black and blue",
        "the twins were black and blue after messy play - felt tips, mind you",
    ],
)
def test_family_life_in_the_same_words_raises_no_alarm(message: str) -> None:
    assert not is_safeguarding(normalise(message)), message
