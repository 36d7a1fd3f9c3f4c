"""The report as JSON, CSV, HTML and PDF; HTML and PDF come from the same templates."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Mapping
from functools import cache
from typing import Any
from urllib.parse import urlsplit

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup

from extractors import ended_before
from reports.assets import stylesheet_text
from reports.fit_models import RequirementStatus
from reports.history import recheck_changes
from reports.models import HistorySource, Report, SkillLevel
from verifiers.models import Assurance, CheckStatus, Verdict

#: What a verdict means, in the design's words, for the badge legend and the appendix.
VERDICT_MEANINGS: Mapping[Verdict, str] = {
    Verdict.VERIFIED: "the issuer or platform confirms it, it is current and the candidate's",
    Verdict.EXPIRED: "genuine and the candidate's, but past its expiry date",
    Verdict.REVOKED: "the issuer revoked it",
    Verdict.MISMATCH: "evidence exists but contradicts the claim",
    Verdict.INVALID: "the evidence is forged or broken",
    Verdict.UNVERIFIED: "claimed, but no evidence was found or given",
    Verdict.UNSUPPORTED: "a link of a kind no machine can check",
    Verdict.UNREACHABLE: "the source failed for now; not counted against the candidate",
}
#: A symbol beside each verdict word, so the badge reads without colour too.
VERDICT_SYMBOLS: Mapping[Verdict, str] = {
    Verdict.VERIFIED: "✓",
    Verdict.EXPIRED: "◔",
    Verdict.REVOKED: "⊘",
    Verdict.MISMATCH: "✗",
    Verdict.INVALID: "✗",
    Verdict.UNVERIFIED: "?",
    Verdict.UNSUPPORTED: "–",
    Verdict.UNREACHABLE: "↻",
}
ASSURANCE_WORDS: Mapping[Assurance, str] = {
    Assurance.SIGNED: "signed by the issuer",
    Assurance.ISSUER: "confirmed by the issuer or its platform",
    Assurance.NAME: "confirmed by the issuer's record, bound by name only",
    Assurance.LINK: "link resolves; owner unconfirmed",
    Assurance.NONE: "no evidence",
}
#: How each source reads in a claim's history: "verified from a link the candidate gave".
HISTORY_SOURCE_WORDS: Mapping[HistorySource, str] = {
    HistorySource.RESUME: "from the résumé",
    HistorySource.LINK: "from a link given beside the résumé",
    HistorySource.CANDIDATE_LINK: "from a link the candidate gave",
    HistorySource.CANDIDATE_FILE: "from a credential file the candidate gave",
    HistorySource.CANDIDATE_ID: "from a credential ID the candidate gave",
    HistorySource.CANDIDATE_WITHDRAWAL: "the candidate said they do not hold it",
    HistorySource.RECHECK: "when checked again",
}
#: A role requirement's status as a symbol and in words, for the Role fit section.
STATUS_SYMBOLS: Mapping[RequirementStatus, str] = {
    RequirementStatus.PROVEN: "✓",
    RequirementStatus.CLAIMED: "◐",
    RequirementStatus.CONTRADICTED: "✗",
    RequirementStatus.MISSING: "○",
}
STATUS_WORDS: Mapping[RequirementStatus, str] = {
    RequirementStatus.PROVEN: "proven by a verified claim",
    RequirementStatus.CLAIMED: "claimed, not proven",
    RequirementStatus.CONTRADICTED: "the evidence contradicts the claim, or it lapsed",
    RequirementStatus.MISSING: "not on the résumé",
}
CHECK_SYMBOLS: Mapping[CheckStatus, str] = {
    CheckStatus.PASSED: "✓",
    CheckStatus.FAILED: "✗",
    CheckStatus.SKIPPED: "–",
}

CSV_COLUMNS = (
    "id",
    "title",
    "issuer",
    "credential_id",
    "url",
    "issued_on",
    "expires_on",
    "verdict",
    "assurance",
    "strength",
    "method",
    "page",
    "skills",
    "failed_checks",
    "role_requirements",
    "role_required_proven",
    "rigor",
    "rigor_points",
    "takes",
)


def to_json_dict(report: Report) -> dict[str, Any]:
    """The report as plain JSON data, the shape ``docs/report.schema.json`` describes."""
    return report.model_dump(mode="json")


def render_json(report: Report) -> str:
    """The report as a JSON document (the public, versioned contract)."""
    return report.model_dump_json(indent=2)


def render_csv(report: Report) -> str:
    """One row per claim, for spreadsheets."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    fit = report.role_fit
    # The role's figure on every row, so it survives sorting and filtering in a spreadsheet.
    required_proven = f"{fit.required_proven} of {fit.required_total}" if fit else ""
    for claim in report.claims:
        writer.writerow(
            [
                _spreadsheet_safe(value)
                for value in (
                    claim.id,
                    claim.title,
                    claim.issuer or "",
                    claim.credential_id or "",
                    claim.url or "",
                    claim.issued_on or "",
                    claim.expires_on or "",
                    claim.verdict.value,
                    claim.assurance.value,
                    "" if claim.strength is None else str(claim.strength),
                    claim.method,
                    "" if claim.source.page is None else str(claim.source.page),
                    "; ".join(claim.skills),
                    "; ".join(
                        f"{check.name}: {check.detail}"
                        for check in claim.checks
                        if check.status is CheckStatus.FAILED
                    ),
                    "; ".join(
                        f"{requirement.kind.value}: {requirement.text} ({requirement.status.value}"
                        f"{'; ' + requirement.needed if requirement.needed else ''})"
                        for requirement in (fit.requirements if fit else ())
                        if claim.id in requirement.claims
                    ),
                    required_proven,
                    claim.rigor.word if claim.rigor else "",
                    str(claim.rigor.points) if claim.rigor else "",
                    claim.rigor.takes if claim.rigor else "",
                )
            ]
        )
    return out.getvalue()


_INTEGER = re.compile(r"-?\d+")


def _spreadsheet_safe(value: str) -> str:
    """Text that a spreadsheet shows rather than runs: a leading ``=``, ``+``, ``-`` or ``@``
    would start a formula (CSV injection), so such cells get a leading apostrophe."""
    if value[:1] in {"=", "+", "-", "@", "\t", "\r"} and not _INTEGER.fullmatch(value):
        return "'" + value
    return value


def is_web_link(url: str | None) -> bool:
    """True for http(s) URLs only: a ``javascript:`` or ``data:`` URL from a résumé never
    becomes a live link, whatever escaping does to its text."""
    if not url:
        return False
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    return parts.scheme in {"http", "https"} and bool(parts.netloc)


@cache
def _environment() -> Environment:
    """The one Jinja2 environment: autoescaping on, a missing value is an error, not blank."""
    environment = Environment(
        loader=PackageLoader("reports"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    environment.globals.update(
        VERDICTS=list(Verdict),
        VERDICT_MEANINGS=VERDICT_MEANINGS,
        VERDICT_SYMBOLS=VERDICT_SYMBOLS,
        ASSURANCE_WORDS=ASSURANCE_WORDS,
        CHECK_SYMBOLS=CHECK_SYMBOLS,
        HISTORY_SOURCE_WORDS=HISTORY_SOURCE_WORDS,
        REQUIREMENT_STATUSES=list(RequirementStatus),
        STATUS_SYMBOLS=STATUS_SYMBOLS,
        STATUS_WORDS=STATUS_WORDS,
        SKILL_LEVELS=list(SkillLevel),
        # A space as wide as a digit (U+2007), to right-align counts in running text.
        FIGURE_SPACE="\u2007",
        # The skills chart's fills as glyphs, for the legend under it in the PDF.
        SWATCH_GLYPHS={
            "verified": "\u25a0",  # ■ solid
            "partly-verified": "\u25a8",  # ▨ hatched
            "claimed-only": "\u25a6",  # ▦ gridded
            "contradicted": "\u25a9",  # ▩ cross-hatched
        },
    )
    environment.tests["web_link"] = is_web_link
    return environment


def render_html(report: Report, *, pdf_url: str | None = None) -> str:
    """The report as a full web page; ``pdf_url`` adds a download link."""
    return _render_page(report, pdf_url=pdf_url, media="screen")


def render_html_fragment(report: Report, *, pdf_url: str | None = None) -> str:
    """The report's ``<main>`` alone, for a page of the web app that links ``report.css``
    from ``STATIC_DIR`` (its Content-Security-Policy allows no inline style)."""
    return _render_page(report, pdf_url=pdf_url, media="screen", embedded=True)


def _render_page(report: Report, *, pdf_url: str | None, media: str, embedded: bool = False) -> str:
    template = _environment().get_template("report.html")
    return template.render(
        report=report,
        pdf_url=pdf_url,
        media=media,
        embedded=embedded,
        # Our own file, inlined so the page needs no second request. The PDF gets it parsed
        # once per process instead (see reports.pdf).
        stylesheet=Markup(stylesheet_text()) if media == "screen" else None,
        chart=skills_chart(report),
        claims_by_id={claim.id: claim for claim in report.claims},
        claim_numbers={claim.id: number for number, claim in enumerate(report.claims, start=1)},
        recheck=recheck_changes(report),
        lapsed_by_own_date=lapsed_by_own_date(report),
    )


#: Verdicts that rest on the issuer's own dates, which outrank the résumé's.
_ISSUER_DATED = frozenset({Verdict.VERIFIED, Verdict.EXPIRED, Verdict.REVOKED})


def lapsed_by_own_date(report: Report) -> frozenset[str]:
    """The claims no issuer dated whose résumé gives an expiry already over when the report
    was made: a recruiter reads "expires 2026-10" in December as lapsed, so the report says so."""
    day = report.generated_at.date()
    return frozenset(
        claim.id
        for claim in report.claims
        if claim.verdict not in _ISSUER_DATED
        and claim.expires_on
        and ended_before(claim.expires_on, day)
    )


def skills_chart(report: Report) -> list[dict[str, Any]]:
    """The skills-coverage bar: one segment per level with its share and the skills in it."""
    total = len(report.skills)
    segments: list[dict[str, Any]] = []
    offset = 0.0
    for level in SkillLevel:
        skills = [skill for skill in report.skills if skill.level is level]
        names = [skill.name for skill in skills]
        # A proven skill names what proves it, strongest first: "Kubernetes (hands-on exam)".
        labels = [
            f"{skill.name} ({skill.rigor.lower()})" if skill.rigor else skill.name
            for skill in skills
        ]
        share = len(names) / total if total else 0.0
        segments.append(
            {
                "level": level.value,
                "css": level.name.lower().replace("_", "-"),
                "count": len(names),
                "names": names,
                "labels": labels,
                "x": round(offset * 1000, 2),
                "width": round(share * 1000, 2),
            }
        )
        offset += share
    return segments


def render_pdf(report: Report, *, tagged: bool = False) -> bytes:
    """The report as an A4 PDF, rendered from the web page's templates; ``tagged`` makes it
    a tagged PDF/UA-1 document for screen readers, at about a tenth more render time."""
    from reports.pdf import write_pdf  # WeasyPrint takes half a second to import

    html = squeeze_block_gaps(_render_page(report, pdf_url=None, media="print"))
    return write_pdf(html, tagged=tagged)


_BLOCK_TAGS = (
    "html|head|title|meta|body|main|header|section|article|div|p|ul|li|dl|dt|dd|h[1-6]"
    "|table|thead|tbody|tr|th|td|svg|defs|pattern|rect|line|circle|path|text"
)
_GAP_BEFORE_BLOCK = re.compile(rf">\s+(?=</?(?:{_BLOCK_TAGS})[\s/>])")
_GAP_AFTER_BLOCK = re.compile(rf"(</?(?:{_BLOCK_TAGS})(?:\s[^>]*)?>)\s+(?=<)")


def squeeze_block_gaps(html: str) -> str:
    """``html`` without the whitespace between two tags of which one is block-level.

    Such whitespace renders as nothing, but WeasyPrint still parses it and builds and drops
    a box for it: the template's indentation costs about 1% of a render. Text is untouched
    (a ``>`` in it is always escaped), so is whitespace beside inline tags.
    """
    return _GAP_AFTER_BLOCK.sub(r"\1", _GAP_BEFORE_BLOCK.sub(">", html))
