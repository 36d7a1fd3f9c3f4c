"""How the generated corpus writes dates, IDs and entries, and its plain-text résumés."""

from __future__ import annotations

from tests.corpus.plan import COMPANIES, FULL_MONTHS, MONTHS, Held, Resume


def month_text(value: str | None, style: int) -> str:
    if value is None:
        return ""
    year, month = value.split("-")
    number = int(month)
    return [
        f"{MONTHS[number - 1]} {year}",
        f"{month}/{year}",
        f"{FULL_MONTHS[number - 1]} {year}",
        f"{year}-{month}",
        f"{MONTHS[number - 1]}. {year}",
    ][style % 5]


def dates_text(held: Held, style: int) -> str:
    issued = month_text(held.issued_on, style)
    if not held.expires_on:
        return ["Issued " + issued, issued, "Earned " + issued, issued, "Obtained " + issued][
            style % 5
        ]
    expires = month_text(held.expires_on, style)
    return [
        f"Issued {issued} · Expires {expires}",
        f"{issued} – {expires}",
        f"Issued {issued}, valid through {expires}",
        f"{issued} to {expires}",
        f"Obtained {issued} · Expiration {expires}",
    ][style % 5]


def id_text(held: Held, style: int) -> str:
    if not held.credential_id:
        return ""
    return ["Credential ID ", "ID: ", "Certificate No. ", "Credential ID: ", "License # "][
        style % 5
    ] + held.credential_id


# -- text ------------------------------------------------------------------------------


def entry_lines(held: Held, resume: Resume) -> list[str]:
    """A credential as lines of text, in one of the house styles."""
    style = resume.style
    dates = dates_text(held, style)
    ident = id_text(held, style)
    if style in (0, 3):  # LinkedIn-like: title, issuer, dates, ID on their own lines
        lines = [held.title, f"{held.issuer}", dates]
        if ident:
            lines.append(ident)
    elif style == 1:  # one line, dashes
        lines = [" — ".join(part for part in (held.title, held.issuer or "", dates, ident) if part)]
    elif style == 2:  # bullet, commas
        lines = ["• " + ", ".join(part for part in (held.title, held.issuer or "", ident) if part)]
        lines.append(dates)
    else:  # title (issuer), dates | ID
        lines = [f"{held.title} ({held.issuer}) | {dates}" + (f" | {ident}" if ident else "")]
    return lines


def text_resume(resume: Resume) -> str:
    if resume.language != "en":
        return "\n".join(line for line, _ in local_lines(resume)) + "\n"
    heading = (lambda title: f"## {title}") if resume.style % 2 else (lambda t: t.upper())
    out = [
        resume.name,
        f"{resume.role} · {resume.emails[0]} · {resume.phone}",
        "",
        heading("Summary"),
        f"{resume.role} with a decade of work in {resume.domain}. {resume.negatives[0]}",
        "",
        heading("Experience"),
        f"{resume.role}, {COMPANIES[resume.style]} (2019 – present)",
        f"- {resume.negatives[1]}",
        "",
        heading("Licenses & Certifications"),
    ]
    for held in resume.claims:
        out.extend(entry_lines(held, resume))
        if held.url:
            if resume.style == 2:  # a long URL broken across two lines, as PDFs and mail do
                cut = held.url.index("/", held.url.index("/", 8) + 1) + 1
                out.append(f"Verify: {held.url[:cut]}")
                out.append(held.url[cut:])
            else:
                out.append(f"Verify: {held.url}")
        out.append("")
    out += [heading("Skills"), ", ".join(resume.skills), ""]
    return "\n".join(out)


LOCAL = {
    "de": {
        "headings": ("Profil", "Berufserfahrung", "Zertifikate", "Kenntnisse"),
        "issued": "Ausgestellt:",
        "expires": "Gültig bis:",
        "id": "Zertifikats-ID:",
        "months": "Januar Februar März April Mai Juni Juli August September Oktober November"
        " Dezember",
    },
    "es": {
        "headings": ("Perfil", "Experiencia", "Certificaciones", "Habilidades"),
        "issued": "Emitido:",
        "expires": "Vence:",
        "id": "ID de credencial:",
        "months": "enero febrero marzo abril mayo junio julio agosto septiembre octubre"
        " noviembre diciembre",
    },
    "fr": {
        "headings": ("Profil", "Expérience professionnelle", "Certifications", "Compétences"),
        "issued": "Délivré :",
        "expires": "Expire :",
        "id": "Identifiant :",
        "months": "janvier février mars avril mai juin juillet août septembre octobre novembre"
        " décembre",
    },
}


def local_lines(resume: Resume) -> list[tuple[str, bool]]:
    """A résumé in another language as (line, is heading) pairs; the credentials keep their
    English names, as they do on real résumés."""
    words = LOCAL[resume.language]
    months = str(words["months"]).split()
    summary, experience, certifications, skills = words["headings"]

    def month(value: str) -> str:
        year, number = value.split("-")
        return f"{months[int(number) - 1]} {year}"

    lines = [
        (resume.name, False),
        (f"{resume.emails[0]} · {resume.phone}", False),
        (str(summary), True),
        (f"{resume.role}. {resume.negatives[0]}", False),
        (str(experience), True),
        (f"{resume.role}, {COMPANIES[2]} (2019 – heute)", False),
        (str(certifications), True),
    ]
    for held in resume.claims:
        lines.append((f"{held.title} — {held.issuer}", False))
        dates = f"{words['issued']} {month(held.issued_on or '2020-01')}"
        if held.expires_on:
            dates += f" · {words['expires']} {month(held.expires_on)}"
        lines.append((dates, False))
        if held.credential_id:
            lines.append((f"{words['id']} {held.credential_id}", False))
        if held.url:
            lines.append((held.url, False))
    lines += [(str(skills), True), (", ".join(resume.skills), False)]
    return lines
