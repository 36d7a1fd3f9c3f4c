"""Pages that hold a posting among other things: a project's README with a hiring section
(the role is that section; what the project is built with, how to contribute and its licence
are not the role's), and a job site's match panel. The texts are made up for these tests."""

from __future__ import annotations

from extractors import read_role
from tests.extractors.role_keys import wanted

_README = (
    "# quillmark\n\n"
    "A static site generator written in Go, with a Vue front end and an Ansible playbook.\n\n"
    "## Contributing\n\nCI runs on Jenkins; run the tests before a pull request.\n\n"
    "## {heading}\n\n"
    "Quillmark Ltd, the company behind it, is hiring a support engineer.\n\n"
    "You have:\n- Terraform in production\n- Go is a plus, not a must\n\n"
    "## License\n\nMIT\n"
)


def test_only_the_hiring_section_of_a_readme_is_the_role() -> None:
    for heading in ("We're hiring", "Join us", "Careers"):
        role = read_role(_README.format(heading=heading))
        assert wanted(role) == [
            ("required", {"skill:Terraform"}, False),
            ("preferred", {"skill:Go"}, False),
        ], heading


def test_a_posting_whose_first_heading_is_hiring_is_read_whole() -> None:
    role = read_role("## We're hiring\n\nPlatform team\n\nYou have:\n- Terraform\n- Ansible\n")
    assert [keys for _, keys, _ in wanted(role)] == [{"skill:Terraform"}, {"skill:Ansible"}]


def test_a_job_sites_match_panel_is_not_the_role() -> None:
    text = (
        "Payroll Specialist\nOakline Retail · Leeds · 2 days ago\n\n"
        "How you match against this job's requirements\n"
        "Skills associated with the job found on your CV\n"
        "✓ Microsoft Excel  ✓ SAP\n\n"
        "About the job\nYou will run the monthly payroll.\n\n"
        "Requirements\n- Microsoft Excel\n- SAP is a plus\n"
    )
    assert wanted(read_role(text)) == [
        ("required", {"skill:Payroll"}, False),
        ("required", {"skill:Microsoft Excel"}, False),
        ("preferred", {"skill:SAP"}, False),
    ]
