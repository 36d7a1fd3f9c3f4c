"""A résumé pasted into an e-mail reply: a greeting and a quoted message around the CV, list
items wrapped at 72 columns, "--" typed for a dash and dates as "Mon-YYYY"."""

from __future__ import annotations

from extractors import extract
from extractors.dates import find_dates

_MAIL = """From: Zoë Marková <zoe.markova@example.net>
To: Talent Team <careers@example.com>
Subject: Re: your CV

Hi Priscilla,

Please find my CV below.

Kind regards,
Zoë

------------------------------
ZOË MARKOVÁ
Quality Engineer
Brno | zoe.markova@example.net

CERTIFICATIONS
* Certified Quality Engineer (CQE) (American Society for Quality) --
  Mar-2021, exp. Mar-2027 -- ID: ASQ-CQE-
  55120
* Lean Six Sigma Green Belt (Level 2) (Brno Quality Institute) --
  Oct-2019 -- ID: BQI-GB-1187

SKILLS
Auditing, SPC
------------------------------

On Mon, 30 Nov 2026 at 16:02, Priscilla Hart <hr@example.com> wrote:
> Hi Zoë,
> Could you send your CV with your certificates?
> Priscilla Hart | Talent Partner
"""


def test_the_candidate_is_the_cv_s_name_not_the_greeting_or_the_quoted_sender() -> None:
    extraction = extract(_MAIL.encode(), "cv.txt")

    assert extraction.candidate.name == "Zoë Marková"
    # The header's recipients and the quoted sender are not the candidate's addresses.
    assert extraction.candidate.emails == ("zoe.markova@example.net",)


def test_a_spanish_name_with_its_particles_is_one_name() -> None:
    text = "Inés de las Heras\nines.delasheras@example.com\n\nSKILLS\nPlanning\n"

    assert extract(text.encode(), "cv.txt").candidate.name == "Inés de las Heras"


def test_a_list_item_wrapped_onto_indented_lines_is_one_entry_with_its_fields() -> None:
    claims = extract(_MAIL.encode(), "cv.txt").claims

    assert [claim.issuer for claim in claims] == [
        "American Society for Quality",
        "Brno Quality Institute",
    ]
    assert claims[1].title == "Lean Six Sigma Green Belt (Level 2)"
    first, second = claims
    assert (first.issued_on, first.expires_on, first.credential_id) == (
        "2021-03",
        "2027-03",
        "ASQ-CQE-55120",
    )
    assert (second.issued_on, second.credential_id) == ("2019-10", "BQI-GB-1187")


def test_a_month_joined_to_its_year_by_a_hyphen_is_a_date() -> None:
    dates = find_dates("Sep-2019, exp. Sep-2024")

    assert [(date.year, date.month, date.role) for date in dates] == [
        (2019, 9, ""),
        (2024, 9, "expires"),
    ]
