"""The strings a cue needs (``prefilter``): a cue is searched only in messages that hold one of
them, so they must be in every text the cue matches, or a concern would go unseen."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.conversation import everyday, sign_off, word_rules
from bot.conversation.examples import development_examples
from bot.conversation.prefilter import AnyOf, needed_strings, top_level_alternatives
from bot.conversation.signs import Sign
from bot.conversation.topics import without_topics
from tests.security.fuzzing import fuzz_settings


@pytest.mark.parametrize(
    ("pattern", "needed"),
    [
        (r"\bbruis(e|ed|es)\b", ("bruis",)),
        (r"\bfell (off|down)", ("fell ",)),
        (r"\b(hit|kicked) (him|her)\b", ("hit", "kicked")),
        (r"(?<!no )harm(ed|ing)?", ("harm",)),
        (r"(?:left|alone)+ at home", (" at home",)),
        (r"^(?!.*\bjoke\b).*\bknife\b", ("knife",)),
        (r"(?>a group) in", ("a group",)),
    ],
)
def test_a_cue_needs_the_longest_text_every_match_holds(pattern: str, needed: tuple[str, ...]) -> None:
    assert needed_strings(pattern) == needed


@pytest.mark.parametrize(
    "pattern",
    [
        r"(?i)bruised",  # a flag changes what the letters match
        r"\b(?i:bruised)\b",
        r"[abc]+\d",  # no fixed text at all
        r"(so )?",  # only optional text
        r"(hit|)",  # a branch that matches nothing
    ],
)
def test_a_cue_with_no_text_known_to_be_needed_is_always_searched(pattern: str) -> None:
    assert needed_strings(pattern) == ("",)


def test_a_parser_of_another_shape_means_searching_every_time(monkeypatch: pytest.MonkeyPatch) -> None:
    from re import _parser

    def other_shape(pattern: str) -> object:
        raise AttributeError("a later Python's parser")

    monkeypatch.setattr(_parser, "parse", other_shape)
    assert needed_strings(r"\bbruised\b") == ("",)


def test_every_cue_is_searched_only_where_it_could_match() -> None:
    """Every one of today's cues has needed text, or the prefilter would not speed anything up."""
    assert all(sign.needs != ("",) for sign in word_rules.SIGNS)


_SIGNS = word_rules.SIGNS


def test_every_text_a_cue_matches_holds_a_string_it_needs() -> None:
    """Texts drawn from the cues themselves, not from the development sets: wordings nobody typed."""

    @given(st.sampled_from(_SIGNS).flatmap(lambda sign: st.tuples(st.just(sign), st.from_regex(sign.cue))))
    def test(sign_and_text: tuple[Sign, str]) -> None:
        sign, text = sign_and_text
        assert any(needed in text for needed in sign.needs)

    fuzz_settings(test, 400)()


def _searching_every_cue(text: str) -> bool:
    read = without_topics(text)
    return any(cue.search(read) and (context is None or context.search(read)) for _, cue, context in _SIGNS)


def test_the_prefilter_changes_no_development_message_s_reading() -> None:
    texts = [word_rules.normalise(example.message) for example in development_examples()[::48]]
    assert [word_rules.is_safeguarding(text) for text in texts] == [_searching_every_cue(t) for t in texts]


def test_a_needed_string_is_plain_text_not_a_pattern() -> None:
    assert needed_strings(re.escape("a.b")) == ("a.b",)


_EVERY_EVERYDAY_WORDING = re.compile(everyday._EVERYDAY)


def _every_everyday_wording(text: str) -> str:
    return _EVERY_EVERYDAY_WORDING.sub(" ", text)


@pytest.mark.parametrize(
    ("pattern", "alternatives"),
    [
        (r"a|b", ["a", "b"]),
        (r"(a|b)c|d", ["(a|b)c", "d"]),
        (r"[|(]x|\|y|z", ["[|(]x", "\\|y", "z"]),
        (r"plain", ["plain"]),
    ],
)
def test_a_pattern_splits_only_at_its_top_level_bars(pattern: str, alternatives: list[str]) -> None:
    assert top_level_alternatives(pattern) == alternatives


def test_the_everyday_wordings_split_into_the_whole_pattern() -> None:
    wordings = [wording.pattern for _, wording in everyday._EVERYDAY_BRANCHES]
    assert len(wordings) > 1
    assert "|".join(wordings) == everyday._EVERYDAY
    assert all(needs != ("",) for needs, _ in everyday._EVERYDAY_BRANCHES)


def test_searching_only_the_everyday_wordings_a_message_could_hold_masks_the_same() -> None:
    texts = [word_rules.normalise(example.message) for example in development_examples()[::32]]
    assert [everyday.without_everyday(t) for t in texts] == [_every_everyday_wording(t) for t in texts]


def test_texts_drawn_from_the_everyday_wordings_are_masked_the_same() -> None:
    """Two wordings side by side or overlapping, with chatter around them: the first found still wins."""
    wordings = [wording for _, wording in everyday._EVERYDAY_BRANCHES]
    drawn = st.sampled_from(wordings).flatmap(lambda wording: st.from_regex(wording, fullmatch=True))
    filler = st.sampled_from(["", " ", " and ", " lol ", "the baby ", " with his teeth "])

    @given(st.lists(st.tuples(filler, drawn), min_size=1, max_size=3))
    def test(pieces: list[tuple[str, str]]) -> None:
        text = "".join(before + wording for before, wording in pieces)
        assert everyday.without_everyday(text) == _every_everyday_wording(text)

    fuzz_settings(test, 300)()


def test_asking_for_sign_off_is_read_the_same_searching_only_the_wordings_a_message_could_hold() -> None:
    whole = re.compile("|".join(f"(?:{pattern})" for pattern in sign_off.APPROVAL.patterns))
    texts = [word_rules.normalise(example.message) for example in development_examples()[::8]]
    assert [bool(sign_off.APPROVAL.search(t)) for t in texts] == [bool(whole.search(t)) for t in texts]
    assert sum(bool(whole.search(t)) for t in texts) > 100


def test_any_of_several_patterns_answers_yes_or_no_as_the_joined_pattern_does() -> None:
    found = AnyOf(r"\bneeds? (sign[- ]?off|approval)\b", r"\bplease approve\b|\bok to go\b")
    assert found.search("this post needs sign-off by 3")
    assert found.search("is it ok to go out monday")
    assert not found.search("who approves holidays")
