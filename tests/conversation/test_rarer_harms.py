"""Harms a volunteer meets less often and may not name: a teenager paid well for "deliveries", a
girls' "sunna" on a trip abroad, children locked in and fed through the door, a grandparent too
drunk to stand while minding a baby, a baby alone in a pram outside a pub or strapped in a car
seat all day, a threat to "batter" anyone who comes near, a mum who says she will drive the
children into the sea, a volunteer too close to the children, a teenager's "thinspo" posts, a boy
told to "join the cause", photos of other people's children taken on the sly; and asking who to
tell about a worry from a visit. Everyday life in the same words raises no alarm.

The rules are checked on their own (``is_safeguarding``). The kinds of message come from sets 41
to 44, read before they were trained on; the wordings here are new.
"""

from __future__ import annotations

import pytest

from bot.conversation.word_rules import is_safeguarding, normalise


@pytest.mark.parametrize(
    "message",
    [
        "her 13 year old is doing deliveries for some older lads after school and comes back with £200 cash",
        "mums off to somalia in the summer, she says the girls will have their sunna done by an aunty there",
        "neighbour says the kids get locked in their bedroom every night, food pushed through the door",
        "nan was minding the baby and she was absolutely legless, could barely stand",
        "his uncle had the toddler and was completely hammered when I got there",
        "saw a toddler alone in a buggy outside the pub for ages, looked like one of ours",
        "the baby stays strapped in his car seat all day, mum says it keeps him quiet",
        "her partner put on his fb that he'll batter anyone from social services who turns up",
        "mum texted that she might just drive the car off the quay with the kids in it",
        "one of the dads says a volunteer got too close to his girls and kept messaging them on snapchat",
        "the 15yo I know from group posts thinspo all day and says she hasnt eaten since monday",
        "some account keeps sending the eldest lad videos and telling him to join the cause",
        "a man at the fun day was taking pictures of other people's kids on the sly",
        "a grandad at soft play keeps filming other people's children secretly on his phone",
        "a mum says the new volunteer got far too close to the kids at group and kept texting them",
        "the girl I mentor posts pro ana stuff and thinspo every night",
        "if a trustee saw a possible abuse concern on facebook, where should it go? I've seen one",
        "can I talk to someone about something a child said to me on my visit",
        "i've got a worry from my visit this morning, who do i tell",
        "who do i speak to about a concern i have about one of my families",
        "what do i do if i think a family i visit isnt ok",
        "can I have the phone number of the person responsible for safeguarding please",
        "whats the number for the MASH, need to ring them about a family",
        "a dad keeps messaging me at night calling me a grass and saying he'll sort me out",
        # The same words as the everyday messages below, where they still tell of a risk.
        "i think ive done something stupid, i took all my tablets",
        "mum's at work and her husband is out, so the kids are home alone again",
        "the little one has a mark on her neck she says daddy made",
        "he bruised her arm grabbing her, she says it was an accident with the fruit bowl",
    ],
)
def test_a_rarer_harm_raises_the_alarm(message: str) -> None:
    assert is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        # Everyday life in the same words, from the false alarms in sets 41 to 44 (new wordings).
        "my lad's been doing paper deliveries on saturdays, he's saving for a bike",
        "the girls are off to see their gran in somalia this summer, so excited",
        "our deliveries for the baby bank come on fridays",
        "we got locked in the church hall by the caretaker for ten minutes, the kids loved it",
        "the kids went mad because I cut the sandwiches into triangles instead of squares",
        "an admin called Mark Jones is on our page, none of us know him, and the kids party photos are gone",
        "the bride and groom's little boy was the best page boy ever",
        "I think I've done something stupid, I emailed the families list to the wrong group",
        "the toddler attacked the christmas tree and the tree lost",
        "only a bruised banana left in the kids' snack box",
        "someone posted a video of an animal being hurt in the mums group, can it come down",
        "my husband is home alone with the kids this weekend, pray for him",
        "IT will sort you out with a new password for the insta",
        "join the cause and sponsor our family fun run!",
        "is there a number for the safeguarding training bookings",
        "can I post photos of other people's kids from the fun day without asking?",
        "the photographer stood too close to the kids and all the photos are blurry",
        "we've got an online abuse concern on our page, a troll calling us liars",
    ],
)
def test_everyday_life_in_the_same_words_stays_quiet(message: str) -> None:
    assert not is_safeguarding(normalise(message))
