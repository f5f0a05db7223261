"""A course, a programme or a book about abuse is not abuse: the phrases that name one are read past.

"Just back from the domestic abuse awareness training", "the Panorama on neglected kids in care",
"the new BBC drama about the county lines gang": the words the safeguarding rules look for name
the subject of a course, a programme or a book, not something happening to a child the writer
knows. Only the phrase that names the subject is masked before the rules read the message; the
rest of it is read as before ("a drama about coercive control made me think of my mum: he keeps
her bank card"), and the learned layer still reads the whole message.
"""

from __future__ import annotations

import re

# "domestic abuse awareness training", "the understanding domestic abuse course": up to three words
# naming the subject, then what kind of learning it is.
_COURSE = re.compile(
    r"(\b[\w-]+ ){1,3}(awareness |level \d )?"
    r"(training|course|module|refresher|webinar|workshop|e ?learning|seminar)s?\b"
)
# "the panorama on neglected kids in care", "a drama about the county lines gang": what the
# programme, film or book is about, up to four words.
_PROGRAMME = re.compile(
    r"\b(documentary|documentaries|drama|programme|program|film|movie|book|novel|podcast|episode|"
    r"series|panorama|article|storyline|soap)s? (about|on) ([\w-]+ ?){1,4}"
)


def without_topics(text: str) -> str:
    """``text`` (as ``route.normalise`` left it) with every course's or programme's subject masked."""
    return _PROGRAMME.sub(" ", _COURSE.sub(" ", text))
