"""Wordings that name a situation without telling one: questions about sign-off, "left" and
"finished" that are no one leaving, a complaints policy asked for by name, and a post that went
out without sign-off (a breach to report, not a request for the form).

Each was read from the development sets' misses leaving one set out; the messages here are
written afresh in the same shapes, so they test the wording rather than one training message.
"""

from __future__ import annotations

import pytest

from bot.answers.index import PolicyIndex
from bot.conversation import leavers, sign_off, situations
from bot.conversation.route import Route, decide
from bot.conversation.word_rules import normalise


def assert_answered_from(index: PolicyIndex, question: str, section: str) -> None:
    decision = decide(index, question)
    assert decision.route is Route.ANSWER
    assert decision.sections[0] == section


@pytest.mark.parametrize(
    "question",
    [
        "does the post about our new patron need the CEO's approval?",
        "who actually has to sign off the anniversary announcement?",
        "what counts as a high-profile announcement? we're opening a new hub in Sudbury next month",
        "whats the procedure for getting sign off on a big announcement",
        "the council leader is coming to the fun day, would a post about that need board approval",
        "who do I need sign-off from for the lottery grant news",
        # Sets 22 to 24, leaving one set out: how it works, who does it, how long it takes.
        "how does board sign-off work?",
        "sign-off for big posts, how does that work",
        "what sort of posts need the CEO's say-so?",
        "who signs off our press statements?",
        "is there a form for sign-off or do i just message the CEO",
        "whats the approval process for a big announcement",
        "how long does the CEO usually take to approve things",
        "how many people need to approve a crisis statement?",
    ],
)
def test_a_question_about_sign_off_is_answered_not_sent_to_the_form(
    index: PolicyIndex, question: str
) -> None:
    assert_answered_from(index, question, "2.3")


@pytest.mark.parametrize(
    "asking",
    [
        "draft below for our new chair's announcement, who needs to approve it? please send it to them",
        "we want to announce the NHS partnership, who needs to OK it? can I submit it now?",
        "sign-off please: our CEO is retiring, the announcement goes on LinkedIn tomorrow at 9",
        # Sets 57 to 60 before they were trained on: "who approves it?" about a draft that is ready
        # asks for the sign-off itself.
        "I've written the post about the new Haverhill hub, who needs to sign it off?",
        "statement about the closure rumours is ready to go. who approves it?",
        "sending over the patron announcement now, who signs this off?",
        # Asked for as "the ok", leaving one set out over fifty-eight sets.
        "can the chair okay our reply to the radio before 5?",
        "could I get the green light on the post about the new hub?",
        "can u get this ok'd, its the post about our award",
        # Sets 61 to 64 before they were trained on: "post written".
        "New patron announcement. Statement written. Who approves it?",
        # Sets 65 to 68 before they were trained on: "here's our statement, who signs it off?"
        "here's the wording for the post about the new Leiston group, who signs it off?",
        "here's our post about the hub closing, it's sensitive, who signs it off and can they do it today",
        # Leaving one set out over sixty-six sets: "the post's written", "grateful if the CEO could".
        "The announcement's written for our new patron, who approves it?",
        "We would be grateful if the CEO could look at our response to the Star before it goes out",
        "I should be grateful if the Board would approve the attached statement on the merger",
    ],
)
def test_a_question_about_sign_off_that_asks_for_it_gets_the_form(index: PolicyIndex, asking: str) -> None:
    assert decide(index, asking).route is Route.APPROVAL


@pytest.mark.parametrize(
    "question",
    [
        "can I like a lovely comment someone left on our page?",
        "is it ok to accept the mum's friend request now our support has finished?",
        "once a volunteer has finished with a family can they follow the mum on insta?",
        "does the policy still apply once I've finished my shift and I'm scrolling at home?",
        "how long do photos of the children stay on our page once the family has left?",
        "is the parents' chat group moderated or just left to run itself?",
        "the page is posting adverts for sunglasses and my login no longer works",
        "the website is showing adverts for pills and the admin code on the sticky note no longer works",
        "a mum has complained on fb that nobody rang her when her volunteer left",
        # Missed leaving one set out over seventy sets: left out, told to quit, a detail left showing.
        "a mum commented that our fun day poster is leaving single dads out again",
        "an anonymous account told me to quit home-start today and said I'd regret it if I didn't",
        "the volunteer has left the family's postcode on the public post about the fundraiser",
        "our volunteer left the mum's full name visible on the group post",
    ],
)
def test_left_and_finished_that_are_no_one_leaving_get_no_leaver_checklist(
    index: PolicyIndex, question: str
) -> None:
    assert decide(index, question).route is not Route.LEAVER


# Sets 73 to 76 before they were trained on: a group chat or the service left, a review left, a
# drama finished, "as I was leaving" a visit, "she's not leaving us".
@pytest.mark.parametrize(
    "message",
    [
        "two of the mums have left the group since that row about dummies",
        "the Hendersons have left the service now, all going well for them",
        "a dad left us a 2 star review on Google about the parking",
        "as I was leaving the visit mum asked if I could bring some leaflets next time",
        "just finished the new detective series, who else has watched it?",
        "Pat accidentally left the trustees' chat, she's not leaving us! please add her back",
    ],
)
def test_no_one_leaving_the_charity_is_no_leaver(message: str) -> None:
    assert not leavers.leaving(normalise(message))


@pytest.mark.parametrize(
    ("message", "category"),
    [
        ("a dad has left a 1 star review on google saying nobody rang him back", "complaint"),
        ("a work laptop with the referral spreadsheet on it was left on the bus", "data_breach"),
    ],
)
def test_something_left_behind_is_a_report_not_a_leaver(
    index: PolicyIndex, message: str, category: str
) -> None:
    decision = decide(index, message)
    assert (decision.route, decision.category) == (Route.REPORT, category)


@pytest.mark.parametrize(
    "message",
    [
        "a trustee put our new partnership on LinkedIn before the CEO had approved it",
        "the big fundraising launch went on our page this morning with no sign off from anyone",
        "someone posted the closure announcement on facebook without getting it signed off",
        # Sets 57 to 60 before they were trained on: round the CEO or before the Board had seen it.
        "one of our trustees gave the radio a statement about the cuts without going through the CEO",
        "the merger news went on LinkedIn before the board had agreed it",
    ],
)
def test_a_post_that_went_out_without_sign_off_is_a_breach_to_report(
    index: PolicyIndex, message: str
) -> None:
    decision = decide(index, message)
    assert (decision.route, decision.category) == (Route.REPORT, "policy_breach")


@pytest.mark.parametrize(
    "question", ["what's our complaints policy called?", "where do I find the complaints procedure?"]
)
def test_the_complaints_policy_asked_for_by_name_is_answered(index: PolicyIndex, question: str) -> None:
    decision = decide(index, question)
    assert decision.route is Route.ANSWER
    assert decision.sections[0] == "related"


# Read from set 19's misses leaving one set out (it leans on reports and leavers): an account
# posting what nobody wrote, strangers added as admins or signed in, abuse told as "I'm being…" or
# "getting hate", and leavers who say it in everyday words.
@pytest.mark.parametrize(
    ("message", "category"),
    [
        ("our linkedin page just shared something about bitcoin trading?? it wasn't me", "hacked_account"),
        ("the insta has started posting weight loss ads and the profile pic has changed", "hacked_account"),
        ("two admins we don't recognise have been added to the facebook page", "hacked_account"),
        ("someone signed into my outlook from another country at 4am", "hacked_account"),
        ("can someone help, I'm being trolled every time I share our posts", "online_abuse"),
        ("getting so much hate off one account whenever the charity tags me", "online_abuse"),
        # Sets 22 to 24: "someone's …" has happened, even with an "if" later in the message; and
        # what anyone "can read" on a post is already out.
        (
            "someone's made a fake insta page giving away free prams from Home-Start if you pay the postage",
            "other",
        ),
        (
            "the group photo on our website has the families' surnames on the whiteboard behind, you can "
            "read them if you zoom in",
            "data_breach",
        ),
        # Sets 25 and 26: "sorry if this is garbled" apologises, it sets no condition.
        (
            "sorry if this rambles, I'm on the bus, but our insta just posted a crypto advert none of us "
            "wrote, I think we've been hacked",
            "hacked_account",
        ),
        # Sets 27 and 28: told behind a doubt ("am I overreacting", "is it normal").
        (
            "probably overthinking this but a volunteer forwarded the family's referral with their address "
            "to her sister",
            "data_breach",
        ),
        # Set 32: a slip owned up to, and a profile that now says what nobody here wrote.
        (
            "I accidentally replied to a comment with a dad's mobile number, took it down quickly but "
            "people might have screenshotted it",
            "data_breach",
        ),
        (
            "is it normal that our facebook page name now says 'free iphones' and nobody here changed it?",
            "hacked_account",
        ),
        # Set 33, before it was trained on: the password's owner writes it with an apostrophe.
        ("our facebook says the password's been reset and none of us did it", "hacked_account"),
        # Sets 45 to 48, before they were trained on: a strange admin, a bio nobody changed.
        ("there's a random admin on our instagram now, nobody knows who she is", "hacked_account"),
        ("is it normal our tiktok bio now says 'invest in crypto'? I never changed it", "hacked_account"),
        # Missed leaving one set out over sixty-two sets: a login given to someone outside.
        (
            "one of our volunteers has given the facebook password to her grandson so he can do the posts",
            "policy_breach",
        ),
        (
            "I lent my facebook login to my daughter so she could post the raffle while I'm away",
            "policy_breach",
        ),
        # Sets 69 to 72: one of our accounts asking for money or a code is hacked, by the labelling
        # rules' decided call, while a scam pretending to be us is "something else".
        ("families are getting texts from our work whatsapp asking them to send a code", "hacked_account"),
        ("a dad got a DM off our insta asking for his card details to claim a free cot", "hacked_account"),
        ("supporters are getting emails pretending to be from our office asking for bank details", "other"),
        ("I've been removed as admin of the dads' group page, no idea who did it", "hacked_account"),
        ("we have been removed as admins of the toddler group page overnight", "hacked_account"),
        # Sets 73 to 76 before they were trained on: our real page, "not a copy", and our page replying.
        ("mums say a message came from our real insta, not a copy, asking for gift cards", "hacked_account"),
        ("our facebook page is replying to comments asking people for their bank details", "hacked_account"),
    ],
)
def test_reports_told_in_everyday_words(index: PolicyIndex, message: str, category: str) -> None:
    decision = decide(index, message)
    assert (decision.route, decision.category) == (Route.REPORT, category)


@pytest.mark.parametrize(
    "message",
    [
        "I'm going to give up volunteering at christmas, too much on with work",
        "just to let you know I'm finishing volunteering at the end of term",
        "Priya's going on maternity leave and isn't planning to come back after",
        "moving to Spain for good in March so I'll have to stop",
        # Leaving one set out once sets 22 to 24 joined.
        "I'm not renewing my volunteer agreement when it runs out in July",
        "please can you start the leaver process for Dan from the Bury team",
        "how do I hand over the facebook login as I'm leaving next month",
        # Sets 25 and 26 before they were trained on: the idioms people retire with.
        "Margaret is hanging up her lanyard at the end of March after 15 years",
        "I've decided to step back from volunteering for a while, my mum needs me",
        "time for me to bow out I think, thank you all for everything",
        "Kev's packing it in after Easter, he's moving nearer his daughter",
        "our treasurer has decided to call it a day, she still has the twitter password",
        "Just so you know Tom won't be coming back after his operation",
        "Please accept this as notice of my resignation from the board",
        "not sure if this counts, Bev's been off sick since May and isn't coming back",
        # Asking to keep access after going: missed leaving one set out over fifty-eight sets.
        "is it alright if I keep the facebook admin after I finish in June? I'd still share events",
        "can Sue stay in the volunteers' group once she's retired? she loves the updates",
        # Sets 61 to 64 before they were trained on: access to be revoked, "get me off all of it",
        # someone who walked out, staying admin after going.
        "can u revoke daves access asap, he walked out this morning",
        "had enough of it all tbh. get me off all of it",
        "would I be able to remain an admin on the toddler group page once I go?",
        # Leaving one set out over sixty-six sets: someone to take off the accounts, and why.
        "could someone take Jo off the canva and the insta, she finished with us on friday",
        "can you get me off the linkedin page, I'm done after this month, finishing on the 30th",
        # The round's narrower wordings must leave these leavers alone: an admin not yet removed,
        # and a leaving told "out of the blue".
        "Jo left last week but she hasn't been removed as admin on the facebook page yet",
        "she is leaving next week out of the blue, she runs our insta",
    ],
)
def test_leavers_told_in_everyday_words(index: PolicyIndex, message: str) -> None:
    assert decide(index, message).route is Route.LEAVER


@pytest.mark.parametrize(
    "message",
    [
        "a mum who stopped coming to group wants us to take her photos off the page",
        "when a volunteer leaves who takes them off the insta?",
        "if I ever quit would someone remove me from the teams channels",
    ],
)
def test_taking_off_the_accounts_needs_someone_who_went(message: str) -> None:
    """A photo to take down, or how it works in general, is no one to take off the accounts."""
    assert not leavers.leaving(normalise(message))


# Leaving one set out once sets 22 to 24 joined, "are we on …" questions were refused as not
# covered; §2.1 lists the platforms the charity uses, so it answers whether the charity is on one.
@pytest.mark.parametrize(
    "question",
    [
        "are we on snapchat??",
        "which socials does home-start actually use",
        "do we have a youtube or not",
        "is the website on wordpress or something else",
        "whats @home, I keep hearing about it",
    ],
)
def test_which_platforms_the_charity_uses_is_answered_from_2_1(index: PolicyIndex, question: str) -> None:
    assert_answered_from(index, question, "2.1")


@pytest.mark.parametrize(
    "message",
    [
        "we were packing them in at the toddler group today, 20 families!",
        "rain all morning so we called it a day early at the fun run",
        "the photographer won't be coming back till the afternoon",
        "Sue isn't coming back until after half term, she's having her knee done",
        "can you step back from the screen a bit, the call is blurry",
        "mum's fella walked out on her again last night, she's gutted",
        "how do we remove a mum's access to the parents' group if she asks us to?",
    ],
)
def test_everyday_idioms_are_no_leaver(index: PolicyIndex, message: str) -> None:
    assert decide(index, message).route is not Route.LEAVER


def test_an_apology_before_a_real_condition_still_asks_about_the_rules(index: PolicyIndex) -> None:
    message = "sorry if this is a daft question, but what happens if our insta gets hacked?"
    assert decide(index, message).route is Route.ANSWER


def test_how_many_followers_is_still_not_covered(index: PolicyIndex) -> None:
    assert decide(index, "how many followers do we have on insta now?").route is Route.NOT_COVERED


@pytest.mark.parametrize(
    "question",
    [
        "who approves mileage claims?",
        "how long does it take to get a DBS check back?",
        "who signs the tenancy?",
    ],
)
def test_other_approvals_and_waits_are_no_question_about_sign_off(question: str) -> None:
    assert not sign_off.asks_about_sign_off(normalise(question))


def test_home_start_itself_is_not_the_intranet() -> None:
    assert not situations.PLATFORM_QUESTION.search(normalise("what's Home-Start's view on tiktok?"))
    assert situations.PLATFORM_QUESTION.search(normalise("what's @home?"))


@pytest.mark.parametrize(
    "question",
    [
        # Set 47, before it was trained on: another organisation's own rules (new wordings).
        "what does the Red Cross social media policy say about selfies with clients",
        "I also help at the Brownies, what are their rules on whatsapp groups?",
        "does Home-Start Norfolk have the same policy as us on tiktok",
    ],
)
def test_another_organisations_rules_are_not_covered(index: PolicyIndex, question: str) -> None:
    assert decide(index, question).route is Route.NOT_COVERED


def test_the_guides_the_policy_links_to_are_still_answered(index: PolicyIndex) -> None:
    assert decide(index, "are there any NCSC guides linked from the policy?").route is Route.ANSWER


@pytest.mark.parametrize(
    "message",
    [
        # Sets 45 to 48, before they were trained on: a slip owned up to (new wordings).
        "confession time: I accepted a friend request from a dad I support last month",
        "I think I messed up, I've been messaging my mums from my personal whatsapp",
        "ashamed to say I moaned about one of my families on my own facebook",
        # Leaving one set out over fifty-eight sets: a family friended, told in the past tense.
        "I accepted a friend request from the dad I visit, we only chat about football. is that ok?",
        "I followed back one of my mums on tiktok last week, do I need to undo it?",
    ],
)
def test_a_slip_owned_up_to_is_a_policy_breach_to_report(index: PolicyIndex, message: str) -> None:
    decision = decide(index, message)
    assert (decision.route, decision.category) == (Route.REPORT, "policy_breach")


def test_a_slip_imagined_is_still_a_question(index: PolicyIndex) -> None:
    question = "what happens if I mess up and post something I shouldn't have?"
    assert decide(index, question).route is Route.ANSWER
