"""Job ads kept in an outliner's, a wiki's or a program's format, and ratings in runs of marks:
an Emacs Org-mode file, a MediaWiki page, a TypeScript object literal, a requisition in simple
YAML with a priority per entry, and a legend whose symbols are dots ("●●○ = strong plus")."""

from __future__ import annotations

from extractors import read_role
from tests.extractors.role_keys import wanted


def test_an_org_mode_file_reads_its_headlines_as_headings_and_items() -> None:
    role = read_role(
        "#+TITLE: Data Engineer\n#+STARTUP: overview\n\n"
        "* Our company                                        :company:\n"
        "  We are a team of analysts.\n"
        "* Must have\n** TODO SQL\n** DONE Apache Airflow or dbt         :required:\n"
        "* Bonus\n** TODO Snowflake\n"
        "* Not needed                                          :ARCHIVE:\n** DONE Scala\n"
    )
    assert wanted(role) == [
        ("required", {"skill:SQL"}, False),
        ("required", {"skill:Apache Airflow", "skill:dbt"}, False),
        ("preferred", {"skill:Snowflake"}, False),
    ]


def test_a_mediawiki_page_reads_its_headings_links_and_template_title() -> None:
    role = read_role(
        "{{Infobox vacancy\n| title = Network Engineer\n| grade = 6\n}}\n"
        "'''Network Engineer''' works in the [[Infrastructure]] group.\n\n"
        "=== Essential ===\n* [[Cisco CCNA|CCNA]] or [[CompTIA Network+]]\n\n"
        "=== Desirable ===\n* Experience of [[Python]] scripting\n\n"
        "=== See also ===\n* [[Network Architect]] – requires CCIE\n[[Category:Jobs]]\n"
    )
    assert wanted(role) == [
        ("required", {"ccna", "comptia-network-plus"}, False),
        ("preferred", {"skill:Python"}, False),
    ]


def test_a_job_ad_as_a_typescript_object() -> None:
    role = read_role(
        "// jobs/data.ts - our ads live in the repo\n"
        "export const job: Job = {\n  title: 'Data Engineer',\n  team: 'Growth',\n"
        '  stack: ["Python", "dbt"],\n  mustHave: [\n    "Snowflake",\n  ],\n'
        '  niceToHave: ["Apache Airflow"], // either is fine\n'
        '  notRequired: ["Scala"],\n  perks: ["paid PMP course"],\n};\n'
    )
    assert wanted(role) == [
        ("required", {"skill:Python"}, False),
        ("required", {"skill:dbt"}, False),
        ("required", {"skill:Snowflake"}, False),
        ("preferred", {"skill:Apache Airflow"}, False),
    ]


def test_a_yaml_requisition_groups_its_entries_by_priority() -> None:
    role = read_role(
        "# export from our ATS\nreq_id: R-1001\ntitle: Data Engineer\nhiring_manager: A. Lee\n"
        "description: >\n  Build pipelines in\n  Apache Airflow.\n"
        "skills:\n  - name: SQL\n    priority: must\n  - name: Snowflake\n    priority: nice\n"
        "  - name: Scala\n    priority: none  # retiring it\n"
        "benefits:\n  - paid PMP exam\n"
    )
    assert wanted(role) == [
        ("required", {"skill:Apache Airflow"}, False),
        ("required", {"skill:SQL"}, False),
        ("preferred", {"skill:Snowflake"}, False),
    ]


def test_a_text_posting_of_fields_is_not_read_as_yaml() -> None:
    role = read_role(
        "Title: Data Engineer\nLocation: Leeds\nRequirements:\n- SQL\nNice to have:\n- Snowflake\n"
    )
    assert wanted(role) == [
        ("required", {"skill:SQL"}, False),
        ("preferred", {"skill:Snowflake"}, False),
    ]


def test_a_legend_of_dot_ratings() -> None:
    role = read_role(
        "Designer\n\nKey:  ●●● = must have   ●●○ = strong plus   ○○○ = not needed\n\n"
        "●●● Figma\n●●○ HTML\n○○○ Angular\n"
    )
    assert wanted(role) == [
        ("required", {"skill:Figma"}, False),
        ("preferred", {"skill:HTML"}, False),
    ]


def test_a_legend_over_lines_of_one_symbol_each() -> None:
    role = read_role(
        "Designer\n\nKey\n★★★ = must have\n★★☆ = nice to have\n☆☆☆ = not needed\n\n"
        "Skills\n★★★ Figma\n★★☆ HTML\n☆☆☆ Angular\n"
    )
    assert wanted(role) == [
        ("required", {"skill:Figma"}, False),
        ("preferred", {"skill:HTML"}, False),
    ]


def test_an_org_mode_headline_over_deeper_ones_heads_them() -> None:
    role = read_role(
        "#+TITLE: Data Engineer\n\n* The role\n** Requirements\n*** TODO SQL\n"
        "** Nice to have\n*** TODO Apache Airflow\n** Not needed\n*** DONE Scala\n"
        "#+BEGIN_QUOTE\nA note.\n#+END_QUOTE\n"
    )
    assert wanted(role) == [
        ("required", {"skill:SQL"}, False),
        ("preferred", {"skill:Apache Airflow"}, False),
    ]


def test_a_wikis_numbered_and_nested_items_are_items() -> None:
    role = read_role(
        "== Essential ==\n# [[SQL]]\n# [[Snowflake]]\n\n== Desirable ==\n* [[Python]]\n** [[dbt]]\n"
    )
    assert wanted(role) == [
        ("required", {"skill:SQL"}, False),
        ("required", {"skill:Snowflake"}, False),
        ("preferred", {"skill:Python"}, False),
        ("preferred", {"skill:dbt"}, False),
    ]


def test_entries_marked_required_true_or_false_or_by_priority() -> None:
    yaml = read_role(
        "title: Analyst\nreq_id: 7\nskills:\n  - name: SQL\n    required: true\n"
        "  - name: Snowflake\n    required: false\n"
    )
    pasted = read_role(
        '{"title": "Analyst", "skills": [{"skill": "SQL", "priority": "high"}, '
        '{"skill": "Snowflake", "priority": "low"}, {"skill": "Scala", "priority": "none"}]}'
    )
    expected = [("required", {"skill:SQL"}, False), ("preferred", {"skill:Snowflake"}, False)]
    assert wanted(yaml) == expected
    assert wanted(pasted) == expected
