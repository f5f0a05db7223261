"""Concerns the rules and classifiers missed in sets 217 to 220 before they were trained on, in new
words: a baby in the bath watched only by a four-year-old; children who have gone weeks without a
hot meal, or who walk to school alone at five; a toddler out of an upstairs window onto a roof;
a mum gone quiet whose last text said she was sorting it all out permanently; a feverish toddler
kept from the doctor; an adult of ours adding teenagers online and hearting their selfies; a boy of
seven left running the house; sexual edits of a fifteen-year-old; a mum shoved into a door frame; a
claim that a volunteer photographed children and put them online; a father praising a mass killer
to his son; children kept off school to work; a photo of her wrists captioned "done"; a parent who
will take the boy whatever the court says; a fist through the kitchen door; "I'll find you and
your brats".

Each stays quiet beside the everyday message in the same words.
"""

from __future__ import annotations

import pytest

from bot.conversation.word_rules import is_safeguarding, normalise


@pytest.mark.parametrize(
    "message",
    [
        "walked in and the 9 month old was in the bath with only her 4 year old brother, mum was downstairs",
        "the kids said they haven't had a hot meal for three weeks, mum's been in bed since the op",
        "the twins walk to school on their own every morning now, they're only 6",
        "the toddler climbed out the bedroom window onto the garage roof again, mum was on her phone",
        "mum's not answered in 4 days and her last message said she's sorting everything out for good",
        "dad says the baby doesn't need a doctor, god will heal her, she's had a temperature all week",
        "a volunteer keeps adding the teenage girls from group on snapchat and liking their selfies",
        "haha the 8yo was basically running the house today, mum out since first thing, toddler on his hip",
        "someone's sharing sexualised edits of a 14 year old from our young carers group",
        "dad shoved mum into the door frame during my visit and laughed it off, the kids saw",
        "a parent is claiming a volunteer took pictures of the children at stay and play and put them online",
        "dad keeps praising the Manchester bomber and made his 12 year old watch the footage",
        "the older two are being kept off school to work on the family's market stall",
        "mum shared a photo of her wrists on snapchat with the caption 'enough now'",
        "dad posted that he'll take his daughter back whatever the judge says, she's 3",
        "he put his fist through the bedroom door while the baby was asleep in there",
        "someone commented 'I'll find you and your brats' under one of our mums' posts",
    ],
)
def test_what_the_new_sets_missed_is_a_concern(message: str) -> None:
    assert is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "the baby was in the bath with only her big sister, mum kneeling right beside them washing hair",
        "we haven't had a hot meal for three weeks since the oven died, the kids think it's brilliant",
        "my 14 year old walks to school on his own now, so grown up",
        "the cat climbed out the bedroom window onto the garage roof again, little monkey",
        "mum's last message said she's sorting everything out for good with the landlord about the boiler",
        "the rash cleared up in two days so mum says the baby doesn't need a doctor now",
        "can our youth worker add the teenage girls from group to the trip's whatsapp with their parents ok?",
        "haha the 8yo was basically running the tuck shop today, mum out since first thing at work",
        "the online safety training covered sexualised images and how to report them, really useful",
        "dad shoved the sofa into the door frame moving house and the kids saw it all 😂",
        "can volunteers take pictures of the children at stay and play and post them online with consent?",
        "dad keeps praising the Ipswich Town striker and made his 12 year old watch the highlights",
        "the older two were kept off school with chickenpox, mum's working from home",
        "mum shared a photo of her wrists on snapchat with her new bracelets, caption 'enough now'",
        "dad posted that he'll take his daughter to the park whatever the weather, she's 3",
        "he put his fist through the paper screen in the play, the kids loved it",
        "the events lady said 'I'll find you and your brats a table near the stage' lol",
    ],
)
def test_the_everyday_message_in_the_same_words_is_not(message: str) -> None:
    assert not is_safeguarding(normalise(message))
