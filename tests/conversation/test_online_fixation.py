"""Concerns read from the development sets' misses when sets 19 to 21 joined (leaving one set
out): someone online fixed on the children in the charity's photos, threats to a volunteer for
doing their job, a worker asking what to do when a child discloses or a visit worries them, and
the safeguarding number asked for in other words; and, leaving one set out over forty-two sets,
children's photos put up to be rated, a razor emoji, a baby pictured beside drink, a concern
reported that nothing came of. Each beside everyday wordings that must stay quiet. The wordings
are written afresh, not copied from the sets.
"""

from __future__ import annotations

import pytest

from bot.conversation.word_rules import is_safeguarding, normalise


@pytest.mark.parametrize(
    "message",
    [
        # Someone online fixed on the children in the charity's photos.
        "there's an account leaving heart emojis on every single photo of the kids from forest school",
        "a random profile likes every pic of the little girls on our page, never the grown ups",
        "some bloke commented under the sports day post asking the twins' names and what school they go to",
        "a comment on the nativity photos says he'd love to get his hands on that little angel",
        "a man messaged the page asking if we do private sessions with the younger kids",
        "an account keeps asking the names of the little boys in the nativity photos",
        "there's an insta account that only posts children's feet and it has one of ours",
        "she sends pics of her daughter to a man online who asks for certain poses",
        "someone posted the family's address and said they'd pay them a visit",
        # Threats to a volunteer for doing their job.
        "a dad left a message saying he'll sort out the volunteer who reported him to social services",
        "got a dm saying i'd better watch my back for sticking my nose into their family",
        "someone keeps commenting that they know which school my kids go to and i should back off",
        "a message on my own fb says they know my daughters school and i should keep my nose out",
        # What to do when a child discloses, or a visit leaves a worry.
        "what do i do if a child discloses something at stay and play",
        "how would i know if the kids aren't safe at home",
        "if I see something on a visit that worries me who do I ring first?",
        "will the family find out it was me if i report something",
        # The safeguarding number, asked for in other words.
        "what's the number for safeguarding",
        # Leaving one set out over forty-two sets: children's photos put up to be rated, a razor
        # emoji from a teenager, a baby pictured beside drink, and a concern reported that nothing
        # came of.
        "someone took the little girls' photos off our page and put them up asking people to rate them",
        "the teenager replied to our post with just 🪒 and 'whats the point'",
        "her 14 year old put a razor emoji on her story and 'might as well'",
        "mum's story is the baby propped up next to a bottle of gin, caption 'big night lol'",
        "how do I escalate it, I reported a worry a fortnight ago and the kids are still living like that",
    ],
)
def test_this_rounds_kinds_of_concern_are_caught(message: str) -> None:
    assert is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "nanny hearts every photo of the kids we put up, she's their biggest fan",
        "the baby's first smile!! mum's text had about twenty exclamation marks",
        "top marks to the dads group for the bake sale",
        "the toddler shouted at the ducks for eating his bread",
        "I'll sort out the volunteer rota for December tonight",
        "can you watch my back while I move the tables",
        "the kids are safe and sound at home after the trip",
        "we need to disclose our funding in the annual report",
        "the number for the office is on the website",
        "the kids' feet were filthy after the beach trip",
        "nan asked the names of the twins' teachers",
        "my sister is going to pay them a visit at christmas",
        "there's something in the new policy that bothers me",
        "can we rate the bake sale cakes out of ten on insta",
        "can you rate my photos of the kids at sports day, which is best for the newsletter",
        "the new razor for the dads group raffle arrived 🪒",
        "mum had a glass of wine after the kids were in bed, she deserved it",
        "how do I escalate a complaint about our facebook page, nobody has replied",
        "i reported the fake page to facebook a week ago and they are still at it",
    ],
)
def test_everyday_wordings_beside_them_raise_no_alarm(message: str) -> None:
    assert not is_safeguarding(normalise(message))
