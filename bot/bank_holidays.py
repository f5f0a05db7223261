"""Public holidays, so "working day" means what it does in the office.

The calendar comes from the ``holidays`` library (the maintained, widely used source for
public holidays, including substitute days such as Boxing Day moved to a Monday), chosen in the
organisation file as an ISO 3166 code: ``GB-ENG`` (England and Wales, the default), ``GB-SCT``,
``GB-NIR``, or another country the library knows. The library is imported only here, when the
organisation file is read.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

NONE = "none"
DEFAULT = "GB-ENG"  # England and Wales share one list of bank holidays


def no_holidays(day: date) -> bool:
    return False


def bank_holidays(code: str) -> Callable[[date], bool]:
    """Whether a day is a public holiday in ``code`` ("GB-ENG"); ValueError if it is unknown."""
    if code.strip().lower() in (NONE, ""):
        return no_holidays
    import holidays

    country, _, region = code.strip().upper().partition("-")
    try:
        calendar = holidays.country_holidays(country, subdiv=region or None)
    except NotImplementedError as exc:
        raise ValueError(str(exc)) from None
    return calendar.__contains__
