"""Concerns the rules missed in development sets 69 to 72 before they were trained on: a threat to a
family's children posted where the family can be found, a child dragged by the hair or a mum the
charity supports shoved about in a video going round, a toddler taken to A&E again and again,
letters written to the children, matted hair and a child eating as if for the first time in days;
and, missed leaving one set out, an account saving and reposting children's photos and a partner's
threat to whoever talks to his partner (over sixty-six sets), a child hiding food in his pockets,
an ex's "I'll find you and the kids", a "photographer" after "the little models", and a dad from
a family drunk at the school gate, told after a question about a poster (over seventy sets).

The wordings here are new, and each sits beside an ordinary message in nearly the same words
that must stay quiet.
"""

from __future__ import annotations

import pytest

from bot.conversation.word_rules import is_safeguarding, normalise


@pytest.mark.parametrize(
    "message",
    [
        "a comment on the estate page says her kids will be taken care of, and gives her road",
        "a post on the village page says that family ought to be dealt with, and gives the house number",
        "a man posted that someone should sort out that family by the garages, scroungers he called them",
        "a reply under our fun day photos says they'll burn them out, and names the mum",
        "mum posted a clip of her partner pulling the 4yo up the stairs by his hair",
        "saw a video on the Lowestoft group of a man dragging a toddler across the car park",
        "there's a video going round of one of our dads being kicked in the street by his brother",
        "the baby's been taken to hospital five times since the summer, mum says he bumps into things",
        "mum's taken the toddler to A&E four times this winter, a different A&E each time",
        "my volunteer told me she's written notes for her children and switched her phone off",
        "little one's hair is matted again and she ate like she hadn't had a meal in days",
        "an account with no posts keeps downloading the pictures of the kids from our messy play page",
        "her bloke shared a post saying whoever chats to his missus will pay for it, and I'm her volunteer",
        "the little girl was sneaking sandwiches into her coat at the party and wolfing the rest",
        "mum showed me a voicemail from her ex: 'I'm going to track down you and the kids'",
        "mum showed me a message from her ex, gonna find you and the kids wherever you go",
        "a man messaged the page offering free photo shoots for the girls in our toddler group",
        "is the flyer ok? also the mum from one of our families turned up at nursery hammered for the kids",
    ],
)
def test_a_concern_in_these_words_is_caught(message: str) -> None:
    assert is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "mum's going into hospital on Monday but the kids will be taken care of by their nan",
        "mum says the kids will get burnt out if they do every club, so they're picking two",
        "we should sort out the family's hamper before the end of term",
        "she pulled her doll round the garden by its hair, poor dolly",
        "the toddler dragged his teddy round the park all morning",
        "I've been to the hospital three times this month for my knee",
        "I wrote a note to the family with the dates of the next group",
        "the baby's hair is all fluffy at the back where she rubs it, so cute",
        "I saved the photos of the kids' paintings for the newsletter, is that ok?",
        "anyone who talks to my wife will hear all about the new baby, she is so proud",
        "I put some biscuits in my bag for the kids at group, they love the chocolate ones",
        "I'm going to find you and the kids a space at Tuesday's group",
        "the girls want to be models when they grow up, they did a catwalk in the lounge",
        "the mum from one of our families was so happy at nursery pick-up, the baby walked!",
    ],
)
def test_the_everyday_words_stay_quiet(message: str) -> None:
    assert not is_safeguarding(normalise(message))
