"""An academic CV's way with credentials: numbered headings ("4.1 Certificates, licences and
registrations held"), a numbered list whose items wrap under their text (across a page break
too), and each item written as sentences ("Title. Issuer. Month Year. Certificate no. …")."""

from __future__ import annotations

from extractors import extract
from tests.extractors.documents import pdf

_CSS = (
    "body { font-size: 11pt; } h2 { font-size: 12.5pt; font-weight: bold; }"
    " ol { padding-left: 20pt; margin: 0; } li { width: 330pt; orphans: 1; widows: 1; }"
)
_HEAD = "<h1>Dana Reyes</h1><p>dana.reyes@example.com</p>"
_ITEMS = (
    "<li>HDI Support Center Team Lead. HDI. October 2024; valid to October 2027. Certificate"
    " no. HDI-SCTL-118420.</li>"
    "<li>Contact Center Services NC II. TESDA. Feb. 2017. Certificate no. 17130402013452.</li>"
    "<li>Low Voltage Rescue and CPR. St John Ambulance Australia. February 2026; valid to"
    " February 2027.</li>"
)
_EXPECTED = [
    ("HDI Support Center Team Lead", "HDI", "HDI-SCTL-118420", "2024-10", "2027-10"),
    ("Contact Center Services NC II", "TESDA", "17130402013452", "2017-02", None),
    ("Low Voltage Rescue and CPR", "St John Ambulance Australia", None, "2026-02", "2027-02"),
]


def _fields(data: bytes) -> list[tuple[str, str | None, str | None, str | None, str | None]]:
    return [
        (c.title, c.issuer, c.credential_id, c.issued_on, c.expires_on)
        for c in extract(data, "cv.pdf").claims
    ]


def test_numbered_items_written_as_sentences_under_numbered_headings() -> None:
    body = (
        f"{_HEAD}<h2>3. Present appointment</h2><p>Team lead for a support team.</p>"
        "<h2>4.1 Certificates, licences and registrations held</h2>"
        f"<ol>{_ITEMS}</ol>"
        "<h2>4.2 Current and planned study</h2>"
        "<ul><li>Site is COPC-certified (CX Standard, 2024)</li></ul>"
    )

    assert _fields(pdf(body, _CSS)) == _EXPECTED


def test_an_item_the_page_broke_goes_on_at_the_top_of_the_next() -> None:
    # The spacer leaves room for the first line of the third item only.
    body = (
        f"{_HEAD}<h2>4.1 Certificates held</h2><ol>{_ITEMS[: _ITEMS.rindex('<li>')]}</ol>"
        "<div style='height: 576pt'></div>"
        f"<ol start='3'>{_ITEMS[_ITEMS.rindex('<li>') :]}</ol>"
    )

    assert _fields(pdf(body, _CSS)) == _EXPECTED
