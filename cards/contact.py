"""A person to reach and the ways to reach them, as cards show it (details from the organisation file)."""

from __future__ import annotations

from dataclasses import dataclass

from cards.common import Element, user_text


@dataclass(frozen=True)
class Contact:
    """Someone to reach, and how: each way is optional."""

    name: str
    title: str
    chat_link: str = ""
    email: str = ""
    phone: str = ""

    def ways(self) -> list[str]:
        """Markdown for each way to reach them; names and numbers come from the organisation file."""
        found = []
        if self.phone:
            found.append(f"phone {user_text(self.phone)}")
        if self.chat_link:
            found.append(f"[chat in Teams]({self.chat_link})")
        if self.email:
            found.append(f"[{user_text(self.email)}](mailto:{self.email})")
        return found

    def sentence(self) -> str:
        """ "Alex Wilber, our Safeguarding lead: phone …, chat in Teams, email." as Markdown."""
        who = f"{user_text(self.name)}, our {user_text(self.title)}"
        ways = self.ways()
        return f"{who}: {', '.join(ways)}." if ways else f"{who}."

    def plain(self) -> str:
        parts = [p for p in (self.phone, self.email) if p]
        return f"{self.name}, our {self.title}" + (f" ({', '.join(parts)})" if parts else "")


def open_url(title: str, url: str) -> Element:
    return {"type": "Action.OpenUrl", "title": title, "url": url}
