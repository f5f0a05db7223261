"""Reports the rules read past (development sets 69 to 72 before they were trained on): hateful
content, filthy cartoons and an animal hurt in a video on the charity's pages, the name "paedo"
shouted at a volunteer in comments, a volunteer's goodbye post when she leaves, a lost toy, a
parent who took a teenager's phone at bedtime, someone asking if they can donate, and a question
about volunteers abused online; and (sets 73 to 76, and leaving one set out over seventy-four) a
threat aimed at staff or at the charity ("watch your back" with no family in it, "burn the office
down"), or a member of staff filmed shouting at a parent (a crisis; at a child, still a concern).

Beside each, the concern in nearly the same words still raises the card.
"""

from __future__ import annotations

import pytest

from bot.conversation.word_rules import is_safeguarding, normalise


@pytest.mark.parametrize(
    "message",
    [
        "a comment under the baby bank appeal says families on benefits breed like rats",
        "someone's put filthy memes all over our toddler group post, can it come down?",
        "a reply on our toddler group post has a clip of a dog being hurt, how do I hide it",
        "one account keeps replying paedos on our posts, every single one, for a fortnight",
        "someone keeps commenting paedo under the photos of our trustee",
        "a meme with our CEO's face and paedo protector on it is going round",
        "our coordinator is leaving on Friday and put a goodbye post up saying she'll miss everyone",
        "I start a new job on Monday, so this is goodbye from the team!",
        "the playgroup lost my daughter's favourite teddy and she's heartbroken",
        "I took his phone off him at 9pm and he's not speaking to me, teenagers eh",
        "someone commented on our baby bank post asking if they can donate a cot",
        "if a volunteer gets abused online, will the charity support them?",
        "a meme in our parents group says the 90s never did me any harm, loads of laughing reacts",
        # A threat aimed at staff or at the charity is online abuse (the labelling rules).
        "an anonymous account DM'd our coordinator that she'd better watch her back",
        "a reply calling us child thieves says someone should burn the hub down",
        "a clip of one of our staff shouting at a dad outside the library is all over facebook",
    ],
)
def test_the_report_raises_no_card(message: str) -> None:
    assert not is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "the house was full of rats and the baby's cot was filthy",
        "the kids were filthy and hungry again when I visited",
        "the little boy was being hurt by his dad, I saw the marks",
        "there's a paedo living next to the family I visit, he watches the kids",
        "she posted a goodbye message last night and now she's not answering",
        "we lost one of the children at the fun day for an hour",
        "her partner took her phone and won't let her see her friends",
        "a man keeps messaging the girls in our group asking if they can meet him",
        "a volunteer was abused by a dad at a visit and the children saw it",
        "a man keeps leaving sexual comments under the photos of the kids from the party",
        "someone posted a nude photo of a mum from our group in the chat",
        "an adult in our group chat has been sending explicit pictures to one of the teens",
        "someone's posting sexual comments at a 13 year old on our page",
        "her ex texted that she'd better watch her back, he knows which school the kids go to",
        "dad said he'd burn the house down with the kids in it if she left",
        "a volunteer was shouting at the toddler at group and grabbed his arm",
        "the video shows a volunteer shouting at him, the boy from the toddler group",
        "dad told mum she'd better watch her back if she talks to anyone",
    ],
)
def test_the_concern_in_nearly_the_same_words_is_caught(message: str) -> None:
    assert is_safeguarding(normalise(message))
