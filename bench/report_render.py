"""Warm render time of a 2-page PDF report against WeasyPrint on a plain 2-page page.

Run from the repository root: ``.venv/bin/python -m bench.report_render [--runs N]``.

The report is a one-claim report: a summary page, then the claim and the appendix (two A4
pages until the evidence-strength paragraph of 55cdca8 pushed the appendix's last lines onto a
third). The baseline is the same report's text as plain paragraphs with no stylesheet (two
pages: plain text sets denser), trimmed only if it would run longer than the report, rendered
by WeasyPrint with the same font configuration: what any document of this text costs. Both
page counts are printed. Both are rendered once to warm up, then timed in
CPU time (``time.process_time``), so other work on the machine blurs the ratio less, and
in alternation (report, plain, report, ...), so a busy spell slows both rather than one.
Targets (issue 6): the report within 2× the baseline; the JSON report under 5 ms.
"""

from __future__ import annotations

import argparse
import html
import io
import statistics
import time
from collections.abc import Callable

import pdfplumber
from weasyprint import HTML

import reports
from reports import StaticOnlyFetcher, font_configuration
from testkit.sample_reports import (
    GENERATED_AT,
    REPORT_ID,
    many_claim_report,
    three_claim_verifications,
)

RATIO_TARGET = 2.0
JSON_TARGET_MS = 5.0


def one_claim_report() -> reports.Report:
    extraction, verifications = three_claim_verifications()
    return reports.build(
        extraction.candidate,
        verifications[1:2],
        report_id=REPORT_ID,
        generated_at=GENERATED_AT,
    )


def pages(pdf: bytes) -> tuple[int, str]:
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        text = "\n".join(page.extract_text() or "" for page in document.pages)
        return len(document.pages), text


def plain_html(lines: list[str]) -> str:
    body = "".join(f"<p>{html.escape(line)}</p>" for line in lines)
    return (
        '<!DOCTYPE html><html lang="en"><head><title>plain</title>'
        "<style>@page { size: A4; margin: 18mm 15mm }"
        'html { font-family: "DejaVu Sans"; font-size: 10pt } p { margin: 0 0 2pt }</style>'
        f"</head><body>{body}</body></html>"
    )


def render_plain(document: str) -> bytes:
    pdf: bytes = HTML(string=document, url_fetcher=StaticOnlyFetcher()).write_pdf(
        font_config=font_configuration()
    )
    return pdf


def plain_of_length(text: str, length: int) -> str:
    """The report's text as paragraphs, trimmed from the end until it fills ``length`` pages
    or fewer."""
    lines = [line for line in text.splitlines() if line.strip()]
    while lines:
        document = plain_html(lines)
        count, _ = pages(render_plain(document))
        if count <= length:
            return document
        lines = lines[:-3]
    raise SystemExit(f"could not make a plain document of {length} pages")


def alternated(
    first: Callable[[], object], second: Callable[[], object], runs: int
) -> tuple[list[float], list[float]]:
    """CPU times of ``first`` and ``second``, run in turn ``runs`` times each after a warm-up."""
    first()
    second()
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(runs):
        for run, series in ((first, times[0]), (second, times[1])):
            start = time.process_time()
            run()
            series.append(time.process_time() - start)
    return times


def timed(run: Callable[[], object], runs: int) -> list[float]:
    run()  # warm: fonts, templates, imports
    times = []
    for _ in range(runs):
        start = time.process_time()
        run()
        times.append(time.process_time() - start)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    runs = parser.parse_args().runs

    report = one_claim_report()
    report_pages, text = pages(reports.render_pdf(report))
    plain = plain_of_length(text, report_pages)
    plain_pages, _ = pages(render_plain(plain))

    report_times, plain_times = alternated(
        lambda: reports.render_pdf(report), lambda: render_plain(plain), runs
    )
    json_times = timed(lambda: reports.render_json(report), runs * 20)
    long_report = many_claim_report()
    long_json_times = timed(lambda: reports.render_json(long_report), runs * 20)

    report_ms = statistics.median(report_times) * 1000
    plain_ms = statistics.median(plain_times) * 1000
    json_ms = statistics.median(json_times) * 1000
    long_json_ms = statistics.median(long_json_times) * 1000
    ratio = report_ms / plain_ms
    verdict = "ok" if ratio <= RATIO_TARGET else "OVER"
    print(f"report PDF   {report_pages} pages  median {report_ms:7.1f} ms  (runs={runs})")
    print(f"plain PDF    {plain_pages} pages  median {plain_ms:7.1f} ms")
    print(f"ratio        {ratio:.2f}x  (target <= {RATIO_TARGET}x)  {verdict}")
    for label, value in (("1 claim", json_ms), ("25 claims", long_json_ms)):
        status = "ok" if value < JSON_TARGET_MS else "OVER"
        print(
            f"JSON report  {label:9s} median {value:.3f} ms"
            f"  (target < {JSON_TARGET_MS} ms)  {status}"
        )


if __name__ == "__main__":
    main()
