"""Ordinary messages from sets 217 to 220 that raised the alarm before those sets were trained on:
threats sent to our office; voice notes screaming at a volunteer; a hacked page posting abuse about
disabled people; kicked off the page after giving a code away; what "adults at risk" means; a staff
member's home address posted with a threat; spam bots sending nudes; a bruised banana; a reporter
"from the" paper; a letting agency evicting families; a rumour that we pass details to social
services; a child beating up the monster under the bed; "deserve a slap" in a comment about women;
strangling the printer; a baby who threw her tea; a voicemail overnight; how a non-molestation
order works (``everyday``).

Each guard beside it keeps the concern in the same words.
"""

from __future__ import annotations

import pytest

from bot.conversation.word_rules import is_safeguarding, normalise


@pytest.mark.parametrize(
    "message",
    [
        "someone keeps sending our office page threats about the staff who 'took' their kids",
        "a dad keeps leaving me voice notes screaming at me since I stopped visiting, calling me useless",
        "our hacked account posted abuse about disabled people overnight, the apology needs sign-off",
        "read him the code off my phone, he said he was Meta, and since then I've been kicked off the page",
        "what does 'adults at risk of harm' mean for a mum with severe depression?",
        "someone posted our coordinator's home address on facebook with 'pay her a visit'",
        "spam bots keep sending nude pics in reply to our stories, lovely",
        "the bot keeps flagging me when I say bruised about my banana 🙄",
        "reply to the girl from the Ipswich Star with no comment, she's asking if a volunteer got arrested",
        "the paper says a trustee's letting agency has been evicting families in Ipswich",
        "a facebook group called 'Parents United' claims we pass families' details to social services",
        "my little one says he's going to beat up the monsters in the wardrobe tonight 😂",
        "comment on the dads' post says women like that deserve a slap, nobody named",
        "I'm going to strangle this laptop, third update today",
        "the baby threw her tea at the wall, clearly not a fan of peas",
        "voicemail on the office phone overnight from a woman shouting about our CEO",
        "what is a non-molestation order? it came up on my course",
    ],
)
def test_the_ordinary_message_raises_no_alarm(message: str) -> None:
    assert not is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "someone keeps sending the 12 year old messages asking her to keep it secret",
        "the little girl says her dad keeps screaming at her and calling her stupid",
        "mum's partner is abusing her disabled son, I saw the marks",
        "the 6 year old said he's been kicked by his dad",
        "an adult at risk of harm in my family is being taken advantage of by her carer",
        "someone posted the mum's home address with 'pay her a visit', she's in a refuge",
        "a man keeps sending nude pics to the 14 year old from our group",
        "the baby has bruises on both arms and mum won't say how",
        "the girl from the family I visit said her dad got arrested again last night",
        "the family are being evicted on friday and the kids have nowhere to sleep",
        "mum is scared to tell anyone, she says social services will take the baby",
        "the 8 year old says he's going to beat up his little sister when mum goes out",
        "dad says mum deserves a slap when she answers back",
        "mum's partner tried to strangle her last night",
        "dad threw her tea at the wall and the baby screamed",
        "mum left the kids overnight on their own again",
        "mum has a non-molestation order but he keeps turning up and the kids are terrified",
    ],
)
def test_the_concern_in_the_same_words_still_raises_one(message: str) -> None:
    assert is_safeguarding(normalise(message))
