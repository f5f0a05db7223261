"""Topics of the questions the policy did not answer, named by us, never by what was typed.

The report groups questions under these fixed labels so the annual review sees what people
need without a single asked word (a name, a family's details) reaching the document.
"""

from __future__ import annotations

import re

OTHER = "Something else"

TOPICS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (label, re.compile(pattern, re.IGNORECASE))
    for label, pattern in (
        (
            "How often or when to post",
            r"\bhow (often|frequently|many times)\b|\b(best|right|good) (time|day)\b",
        ),
        ("Passwords and logging in", r"\bpass(word|code)s?\b|\blog ?in\b|\blocked out\b|\b2fa\b"),
        (
            "Followers, analytics and reach",
            r"\bfollowers?\b|\banalytics\b|\bmetrics\b|\breach\b|\bengagement\b",
        ),
        (
            "Hashtags, captions and adverts",
            r"\bhashtags?\b|\bcaptions?\b|\bemojis?\b|\bads?\b|\badvert\w*|\bboost",
        ),
        (
            "Platforms the policy does not name",
            r"\b(tiktok|youtube|snapchat|whatsapp|threads|bluesky|mastodon|pinterest|reddit|discord|telegram)\b",
        ),
        ("Photos, video and consent", r"\bphotos?\b|\bpictures?\b|\bvideos?\b|\bimages?\b|\bconsent\b"),
        ("Friends, messages and contact", r"\bfriend\w*\b|\bmessag\w*\b|\bfollow\b|\bcontact\b|\bdm\b"),
        (
            "Work matters outside this policy",
            r"\bparking\b|\bleave\b|\bholiday\w*\b|\bexpenses?\b|\bpay\b|\brota\b",
        ),
    )
)


def topic_of(text: str) -> str:
    """The first topic whose words appear in the question, else "Something else"."""
    return next((label for label, pattern in TOPICS if pattern.search(text)), OTHER)
