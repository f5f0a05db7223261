"""Whose account a question is about: the section model's extra features.

"Can I post the picnic photos on my insta?" is about one's own accounts (§2.7 of the policy),
"can we post them on our page?" about the charity's posting (§2.3): the largest confusion of the
section choice. The words that tell them apart ("my", "our", "personal", "the charity's") are
common, so among a question's many words and word pairs they weigh little. These features name
the owner of the account a message speaks of ("my own", "personal", "my" or "our" shortly before
"facebook", "page", "account"…) and who is speaking ("I" or "we"), each counted ``REPEAT`` times
so that it weighs more than a single word. The model learns what each means for each section;
nothing here chooses a section.

Leaving one set out (sixteen conversation sets, 2,236 answerable questions), top-1 with the
section models reading words and word pairs: 1,995 without these features; with them counted
1, 2, 3, 5 times: 1,997, 2,007, 2,007, 2,005 (the owner alone, 3 times: 2,003; who speaks
alone, 3 times: 2,002). With the answer-or-not changes of the same round beneath: 2,011 -> 2,023
(89.9% -> 90.5%): seven sets gain (sets 10 and 13 three questions each), set 7 loses one.
Cost: at most twelve more features per message, nothing measurable in training time or memory.
"""

from __future__ import annotations

from bot.conversation.features import tokens, words_and_pairs

REPEAT = 3
# Where a message speaks of an account, a page or a post.
_PLACE_WORDS = (
    "fb facebook insta instagram ig page pages account accounts tiktok linkedin twitter x story"
    " stories status profile feed whatsapp socials snapchat grid wall timeline channel youtube site"
    " website handle blog threads bluesky social media post posts"
)
PLACES = frozenset(_PLACE_WORDS.split())
# Up to this many words before the place may name its owner ("my own facebook page").
_REACH = 3
_MINE = frozenset({"my", "own", "personal", "private"})
_OURS = frozenset({"our", "charity", "charitys", "official", "homestart", "start", "starts", "organisations"})
_SPEAKING_ALONE = frozenset({"i", "im", "ive", "me", "my"})
_SPEAKING_FOR_US = frozenset({"we", "our", "us"})


def account_features(words: list[str]) -> set[str]:
    """The owner of the accounts a message speaks of and who is speaking, each ``REPEAT`` times."""
    found: set[str] = set()
    for position, word in enumerate(words):
        if word in PLACES:
            before = words[max(0, position - _REACH) : position]
            if any(other in _MINE for other in before):
                found.add("mine")
            if any(other in _OURS for other in before):
                found.add("ours")
    present = set(words)
    if "personal" in present or "personally" in present or {"my", "own"} <= present:
        found.add("mine")
    if present & _SPEAKING_ALONE:
        found.add("i")
    if present & _SPEAKING_FOR_US:
        found.add("we")
    return {f"a:{name}{count}" for name in found for count in range(REPEAT)}


def section_features(message: str) -> set[str]:
    """What the section models read: whole words, word pairs and whose account it is about."""
    words = tokens(message)
    return words_and_pairs(words) | account_features(words)
