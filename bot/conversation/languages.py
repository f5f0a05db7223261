"""A message written in a language the bot cannot read.

The rules and classifiers read English. A volunteer whose first language is Polish, Romanian,
Portuguese or Arabic may write a worry about a family in their own words ("Gdzie mam zgłosić, że
dziecko jest bite przez ojca?", set 232), and every such message in the development sets is a
concern. Missing a concern is far worse than a false alarm, so a message in another language gets
the safeguarding contacts (the lead, 999, the report button) with a line saying the bot reads only
English. A message mostly in English is read as usual, whatever words from elsewhere it holds
("Mój angielski nie jest dobry. If somebody write question in comment…"), and so is a greeting
of a few words ("Wesołych Świąt!"): it takes five words or more.
"""

from __future__ import annotations

import re

# The words most English messages hold, as ``normalise`` leaves them (no apostrophes).
_ENGLISH_WORDS = (
    "a about after all also am an and any are as at be because been but by can could did do does "
    "dont for from get got had has have he her here him his how i if im in is it its just know me my "
    "no not now of on or our please she should so some that the their them then there they this to "
    "up us was we what when where which who why will with would you your"
)

# Small words of the languages families and volunteers in Suffolk most often write in (Polish,
# Romanian, Portuguese, Spanish, Lithuanian, French, German, Italian, Turkish), leaving out any
# that English chat also uses or names ("ma", "na", "em", "pe", "cu", "die", "man", "era", "yo",
# "ben", "y", "w").
_ELSEWHERE_WORDS = (
    "że jest nie się przez gdzie jak czy mam mnie jej jego dla od ale bo już tak jestem są był była "
    "co și este că să la de din ce când sunt pentru foarte que não com por para ela ele uma está "
    "estou tenho tem muito mas quem isso sobre eu el los las es en pero muy mi lo le del ir yra "
    "kad su ne aš mano jis ji kaip labai les et une des pas je il elle avec pour dans qui sur und "
    "ist nicht ich der das mit ein eine sie che non è di sono ve bir bu çok için ama"
)

_ENGLISH = frozenset(_ENGLISH_WORDS.split())
_ELSEWHERE = frozenset(_ELSEWHERE_WORDS.split())
_WORDS = re.compile(r"[^\W\d_]+")
_LATIN = re.compile(r"[a-zà-ɏ]")


def in_another_language(text: str) -> bool:
    """Is the (normalised) message written in a language other than English?"""
    words = _WORDS.findall(text)
    if len(words) < 5 or sum(word in _ENGLISH for word in words) >= 0.2 * len(words):
        return False
    letters = "".join(words)
    if len(_LATIN.findall(letters)) < 0.5 * len(letters):  # Arabic, Cyrillic, Devanagari…
        return True
    elsewhere = sum(word in _ELSEWHERE or not word.isascii() for word in words)  # "się", "não"
    return elsewhere >= 2 and elsewhere >= 0.25 * len(words)
