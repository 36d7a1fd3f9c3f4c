"""The "blind-4" pages printed by Chromium: made in session 5 by a helper who did not read the
extractor, from how real résumés look in 2026, and never tuned on. A Europass CV (labelled
fields, day-first dates in brackets), a one-page LaTeX-style résumé as US engineers write it
(AP-style months, links shown by their host), and a LinkedIn profile saved as PDF (the
certifications in a grey sidebar by title only). The documents are in ``blind4_documents.py``.
"""

from __future__ import annotations

from html import escape
from urllib.parse import urlsplit

from tests.rendered.contents import Content, Credential
from tests.rendered.layout import FULL_MONTHS, display_name

#: Associated Press month abbreviations, as US style guides (and many LaTeX CVs) write them.
_AP_MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.",
              "Nov.", "Dec."]  # fmt: skip
_EARLIER_ROLE, _EARLIER_EMPLOYER = "Analyst", "Globex"
_EARLIER_BULLET = "Owned the monthly reporting pack and its controls."


def _page(css: str, body: str) -> str:
    head = f"<head><meta charset='utf-8'><title>CV</title><style>{css}</style></head>"
    return f"<!DOCTYPE html><html lang='en'>{head}<body>{body}</body></html>"


def _ap(value: str | None) -> str:
    if not value:
        return ""
    year, number = value.split("-")
    return f"{_AP_MONTHS[int(number) - 1]} {year}"


def _host(url: str) -> str:
    return urlsplit(url).netloc.removeprefix("www.")


def _bare(url: str) -> str:
    """A link as people type it: no scheme, no ``www.``."""
    parts = urlsplit(url)
    return parts.netloc.removeprefix("www.") + parts.path.rstrip("/")


def _bullets(content: Content) -> str:
    return "".join(f"<li>{escape(bullet)}</li>" for bullet in content.bullets)


# -- 1. Europass ---------------------------------------------------------------------------------


def _day_first(value: str | None) -> str:
    if not value:
        return "Current"
    year, number = value.split("-")
    return f"01/{number}/{year}"


def _europass_entry(when: str, title: str, lines: list[str]) -> str:
    rest = "".join(f"<p>{line}</p>" for line in lines)
    return (
        f"<div class='entry'><p class='when'>[ {when} ]</p><p class='what'>{title}</p>{rest}</div>"
    )


def _europass_certificate(held: Credential) -> str:
    when = _day_first(held.issued_on)
    if held.expires_on:
        when += f" – {_day_first(held.expires_on)}"
    lines = [f"<b>Awarding body:</b> {escape(held.issuer)}"]
    if held.credential_id:
        lines.append(f"<b>Certificate number:</b> {escape(held.credential_id)}")
    if held.url:
        lines.append(f"<b>Link:</b> <a href='{escape(held.url)}'>{escape(held.url)}</a>")
    return _europass_entry(when, escape(held.title), lines)


def blind4_europass(content: Content) -> str:
    """The Europass CV as the EU's online editor prints it: a header of labelled personal
    details, upper-case section titles with a rule, entries opened by "[ 01/08/2019 – Current ]",
    certificates with "Awarding body:", "Certificate number:" and "Link:" (the whole URL)."""
    city, _, country = content.location.partition(", ")
    details = [
        ("Email address", f"<a href='mailto:{escape(content.email)}'>{escape(content.email)}</a>"),
        ("Phone number", escape(content.phone)),
        *(
            (escape(text), f"<a href='{escape(url)}'>{escape(url)}</a>")
            for text, url in content.contact_links
        ),
        ("Address", f"{escape(content.location)} (Home)"),
    ]
    header = "".join(f"<p><b>{label}:</b> {value}</p>" for label, value in details)
    jobs = _europass_entry(
        "01/03/2019 – Current",
        f"{escape(content.role.upper())}",
        [f"<i>{escape(content.employer)}</i>", f"City: {escape(city)} | Country: "
         f"{escape(country or city)}", f"<ul>{_bullets(content)}</ul>"],
    ) + _europass_entry(
        "01/09/2014 – 28/02/2019",
        _EARLIER_ROLE.upper(),
        [f"<i>{_EARLIER_EMPLOYER}</i>", f"<ul><li>{_EARLIER_BULLET}</li></ul>"],
    )  # fmt: skip
    school = _europass_entry(
        "01/09/2010 – 30/06/2014",
        "BSC MATHEMATICS",
        ["<i>University of Leeds</i>", "Level in EQF: EQF level 6"],
    )
    certificates = "".join(_europass_certificate(held) for held in content.credentials)
    certificates += "".join(
        f"<div class='entry'><p class='what'>{escape(line)}</p></div>"
        for line in content.section_negatives
    )
    body = (
        f"<header><h1>{escape(display_name(content))}</h1>{header}</header>"
        f"<h2>About myself</h2><p>{escape(content.summary)}</p>"
        f"<h2>Work experience</h2>{jobs}<h2>Education and training</h2>{school}"
        f"<h2>Certificates</h2>{certificates}"
        "<h2>Language skills</h2><p>Mother tongue(s): <b>English</b></p>"
        f"<h2>Digital skills</h2><p>{escape(' | '.join(content.skills))}</p>"
    )
    css = (
        "@page { size: A4; margin: 16mm 17mm; } body { font-family: 'DejaVu Sans Condensed',"
        " sans-serif; font-size: 9.5pt; color: #1d1d1b; line-height: 1.4; }"
        " header { border-bottom: 2pt solid #0e47cb; padding-bottom: 6pt; margin-bottom: 4pt; }"
        " h1 { font-size: 20pt; margin: 0 0 5pt; font-weight: normal; color: #0e47cb; }"
        " h2 { font-size: 10.5pt; text-transform: uppercase; color: #0e47cb; margin: 12pt 0 5pt;"
        " border-bottom: 0.6pt solid #9fb6e6; padding-bottom: 1pt; letter-spacing: .02em; }"
        " p { margin: 0 0 1.5pt; } ul { margin: 2pt 0 0 14pt; padding: 0; }"
        " a { color: #0e47cb; } .entry { margin-bottom: 7pt; break-inside: avoid; }"
        " .when { color: #565656; font-size: 8.5pt; } .what { font-weight: bold; }"
    )
    return _page(css, body)


# -- 2. a one-page LaTeX-style résumé -----------------------------------------------------------


def _subheading(left: str, right: str, below_left: str, below_right: str = "") -> str:
    return (
        f"<div class='sub'><div class='row'><span>{left}</span><span>{right}</span></div>"
        f"<div class='row it'><span>{below_left}</span><span>{below_right}</span></div></div>"
    )


def _latex_credential(held: Credential) -> str:
    when = _ap(held.issued_on)
    if held.expires_on:
        when += f" -- {_ap(held.expires_on)}"
    extras = []
    if held.credential_id:
        extras.append(f"ID {escape(held.credential_id)}")
    if held.url:
        extras.append(f"<a href='{escape(held.url)}'><u>{escape(_host(held.url))}</u></a>")
    return _subheading(
        f"<b>{escape(held.title)}</b> <span class='bar'>|</span> <i>{escape(held.issuer)}</i>",
        when,
        " <span class='bar'>|</span> ".join(extras),
    )


def blind4_latex_onepage(content: Content) -> str:
    """The single-column LaTeX résumé many US engineers fork: the name centred in small caps,
    one contact line of bare links, small-caps headings over a full rule, education first, each
    entry a bold line with its dates flush right and an italic line under it, dates written
    "Aug. 2019 -- Aug. 2026", a credential's link shown by its host."""
    contact = [
        escape(content.phone),
        f"<a href='mailto:{escape(content.email)}'><u>{escape(content.email)}</u></a>",
        *(
            f"<a href='{escape(url)}'><u>{escape(_bare(url))}</u></a>"
            for _, url in content.contact_links
        ),
    ]
    jobs = (
        _subheading(f"<b>{escape(content.role)}</b>", "March 2019 -- Present",
                    escape(content.employer), escape(content.location))
        + f"<ul>{_bullets(content)}</ul>"
        + _subheading(f"<b>{_EARLIER_ROLE}</b>", "Sept. 2014 -- Feb. 2019", _EARLIER_EMPLOYER)
        + f"<ul><li>{_EARLIER_BULLET}</li></ul>"
    )  # fmt: skip
    certifications = "".join(_latex_credential(held) for held in content.credentials)
    certifications += "".join(
        f"<ul><li>{escape(line)}</li></ul>" for line in content.section_negatives
    )
    body = (
        f"<h1>{escape(display_name(content))}</h1>"
        f"<p class='contact'>{' <span class=bar>|</span> '.join(contact)}</p>"
        "<h2>Education</h2>"
        + _subheading("<b>University of Leeds</b>", "Leeds, UK",
                      "Bachelor of Science in Mathematics", "Sept. 2010 -- June 2014")
        + f"<h2>Experience</h2>{jobs}"
        f"<h2>Certifications</h2>{certifications}"
        f"<h2>Technical Skills</h2><p><b>Tools</b>: {escape(', '.join(content.skills))}</p>"
        f"<h2>Profile</h2><p>{escape(content.summary)}</p>"
    )  # fmt: skip
    css = (
        "@page { size: Letter; margin: 12mm 13mm; } body { font-family: 'DejaVu Serif', serif;"
        " font-size: 9.6pt; color: #000; line-height: 1.25; }"
        " h1 { font-variant: small-caps; font-size: 22pt; font-weight: bold; text-align: center;"
        " margin: 0; } .contact { text-align: center; margin: 2pt 0 4pt; }"
        " h2 { font-variant: small-caps; font-size: 12pt; font-weight: normal; margin: 8pt 0 3pt;"
        " border-bottom: 0.6pt solid #000; } a { color: #000; } p { margin: 0; }"
        " .sub { margin: 2pt 0 0 8pt; } .row { display: flex; justify-content: space-between; }"
        " .it { font-style: italic; font-size: 9pt; } .it:empty { display: none; }"
        " ul { margin: 1pt 0 3pt 22pt; padding: 0; font-size: 9pt; } .bar { margin: 0 2pt; }"
    )
    return _page(css, body)


# -- 3. a LinkedIn profile saved as PDF ---------------------------------------------------------


def blind4_linkedin_export(content: Content) -> str:
    """A profile as LinkedIn's "Save to PDF" lays it out: a grey left sidebar with Contact (the
    links as "www.… (LinkedIn)"), Top Skills and Certifications by title only, no issuer, date
    or number; the main column with the name, the headline, the location, a Summary and the
    Experience with durations; "Page 1 of 1" at the foot."""
    links = "".join(
        f"<p><a href='{escape(url)}'>{escape(_bare(url))}</a> ({escape(text)})</p>"
        for text, url in content.contact_links
    )
    certifications = "".join(
        f"<p>{escape(held.title)}</p>" for held in content.credentials
    ) + "".join(f"<p>{escape(line)}</p>" for line in content.section_negatives)
    side = (
        f"<aside><h3>Contact</h3><p>{escape(content.email)}</p>{links}"
        f"<h3>Top Skills</h3>{''.join(f'<p>{escape(s)}</p>' for s in content.skills[:3])}"
        f"<h3>Certifications</h3>{certifications}"
        "<h3>Languages</h3><p>English (Native or Bilingual)</p></aside>"
    )
    start = FULL_MONTHS[2]
    main = (
        f"<main><h1>{escape(display_name(content))}</h1>"
        f"<p class='headline'>{escape(content.headline)} at {escape(content.employer)}</p>"
        f"<p class='place'>{escape(content.location)}</p>"
        f"<h2>Summary</h2><p>{escape(content.summary)}</p>"
        f"<h2>Experience</h2><p class='org'>{escape(content.employer)}</p>"
        f"<p>{escape(content.role)}</p><p class='place'>{start} 2019 - Present (7 years 10 "
        f"months)</p><p class='place'>{escape(content.location)}</p>"
        f"<ul>{_bullets(content)}</ul>"
        f"<p class='org'>{_EARLIER_EMPLOYER}</p><p>{_EARLIER_ROLE}</p>"
        "<p class='place'>September 2014 - February 2019 (4 years 6 months)</p>"
        f"<ul><li>{_EARLIER_BULLET}</li></ul>"
        "<h2>Education</h2><p class='org'>University of Leeds</p>"
        "<p>Bachelor of Science - BS, Mathematics · (2010 - 2014)</p></main>"
    )
    css = (
        "@page { size: Letter; margin: 0; } body { margin: 0; font-family: 'DejaVu Sans',"
        " sans-serif; font-size: 9.5pt; color: #181818; }"
        " .wrap { display: grid; grid-template-columns: 30% 1fr; min-height: 279mm; }"
        " aside { background: #e9edf0; padding: 16mm 6mm 10mm 9mm; }"
        " aside h3 { font-size: 11pt; margin: 12pt 0 4pt; font-weight: normal; }"
        " aside p { margin: 0 0 4pt; } aside a { color: #181818; text-decoration: none; }"
        " main { padding: 16mm 12mm 10mm 9mm; } h1 { font-size: 24pt; font-weight: normal;"
        " margin: 0 0 4pt; } .headline { font-size: 11pt; } .place { color: #6a6a6a; }"
        " h2 { font-size: 14pt; font-weight: normal; margin: 14pt 0 5pt; }"
        " .org { font-size: 10.5pt; margin-top: 6pt; } p { margin: 0 0 2pt; }"
        " ul { margin: 2pt 0 4pt 0; padding-left: 12pt; } footer { position: fixed;"
        " bottom: 6mm; left: 0; right: 0; text-align: center; color: #999; font-size: 8pt; }"
    )
    return _page(css, f"<div class='wrap'>{side}{main}</div><footer>Page 1 of 1</footer>")
