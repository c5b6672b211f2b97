"""Mail domains that many unrelated people share: the public mail services (Gmail, Outlook,
Yahoo, GMX, Orange, Libero, Ziggo, ...) and the reserved example domains (RFC 2606).

A business's own domain (``studio.example.com``) is its staff's: mail from it is a colleague's,
never a customer's (:attr:`responder.safety.Identity.staff_domains`). A business whose address
is on a shared domain (``salon.lena@gmail.com``) has no such domain: its customers write from
the same one. Data, not code: add a provider here when a business's config says it is missed
(``[business] staff_domains = []`` turns the colleague rule off meanwhile).
"""

from __future__ import annotations

__all__ = ["is_shared_domain"]

#: Brands whose mail service uses many country domains (``hotmail.fr``, ``yahoo.com.br``,
#: ``gmx.at``): any domain whose first label is one of these, with a top-level domain after it.
_BRANDS = frozenset({
    "aol", "bigpond", "bluewin", "btinternet", "comcast", "fastmail", "freenet", "gmail", "gmx",
    "googlemail", "hetnet", "hotmail", "icloud", "kpnmail", "laposte", "libero", "movistar",
    "msn", "orange", "outlook", "posteo", "protonmail", "proton", "sapo", "sbcglobal", "seznam",
    "sfr", "skynet", "t-online", "talktalk", "telefonica", "telenet", "terra", "tiscali",
    "tutanota", "uol", "verizon", "virgilio", "virginmedia", "wanadoo", "xs4all", "yahoo",
    "yandex", "ymail", "ziggo", "zoho",
})
#: Shared domains whose first label is an ordinary word, so only the exact domain counts.
_EXACT = frozenset({
    "alice.it", "att.net", "bol.com.br", "free.fr", "home.nl", "ig.com.br", "live.be", "live.ca",
    "live.co.uk", "live.com", "live.de", "live.fr", "live.it", "live.nl", "mac.com", "mail.com",
    "mail.de", "me.com", "planet.nl", "pm.me", "sky.com", "tin.it", "tuta.io", "web.de", "wp.pl",
    # RFC 2606: test and documentation mail uses them for businesses and customers alike.
    "example.com", "example.net", "example.org",
})


def is_shared_domain(domain: str) -> bool:
    """Whether ``domain`` is shared by unrelated people (a public mail service or a reserved
    example domain), so that two addresses on it say nothing about working together."""
    domain = domain.strip().lower().rstrip(".")
    if domain in _EXACT:
        return True
    labels = domain.split(".")
    return 2 <= len(labels) <= 3 and labels[0] in _BRANDS
