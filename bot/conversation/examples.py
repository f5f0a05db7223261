"""The labelled messages the learned classifiers are trained on, read from files in the repository.

Only the development sets are read: ``EXAMPLE_FILES`` names them one by one, so the evaluation
set (in ``tests/data/``) can never be trained on by accident. Each file was written by a different
person, which is what leave-one-set-out cross-validation relies on (``crossval``). The first two
evaluation sets (``conversation_eval.jsonl`` and ``conversation_eval_2.jsonl``) were retired into
development when the third was frozen: they were held out until then. The policy's own passages
are split into sentences too, each labelled with its section, so a section that no question
happens to ask about still has examples.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from bot.answers.document import PolicyDocument

# Beside this module, so they ship with the bot: the deployed app trains from them at start-up.
DATA = Path(__file__).resolve().parent / "training"
# Messages labelled with a route (and a category or sections): the conversation sets.
ROUTE_FILES = (
    "conversation_routes.jsonl",
    "conversation_routes_2.jsonl",
    "conversation_routes_3.jsonl",
    "conversation_routes_4.jsonl",
    # The first two evaluation sets, retired into development when the third was frozen.
    "conversation_eval.jsonl",
    "conversation_eval_2.jsonl",
    "conversation_routes_5.jsonl",
    "conversation_routes_6.jsonl",
    "conversation_routes_7.jsonl",
    "conversation_routes_8.jsonl",
    "conversation_routes_9.jsonl",
    "conversation_routes_10.jsonl",
    "conversation_routes_11.jsonl",
    "conversation_routes_12.jsonl",
    "conversation_routes_13.jsonl",
    "conversation_routes_14.jsonl",
    "conversation_routes_15.jsonl",
    "conversation_routes_16.jsonl",
    "conversation_routes_17.jsonl",
    "conversation_routes_18.jsonl",
    "conversation_routes_19.jsonl",
    "conversation_routes_20.jsonl",
    "conversation_routes_21.jsonl",
    "conversation_routes_22.jsonl",
    "conversation_routes_23.jsonl",
    "conversation_routes_24.jsonl",
    "conversation_routes_25.jsonl",
    "conversation_routes_26.jsonl",
    "conversation_routes_27.jsonl",
    "conversation_routes_28.jsonl",
    "conversation_routes_29.jsonl",
    "conversation_routes_30.jsonl",
    "conversation_routes_31.jsonl",
    "conversation_routes_32.jsonl",
    "conversation_routes_33.jsonl",
    "conversation_routes_34.jsonl",
    "conversation_routes_35.jsonl",
    "conversation_routes_36.jsonl",
    "conversation_routes_37.jsonl",
    "conversation_routes_38.jsonl",
    "conversation_routes_39.jsonl",
    "conversation_routes_40.jsonl",
    "conversation_routes_45.jsonl",
    "conversation_routes_46.jsonl",
    "conversation_routes_47.jsonl",
    "conversation_routes_48.jsonl",
    "conversation_routes_49.jsonl",
    "conversation_routes_50.jsonl",
    "conversation_routes_51.jsonl",
    "conversation_routes_52.jsonl",
    "conversation_routes_53.jsonl",
    "conversation_routes_54.jsonl",
    "conversation_routes_55.jsonl",
    "conversation_routes_56.jsonl",
    "conversation_routes_57.jsonl",
    "conversation_routes_58.jsonl",
    "conversation_routes_59.jsonl",
    "conversation_routes_60.jsonl",
    "conversation_routes_61.jsonl",
    "conversation_routes_62.jsonl",
    "conversation_routes_63.jsonl",
    "conversation_routes_64.jsonl",
    "conversation_routes_65.jsonl",
    "conversation_routes_66.jsonl",
    "conversation_routes_67.jsonl",
    "conversation_routes_68.jsonl",
    "conversation_routes_69.jsonl",
    "conversation_routes_70.jsonl",
    "conversation_routes_71.jsonl",
    "conversation_routes_72.jsonl",
    "conversation_routes_73.jsonl",
    "conversation_routes_74.jsonl",
    "conversation_routes_75.jsonl",
    "conversation_routes_76.jsonl",
    "conversation_routes_77.jsonl",
    "conversation_routes_78.jsonl",
    "conversation_routes_79.jsonl",
    "conversation_routes_80.jsonl",
    "conversation_routes_81.jsonl",
    "conversation_routes_82.jsonl",
    "conversation_routes_83.jsonl",
    "conversation_routes_84.jsonl",
    "conversation_routes_85.jsonl",
    "conversation_routes_86.jsonl",
    "conversation_routes_87.jsonl",
    "conversation_routes_88.jsonl",
    "conversation_routes_89.jsonl",
    "conversation_routes_90.jsonl",
    "conversation_routes_91.jsonl",
    "conversation_routes_92.jsonl",
    "conversation_routes_93.jsonl",
    "conversation_routes_94.jsonl",
    "conversation_routes_95.jsonl",
    "conversation_routes_96.jsonl",
    "conversation_routes_97.jsonl",
    "conversation_routes_98.jsonl",
    "conversation_routes_99.jsonl",
    "conversation_routes_100.jsonl",
    "conversation_routes_101.jsonl",
    "conversation_routes_102.jsonl",
    "conversation_routes_103.jsonl",
    "conversation_routes_104.jsonl",
    "conversation_routes_105.jsonl",
    "conversation_routes_106.jsonl",
    "conversation_routes_107.jsonl",
    "conversation_routes_108.jsonl",
    "conversation_routes_109.jsonl",
    "conversation_routes_110.jsonl",
    "conversation_routes_111.jsonl",
    "conversation_routes_112.jsonl",
    "conversation_routes_113.jsonl",
    "conversation_routes_114.jsonl",
    "conversation_routes_115.jsonl",
    "conversation_routes_116.jsonl",
    "conversation_routes_117.jsonl",
    "conversation_routes_118.jsonl",
    "conversation_routes_119.jsonl",
    "conversation_routes_120.jsonl",
    "conversation_routes_121.jsonl",
    "conversation_routes_122.jsonl",
    "conversation_routes_123.jsonl",
    "conversation_routes_124.jsonl",
    "conversation_routes_125.jsonl",
    "conversation_routes_126.jsonl",
    "conversation_routes_127.jsonl",
    "conversation_routes_128.jsonl",
    "conversation_routes_129.jsonl",
    "conversation_routes_130.jsonl",
    "conversation_routes_131.jsonl",
    "conversation_routes_132.jsonl",
    "conversation_routes_133.jsonl",
    "conversation_routes_134.jsonl",
    "conversation_routes_135.jsonl",
    "conversation_routes_136.jsonl",
    "conversation_routes_137.jsonl",
    "conversation_routes_138.jsonl",
    "conversation_routes_139.jsonl",
    "conversation_routes_140.jsonl",
    "conversation_routes_141.jsonl",
    "conversation_routes_142.jsonl",
    "conversation_routes_143.jsonl",
    "conversation_routes_144.jsonl",
    "conversation_routes_145.jsonl",
    "conversation_routes_146.jsonl",
    "conversation_routes_147.jsonl",
    "conversation_routes_148.jsonl",
    "conversation_routes_149.jsonl",
    "conversation_routes_150.jsonl",
    "conversation_routes_151.jsonl",
    "conversation_routes_152.jsonl",
    "conversation_routes_153.jsonl",
    "conversation_routes_154.jsonl",
    "conversation_routes_155.jsonl",
    "conversation_routes_156.jsonl",
    "conversation_routes_157.jsonl",
    "conversation_routes_158.jsonl",
    "conversation_routes_159.jsonl",
    "conversation_routes_160.jsonl",
    "conversation_routes_161.jsonl",
    "conversation_routes_162.jsonl",
    "conversation_routes_163.jsonl",
    "conversation_routes_164.jsonl",
    "conversation_routes_165.jsonl",
    "conversation_routes_166.jsonl",
    "conversation_routes_167.jsonl",
    "conversation_routes_168.jsonl",
    "conversation_routes_169.jsonl",
    "conversation_routes_170.jsonl",
    "conversation_routes_171.jsonl",
    "conversation_routes_172.jsonl",
    "conversation_routes_173.jsonl",
    "conversation_routes_174.jsonl",
    "conversation_routes_175.jsonl",
    "conversation_routes_176.jsonl",
    "conversation_routes_177.jsonl",
    "conversation_routes_178.jsonl",
    "conversation_routes_179.jsonl",
    "conversation_routes_180.jsonl",
    "conversation_routes_181.jsonl",
    "conversation_routes_182.jsonl",
    "conversation_routes_183.jsonl",
    "conversation_routes_184.jsonl",
    "conversation_routes_185.jsonl",
    "conversation_routes_186.jsonl",
    "conversation_routes_187.jsonl",
    "conversation_routes_188.jsonl",
    "conversation_routes_189.jsonl",
    "conversation_routes_190.jsonl",
    "conversation_routes_191.jsonl",
    "conversation_routes_192.jsonl",
    "conversation_routes_193.jsonl",
    "conversation_routes_194.jsonl",
    "conversation_routes_195.jsonl",
    "conversation_routes_196.jsonl",
    "conversation_routes_197.jsonl",
    "conversation_routes_198.jsonl",
    "conversation_routes_199.jsonl",
    "conversation_routes_200.jsonl",
    "conversation_routes_201.jsonl",
    "conversation_routes_202.jsonl",
    "conversation_routes_203.jsonl",
    "conversation_routes_204.jsonl",
    "conversation_routes_205.jsonl",
    "conversation_routes_206.jsonl",
    "conversation_routes_207.jsonl",
    "conversation_routes_208.jsonl",
    "conversation_routes_209.jsonl",
    "conversation_routes_210.jsonl",
    "conversation_routes_211.jsonl",
    "conversation_routes_212.jsonl",
    "conversation_routes_213.jsonl",
    "conversation_routes_214.jsonl",
    "conversation_routes_215.jsonl",
    "conversation_routes_216.jsonl",
    "conversation_routes_217.jsonl",
    "conversation_routes_218.jsonl",
    "conversation_routes_219.jsonl",
    "conversation_routes_220.jsonl",
    "conversation_routes_221.jsonl",
    "conversation_routes_222.jsonl",
    "conversation_routes_223.jsonl",
    "conversation_routes_224.jsonl",
    "conversation_routes_225.jsonl",
    "conversation_routes_226.jsonl",
    "conversation_routes_227.jsonl",
    "conversation_routes_228.jsonl",
    "conversation_routes_229.jsonl",
    "conversation_routes_230.jsonl",
    "conversation_routes_231.jsonl",
    "conversation_routes_232.jsonl",
    "conversation_routes_233.jsonl",
    "conversation_routes_234.jsonl",
    "conversation_routes_235.jsonl",
    "conversation_routes_236.jsonl",
    "conversation_routes_237.jsonl",
    "conversation_routes_238.jsonl",
    "conversation_routes_239.jsonl",
    "conversation_routes_240.jsonl",
)
# Policy questions labelled with sections (none: the policy does not cover it).
QUESTION_FILES = ("policy_questions.jsonl", "policy_questions_holdout.jsonl")
EXAMPLE_FILES = ROUTE_FILES + QUESTION_FILES
_SENTENCE = re.compile(r"(?<=[.?!])\s+|\n")


@dataclass(frozen=True)
class Example:
    """One labelled message; ``sections`` lists the acceptable ones, best first."""

    message: str
    route: str
    category: str = ""
    sections: tuple[str, ...] = ()
    family_context: bool = False
    # False for the policy question sets: written before routes existed, they say only whether
    # the policy answers a question ("insta hacked" is labelled with §2.5, not as a report).
    routed: bool = True
    source: str = ""  # the file it comes from


def read_examples(path: Path) -> list[Example]:
    """A set of labelled messages (JSON lines); a file that does not exist yet gives none."""
    if not path.exists():
        return []
    found = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        sections = tuple(row.get("sections") or ([row["section"]] if row.get("section") else []))
        message = row.get("message") or row.get("text") or row["question"]
        route = row.get("route") or ("answer" if sections else "not_covered")
        category = row.get("category") or ""
        routed = "route" in row
        family = bool(row.get("family_context"))
        found.append(Example(message, route, category, sections, family, routed, path.name))
    return found


def development_examples(folder: Path = DATA) -> list[Example]:
    """Every development message, in file order (the order matters only for the seeded folds)."""
    if not (folder / ROUTE_FILES[0]).exists():  # fail loudly rather than learn from nothing
        raise FileNotFoundError(f"the conversation examples are missing: {folder / ROUTE_FILES[0]}")
    return [example for name in EXAMPLE_FILES for example in read_examples(folder / name)]


def policy_sentences(document: PolicyDocument) -> list[tuple[str, str]]:
    """(sentence, section) for every sentence, sub-heading and section title of the policy."""
    found: list[tuple[str, str]] = []
    seen: set[tuple[str, str]] = set()
    for passage in document.passages:
        pieces = [passage.title, passage.heading, *_SENTENCE.split(passage.text)]
        for piece in pieces:
            text = piece.strip().lstrip("• ").strip()
            key = (text, passage.section)
            if text and key not in seen:
                seen.add(key)
                found.append(key)
    return found
