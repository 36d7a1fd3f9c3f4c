"""The perturbation axes: each a few forms that differ from the known-good one in one way only.

Every variant changes one knob of ``Style``; a recruiter would read the same credentials from
each, so extraction should find the same claims (title or catalog entry, issuer, ID, dates,
link). Dates written with years only are compared at year precision.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from testkit.metamorphic.render import DATE_FORMS, Style

BASELINE = Style()


@dataclass(frozen=True)
class Variant:
    """One perturbation: its axis, a short name, the form it renders, and the date precision
    both renderings share."""

    axis: str
    name: str
    style: Style
    precision: str = "month"


def _axis(axis: str, **variants: dict[str, object]) -> list[Variant]:
    out = []
    for name, changes in variants.items():
        style = replace(BASELINE, **changes)  # type: ignore[arg-type]
        out.append(Variant(axis, name, style, DATE_FORMS[style.dates]))
    return out


AXES: dict[str, list[Variant]] = {
    "heading": _axis(
        "heading",
        licenses={"heading": "Licenses & Certifications"},
        professional={"heading": "Professional Credentials"},
        credentials={"heading": "Credentials"},
        certificates_training={"heading": "Certificates and Training"},
        title_case={"heading_case": "title"},
        colon={"heading_colon": True},
        rule_equals={"heading_rule": "="},
        rule_dashes={"heading_rule": "-"},
        numbered={"heading_numbers": True},
        title_case_colon={"heading_case": "title", "heading_colon": True},
    ),
    "id_label": _axis(
        "id_label",
        cert_hash={"id_label": "Cert # "},
        license_no={"id_label": "License No. "},
        bare_id={"id_label": "ID: "},
        certificate_number={"id_label": "Certificate number: "},
        credential_id_space={"id_label": "Credential ID "},
    ),
    "dates": _axis(
        "dates",
        full_months={"dates": "full"},
        slash={"dates": "slash"},
        iso={"dates": "iso"},
        issued_expires={"dates": "issued-expires"},
        years={"dates": "years"},
        valid_until={"dates": "valid-until"},
    ),
    "separator": _axis(
        "separator",
        comma={"separator": ", "},
        pipe={"separator": " | "},
        middle_dot={"separator": " · "},
        tab={"separator": "\t"},
        two_spaces={"separator": "  "},
        parentheses={"separator": "parens"},
        issuer_below={"separator": "below"},
    ),
    "bullet": _axis(
        "bullet",
        hyphen={"bullet": "- "},
        asterisk={"bullet": "* "},
        square={"bullet": "▪ "},
        arrow={"bullet": "➤ "},
        numbered={"bullet": "numbered"},
        none={"bullet": ""},
    ),
    "order": _axis(
        "order",
        issuer_first={"order": "issuer"},
        date_first={"order": "date"},
    ),
    "spacing": _axis(
        "spacing",
        no_blank_line={"blank_between": False},
    ),
    "wrapping": _axis(
        "wrapping",
        wrap_50={"wrap": 50},
        wrap_60={"wrap": 60},
        wrap_70={"wrap": 70},
    ),
    # Two knobs at once: each alone keeps the claims, so together they must too.
    "combined": _axis(
        "combined",
        issuer_below_date_first={"separator": "below", "order": "date"},
        pipe_issued_expires={"separator": " | ", "dates": "issued-expires"},
        tab_slash_no_bullet={"separator": "\t", "dates": "slash", "bullet": ""},
        parentheses_iso={"separator": "parens", "dates": "iso"},
        wrap_50_issuer_first={"wrap": 50, "order": "issuer"},
        no_blank_no_bullet_below={"blank_between": False, "bullet": "", "separator": "below"},
        docx_table_years={"form": "docx-table", "dates": "years"},
        docx_list_below={"form": "docx-list", "separator": "below"},
    ),
    "docx": _axis(
        "docx",
        paragraphs={"form": "docx-paragraphs"},
        bulleted_list={"form": "docx-list"},
        heading_styles={"form": "docx-headings"},
        table={"form": "docx-table"},
    ),
}
