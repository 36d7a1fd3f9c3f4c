"""What a job description says of people, meetings and the employer rather than of the role
(``extractors.role_records``): minutes' attendance, a proposal withdrawn, a declared interest,
a named employer's certification, an org chart's incumbents with their letters, who prepared
the document, a department acting, a meeting's join line, "nobody will ask you for it"; and
run-on paragraphs of inline labels ("Recommendation: …. Competencies: …")."""

from __future__ import annotations

from extractors import read_role
from extractors.role_records import person_with_letters
from tests.extractors.role_keys import wanted

_MINUTES = """NORTHFIELD TOWN COUNCIL – STAFFING PANEL

PRESENT: Councillors A. Shaw (Chair), B. Khan and C. Doyle.
IN ATTENDANCE: Head of HR; Finance Business Partner.

5. DECLARATIONS OF INTEREST
Councillor Khan declared that he holds the PMP and left the room for item 7.

7. NEW POST – PROJECT OFFICER
The proposal that PRINCE2 Practitioner be essential was withdrawn after discussion.
RESOLVED that the essential criteria be: experience of Stakeholder Management; Microsoft Excel.
"""


def test_minutes_name_only_what_was_resolved() -> None:
    assert wanted(read_role(_MINUTES)) == [
        ("required", {"skill:Stakeholder Management"}, False),
        ("required", {"skill:Microsoft Excel"}, False),
    ]


_CHART = """IT DEPARTMENT – STRUCTURE, prepared by Group Finance for the agency

+---------------------------+
| Head of IT                |
| Maria Lopez, CISSP, CISM  |
+---------------------------+

Brief for the vacant post: Network Engineer
- CCNA
- Cisco IOS
"""


def test_an_org_charts_incumbents_and_its_preparer_name_nothing() -> None:
    assert wanted(read_role(_CHART)) == [
        ("required", {"ccna"}, False),
        ("required", {"skill:Cisco IOS"}, False),
    ]


def test_a_person_with_letters_is_told_from_a_list_of_skills() -> None:
    assert person_with_letters("Maria Lopez, CISSP, CISM") == "Maria Lopez"
    assert person_with_letters("Dr Sam Okoro, CFA") == "Dr Sam Okoro"
    assert person_with_letters("Senior Analyst, CFA") is None
    assert person_with_letters("Python, SQL") is None
    # a name of two words that names a skill is left to the reader, which finds the skill
    role = read_role("Analyst\n\nYou'll use:\n- Microsoft Excel, SAP\n")
    assert ("required", {"skill:SAP"}, False) in wanted(role)


def test_the_employers_certification_and_a_department_acting() -> None:
    role = read_role(
        "Service Desk Analyst\n\nYou will support Windows users.\n"
        "Hartley Freight is ISO 9001 and ISO 27001 certified.\n"
        "HR has the full benefits guide.\n"
        "Join on Microsoft Teams: https://example.org/meet/123\n"
    )
    assert wanted(role) == [("required", {"skill:Windows"}, False)]


def test_what_nobody_will_ask_for_and_what_the_hire_will_not_do() -> None:
    role = read_role(
        "Desktop Technician\n\nI got my ITIL certificate years ago, but nobody here will ask you "
        "for it.\nWe need Active Directory, and you will not be asked to write PowerShell.\n"
    )
    assert wanted(role) == [("required", {"skill:Active Directory"}, False)]


def test_a_run_on_paragraphs_labels_each_say_their_own() -> None:
    role = read_role(
        "Security Manager\n\nREQUIREMENTS: Degree in Computer Science. Recommendation: CISM "
        "certification. Competencies: Risk Management, Communication.\n"
    )
    assert wanted(role) == [
        ("required", {"skill:Computer Science"}, False),
        ("preferred", {"cism"}, False),
        ("required", {"skill:Risk Management"}, False),
        ("required", {"skill:Communication"}, False),
    ]


def test_a_heading_of_what_this_unit_does_not_need() -> None:
    role = read_role("Staff Nurse\n\nRequired:\n- BLS\n\nNot needed for this ward:\n- CCRN\n")
    assert wanted(role) == [("required", {"aha-bls"}, False)]


def test_what_someone_else_does_is_not_the_roles_work() -> None:
    role = read_role(
        "Ward Clerk\n\nYou will keep the rota in Microsoft Excel. Payroll is handled by our "
        "Finance team, so you will not be asked to run it.\nPhlebotomy is done by you on "
        "quiet shifts.\n"
    )
    assert wanted(role) == [
        ("required", {"skill:Microsoft Excel"}, False),
        ("required", {"skill:Phlebotomy"}, False),
    ]


def test_a_site_headers_employer_name_names_nothing() -> None:
    role = read_role(
        "Skip to content\nNorthgate Logistics\nHome | Jobs | Contact\n\nTransport Planner\n\n"
        "- Microsoft Excel\n- Supply Chain Management\n\n© 2026 Northgate Logistics Ltd\n"
    )
    assert ("required", {"skill:Logistics"}, False) not in wanted(role)
    assert ("required", {"skill:Microsoft Excel"}, False) in wanted(role)


def test_a_lettered_item_is_no_copyright_line() -> None:
    role = read_role("Site Engineer\n\nThe engineer:\n(c) shall know Risk Management;\n")
    assert ("required", {"skill:Risk Management"}, False) in wanted(role)
