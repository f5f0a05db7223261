"""Concerns told without the usual words, and good news that must not raise an alarm.

The rules are checked on their own (``is_safeguarding``), so a concern is caught whatever the
learned layer happens to score; the wordings are new, not copied from the development sets.
"""

from __future__ import annotations

import pytest

from bot.answers.index import PolicyIndex
from bot.conversation import chatter
from bot.conversation.route import Route, decide
from bot.conversation.word_rules import is_safeguarding, normalise


@pytest.mark.parametrize(
    "message",
    [
        # Saying goodbye, a means at hand, "nobody will miss me".
        "nobody will miss me when im gone",
        "the dad has bought a rope and keeps talking about the garage",
        "she has written notes for everyone, just in case",
        "he has left a letter for his daughter and one for his son and said it was just in case",
        "he says he cant take any more and has his tablets lined up",
        # A partner who watches and controls.
        "he goes through her phone every night and has all her passwords",
        "he tracks where she is on his phone all day",
        "she isnt allowed out unless he says so",
        # Strangers online and a child.
        "someones been messaging my daughter on instagram asking her to turn her camera on",
        "the boy was offered money for videos by a man on a game",
        "an adult keeps asking the kids to dm him after they post",
        "a stranger left sexual comments under the photo of the girls",
        # Dangers in reach, punishment, a home unfit for a child.
        "there was a bag of white powder on the table next to the kids",
        "the toddler was holding a joint in the photo mum posted",
        "in the video the boy is holding what looks like a real knife",
        "the little girl said her mum shuts her in the shed when she cries",
        "the boy says his dad forgets to feed him at weekends",
        "the little uns are always starving when i get there",
        "she says he forgot to feed her again",
        "dad locked the kids out in the yard as a punishment",
        "rats in the kitchen and the baby sleeps on the floor beside the rubbish",
        # An adult at risk: money taken, left in a chair.
        "her son takes money out of her account and she is frightened of him",
        "the elderly man has pressure sores and is left in his chair all day",
        # Asking what to do about an allegation.
        "what should i do if there is an allegation of abuse against a volunteer",
        # Kinds of concern the word rules missed on development sets (read: the retired second
        # evaluation set and sets 4, 5, 7 and 8), in new wordings: suicidal hints, a threat to post a
        # film of someone, a child called names by a carer, a stranger trying to find where a child
        # or family lives, an adult posing as a child, children messaged by strangers, children's
        # photos passed around, an adult giving a child a private line, a parent at breaking point, a
        # child handled roughly.
        "my dad keeps on about ending it all",
        "she said shes been thinking about ending it",
        "mum texted that she feels like ending it tonight",
        "his brother is talking about wanting to end it",
        "her partner recorded her getting changed and is threatening to send it round",
        "he filmed her in the shower and now says hell share it",
        "the stepdad calls the little boy useless and a waste of space",
        "mum tells her eldest shes worthless every day",
        "a woman messaged the page asking where the twins from the fun day photo live",
        "someone in the comments keeps asking which school the girls go to",
        "an account asked us for the address of the family in the christmas video",
        "a grown man has been pretending to be a 12 year old in the kids gaming chat",
        "someone posing as a teenager joined the young carers group online",
        "the girls have been getting messages from strangers since the live video",
        "the boy gets friend requests from older men every day",
        "a volunteer put photos of the children in teh bath on his story",
        "one of the helpers has been sharing pictures of kids from group with adults in a private chat",
        "the coordinator gave the 12 year old her personal number to message her",
        "mum says someone needs to take the baby off her before she does something",
        "the childminder is really rough with the toddlers",
        # Terse fragments (read: set 8): a child left in charge, children after food, an adult
        # texting children at night, a stranger filming children.
        "the 7 year old gets left minding the twins",
        "the little ones rooting through the bins for food again",
        "coach keeps texting the girls late at night",
        "a man in the park was photographing the kids on the swings",
        # Online and second-hand (read: the retired second evaluation set, sets 10 and 11): a
        # family in hiding, lewd comments under children's photos, threats against a child, a
        # worker who needs to report something about a child.
        "please take the photo down, mum and the girls are in a refuge",
        "the family are hiding from her ex, he cant know where they are",
        "some creep keeps writing pervy stuff under the pictures of the toddlers",
        "people are posting threats against the boy in the comments",
        "who do i speak to, i need to report something about one of the children",
        # A child or a family named in the possessive: apostrophes are dropped before matching
        # ("baby's" is "babys").
        "the baby's clothes were filthy again",
        "the baby's cot was full of mould",
        "someone's been leaving sexual comments on the baby's pic",
        "the family's house is freezing and damp",
        # Concerns that read like an online incident (read: set 15), in new wordings: an adult
        # asking children for pictures or to keep a secret, indecent pictures of children, threats
        # beside a family's address, a child whose whereabouts must not get out, a final-sounding
        # goodbye, someone who cannot talk because he is listening, a child put in danger, a child's
        # age beside an adult's, an adult at risk talked out of their money.
        "the fake page has been dming kids from the group asking for selfies",
        "he told the girl dont tell your mum we've been chatting",
        "there are indecent images of children on the shared drive",
        "the comments under the twins photo are getting sexual",
        "a post with the familys address says that lad gets whats coming",
        "the paper named the boy and his dad is not supposed to know where he lives",
        "last message on the page said tell my kids i love them, nothing since",
        "she whispered on the video call that she cant talk because hes listening",
        "mum filmed herself dangling the baby out of the window",
        "a 13 year old from our group is going out with a 27 year old man",
        "her nan has dementia and got scammed by a man she met on facebook",
        # Read: sets 5, 7, 8, 12 and 14 leaving one set out, in new wordings.
        "a fake account pretending to be the charity has been messaging the kids from group",
        "someone copied the baby photo from our page and its on a forum with vile comments",
        "dad was yelling right in the toddlers face",
        "her new boyfriend has got a criminal record, she told me today",
        "what if i hear something that worries me about the children on a zoom visit",
        # Read: sets 17 and 18 before they were trained on, in new wordings: a child lost on an
        # outing, a needle where a child plays, an adult odd with children, a worry noticed on a
        # visit, someone who must talk about a family today, and "worried abt".
        "help we cant find one of the boys at the beach, looked everywhere",
        "there was a syringe on the floor by the baby's toys",
        "one of the dads at group is really creepy with the girls",
        "what do i do if i notice something off at a home visit",
        "i need to speak to someone about one of my families today please",
        "bit worried bout the eldest at my family",
        "a message to the page says they know where the little girl lives and they will hurt her",
        # Talk of killing oneself, told in earnest.
        "she said she was going to kill herself",
        "he keeps talking about killing himself",
    ],
)
def test_a_concern_without_the_usual_words_is_caught_by_the_rules(message: str) -> None:
    assert is_safeguarding(normalise(message)), message


@pytest.mark.parametrize(
    "message",
    [
        "the kids made handprint cards for mothers day, can we post them",
        "is a photo of their handprint art ok for facebook",
        "can we sell the kids handprint easter cards on our page",
        "the baby said mama for the first time today!!",
        "mum has just had her baby, a little boy, 8lb!",
        "she passed her exams and is so proud",
        "the twins took their first steps today, best news",
        # Told laughing, in a short message: the learned layer raises no alarm either.
        "lol the twins hid in the washing basket and nobody could find them",
        "the baby pulled my hair and wouldnt let go 😂",
        # Delight, in the same short way.
        "aww the baby fell asleep on my shoulder",
        "the baby fell asleep in my arms 😍",
        "mum let me give the baby her bottle, made my day",
        "mum showed me the babys new cot, the cutest thing",
    ],
)
def test_good_news_about_children_raises_no_alarm(index: PolicyIndex, message: str) -> None:
    assert decide(index, message).route is not Route.SAFEGUARDING, message


@pytest.mark.parametrize(
    ("message", "good"),
    [
        ("the baby said mama this morning", True),
        ("little one says dada now!", True),
        ("the 3 year old said 'daddy put me in the bath and it was too hot'", False),
        ("she says mummy hits her when she cries", False),
    ],
)
def test_a_first_word_is_good_news_but_a_child_quoting_a_parent_is_not(message: str, good: bool) -> None:
    assert bool(chatter.GOOD_NEWS.search(normalise(message))) is good


def test_good_news_does_not_hide_a_concern(index: PolicyIndex) -> None:
    message = "so proud, she passed her test, but her boyfriend keeps hitting her"
    assert decide(index, message).route is Route.SAFEGUARDING


# Everyday phrases that share a word with a concern: politeness ("I'm afraid"), the weather, the
# writer's own hunger, shouting at a screen, a meeting or a film ending, children's numbers in a
# lesson, a photo's address on a poster.
@pytest.mark.parametrize(
    "message",
    [
        "bad news im afraid, the family fun day is cancelled and the mums are gutted",
        "its freezing outside today, the kids wore their wellies to group",
        "im starving, the toddler session ran over and i missed lunch",
        "the dads were all shouting at the telly during the match at the family day",
        "can we end it at 3 so parents can do the school run",
        "we filmed the kids at sports day, can we post it on the page",
        "the 5 year old keeps asking which school her big sister goes to",
        "the kids called the clown silly and laughed all afternoon",
        "mum asked for the address of the venue for the baby group",
        "grandma was left looking after the kids while mum was at work",
        "dad texts the kids every night to say goodnight",
        "the photographer we booked was taking photos of the children at the party",
        "they moved here to get away from the city and the kids love the beach",
        "we had lovely comments under the pictures of the toddlers",
        "how do i report a bug in the app",
        # Online words beside children that are no concern.
        "can we message the parents asking for photos of the kids artwork",
        "the kids are coming round to the centre for the party",
        "dad drove us home with the baby asleep in her car seat",
        "the toddler dangled his feet in the paddling pool",
        "we were scammed by a printing company for the flyers",
        "a 12 year old and her 35 year old mum came to the fun day",
        "the kids photo got lovely comments from the grandparents",
        "the dad was pulling funny faces in the babys face and she giggled",
        "my husband has a record collection the kids love",
        # Idioms read from development false alarms (sets 9, 13, 14 and 15), in new wordings: a
        # party that was a hit, weather that battered a day out, a child attacking a cake, gifts
        # that families give volunteers.
        "the messy play session was a huge hit with the toddlers",
        "the tents got battered by the wind at the family camping day",
        "the twins were attacking the birthday cake with both hands",
        "can i keep the gifts from families i visit, the kids made me a card",
        "we lost the little one for about a minute at soft play, he was in the ball pit",
        "i need to speak to someone about the room booking for the family fun day",
        "the twins are fighting over the ipad every night, any tips",
        "he threw himself on the floor in a strop and screamed the shop down",
        "came in from the rain looking like a drowned rat, the family laughed",
        "grandad knows where the kids live so he will come and get them for the fun day",
        # Killing oneself laughing: an idiom, not a threat.
        "the kids were killing themselves laughing at the bubble machine",
        "we were killing ourselves laughing at the clown",
        "i was killing myself with laughter at the panto",
    ],
)
def test_everyday_phrases_with_a_concerning_word_raise_no_alarm(message: str) -> None:
    assert not is_safeguarding(normalise(message)), message


def test_laughter_vouches_only_for_a_short_message_with_nothing_turning_it() -> None:
    assert chatter.LIGHT_HEARTED.search(normalise("the baby pulled my hair 😂"))
    assert not chatter.LIGHT_HEARTED.search(normalise("lol the baby pulled my hair but im worried about mum"))
    rambling = (
        "sorry for the essay lol, the visit ran late because the car park was full and the kids were climbing"
        " the walls, anyway the main thing is the baby had been asleep on the sofa wedged between cushions"
    )
    assert not chatter.LIGHT_HEARTED.search(normalise(rambling))
