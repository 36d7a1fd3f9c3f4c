"""A résumé written in reStructuredText and kept as text: field lists (":Issuer: …") are
labelled fields and a directive's title (".. note:: In progress") is a line of its own."""

from __future__ import annotations

from extractors import extract
from extractors.text_markup import plain_markup

BADGE = "https://www.credly.com/badges/5b0e2c71-4d8a-49f3-b6e2-71c0a9d3f184/public_url"

RESUME = f"""\
==============
Tomás Ferreira
==============
Network Engineer
----------------

:Email: tomas.ferreira@example.org
:Phone: +351 912 000 111

Certifications
==============

Cisco Certified Network Professional Enterprise (CCNP Enterprise)
   :Issuer: Cisco
   :Issued: 2023-04
   :Expires: 2026-04
   :Credential ID: CSCO14481922
   :Verify: {BADGE}

Fortinet NSE 4 Network Security Professional
   :Issuer: Fortinet Training Institute
   :Issued: 2022-09

.. note:: In progress

   * Cisco Certified Internetwork Expert (CCIE) Enterprise: lab booked for 2027

Skills
======

BGP, OSPF, Python
"""


def test_field_list_markers_read_as_labels_and_directives_as_their_title() -> None:
    assert plain_markup(":Issuer: Scrum.org") == "Issuer: Scrum.org"
    assert plain_markup("   :Credential ID: 2874501") == "   Credential ID: 2874501"
    assert plain_markup(":Verify:") == "Verify:"
    assert plain_markup(".. note:: Not yet held") == "Not yet held"
    assert plain_markup("   .. admonition:: Pending") == "   Pending"
    # A role (":ref:`x`"), a smiley, a time or a plain line are no fields.
    for line in (":ref:`cv` for more", ":) thanks", "Available: 10:30 to 12:00", "CISSP"):
        assert plain_markup(line) == line


def test_a_restructuredtext_resume_gives_each_definition_its_fields() -> None:
    extraction = extract(RESUME.encode(), "cv.txt")
    assert extraction.candidate.name == "Tomás Ferreira"
    claims = {claim.text: claim for claim in extraction.claims}
    ccnp = claims["Cisco Certified Network Professional Enterprise (CCNP Enterprise)"]
    assert (ccnp.issuer, ccnp.issued_on, ccnp.expires_on) == ("Cisco", "2023-04", "2026-04")
    assert (ccnp.credential_id, ccnp.url) == ("CSCO14481922", BADGE)
    nse = next(claim for text, claim in claims.items() if "NSE 4" in text)
    assert (nse.issuer, nse.issued_on) == ("Fortinet Training Institute", "2022-09")
    assert len(extraction.claims) == 2, "the CCIE under 'In progress' is not held yet"


ONE_WORD = """\
Lukas Brandstätter
lukas.brandstaetter@example.org

Licences
========

Sprengbefugter
   :Issuer: Bergbehörde Tirol
   :Issued: 2019-03
   :Credential ID: SB-2019-0114

Certified Blaster (Surface Mines)
   :Issuer: ISEE
   :Issued: 2021-06
"""


def test_one_word_over_its_labelled_issuer_is_a_whole_entry() -> None:
    claims = {claim.text: claim for claim in extract(ONE_WORD.encode(), "cv.txt").claims}
    licence = claims["Sprengbefugter"]
    assert (licence.issuer, licence.issued_on) == ("Bergbehörde Tirol", "2019-03")
    assert licence.credential_id == "SB-2019-0114"
    assert len(claims) == 2
