"""The organisation file, mutated line by line: it loads, or start-up stops with an
``OrgConfigError`` naming the file; never another exception (a traceback is not an answer).
"""

from __future__ import annotations

import shutil
from pathlib import Path

from hypothesis import example, given
from hypothesis import strategies as st

from bot.config import DEFAULT_ORG_FILE
from bot.org import OrgConfigError
from bot.org_file import load_org_config
from tests.security.fuzzing import fuzz_settings

LINES = DEFAULT_ORG_FILE.read_text(encoding="utf-8").splitlines()
VALUES = st.sampled_from(
    [
        '""',
        '" "',
        "0",
        "-1",
        "1e400",
        "nan",
        "inf",
        "true",
        "[]",
        "[1, 2]",
        '["x"]',
        "{}",
        '{ crisis = "two" }',
        "{ crisis = -5, announcement = 1e9, other = 0 }",
        "2027-02-30",
        "2027-04-01T10:00:00",
        "25:00",
        '"25:00"',
        '"Mars/Olympus"',
        '"../../etc/passwd"',
        '"\\u202eEvil"',
        '"' + "9" * 5000 + '"',
        "9" * 5000,
    ]
)


@st.composite
def mutated(draw: st.DrawFn) -> str:
    lines = list(LINES)
    for _ in range(draw(st.integers(1, 3))):
        index = draw(st.integers(0, len(lines) - 1))
        action = draw(st.sampled_from(["value", "delete", "duplicate", "text"]))
        if action == "value" and "=" in lines[index]:
            key = lines[index].split("=", 1)[0]
            lines[index] = f"{key}= {draw(VALUES)}"
        elif action == "delete":
            del lines[index]
        elif action == "duplicate":
            lines.insert(index, lines[index])
        else:
            lines[index] = draw(st.text(max_size=30))
    return "\n".join(lines) + "\n"


def _with(old: str, new: str) -> str:
    text = "\n".join(LINES)
    assert old in text
    return text.replace(old, new)


FOUND = (
    _with('roles = ["board", "trustee"]', "roles = [[]]"),
    _with('timezone = "Europe/London"', 'timezone = "../../etc/localtime"'),
    _with('start = "09:00"', "start = 9"),
    _with('name = "Home-Start in Suffolk"', "name = " + "9" * 5000),  # tomllib: ValueError
    _with('policy = "policy.md"', 'policy = "' + "9" * 5000 + '"'),  # OSError: name too long
    _with('days = ["Mon", "Tue", "Wed", "Thu", "Fri"]', "days = 0"),  # TypeError: not iterable
    _with('days = ["Mon", "Tue", "Wed", "Thu", "Fri"]', "days = [[]]"),
)


def test_a_mutated_organisation_file_loads_or_names_the_problem(tmp_path: Path) -> None:
    shutil.copy(DEFAULT_ORG_FILE.parent / "policy.md", tmp_path / "policy.md")
    path = tmp_path / "org.toml"

    def check(text: str) -> None:
        path.write_text(text, encoding="utf-8", errors="surrogatepass")
        try:
            load_org_config(path)
        except OrgConfigError as exc:
            problem = str(exc)
            assert problem.startswith(str(path))

    test = given(text=mutated())(check)
    for found in FOUND:
        test = example(text=found)(test)
    fuzz_settings(test, 150)()
