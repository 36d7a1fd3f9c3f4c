"""A web address alone on its line under an entry (a card's or a list's link, printed as its
text) is that entry's link: never the wrapped end of the issuer's line above it, however
little of the address would have fitted after the issuer."""

from __future__ import annotations

from extractors import extract
from tests.extractors.documents import pdf


def test_an_address_on_its_own_line_is_not_the_issuer_s_wrapped_end() -> None:
    url = "https://www.credly.com/badges/8d2e6b14-51c3-4f7a-a0d9-6e3b2c1f4a57"
    body = (
        "<h1>Jane Doe</h1><p>jane@example.com</p><h2>Certifications</h2>"
        "<p><b>Halvorsen Rigging and Lifting Supervisor</b></p><p>Halvorsen Subsea Authority</p>"
        f"<p class='link'><a href='{url}'>{url[12:]}</a></p>"
    )
    css = "p { margin: 0; } .link { font-size: 8pt; } body { width: 260pt; }"

    claims = extract(pdf(body, css), "cv.pdf").claims

    assert [(c.title, c.issuer, c.url) for c in claims] == [
        ("Halvorsen Rigging and Lifting Supervisor", "Halvorsen Subsea Authority", url)
    ]


def test_an_address_cut_after_its_query_mark_goes_on_without_a_space() -> None:
    # A paragraph wrapped right after "?": the query on the next line is the same address.
    url = "https://training.fortinet.com/local/verify/certificate.php?code=GF7S2KQP0X"
    body = (
        "<h1>Jane Doe</h1><p>jane@example.com</p><h2>Certifications</h2>"
        "<p>Fortinet NSE 4 – Network Security Professional — Fortinet · Issued October 2022</p>"
        f"<p>Credential ID GF7S2KQP0X · Verify: {url[:59]}<br>{url[59:]}</p>"
    )

    claims = extract(pdf(body, "p { margin: 0; }"), "cv.pdf").claims

    assert [(c.credential_id, c.url) for c in claims] == [("GF7S2KQP0X", url)]
