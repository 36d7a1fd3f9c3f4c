"""A recruitment agency's CV: each credential's title in bold capitals over a grey line of
its fields, "Issuer | Issued 03/2021 | Renewal due 03/2027 | Ref: …", parted by bars and
labelled as agencies label them; and a Japanese-style form (rirekisho) whose name stands in a
table row beside its label ("Name | … | Photo") above entries that open with a verb."""

from __future__ import annotations

from extractors import extract
from tests.extractors.documents import pdf

_FIELDS = """Jane Doe
jane.doe@example.org

Qualifications & Tickets
CERTIFIED WIDGET ENGINEER (CWE)
Northwind Standards Board | Issued 05/2019 | Ref: NWB.FCL.11842
Advanced Gadget Specialist
Acme Trades Institute | Issued 09/2016 | Renewal due 09/2027 | Reference no. AT-55120
Harbour Crane Operator Licence
Harbour Trades Council | Issued 02/2020 | Valid until 02/2026 | Ref: HTC 0093174

Employment
Acme Ltd — Engineer, 2019 to date
"""


def test_ref_and_renewal_due_are_fields_of_the_entry_above() -> None:
    claims = extract(_FIELDS.encode(), "cv.txt").claims

    assert [(c.title, c.issuer, c.credential_id, c.issued_on, c.expires_on) for c in claims] == [
        (
            "CERTIFIED WIDGET ENGINEER (CWE)",
            "Northwind Standards Board",
            "NWB.FCL.11842",
            "2019-05",
            None,
        ),
        ("Advanced Gadget Specialist", "Acme Trades Institute", "AT-55120", "2016-09", "2027-09"),
        (
            "Harbour Crane Operator Licence",
            "Harbour Trades Council",
            "HTC 0093174",
            "2020-02",
            "2026-02",
        ),
    ]


def test_a_reference_is_a_label_only_with_its_colon_or_number() -> None:
    text = (
        "Jane Doe\njane.doe@example.org\n\nCertifications\n"
        "Reference Architecture 2 Practitioner, Northwind Standards Board, 2021\n"
    )
    (claim,) = extract(text.encode(), "cv.txt").claims

    assert claim.title == "Reference Architecture 2 Practitioner"
    assert claim.credential_id is None


_CARD = """
<p><b style="color:#0b3c5d;font-size:16pt">JANE DOE</b></p>
<p>jane.doe@example.org · +44 7700 900123</p>
<h2>Profile</h2>
<p>Site engineer for commercial fit-outs.</p>
<h2>Qualifications &amp; Tickets</h2>
<p><b>LEVEL 3 DIPLOMA IN WIDGET INSTALLATION (2357)</b></p>
<p style="color:#595959">Northwind Standards Board | Issued 07/2014 | Ref: NWB4512</p>
<p><b>CERTIFIED GADGET AGENT (CGA)</b></p>
<p style="color:#595959">Acme Trades Institute | Issued 05/2016 | Ref: 00104726</p>
<p><b>HARBOUR CRANE SPECIALIST (HCS)</b></p>
<p style="color:#595959">Harbour Trades Council | Issued 02/2020 | Renewal due 12/2026</p>
<h2>Employment</h2>
<p>Acme Ltd — Engineer, 2019 to date</p>
"""


def test_bold_capital_titles_are_entries_when_the_style_sets_titles_no_heading_could_be() -> None:
    # The first title has a digit (no heading has): the bold capitals are the entries' titles,
    # the short ones too, not groups inside the section.
    claims = extract(pdf(_CARD), "cv.pdf").claims

    assert [(c.title.upper(), c.issuer, c.credential_id, c.issued_on) for c in claims] == [
        (
            "LEVEL 3 DIPLOMA IN WIDGET INSTALLATION (2357)",
            "Northwind Standards Board",
            "NWB4512",
            "2014-07",
        ),
        ("CERTIFIED GADGET AGENT (CGA)", "Acme Trades Institute", "00104726", "2016-05"),
        ("HARBOUR CRANE SPECIALIST (HCS)", "Harbour Trades Council", None, "2020-02"),
    ]


_GROUPED = """
<p><b style="font-size:16pt">Jane Doe</b></p>
<p>jane.doe@example.org</p>
<h2>Certifications</h2>
<p><b>NORTHWIND</b></p>
<p>Certified Widget Engineer, Northwind Standards Board, 2019</p>
<p><b>ACME</b></p>
<p>Advanced Gadget Specialist Certificate, Acme Trades Institute, 2016</p>
"""


def test_a_bold_capital_group_over_entries_stays_a_group() -> None:
    claims = extract(pdf(_GROUPED), "cv.pdf").claims

    assert [c.title for c in claims] == [
        "Certified Widget Engineer",
        "Advanced Gadget Specialist Certificate",
    ]


_FORM = """
<table style="border-collapse:collapse" border="1">
<tr><td>Name</td><td>Jane Okafor-Lund</td><td>Photo</td></tr>
<tr><td>Address</td><td>Leeds, UK</td><td></td></tr>
<tr><td>Phone / E-mail</td><td>+44 7700 900123 / jol.works@example.org</td><td></td></tr>
</table>
<table style="border-collapse:collapse" border="1">
<tr><td>Year</td><td>Month</td><td>Education / Work History</td></tr>
<tr><td>2019</td><td>4</td>
<td>Joined Aire Valley Widget Contractors Ltd as Site Supervisor</td></tr>
</table>
"""


def test_a_form_names_the_candidate_in_its_row_and_no_sentence_is_a_name() -> None:
    candidate = extract(pdf(_FORM), "cv.pdf").candidate

    assert candidate.name == "Jane Okafor-Lund"


def test_a_sentence_opening_with_a_verb_is_no_name() -> None:
    text = "2019 | 4 | Joined Straits Widget Bank as Senior Network Engineer\nx@example.org\n"

    assert extract(text.encode(), "cv.txt").candidate.name is None


def test_a_number_in_brackets_leaves_no_empty_bracket_in_the_issuer() -> None:
    text = (
        "Jane Doe\njane.doe@example.org\n\nCertifications\n"
        "Level 3 Diploma in Widget Installation (2357), Northwind Guild (No. TJK4512), 2014\n"
    )
    (claim,) = extract(text.encode(), "cv.txt").claims

    assert (claim.issuer, claim.credential_id) == ("Northwind Guild", "TJK4512")
