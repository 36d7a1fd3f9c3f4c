"""A PDF table ruled between its rows only (a rule under the header and under each row, none
between the columns): each band between two rules is one row, however many lines it holds."""

from __future__ import annotations

from extractors import extract
from tests.extractors.documents import pdf

_CSS = """
table { border-collapse: collapse; width: 100%; font-size: 9pt; }
th { text-align: left; border-bottom: 1pt solid black; }
td { vertical-align: top; border-bottom: 0.5pt solid black; padding: 3pt 6pt 3pt 0; }
small { display: block; }
"""

_BODY = """
<h1>Oskar Lindgren</h1><p>oskar.lindgren@example.se</p>
<h2>Certifications</h2>
<table>
<tr><th>Credential</th><th>Issued by</th><th>No.</th><th>Valid</th></tr>
<tr><td>Certified Energy Manager (CEM)<small>https://www.credly.com/badges/cem-5521</small></td>
<td>Association of Energy Engineers</td><td>CEM-5521</td>
<td>04.2019 – 04.2022<small>(lapsed)</small></td></tr>
<tr><td>Certified Measurement and Verification Professional (CMVP)</td>
<td>Association of Energy Engineers</td><td>MV-20714</td><td>06.2021 – 06.2024</td></tr>
<tr><td>Building Operator Certification Level I</td><td>Northwest Energy Efficiency Council</td>
<td>BOC-88120</td><td>since 03.2017</td></tr>
</table>
<h2>Skills</h2><p>Energy audits</p>
"""


def test_each_band_between_row_rules_is_one_row_under_the_headers_columns() -> None:
    claims = extract(pdf(_BODY, _CSS), "cv.pdf").claims

    assert [(claim.credential_id, claim.issued_on, claim.expires_on) for claim in claims] == [
        ("CEM-5521", "2019-04", "2022-04"),
        ("MV-20714", "2021-06", "2024-06"),
        ("BOC-88120", "2017-03", None),
    ]
    assert claims[0].url == "https://www.credly.com/badges/cem-5521"


_UNDERLINED_HEADINGS = """
h2 { border-bottom: 0.75pt solid black; }
table { border-collapse: collapse; width: 100%; font-size: 9pt; }
th { text-align: left; border-bottom: 0.75pt solid black; }
td { vertical-align: top; border-bottom: 0.75pt solid black; padding: 3pt 6pt 3pt 0; }
small { display: block; font-size: 8pt; }
"""

_UNDER_HEADINGS_BODY = """
<h1>Ines Carvalho</h1><p>ines.carvalho@example.pt</p>
<h2>Profile</h2><p>Energy auditor for hotels and hospitals.</p>
<h2>Licences</h2>
<table>
<tr><th>Credential</th><th>Issued by</th><th>No.</th><th>Valid</th></tr>
<tr><td>Certified Energy Auditor</td><td>Iberian Energy Guild</td><td>EA-3390</td>
<td>since 05.2018</td></tr>
<tr><td>Thermography Level 2<small>https://verify.example.org/thermo/TG-7781</small></td>
<td>Infrared Training Board</td><td>TG-7781</td>
<td>02.2020 – 02.2023<small>(lapsed)</small></td></tr>
<tr><td>Building Commissioning Professional</td><td>Iberian Energy Guild</td><td>BCP-1102</td>
<td>since 09.2022</td></tr>
</table>
<h2>Skills</h2><p>Energy audits, thermography</p>
"""


def test_a_table_under_headings_underlined_across_its_width_starts_at_its_labels() -> None:
    # The headings' underlines run as wide as the table's rules: the table starts at the rule
    # under its labels and ends before the next heading; an address printed under a row's
    # title is the row's link, not words of its title.
    claims = extract(pdf(_UNDER_HEADINGS_BODY, _UNDERLINED_HEADINGS), "cv.pdf").claims

    assert [(c.title, c.issuer, c.credential_id, c.issued_on, c.url) for c in claims] == [
        ("Certified Energy Auditor", "Iberian Energy Guild", "EA-3390", "2018-05", None),
        (
            "Thermography Level 2",
            "Infrared Training Board",
            "TG-7781",
            "2020-02",
            "https://verify.example.org/thermo/TG-7781",
        ),
        (
            "Building Commissioning Professional",
            "Iberian Energy Guild",
            "BCP-1102",
            "2022-09",
            None,
        ),
    ]
