"""The frozen conversation evaluation sets: each file, its id prefix and the counts it was written to.

Kept apart from the format tests so adding a set is one entry here.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class EvalSet:
    """One frozen set: its file, its id prefix and what it was written to.

    The minimums let a set grow but never shrink below what it was written to.
    """

    name: str
    prefix: str
    minimum_routes: dict[str, int]
    minimum_total: int
    minimum_family_context: int
    minimum_per_category: int
    folder: Path = ROOT / "tests" / "data"

    @property
    def path(self) -> Path:
        return self.folder / self.name


EVAL_SETS = [
    EvalSet(
        name="conversation_eval_2.jsonl",
        prefix="f",
        minimum_routes={
            "safeguarding": 60,
            "report": 45,
            "leaver": 10,
            "approval": 10,
            "answer": 45,
            "not_covered": 20,
            "small_talk": 15,
        },
        minimum_total=220,
        minimum_family_context=45,
        minimum_per_category=5,
        folder=ROOT / "bot" / "conversation" / "training",
    ),
    EvalSet(
        name="conversation_eval_3.jsonl",
        prefix="g",
        minimum_routes={
            "safeguarding": 80,
            "report": 58,
            "leaver": 12,
            "approval": 12,
            "answer": 85,
            "not_covered": 38,
            "small_talk": 25,
        },
        minimum_total=330,
        minimum_family_context=60,
        minimum_per_category=6,
    ),
    EvalSet(
        name="conversation_eval_4.jsonl",
        prefix="h",
        minimum_routes={
            "safeguarding": 70,
            "report": 52,
            "leaver": 11,
            "approval": 11,
            "answer": 90,
            "not_covered": 38,
            "small_talk": 24,
        },
        minimum_total=310,
        minimum_family_context=60,
        minimum_per_category=6,
    ),
    EvalSet(
        name="conversation_eval_5.jsonl",
        prefix="i",
        minimum_routes={
            "safeguarding": 85,
            "report": 68,
            "leaver": 15,
            "approval": 15,
            "answer": 125,
            "not_covered": 62,
            "small_talk": 30,
        },
        minimum_total=410,
        minimum_family_context=72,
        minimum_per_category=8,
    ),
    EvalSet(
        name="conversation_eval_6.jsonl",
        prefix="j",
        minimum_routes={
            "safeguarding": 90,
            "report": 70,
            "leaver": 15,
            "approval": 15,
            "answer": 145,
            "not_covered": 55,
            "small_talk": 35,
        },
        minimum_total=440,
        minimum_family_context=72,
        minimum_per_category=9,
    ),
    EvalSet(
        name="conversation_eval_7.jsonl",
        prefix="k",
        minimum_routes={
            "safeguarding": 90,
            "report": 70,
            "leaver": 15,
            "approval": 15,
            "answer": 190,
            "not_covered": 60,
            "small_talk": 35,
        },
        minimum_total=495,
        minimum_family_context=80,
        minimum_per_category=9,
    ),
    EvalSet(
        name="conversation_eval_8.jsonl",
        prefix="l",
        minimum_routes={
            "safeguarding": 90,
            "report": 75,
            "leaver": 15,
            "approval": 15,
            "answer": 175,
            "not_covered": 62,
            "small_talk": 38,
        },
        minimum_total=490,
        minimum_family_context=78,
        minimum_per_category=10,
    ),
    EvalSet(
        name="conversation_eval_9.jsonl",
        prefix="m",
        minimum_routes={
            "safeguarding": 90,
            "report": 80,
            "leaver": 15,
            "approval": 15,
            "answer": 170,
            "not_covered": 60,
            "small_talk": 35,
        },
        minimum_total=480,
        minimum_family_context=75,
        minimum_per_category=10,
    ),
    # The tenth and eleventh were written to the same counts, the eleventh with one more report in
    # each category.
    *(
        EvalSet(
            name=f"conversation_eval_{number}.jsonl",
            prefix=prefix,
            minimum_routes={
                "safeguarding": 90,
                "report": 80,
                "leaver": 15,
                "approval": 15,
                "answer": 165,
                "not_covered": 55,
                "small_talk": 30,
            },
            minimum_total=475,
            minimum_family_context=85,
            minimum_per_category=per_category,
        )
        for number, prefix, per_category in ((10, "n", 9), (11, "o", 10))
    ),
    EvalSet(
        name="conversation_eval_12.jsonl",
        prefix="p",
        minimum_routes={
            "safeguarding": 90,
            "report": 105,
            "leaver": 30,
            "approval": 30,
            "answer": 125,
            "not_covered": 40,
            "small_talk": 30,
        },
        minimum_total=475,
        minimum_family_context=85,
        minimum_per_category=11,
    ),
    EvalSet(
        name="conversation_eval_13.jsonl",
        prefix="q",
        minimum_routes={
            "safeguarding": 95,
            "report": 110,
            "leaver": 30,
            "approval": 30,
            "answer": 130,
            "not_covered": 40,
            "small_talk": 30,
        },
        minimum_total=475,
        minimum_family_context=90,
        minimum_per_category=13,
    ),
    # The fourteenth to sixty-third were written to the same counts (the twenty-seventh to
    # sixty-third, with every letter used, to the prefixes "aa", "ab", "ac", "ad", "ae", "af", "ag",
    # "ah", "ai", "aj", "ak", "al", "am", "an", "ao", "ap", "aq", "ar", "as", "at", "au", "av", "aw",
    # "ax", "ay", "az", "ba", "bb", "bc", "bd", "be", "bf", "bg", "bh", "bi", "bj" and "bk").
    *(
        EvalSet(
            name=f"conversation_eval_{number}.jsonl",
            prefix=prefix,
            minimum_routes={
                "safeguarding": 95,
                "report": 110,
                "leaver": 30,
                "approval": 30,
                "answer": 125,
                "not_covered": 40,
                "small_talk": 30,
            },
            minimum_total=475,
            minimum_family_context=95,
            minimum_per_category=14,
        )
        for number, prefix in zip(
            range(14, 64),
            [
                *"rstuvwxyzabcd",
                *(f"a{letter}" for letter in "abcdefghijklmnopqrstuvwxyz"),
                *(f"b{letter}" for letter in "abcdefghijk"),
            ],
            strict=True,
        )
    ),
]
