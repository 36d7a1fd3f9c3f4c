"""Job descriptions in file formats whose marks are not words (``extractors.role_files``): a
calendar invite (folded lines, escapes, attendees and location), a raw MIME e-mail
(quoted-printable soft breaks, a text and an HTML part saying the same), SRT subtitles (cue
numbers and times, a name running over two cues), a screen reader's speech log and ``tree``
output."""

from __future__ import annotations

from extractors import read_role
from extractors.role_exports import hcl_document
from extractors.role_files import file_text
from tests.extractors.role_keys import wanted

_INVITE = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\n"
    'ORGANIZER;CN="Jo Bloggs":mailto:jo@example.org\r\n'
    'ATTENDEE;CN="Talent Acquisition":mailto:ta@example.org\r\n'
    "DESCRIPTION:Kick-off for the Data Analyst opening\\, Leeds\\n\\nREQUIRED\\n- SQ\r\n"
    " L and Tab\r\n leau\\n- Microsoft Ex\r\n cel\\n\\nPREFERRED\\n- Pyth\r\n on\\n\r\n"
    "LOCATION:Microsoft Teams Meeting\r\n"
    "SUMMARY:Kick-off – Data Analyst\r\n"
    "BEGIN:VALARM\r\nACTION:DISPLAY\r\nDESCRIPTION:Scrum\r\nEND:VALARM\r\n"
    "END:VEVENT\r\nEND:VCALENDAR\r\n"
)


def test_a_calendar_invites_description_unfolded() -> None:
    assert file_text(_INVITE).splitlines()[0] == "Kick-off for the Data Analyst opening, Leeds"
    assert wanted(read_role(_INVITE)) == [
        ("required", {"skill:SQL"}, False),
        ("required", {"skill:Tableau"}, False),
        ("required", {"skill:Microsoft Excel"}, False),
        ("preferred", {"skill:Python"}, False),
    ]


_MESSAGE = """From: Sam Roe <sam@example.org>
To: Jobs <jobs@example.org>
Subject: =?utf-8?Q?Tester_=E2=80=93_wording?=
Message-ID: <abc123@example.org>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="XYZ"

--XYZ
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

QA Tester =E2=80=93 Bristol

Essential
- Selen=
ium
- Jira for the API suites

Desirable
- ISTQB Certified Tester Foundation Le=
vel

--XYZ
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<p>QA Tester</p><h3>Essential</h3><ul><li>Selenium</li><li>Jira</li></ul>=
<h3>Desirable</h3><ul><li>ISTQB Foundation Level</li><li>Kubernetes</li></ul>

--XYZ--
"""


def test_a_raw_messages_text_part_decoded() -> None:
    text = file_text(_MESSAGE)
    assert "Selenium" in text and "From:" not in text and "<li>" not in text
    assert wanted(read_role(_MESSAGE)) == [
        ("required", {"skill:Selenium"}, False),
        ("required", {"skill:Jira"}, False),
        ("preferred", {"istqb-ctfl"}, False),
    ]


def test_a_pasted_email_without_mime_headers_is_left_as_written() -> None:
    text = "From: Sam\nTo: Jobs\nSubject: Tester\n\nWe need Selenium."
    assert file_text(text) == text


_SUBTITLES = """1
00:00:00,000 --> 00:00:02,500
[drums]
Shift Supervisor

2
00:00:02,600 --> 00:00:06,000
You'll need the Certified Information
Systems Security Professional

3
00:00:06,100 --> 00:00:08,000
designation, or to be close to it.

4
00:00:08,100 --> 00:00:10,000
SAP would be nice too.
"""


def test_subtitles_read_as_what_is_said() -> None:
    text = file_text(_SUBTITLES)
    assert "-->" not in text and "[drums]" not in text
    assert (
        "You'll need the Certified Information Systems Security Professional designation, or to"
        " be close to it." in text.splitlines()
    )
    assert wanted(read_role(_SUBTITLES)) == [
        ("required", {"cissp"}, False),
        ("preferred", {"skill:SAP"}, False),
    ]


_SPEECH_LOG = """Orca speech log
Payroll Assistant – Jobs – Mozilla Firefox
navigation landmark
list  with 3 items  link  Home  link  Kubernetes blog  link  Contact
out of list
heading  level 1  Payroll Assistant
heading  level 2  Essential
list  with 2 items
bullet  Payroll for 300 staff
bullet  Microsoft Excel
out of list
heading  level 2  Desirable
list  with 1 item
bullet  Bookkeeping
out of list
button  Apply
link  Share on LinkedIn
"""


def test_a_screen_readers_speech_log_as_the_page() -> None:
    text = file_text(_SPEECH_LOG)
    assert "## Essential" in text.splitlines() and "- Bookkeeping" in text.splitlines()
    assert "Kubernetes" not in text and "LinkedIn" not in text
    assert wanted(read_role(_SPEECH_LOG)) == [
        ("required", {"skill:Payroll"}, False),
        ("required", {"skill:Microsoft Excel"}, False),
        ("preferred", {"skill:Bookkeeping"}, False),
    ]


_TREE = """Backend Developer spec (tree jobs/backend)

jobs/backend
├── essentials
│   ├── PostgreSQL
│   └── one-of
│       ├── Java
│       └── Kotlin
├── desirable
│   └── Docker
└── we-offer
    └── AWS Certified Developer – Associate exam voucher
"""


def test_tree_output_as_an_outline() -> None:
    assert wanted(read_role(_TREE)) == [
        ("required", {"skill:PostgreSQL"}, False),
        ("required", {"skill:Java", "skill:Kotlin"}, False),
        ("preferred", {"skill:Docker"}, False),
    ]


def test_other_text_is_left_as_written() -> None:
    text = "Data Analyst\n\n- SQL\n- Heading level 2 of the report: Tableau\n"
    assert file_text(text) == text


_HCL = """# jobs/analyst.hcl
locals {
  owner = "people-team"
}

resource "job" "bi_analyst" {
  title = "BI Analyst"
  location = "Porto"

  summary = <<EOT
    Builds the sales reports in Looker.
  EOT

  skill {
    name     = "SQL"
    priority = "must"
  }
  skill {
    name     = "Tableau"
    priority = "must"
    note     = "or similar, we are tool-agnostic"
  }
  skill {
    name     = "dbt"
    priority = "nice" # we can teach it
  }
  skill {
    name     = "Python"
    priority = "none"
    note     = "Do not filter on it"
  }
  perks = ["Paid Microsoft Certified: Power BI Data Analyst Associate exam",
    "Home office"]
}
"""


def test_an_opening_written_as_an_hcl_resource() -> None:
    document = hcl_document(_HCL)
    assert document is not None and document["title"] == "BI Analyst"
    assert [each["name"] for each in document["skill"]] == ["SQL", "Tableau", "dbt", "Python"]
    assert document["summary"] == "Builds the sales reports in Looker."
    assert wanted(read_role(_HCL)) == [
        ("required", {"skill:Business Intelligence"}, False),
        ("required", {"skill:Looker"}, False),
        ("required", {"skill:SQL"}, False),
        ("required", {"skill:Tableau"}, True),
        ("preferred", {"skill:dbt"}, False),
    ]


def test_text_with_a_few_assignments_is_not_hcl() -> None:
    assert hcl_document("Data Analyst\n\nSalary = good\nSQL = must\n") is None
