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
