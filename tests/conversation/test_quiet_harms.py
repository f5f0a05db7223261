"""Concerns told quietly, in the same chatty voice as ordinary family news: a teenage mum made to
"do favours" for a debt, a parent drunk in charge of the children or at the wheel with them, a
teenager "promised" to a cousin, a man's comments on children's photos, "free childcare, no
questions asked", a volunteer whose partner reads all her messages; and asking who to tell about
something from a visit, a volunteer's behaviour with the children, or whether to ring the MASH.
From sets 49 to 52: a parent slurring with the children there, a child who puts a parent in the
recovery position, a child who says a parent stays in bed all day, a parent who "can't be
responsible for what she'll do", a door kicked in, a threat to take the children where nobody
will find them, "you're so mature for your age", an ex posting a new address or the children's
school, a volunteer cutting herself again, an account asking which families have daughters of an age;
and the concerns still missed leaving one set out over the fifty sets (an ambulance refused, a
child kissed on the mouth, a young carer, a "possessed" child, a toddler kept in a cot all day,
asleep with the baby after drink, tests pushed for on a well child, "do it tonight").
Everyday life in the same words raises no alarm.

The rules are checked on their own (``is_safeguarding``). The kinds of message come from sets 45
to 52, read before they were trained on; the wordings here are new.
"""

from __future__ import annotations

import pytest

from bot.conversation.word_rules import is_safeguarding, normalise


@pytest.mark.parametrize(
    "message",
    [
        "the 16yo says she has to do favours for her boyfriend's mates to pay back what he owes them",
        "young mum told me her fella shares her with his friends to clear his debt",
        "dad was bladdered at pick up and put the kids in the car to drive them home",
        "mum turned up to collect the twins steaming drunk with the car keys in her hand",
        "mum was hammered when I got there at 11, the toddler was wandering round in a wet nappy",
        "grandad was plastered again and the baby was on the sofa next to him",
        "is there someone I can talk to about something that's been bothering me since my visit",
        "who do I tell about a worry about another volunteer's behaviour with the children",
        "the 15 year old is promised to her cousin back home and the wedding is after her GCSEs",
        "is it me that phones the MASH or do I go through the office first",
        "some bloke keeps commenting 'gorgeous little girls' under our toddler group photos",
        "a man replied to the paddling pool post saying he loves the little girls in their swimsuits",
        "someone in the mums group offers free babysitting, no questions asked, and messages whoever replies",
        "a dad came to pick up his little girl from group slurring, with his car keys out",
        "my husband reads all my messages so I can't really say much, who can I talk to in confidence",
        # Missed leaving one set out over the forty-six sets (new wordings).
        "her teenage son keeps posting that he's wanting to die, his mum showed me on his tiktok",
        "dad says he'll take the kids back to Poland before the court hearing, mum has no idea",
        "a bloke commented he'd love to babysit under the toddler photos with a wink, and messages mums",
        # Kinds read from sets 49 to 52 before they were trained on (new wordings).
        "dad was slurring his words at half nine in the morning with the twins climbing on him",
        "the 8 year old showed me how he puts his dad in the recovery position when he's had a drink",
        "she said daddy stays in bed all day and I make the baby's bottle",
        "mum rang me crying, said she can't be responsible for what she might do if she's left with them",
        "she won't give him the new address because last time he kicked the front door in",
        "mum says she's taking the kids tonight and the social will never find them",
        "a grown man commented 'you're so mature for your age' on the 13 year old's selfie",
        "one of the dads commented 'ur so mature for ur age x' under a 15 year old's post",
        "a volunteer put on her story last night that she's back to cutting again",
        "her ex has shared her new address and the children's school on instagram",
        "one of our volunteers says on her story she's started cutting herself again",
        "an account nobody knows keeps asking in the comments which families have daughters aged 11 to 14",
        # Missed leaving one set out over the fifty sets (new wordings).
        "nan was giggling and then slurring her words by lunchtime, the twins were on the floor with her",
        "mum begged me to have the kids tonight, said she can't be responsible for what she'll do",
        "the baby choked on a grape and went blue round the lips, dad won't call an ambulance",
        "stepdad kisses the little girl on the lips and she hates it, pulls away every time",
        "the 10 year old does everything for the baby, bottles, bath, nights, she's exhausted at school",
        "dad says the 4yo is possessed and the pastor is coming round to get it out of him",
        "the 18 month old is kept in the cot all day, mum says it's easier",
        "mum dozed off on the settee with the newborn on her after a few drinks",
        "mum keeps asking for more tests on the baby, the consultant says there's nothing wrong"
        " but she's told everyone he has cancer",
        "a girl about 14 posted on snapchat that she's going to do it tonight, nobody's heard from her",
        "the mum I support, her dad's just collapsed in the kitchen and the kids are with me,"
        " ambulance on its way",
    ],
)
def test_a_quiet_concern_raises_the_alarm(message: str) -> None:
    assert is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        # Everyday life in the same words, from the false alarms in sets 45 to 48 (new wordings).
        "my son got battered in his rugby match, three tries against him",
        "the mums were hammered at the quiz, they lost every round",
        "mum's promised the kids a trip to the beach if the sun comes out",
        "lots of lovely comments under the photos of the little girls' dance show, mum was thrilled",
        "my daughter reads my messages out to me because my eyes are bad",
        "who can I talk to about a day off next week",
        "do I ring the office or email if I can't make my visit",
        "we're taking the kids back to Poland for Christmas, passports all renewed!",
        "mum said she'd love to babysit my two when I'm back at work",
        "the toddler was slurring a bit after the dentist numbed his gum, mum said it wears off in an hour",
        "the kids learnt the recovery position at beavers and practised on their dad",
        "mum sleeps in the day because she works nights, dad does the mornings",
        "I can't be responsible for the tea urn at the fair, can someone else do it",
        "the toddler kicked the door shut on my foot, little monkey",
        "we're taking the kids to Center Parcs, you'll never find us in that pool",
        "my daughter is so mature for her age, she packed her own school bag",
        "mum's ex shared a lovely photo of the kids at school sports day",
        "mum has started cutting the kids' hair herself again to save money",
        "the twins started cutting out shapes again today, so much glitter",
        "dad was slurring the words of the nursery rhyme on purpose and the kids were in hysterics",
        "the baby went blue round the lips in the cold pool so we got him out and wrapped him up, toasty now",
        "my nan always kisses the grandkids on the lips, old-fashioned but they love her to bits",
        "the eldest does everything for the baby in their pretend play, a brilliant little mum to her dolls",
        "the toddler was possessed by the sugar at the party, the church hall has never seen the like",
        "baby falls asleep on dad's chest every evening after his bottle, so cute",
        "we're going to do it tonight! the twins' first sleepover at nanny's",
        "which families have girls aged 5 to 7 for the ballet taster? asked the group leader",
    ],
)
def test_everyday_life_in_the_same_words_stays_quiet(message: str) -> None:
    assert not is_safeguarding(normalise(message))
