"""Neutralising what people type before it is shown, stored or exported.

Pure functions, with no dependency on the bot, so card builders and the SharePoint/export code
in ``graph/`` use the same rules. Which one to use where:

- a TextBlock or FactSet in a card: :func:`cards.common.user_text` (Markdown, HTML-looking text
  and ``${...}`` shown as typed);
- anything shown on one line (a card's ``fallbackText`` and ``speak``, which Teams shows in
  notifications, the chat list and screen readers; a title; a name in a sentence):
  :func:`one_line` (line breaks of every kind collapsed, direction overrides and invisible
  characters removed), so nobody can make "Approved by CEO" appear on a line of its own;
- a person's name shown to an approver or lead: :func:`display_name` first (``one_line`` with
  a bounded length), then ``user_text``;
- a cell of a CSV/Excel export: :func:`spreadsheet_cell` (a leading ``=``, ``+``, ``-``, ``@``
  would otherwise run as a formula on the reader's machine); a SharePoint text column, which
  SharePoint itself exports: :func:`formula_safe` on the way in and :func:`as_written` on the
  way out (``graph.sharepoint.lists`` does both for every write and read);
- a rich-text (HTML) SharePoint column: :func:`html_text`; plain-text columns need only
  :func:`cards.common.clean`;
- a free-text field with a maximum: :func:`check_length` for a refusal message, or :func:`fit`
  to keep the start and tell the person what was cut.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from dataclasses import dataclass

from cards.common import clean
from cards.common import one_line as one_line  # beside clean(); every card summary uses it

NAME_LIMIT = 80
ELLIPSIS = "…"
# OWASP "CSV injection": cells starting with these are formulas in Excel, LibreOffice and
# Google Sheets (tab and CR too); the full-width forms are accepted as formulas by some locales.
_FORMULA_START = frozenset("=+-@\t\r\uff1d\uff0b\uff0d\uff20")


def display_name(name: str, *, limit: int = NAME_LIMIT, fallback: str = "Someone") -> str:
    """A name safe to show to someone deciding on it: one line, visible characters only."""
    flat = one_line(name)
    if not flat:
        return fallback
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + ELLIPSIS


def spreadsheet_cell(value: object) -> str:
    """Text for one exported cell that a spreadsheet shows as text and never evaluates."""
    return formula_safe(clean("" if value is None else str(value)))


def _starts_formula(text: str) -> bool:
    return text[:1] in _FORMULA_START or text.lstrip()[:1] in _FORMULA_START


def formula_safe(text: str) -> str:
    """``text`` as stored in a SharePoint text column, safe in its "Export to Excel/CSV".

    Text that would start a formula gets a leading apostrophe, which spreadsheets show as text.
    Text that already starts with apostrophes before such a character gets one more, so
    :func:`as_written` gives back exactly what was written, whatever it was.
    """
    rest = text.lstrip("'")
    return "'" + text if _starts_formula(rest) else text


def as_written(stored: str) -> str:
    """The inverse of :func:`formula_safe`: what was written before it was made safe."""
    rest = stored.lstrip("'")
    return stored[1:] if stored.startswith("'") and _starts_formula(rest) else stored


def spreadsheet_row(values: Iterable[object]) -> list[str]:
    return [spreadsheet_cell(value) for value in values]


def html_text(value: str) -> str:
    """For an HTML (rich-text) column: tags and entities show as typed, never as markup."""
    return html.escape(clean(value), quote=True)


@dataclass(frozen=True)
class Fitted:
    text: str
    cut: int  # how many characters were removed

    @property
    def truncated(self) -> bool:
        return self.cut > 0

    def note(self, label: str) -> str:
        """What to tell the person when their text was shortened ("" when it was not)."""
        if not self.truncated:
            return ""
        kept = len(self.text)
        return (
            f"Your {label} was too long, so I kept the first {kept:,} characters "
            f"and left out the last {self.cut:,}."
        )


def fit(value: str, limit: int) -> Fitted:
    """Keep at most ``limit`` characters, cutting at a word boundary when one is near."""
    if len(value) <= limit:
        return Fitted(value, 0)
    head = value[:limit]
    space = head.rfind(" ")
    if space >= limit * 0.8:
        head = head[:space]
    head = head.rstrip()
    return Fitted(head, len(value) - len(head))


def check_length(value: str, limit: int, *, label: str) -> str | None:
    """A polite refusal when ``value`` is over ``limit`` characters, else ``None``."""
    if len(value) <= limit:
        return None
    return (
        f"Your {label} is {len(value):,} characters long; the most I can take is {limit:,}. "
        "Please shorten it and send it again."
    )
