"""Concerns told as a joke or dropped into chatter: a parent drunk in the bed the baby sleeps in,
told laughing; a scratch put down to a cat the family hasn't got; a child's "daddy said he'll shoot
mummy"; a child tied to a chair "as a joke"; and money kept from someone (a bank card kept, wages
taken, a pension "nicked"). Everyday family life in the same words (co-sleeping sober, a cat's
scratch from the family cat, a game of cops and robbers, shoes tied together, a money box, benefits
taken into account) raises no alarm.

The kinds come from the concerns development sets 61 to 64 held before they were trained on, and
from those missed leaving one set out over sixty-two sets. Play told in violent words with a word
of delight ("10/10", "best bit", "siblings eh", 🙈) and a parent's "I could strangle him" raise no
alarm (family false alarms leaving one of seventy sets out), while a concern told beside the same
words still does. The wordings here are new.
"""

from __future__ import annotations

import pytest

from bot.answers.index import PolicyIndex
from bot.conversation.route import Route, decide
from bot.conversation.word_rules import is_safeguarding, normalise


@pytest.mark.parametrize(
    "message",
    [
        "mum co-sleeps with the baby and she was proper smashed on saturday lol",
        "dad bed shares with the newborn and he'd had loads of beers, mum thought it was funny",
        "the toddler had a long scratch on her cheek, mum said it was the dog but they don't have a dog",
        "she said the scratches were from the cat but they've not got any pets",
        "the 4 year old told me daddy said he'll shoot mummy if she goes to her sister's",
        "mum said he tried to strangle her and she could hardly breathe, i could see the marks",
        "his big brother filmed him taped to a chair and posted it for a laugh",
    ],
)
def test_a_concern_told_as_a_joke_is_caught_by_the_rules(message: str) -> None:
    assert is_safeguarding(normalise(message))


def test_a_childs_threat_to_mummy_is_not_laughed_off(index: PolicyIndex) -> None:
    message = "haha kids are mad, the 6yo told me daddy says he'll shoot mummy if she goes out. kids eh"
    assert decide(index, message).route is Route.SAFEGUARDING


@pytest.mark.parametrize(
    "message",
    [
        "we co-sleep with the baby, is it ok to put a photo of the cot on my page?",
        "the kitten scratched the toddler's hand, they've had the cat a year and she's normally so gentle",
        "the kids played cops and robbers and he pretended to shoot his mum with a water pistol",
        "my son tied his shoelaces to the chair leg and fell over, he thought it was hilarious",
        # A parent's sigh (leaving one of seventy sets out).
        "the kids have been at each other all day, I could cheerfully strangle the pair of them",
        "honestly i could throttle my two today, they've painted the dog",
    ],
)
def test_family_life_in_the_same_words_raises_no_alarm(message: str) -> None:
    assert not is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "mum said her fella keeps her bank card and gives her a tenner for the week's shopping",
        "the grandad's son has taken his pension and there's no food in",
        "she's not allowed her own bank account, he sorts all of it",
        # Missed leaving one set out over sixty-two sets.
        "grandad gets his pension pinched by his nephew every week",
    ],
)
def test_money_kept_from_someone_is_caught_by_the_rules(message: str) -> None:
    assert is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "the toddler has his money box full of pennies, so proud",
        "mum's taking her benefits form to the CAB on Tuesday, can I go with her?",
        "my daughter isn't allowed her own phone till secondary school",
        "does mum get her benefits taken into account for the nursery hours?",
    ],
)
def test_family_money_in_the_same_words_raises_no_alarm(message: str) -> None:
    assert not is_safeguarding(normalise(message))


# Play told in violent words, with a word of delight ("10/10", "best bit", "siblings eh", "dead
# proud", 🙈): family false alarms leaving one of seventy sets out.
@pytest.mark.parametrize(
    "message",
    [
        "the 2yo punched the tambourine so hard it flew across the room, best bit of the session",
        "my nephew came back from cubs with a black eye from dodgeball and the biggest grin",
        "the boys had a pillow war and one got a fat lip, both dead proud, kids eh",
        "the 3yo stabbed her play-doh cake with a plastic knife 🙈 very dramatic",
    ],
)
def test_play_told_in_delight_raises_no_alarm(index: PolicyIndex, message: str) -> None:
    assert decide(index, message).route is not Route.SAFEGUARDING


@pytest.mark.parametrize(
    "message",
    [
        "the 4yo had a black eye again and mum just said boys eh, third one this month",
        "10/10 visit apart from dad coming home drunk and throwing a plate at mum",
        "mum laughed and said he's always falling, bruises all up his back 🙈",
        "had to laugh when the 3yo told me daddy locks him in the cupboard when he's naughty",
    ],
)
def test_a_concern_told_beside_delight_is_still_caught(index: PolicyIndex, message: str) -> None:
    assert decide(index, message).route is Route.SAFEGUARDING
