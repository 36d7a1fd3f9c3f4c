"""The four outputs: JSON against its schema, CSV, HTML and PDF, and that they agree."""

from __future__ import annotations

import csv
import io
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import jsonschema
import pdfplumber
import pytest

import reports
from extractors.models import Candidate
from reports.assets import STATIC_DIR
from reports.pdf import FetchRefusedError, StaticOnlyFetcher, write_pdf
from reports.render import CSV_COLUMNS, _render_page, squeeze_block_gaps
from reports.schema import schema_from_models
from testkit.sample_reports import (
    CANDIDATE,
    GENERATED_AT,
    REPORT_ID,
    claim,
    failed,
    many_claim_report,
    three_claim_report,
    verified,
)
from verifiers.models import Verdict

REPO_ROOT = Path(__file__).resolve().parents[2]
HOSTILE = "<script>alert(1)</script>"


def pdf_text(data: bytes) -> str:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def hostile_report() -> reports.Report:
    found = claim(
        1,
        '<b>Bold</b> "Certified" <img src=x onerror=alert(2)> ' + "Very" * 40,
        issuer="<i>Evil</i> & Sons",
        url="https://www.credly.com/badges/" + "a" * 180,
    )
    sneaky = claim(2, "Sneaky link", url="javascript:alert(3)")
    return reports.build(
        Candidate(name=HOSTILE, emails=("x@example.org",)),
        [verified(found), failed(sneaky, Verdict.INVALID, "</td></tr></table><h1>owned</h1>")],
        report_id=REPORT_ID,
        generated_at=GENERATED_AT,
    )


# JSON -------------------------------------------------------------------------------


@pytest.mark.parametrize("report", [three_claim_report(), many_claim_report(), hostile_report()])
def test_json_validates_against_the_schema(report: reports.Report) -> None:
    data = json.loads(reports.render_json(report))
    jsonschema.Draft202012Validator.check_schema(reports.report_schema())
    jsonschema.validate(data, reports.report_schema(), cls=jsonschema.Draft202012Validator)
    assert data == reports.to_json_dict(report)
    assert data["schema_version"] == reports.REPORT_SCHEMA_VERSION == "1.10"


def test_the_schema_rejects_what_the_contract_forbids() -> None:
    data = reports.to_json_dict(three_claim_report())
    schema = reports.report_schema()
    broken = json.loads(json.dumps(data))
    broken["claims"][0]["verdict"] = "probably fine"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, schema)
    broken = json.loads(json.dumps(data))
    broken["score"]["overall"] = 101
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, schema)
    broken = json.loads(json.dumps(data))
    broken["schema_version"] = "2.0"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, schema)


def test_docs_schema_is_the_shipped_schema_and_matches_the_models() -> None:
    docs = json.loads((REPO_ROOT / "docs" / "report.schema.json").read_text(encoding="utf-8"))
    assert docs == reports.report_schema()
    assert docs == schema_from_models(), "run `python -m reports.schema` after a model change"


def test_schema_names_every_verdict_word() -> None:
    verdicts = reports.report_schema()["$defs"]["Verdict"]["enum"]
    assert verdicts == [
        "verified",
        "expired",
        "revoked",
        "mismatch",
        "invalid",
        "unverified",
        "unsupported",
        "unreachable",
    ]


# CSV --------------------------------------------------------------------------------


def test_csv_has_one_row_per_claim() -> None:
    report = many_claim_report()
    rows = list(csv.DictReader(io.StringIO(reports.render_csv(report))))
    assert [row["id"] for row in rows] == [claim.id for claim in report.claims]
    assert all(row["verdict"] in {v.value for v in Verdict} for row in rows)


def test_csv_cells_never_start_a_formula() -> None:
    found = claim(1, '=HYPERLINK("http://evil.example","click")', issuer="@SUM(1+1)")
    report = reports.build(CANDIDATE, [verified(found)])
    [row] = list(csv.DictReader(io.StringIO(reports.render_csv(report))))
    assert row["title"].startswith("'=") and row["issuer"].startswith("'@")


# HTML -------------------------------------------------------------------------------


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.hrefs: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.hrefs += [value or "" for name, value in attrs if name == "href"]

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse(html: str) -> _Collector:
    collector = _Collector()
    collector.feed(html)
    return collector


def test_html_shows_hostile_values_as_typed() -> None:
    html = reports.render_html(hostile_report())
    page = parse(html)
    assert "script" not in page.tags and "img" not in page.tags and "b" not in page.tags
    assert page.tags.count("h1") == 1  # the injected </table><h1> stayed text
    text = "".join(page.text)
    assert HOSTILE in text
    assert "<b>Bold</b>" in text and "<i>Evil</i> & Sons" in text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_only_web_links_become_links() -> None:
    page = parse(reports.render_html(hostile_report(), pdf_url="/reports/x.pdf"))
    assert not any(href.lower().startswith("javascript") for href in page.hrefs)
    assert "/reports/x.pdf" in page.hrefs
    assert "javascript:alert(3)" in "".join(page.text)  # shown, not linked


def test_html_without_pdf_link() -> None:
    assert "Download the PDF" not in reports.render_html(three_claim_report())


# PDF --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def three_claim_pdf() -> bytes:
    return reports.render_pdf(three_claim_report())


def test_pdf_shows_candidate_verdicts_and_page_numbers(three_claim_pdf: bytes) -> None:
    assert three_claim_pdf.startswith(b"%PDF-")
    with pdfplumber.open(io.BytesIO(three_claim_pdf)) as pdf:
        pages = [page.extract_text() or "" for page in pdf.pages]
        assert pdf.metadata.get("Title", "").startswith("credlens report")
    text = "\n".join(pages)
    assert "Beth Kowalczyk" in pages[0]
    assert f"Page 1 of {len(pages)}" in pages[0]
    assert REPORT_ID in pages[0]
    for word in ("VERIFIED", "MISMATCH", "UNVERIFIED"):
        assert word in pages[0]
    # Columns sit side by side, so the score and its "/ 100" come out on separate lines.
    assert re.search(r"^18\b", pages[0], re.MULTILINE) and "/ 100" in pages[0]
    assert "awarded to another recipient" in text
    assert "Appendix: how to read this report" in text and REPORT_ID in pages[-1]


def test_pdf_names_its_language_and_report(three_claim_pdf: bytes) -> None:
    with pdfplumber.open(io.BytesIO(three_claim_pdf)) as pdf:
        assert "Lang" in pdf.doc.catalog
        metadata = pdf.metadata
    assert metadata["reportid"] == REPORT_ID and metadata["schemaversion"] == "1.10"


def test_a_tagged_pdf_on_request() -> None:
    report = three_claim_report()
    tagged = reports.render_pdf(report, tagged=True)
    with pdfplumber.open(io.BytesIO(tagged)) as pdf:
        catalog = pdf.doc.catalog
        assert {"StructTreeRoot", "MarkInfo", "Lang", "Metadata"} <= set(catalog)
        assert pdf.metadata["reportid"] == REPORT_ID
    assert pdf_text(tagged) == pdf_text(reports.render_pdf(report))


def test_pdf_shows_hostile_values_as_typed() -> None:
    text = pdf_text(reports.render_pdf(hostile_report()))
    assert HOSTILE in text.replace("\n", "")
    assert "<b>Bold</b>" in text


def test_squeezing_drops_only_whitespace_beside_block_tags() -> None:
    html = '<ul>\n  <li>\n    <a href="x">a</a> <b>b</b>  c\n  </li>\n</ul>\n<p>  d <i>e</i> </p>'
    # Text keeps its spaces (they collapse anyway), and so does a gap between inline tags.
    assert (
        squeeze_block_gaps(html)
        == '<ul><li><a href="x">a</a> <b>b</b>  c\n  </li></ul><p>  d <i>e</i></p>'
    )


def test_the_squeezed_page_reads_the_same() -> None:
    html = _render_page(hostile_report(), pdf_url=None, media="print")
    assert pdf_text(write_pdf(squeeze_block_gaps(html))) == pdf_text(write_pdf(html))


def test_long_titles_and_urls_wrap_inside_the_page() -> None:
    data = reports.render_pdf(hostile_report())
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            assert all(char["x1"] <= page.width - 30 for char in page.chars)


# The fetcher ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "http://169.254.169.254/latest/meta-data/",
        "https://example.org/font.woff2",
        "file:///etc/passwd",
        f"file://{STATIC_DIR}/../render.py",
        "ftp://example.org/x",
    ],
)
def test_fetcher_refuses(url: str) -> None:
    with pytest.raises(FetchRefusedError):
        StaticOnlyFetcher().fetch(url)


def test_fetcher_allows_data_and_static_files() -> None:
    fetcher = StaticOnlyFetcher()
    assert fetcher.fetch("data:text/plain,hello").read() == b"hello"
    response = fetcher.fetch((STATIC_DIR / "report.css").as_uri())
    assert b"@page" in response.read()
    response.close()


def test_a_page_pointing_outside_renders_without_fetching(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    original = StaticOnlyFetcher.fetch

    def recording(self: StaticOnlyFetcher, url: str, headers: object = None) -> object:
        asked.append(url)
        return original(self, url, headers)

    def refuse_sockets(*args: object, **kwargs: object) -> None:
        raise AssertionError("the renderer opened a socket")

    monkeypatch.setattr(StaticOnlyFetcher, "fetch", recording)
    monkeypatch.setattr("socket.socket.connect", refuse_sockets)
    monkeypatch.setattr("urllib.request.urlopen", refuse_sockets)
    html = """<html lang="en"><head><title>t</title>
      <link rel="stylesheet" href="http://169.254.169.254/latest/meta-data/x.css">
      <style>@import url("http://169.254.169.254/a.css");
      body { background: url("file:///etc/passwd"); }</style></head>
      <body><p>still renders</p><img src="file:///etc/passwd" alt="">
      <img src="http://169.254.169.254/latest/meta-data/" alt=""></body></html>"""
    data = write_pdf(html)
    assert "still renders" in pdf_text(data)
    assert "root:" not in pdf_text(data)
    assert {url for url in asked if "169.254" in url or "passwd" in url}


# Agreement ----------------------------------------------------------------------------


def test_json_csv_html_and_pdf_agree_claim_by_claim() -> None:
    report = many_claim_report(12)
    data = json.loads(reports.render_json(report))
    rows = list(csv.DictReader(io.StringIO(reports.render_csv(report))))
    html = reports.render_html(report)
    pdf = pdf_text(reports.render_pdf(report))
    flat_pdf = re.sub(r"\s+", " ", pdf)
    html_cards = re.findall(
        r'<article class="claim v-([a-z]+)" id="claim-(\d+)">\s*'
        r'<h3 class="wrap">\d+\. ([^<]*)</h3>',
        html,
    )
    assert len(html_cards) == len(report.claims) == len(rows) == len(data["claims"])
    for number, (claim_json, row, card) in enumerate(
        zip(data["claims"], rows, html_cards, strict=True), 1
    ):
        assert claim_json["id"] == row["id"]
        assert claim_json["verdict"] == row["verdict"] == card[0]
        assert claim_json["title"] == row["title"] == card[2]
        assert card[1] == str(number)
        points = (
            "not counted" if claim_json["strength"] is None else f"{claim_json['strength']} points"
        )
        assert points == (row["strength"] + " points" if row["strength"] else "not counted")
        # In the PDF each card reads "N. title" then its badge word (the claims table on
        # page 1 reads "N. title" too, after its badge, so look after the cards' heading).
        heading = f"{number}. {claim_json['title']}"
        position = flat_pdf.find(heading, flat_pdf.find("Claims in detail"))
        assert position >= 0, heading
        assert claim_json["verdict"].upper() in flat_pdf[position : position + len(heading) + 40]
        assert points in flat_pdf[position:]


def test_an_empty_report_renders_everywhere() -> None:
    report = reports.build(Candidate(), [])
    assert report.score.overall == 0
    assert report.score.reasons == ("no credential could be scored",)
    jsonschema.validate(reports.to_json_dict(report), reports.report_schema())
    assert reports.render_csv(report).strip() == ",".join(CSV_COLUMNS)
    assert "Unnamed candidate" in reports.render_html(report)
    text = pdf_text(reports.render_pdf(report))
    assert "Unnamed candidate" in text and "Page 1 of" in text
