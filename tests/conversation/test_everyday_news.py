"""Everyday news that drew the safeguarding card from the word rules: years of service read as a
child's age, grandparents who had the grandchildren overnight, a newsletter sent to the wrong list
(sets 22 to 24 before they were trained on), and play, sport and weather told in violent words
(leaving one set out once they joined), and accidents at play, a fright at Santa and errands (set
27 before it was trained on), complaints from someone hurt by a post (sets 37 and 39, leaving
one set out), and harm ruled out, a simile and cuts to services (sets 73 to 76). Each beside a
concern in nearly the same words that must still raise it. The wordings are written afresh, not
copied from the sets.
"""

from __future__ import annotations

import pytest

from bot.conversation.word_rules import is_safeguarding, normalise


@pytest.mark.parametrize(
    "message",
    [
        "Dave's stepping down as chair after 12 years on the board",
        "Mark's leaving after 9 years as a volunteer, his last visit is friday",
        "ive volunteered for 3 years and never had to report anything",
        "we had the grandkids overnight so im running on coffee",
        "my mum had the grandchildren overnight, first time ever",
        "a staff member accidentally sent the newsletter to every family with the kids' names in the cc",
        "someone sent the email about the toddler group to the wrong list",
        # Play, sport and weather told in violent words (sets 21 and 23, leaving one set out).
        "the twins battered by the wind on the pier but loving every second",
        "our under 10s got battered 7-1 today, the kids didn't care",
        "my toddler hit me with a foam bat and ran off giggling",
        "the 4yo uses her wellies like a weapon when you try to put them on",
        "a gull attacked my little boy's sandwich on the beach",
        "one of the kids fell off the bouncy castle, laughed and climbed straight back on",
        "the baby grabbed my phone and called my boss",
        "I cut his toast into soldiers and he was outraged",
        "the 3yo wet herself laughing at the puppet show",
        "bruised my shin on the baby gate again",
        "my daughter says her new socks feel weird",
        "after the splash park the kids and I are still damp",
        "my son says mummy hits the gym every morning haha",
        "I cut her sandwiches into stars and she cried because she wanted squares",
        "i cut his toast into triangles and the little one screamed the place down",
        "someone messaged the page to say the kids' disco clashed with parents evening",
        "a volunteer sent the craft club spreadsheet with the kids' allergies to the wrong person",
        # Set 27 before it was trained on: accidents at play, a fright at Santa, errands.
        "my daughter fell off her bike and needed 2 stitches, proud as punch of her plaster",
        "the baby wriggled off the mat while I grabbed a clean nappy, he's fine, not a mark",
        "someone in the village mums group is asking where to get help with twins, can I suggest us?",
        "our 2 year old was terrified of santa and screamed the whole visit",
        "gotta run, off to grab the kids from school",
        # Sets 37 and 39, leaving one set out: a complaint from someone hurt by a post.
        "mum is really hurt by the wording of our post about families who struggle",
        "she's hurt that her family were left out of the photo, can we add one",
        "the dad is hurt rather than angry about the comment, wants a call",
        "she's very hurt, not rude at all, just wants the post reworded",
        "grandma is hurt and disappointed nobody asked before sharing the video",
        # Sets 73 to 76 before they were trained on: harm ruled out, a simile, cuts to services.
        "the kids ran a teddy hospital all morning, no bears were harmed",
        "mum says teething for the baby must be like being punched in the gums all day",
        "can I share the petition against the cuts to the children's centre in Sudbury?",
    ],
)
def test_everyday_news_raises_no_alarm(message: str) -> None:
    assert not is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "boy 11 years has marks on his arms he say he fall",
        "the girl is 9 years and has marks on her neck",
        "kids left on their own overnight while mum was out",
        "an older man keeps sending messages to her 13 year old daughter",
        "someone sent the kids pictures of himself and asked them to keep it secret",
        "mum's boyfriend battered the kids last night",
        "the little boy said he was hit 3 times with a slipper",
        "the 7yo got hit 2 times by her stepdad yesterday",
        "dad hit me with his belt said the 8 year old",
        "he keeps a weapon under the kids' bed",
        "the little girl says mummy hits her when she cries",
        "the flat is so damp the baby's cot is mouldy",
        "the toddler has bruises on his arms and mum says he fell off the sofa",
        "he grabbed the child by the arm and dragged her out",
        "the baby had cuts on her legs nobody could explain",
        "he says he fell off his bike but the bruises are on both arms and his back",
        "dad grabbed the kids by their coats and shoved them in the car",
        "a man in the local group keeps asking the girls for pictures",
        "the boy is terrified of his stepdad and won't go home",
        "mum was hurt by her partner again last night",
        "he really hurt her arm when he grabbed her",
        "the toddler got hurt and nobody took him to the doctor",
        "the little one is very hurt, her arm is all swollen",
        "she says she's hurting herself again",
        "mum was really hurt by her partner on saturday, she showed me",
        "the baby was so hurt by his dad she couldn't stop crying",
        "he stabbed her in front of the kids, no neighbours were harmed",
        "mum said it felt like being punched when he grabbed the baby off her",
    ],
)
def test_concerns_in_nearly_the_same_words_are_still_caught(message: str) -> None:
    assert is_safeguarding(normalise(message))
