"""Whose account a question speaks of: features the section models read beside its words."""

from __future__ import annotations

from bot.answers.index import PolicyIndex
from bot.conversation import accounts
from bot.conversation.accounts import account_features, section_features
from bot.conversation.examples import Example
from bot.conversation.features import tokens, word_features
from bot.conversation.learned import train_learned


def _names(message: str) -> set[str]:
    return {feature[2:].rstrip("0123456789") for feature in account_features(tokens(message))}


def test_the_owner_of_an_account_and_who_speaks_are_named() -> None:
    assert _names("can I put the picnic pics on my own insta?") == {"mine", "i"}
    assert _names("can we share it on our facebook page") == {"ours", "we"}
    assert _names("is the charity's instagram run by the office") == {"ours"}
    assert _names("does this cover personal accounts") == {"mine"}
    assert _names("who reviews content") == set()


def test_each_feature_counts_several_times_so_it_weighs_more_than_one_word() -> None:
    found = account_features(tokens("on my tiktok"))
    assert len(found) == 2 * accounts.REPEAT
    assert section_features("on my tiktok") == word_features("on my tiktok") | found


def test_the_owner_carries_over_to_a_platform_no_question_named(index: PolicyIndex) -> None:
    # One's own accounts are §2.7, the charity's posting §2.3: a question about "my linkedin"
    # leans to §2.7 even when only a question about the charity's LinkedIn was seen.
    examples = [
        Example("is it ok to post this on my tiktok", "answer", sections=("2.7",)),
        Example("is it ok to post this on our linkedin", "answer", sections=("2.3",)),
    ]
    learned = train_learned(examples, index.document)
    judged = learned.judge("is it ok to put it on my personal linkedin")
    assert judged.sections["2.7"] > judged.sections["2.3"]
    judged = learned.judge("is it ok to put it on our charity tiktok")
    assert judged.sections["2.3"] > judged.sections["2.7"]
