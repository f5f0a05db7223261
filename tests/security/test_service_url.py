"""The serviceUrl guard: parsed once, rebuilt, compared; anything two parsers could read two
ways is refused, in local mode and with an app id alike."""

from __future__ import annotations

import pytest

from bot.service_url import RefusedServiceUrl, checked_service_url

TEAMS_URLS = [
    "https://smba.trafficmanager.net/emea/",
    "https://smba.trafficmanager.net/amer/",
    "https://smba.infra.gov.teams.microsoft.us/",
]
LOCAL_URLS = ["http://127.0.0.1:3978/", "http://localhost:56150", "http://[::1]:3978/_connector"]
AMBIGUOUS = [
    "https://evil.example\\@smba.trafficmanager.net/emea/",
    "https://smba.trafficmanager.net\\@evil.example/",
    "https://smba.trafficmanager.net@evil.example/",
    "https://a:b@smba.trafficmanager.net/",
    "https://smba.trafficmanager.net%2f@evil.example/",
    "https://smba.trafficmanager.net\t/",
    "https://smba.trafficmanager.net/emea/\r\nX: y",
    "https://SMBA.trafficmanager.net/emea/",
    "https://smba.trafficmanager.net:443x/",
    "https://smba..trafficmanager.net/",
    "https://smba.trafficmanager.net/emea/\u2028",
    "https://smba.trafficmanager.net/emea/#frag",
    "https://[::1/",
    "//smba.trafficmanager.net/",
    "",
]


@pytest.mark.parametrize("url", TEAMS_URLS + LOCAL_URLS)
def test_an_ordinary_service_url_is_accepted_unchanged(url: str) -> None:
    assert checked_service_url(url, loopback_only=False) == url


@pytest.mark.parametrize("url", LOCAL_URLS)
def test_loopback_urls_are_accepted_in_local_mode(url: str) -> None:
    assert checked_service_url(url, loopback_only=True) == url


@pytest.mark.parametrize("url", TEAMS_URLS)
def test_local_mode_refuses_every_other_host(url: str) -> None:
    with pytest.raises(RefusedServiceUrl):
        checked_service_url(url, loopback_only=True)


@pytest.mark.parametrize("url", AMBIGUOUS)
def test_an_ambiguous_url_is_refused_even_with_an_app_id(url: str) -> None:
    with pytest.raises(RefusedServiceUrl):
        checked_service_url(url, loopback_only=False)
