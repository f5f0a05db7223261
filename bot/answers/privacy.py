"""Take personal data out of a question before it is kept for the annual review.

People type names, addresses and phone numbers into questions ("can I add Sarah Jones from
12 Mill Lane on fb?"). The manager needs the gist, not the people, so before a question is
stored: email addresses, phone numbers, UK postcodes and street addresses are replaced, and so is
any capitalised word that is neither an everyday or policy word nor the name of someone in the
organisation file. Over-removing a place name is a fair price for never keeping a family's name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
PHONE = re.compile(
    r"(?<![\w])(?:\+44\s?\(?0?\)?\s?|\(?0)\d(?:[\s-]?\d){8,10}(?![\w])|(?<![\w])\d{5}\s?\d{6}(?![\w])"
)
POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b", re.IGNORECASE)
STREET = re.compile(
    r"\b\d{1,4}[a-z]?,?\s+(?:[A-Za-z'’-]+\s+){1,3}"
    r"(?:road|rd|street|st|avenue|ave|lane|ln|close|drive|dr|way|crescent|cres|court|ct|place|pl|"
    r"terrace|gardens|grove|hill|row|walk|mews|square|sq|park|rise|view|green|parade)\b\.?",
    re.IGNORECASE,
)
NAMED = re.compile(r"\b(?:called|named|name is|names|nee)\s+([a-z][a-z'’-]+)", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


def _words(text: str) -> list[str]:
    return text.split()


# Capitalised words that are not names: the days, months and common proper words of the domain.
COMMON = frozenset(
    _words(
        """
        i i'm i've i'd i'll im ive id ill ok okay hi hello hey dear thanks thank please yes no
        monday tuesday wednesday thursday friday saturday sunday january february march april may
        june july august september october november december christmas easter eid diwali xmas
        english british uk gdpr ico ceo hsuk ncsc agm pr dm dms fb ig tiktok youtube whatsapp
        twitter snapchat linkedin instagram insta facebook teams sharepoint wordpress google
        microsoft apple zoom outlook bbc itv nhs police council suffolk ipswich home-start
        homestart
        """
    )
)

EMAIL_MARK, PHONE_MARK, POSTCODE_MARK, ADDRESS_MARK, NAME_MARK = (
    "(email)",
    "(phone)",
    "(postcode)",
    "(address)",
    "(name)",
)


class Scrubber:
    """Built once from the words that are safe to keep: the policy's and the organisation's."""

    def __init__(self, known_words: Iterable[str], people: Iterable[str]) -> None:
        self._known = frozenset(word.lower() for word in known_words) | COMMON
        self._people = frozenset(part.lower() for name in people for part in name.split())

    def scrub(self, text: str) -> str:
        text = EMAIL.sub(EMAIL_MARK, text)
        text = STREET.sub(ADDRESS_MARK, text)
        text = POSTCODE.sub(POSTCODE_MARK, text)
        text = PHONE.sub(PHONE_MARK, text)
        text = NAMED.sub(lambda m: m.group(0).replace(m.group(1), self._name(m.group(1), force=True)), text)
        return _WORD.sub(lambda m: self._name(m.group(0)), text)

    def _name(self, word: str, *, force: bool = False) -> str:
        lower = word.lower().replace("’", "'")
        if lower in self._people or (lower.rstrip("s").rstrip("'") in self._people):
            return word
        if not force and (not word[0].isupper() or (word.isupper() and len(word) <= 4)):
            return word
        if not force and (lower in self._known or lower.rstrip("s").rstrip("'") in self._known):
            return word
        return NAME_MARK
