"""A list of bare credential names in a narrow column, its items parted by more room than the
leading of an item's wrapped lines (a profile export's sidebar): a name that breaks after its
colon ("Oracle Cloud Certified:" over "Database Associate") goes on in the line right under
it, at the item's leading, as a bold title's does; the next item stands further down."""

from __future__ import annotations

from extractors import extract
from tests.extractors.documents import pdf

_CSS = """
.side { width: 46mm; font-size: 9pt; line-height: 1.15; }
.side p { margin: 0 0 3.5pt 0; }
"""


def test_a_name_broken_after_its_colon_goes_on_in_a_list_of_spaced_items() -> None:
    items = (
        "PRINCE2 Foundation",
        "Oracle Cloud Certified: Database Associate",
        "Salesforce Certified: Platform Administrator",
        "Certified ScrumMaster (CSM)",
    )
    body = (
        "<h1>Nadia Oyelaran</h1><p>nadia.oyelaran@example.com</p>"
        "<h2>Certifications</h2><div class='side'>"
        + "".join(f"<p>{item}</p>" for item in items)
        + "</div><h2>Experience</h2><p>Project Coordinator, Lagos Freight Ltd, 2019 – present</p>"
    )
    data = pdf(body, _CSS)
    titles = [claim.title for claim in extract(data, "cv.pdf").claims]
    assert "Oracle Cloud Certified: Database Associate" in titles
    assert "Salesforce Certified: Platform Administrator" in titles
    assert not any(title.endswith(":") for title in titles)
