"""A message in a language the bot cannot read gets the safeguarding contacts, saying so; a message
mostly in English, or a greeting of a few words from elsewhere, is read as usual.

Set 232 before it was trained on told four concerns wholly in Polish, Romanian, Arabic and
Portuguese, and the bot answered each as small talk.
"""

from __future__ import annotations

import pytest

from bot.answers.index import PolicyIndex
from bot.conversation.languages import in_another_language
from bot.conversation.render import render_decision
from bot.conversation.route import Route, decide
from bot.conversation.word_rules import normalise


@pytest.mark.parametrize(
    "message",
    [
        "Tata krzyczy na dzieci i mama boi się wrócić do domu, co mam zrobić?",
        "Nu știu ce să fac, mama spune că tatăl o bate când bea",
        "O bebé tem marcas no braço e a mãe não quer falar comigo sobre isso",
        "Mama sako, kad vyras ją muša ir aš nežinau kaip padėti",
        "الطفل وحده في البيت منذ الصباح والأم لا ترد على الهاتف",
        "Ребёнок один дома весь день, мама не отвечает на телефон",
    ],
)
def test_a_message_in_another_language_is_one(message: str) -> None:
    assert in_another_language(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "Wesołych Świąt wszystkim!",
        "Eid Mubarak to all our families celebrating today",
        "Mój angielski nie jest dobry. If somebody write question in comment under our post, we must answer?",
        "kids home alone again",
        "thass a rum ol job up at the farm today",
        "deactivate ben, he's gone",
        "14yo girl, 24yo boyfriend",
        "lol omg brb ttyl xoxo",
    ],
)
def test_english_and_short_greetings_are_read_as_usual(message: str) -> None:
    assert not in_another_language(normalise(message))


def test_the_bot_gives_the_safeguarding_steps_and_says_it_reads_only_english(index: PolicyIndex) -> None:
    decision = decide(index, "Nie wiem co robić, dziecko jest samo w domu od rana a mama nie odbiera")
    assert decision.route is Route.SAFEGUARDING
    assert decision.unread
    plain = render_decision(decision, "Fundraising & Partnerships Manager")
    assert plain.startswith("I can only read English. If your message is about someone's safety")
    assert "call 999" in plain


def test_a_concern_in_english_is_not_marked_unread(index: PolicyIndex) -> None:
    decision = decide(index, "a child told me her dad hits her")
    assert decision.route is Route.SAFEGUARDING
    assert not decision.unread
