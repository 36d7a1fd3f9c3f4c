"""Requisitions kept as scripts: SQL ``INSERT`` statements (a table's rows by their columns, a
priority of 'MUST' / 'WANT' / 'NONE', a team's or a place's column naming nothing, a table of
perks) and a feature file (a scenario naming what is not screened on, an Examples table whose
column of standing words gives each row its standing)."""

from __future__ import annotations

from extractors import read_role
from extractors.role_exports import sql_document
from tests.extractors.role_keys import wanted

_SQL = """-- nightly export of job 12
BEGIN;
INSERT INTO hr.job (id, title, team, office, summary)
VALUES (12, 'Reporting Analyst', 'Finance', 'Leeds', 'Builds the monthly reports in Tableau.');

INSERT INTO hr.job_skill (job_id, seq, priority, name) VALUES
  (12, 1, 'must', 'SQL'),
  (12, 2, 'WANT', 'Python for the O''Brien model'),
  (12, 3, 'none', 'Java (owned by another team)'),
  (12, 4, 'MUST', 'Microsoft Excel');

INSERT INTO hr.job_perk (job_id, text) VALUES (12, 'We pay for your CISSP');
COMMIT;
"""


def test_a_requisition_kept_as_sql_inserts() -> None:
    assert wanted(read_role(_SQL)) == [
        ("required", {"skill:Tableau"}, False),
        ("required", {"skill:SQL"}, False),
        ("required", {"skill:Microsoft Excel"}, False),
        ("preferred", {"skill:Python"}, False),
    ]


def test_sql_values_are_read_as_written() -> None:
    document = sql_document(_SQL)
    assert document is not None
    assert document["job"]["title"] == "Reporting Analyst"
    assert [row["name"] for row in document["skill"]][1] == "Python for the O'Brien model"
    assert sql_document("SELECT * FROM job WHERE title = 'SQL'") is None


def test_a_feature_files_scenarios_and_examples() -> None:
    role = read_role(
        "Feature: Shortlisting a Platform Engineer\n\n  Background:\n"
        "    Given the role runs Kubernetes\n\n"
        "  Scenario: Things we won't assess\n    Given the applicant has no Go\n"
        "    Then nothing changes\n\n"
        "  Scenario Outline: Tools\n    Given the applicant knows <tool>\n    Examples:\n"
        "      | tool      | years | standing  |\n      | Terraform | 3     | required  |\n"
        "      | Ansible   | 1     | preferred |\n"
    )
    assert wanted(role) == [
        ("required", {"skill:Kubernetes"}, False),
        ("required", {"skill:Terraform"}, False),
        ("preferred", {"skill:Ansible"}, False),
    ]
