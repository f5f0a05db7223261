"""Concerns the development sets' writers told in ways the rules had not seen, read from their
misses leaving one set out once sets 22 to 24 joined: case-note language, Suffolk dialect,
broken English, a goodbye posted online, a family living in a car, a soaked nappy, debt bondage;
and from sets 25 and 26 before they were trained on, a misspelt "safeguarding", a worry on a
visit, and a child wetting the bed again beside fear or a new adult; and from sets 27 and 28, a
drunk parent driving the children, cuts posted online, an ex out of prison and outside.
Each beside everyday wordings that must stay quiet. The wordings are written afresh, not copied
from the sets.
"""

from __future__ import annotations

import pytest

from bot.conversation.word_rules import is_safeguarding, normalise


@pytest.mark.parametrize(
    "message",
    [
        # Case notes.
        "Home visit: toddler's weight has dropped below the 2nd centile, cupboards bare.",
        "visit note - no working boiler in the flat, minimal food in, baby in a vest",
        "the baby's got a bad nappy rash that's bleeding and mum says she can't get nappies",
        "the little one was in the same nappy as yesterday morning",
        # Dialect and broken English.
        "that little un ent right, always hungry and mum int never home",
        "the man from work have her passport and she work for pay back debt",
        "they keep his papers and he not get paid, he is scared",
        # Online.
        "a mum I visit put a goodbye post on insta to her boys and now her phone's off",
        "someone reshared our sports day pic with a creepy caption about the girl in the middle",
        "an intimate photo of a 14 year old is going round the school whatsapp",
        "a comment on our page says ask that volunteer what he did to my daughter",
        "one of the dads at group was arrested over something involving kids, he's still coming",
        # A home, a mood, and who to tell.
        "mum and the baby are living in her car since the landlord kicked them out",
        "mum texted at 2am saying everything is pointless",
        "who is the person for safeguarding and how do i ring them",
        # Sets 25 and 26 before they were trained on: a misspelt lead, a worry on a visit, a
        # child wetting the bed again and afraid of someone.
        "who's our safegaurding lead?",
        "need the safe guarding person asap",
        "not sure who I tell if something on a visit worried me",
        "the 7 yr old has started wetting the bed again since mum's new partner moved in",
        "he wets the bed most nights now and won't go upstairs on his own",
        # Sets 27 and 28 before they were trained on: a drunk parent driving the children, a child
        # protection worry, the lead for adults, cuts posted in our group, an ex released, a new
        # partner who comes into the bathroom.
        "mum's partner turned up slurring and drove off with the baby in the car",
        "got a child protection concern, who do I speak to",
        "is there a different safeguarding lead for adults at risk or the same one",
        "one of the mums posted her wrist covered in cuts in the group chat",
        "my mum posted 'I can't do this anymore' and isn't answering",
        "mum says her ex got out of prison last week and has been parked outside the flat",
        "the 9 yr old says her stepdad keeps coming into the bathroom when she's in the bath",
        # Leaving one set out once sets 25 to 28 joined: concerns the learned layer had caught over
        # fewer sets, and kinds the rules had not named.
        'a mum messaged the page saying she\'s going to "end it all" tonight',
        "someone commented that they're going to walk into the river tonight",
        "a man was photographing the children at the splash pad and ran off when I asked",
        "police were round at the flat again, the kids were in",
        "mum won't take the little one to the GP even though the rash is spreading",
        "the kids were eating crisps for breakfast and said that was their tea last night too",
        "her 12yo posts dance videos and gets comments from older men asking her to dm",
        "the eldest (15) is posting about a race war and traitors who need dealing with",
        "someone in our group is advertising jobs for girls 16+, flat provided",
        "a stranger offered to host sleepovers for the kids and asked parents to dm him",
        'she said she\'s going to "end it tonight" and posted a picture of tablets',
        'a man is advertising "jobs" for girls, cash in hand',
        "a bloke took photos of the kids on the swings and ran off when I asked who he was",
        "a grandad at group was filming other people's children and got defensive when asked",
        "her 10yo's tiktok has comments from random men calling her gorgeous",
        "the police have been at the house twice this week and the children were home",
        "someone not from home-start is offering to host sleepovers for our families' kids for respite",
        "mum rang, her ex is out of jail and has been sitting outside her flat in his car all evening",
        # Set 40 before it was trained on: a child minding younger ones alone, a parent collapsed
        # with a baby there, and "safeguarding" beside needing to report something.
        "9yo minding the baby on her own til mum gets in from work",
        "the 7 yr old is babysitting his little sisters every evening alone",
        "dad passed out on the floor, kids with me, paramedics coming",
        "mum's not breathing properly and the toddler is screaming, ambulance called",
        "safeguarding form? need to report smth from todays visit",
    ],
)
def test_concerns_told_in_few_or_unfamiliar_words_are_caught(message: str) -> None:
    assert is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "baby's got nappy rash again, what cream do people use",
        "a patron of ours was arrested and the local paper has tagged our page",
        "my mate made a meme of me with a vile caption lol",
        "that ent right, the poster says the 12th not the 14th",
        "said goodbye to the families at the christmas party, lovely day",
        "can I keep my passport photo on my volunteer badge?",
        "the spreadsheet of volunteers is pointless, nobody updates it",
        "we're living in the car this week driving between the kids' tournaments haha",
        "potty training is going ok but she still wets the bed most nights",
        "the lifeguard kept everyone safe, guarding the pool all afternoon",
        "my visit was so worrying, I thought I'd never find a parking space!",
        "a volunteer got a bit drunk at the summer party, nothing bad, just singing",
        "I can't do this anymore, the printer's jammed again 😂",
        "my ex is picking the kids up at 5 as usual",
        "the toddler keeps coming into the bathroom when I'm in the bath, no privacy!",
        "my 16yo is minding the little ones tonight so we can go to the quiz",
        "the bouncy castle collapsed at the fun day, nobody hurt, kids thought it was brilliant",
        "i nearly passed out laughing when the baby sneezed",
        "dad's fitting the new stair gate today, the kids are 'helping'",
        "i need to report something about our facebook page, someone changed the picture",
        "the photographer was taking pictures of the children at the fun day, can we use them?",
        "we had a lovely walk by the river with the kids",
        "the kids had cereal for tea as a treat because it was movie night",
        "my son's sleepover was chaos, 6 boys and no sleep",
        "my husband was filming the kids at sports day, can I post it?",
        "the police came to the toddler group to talk about road safety, the kids loved the car",
        "nan is hosting the sleepover for the cousins at christmas",
        "my ex is waiting outside the house to pick the kids up, gotta go",
    ],
)
def test_everyday_wordings_beside_them_raise_no_alarm(message: str) -> None:
    assert not is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    ("message", "read_as"),
    [
        ('she said she\'s going to "end it tonight"', "she said shes going to end it tonight"),
        ("she’s going to “end it” tonight", "shes going to end it tonight"),
        ("who's our safegaurding lead", "whos our safeguarding lead"),
        ("the Safe Guarding person", "the safeguarding person"),
    ],
)
def test_quotation_marks_and_misspellings_do_not_hide_the_words(message: str, read_as: str) -> None:
    assert normalise(message) == read_as
