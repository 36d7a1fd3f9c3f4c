"""Reading roles whose sections say what the role does not ask for or will teach ("Not needed",
"Skills you'll grow", "We'll support you to gain", "NOT ASSESSED"), the application's and the
panel's parts, a form's numbered parts with a note, and more ways of saying preferred ("Nice
to bring", "nice to rate B+", "Nice at any point", "a tiebreaker")."""

from __future__ import annotations

from extractors import read_role
from tests.extractors.role_keys import wanted


def test_not_needed_and_not_required_sections_name_nothing() -> None:
    role = read_role(
        "Data Engineer\n\nWhat you'll need\nPython for pipelines\n\n"
        "Not needed\nA degree, or Scala\n\n"
        "Not required:\n- Kafka\n\nNot required, but nice:\n- Airflow\n"
    )
    assert wanted(role) == [
        ("required", {"skill:Python"}, False),
        ("preferred", {"skill:Apache Airflow"}, False),
    ]


def test_what_the_role_will_teach_is_not_asked_for() -> None:
    role = read_role(
        "Analyst\n\nSkills you need\nSQL · Tableau\n\nSkills you'll grow\nPython · Snowflake\n\n"
        "What you will learn\n- Terraform\n\nWe'll support you to gain\n- The CISSP, fully paid\n\n"
        "Nice to bring\nPower BI\n"
    )
    assert wanted(role) == [
        ("required", {"skill:SQL"}, False),
        ("required", {"skill:Tableau"}, False),
        ("preferred", {"skill:Power BI"}, False),
    ]


def test_how_to_address_the_criteria_and_panel_notes_name_nothing() -> None:
    role = read_role(
        "Teacher\n\nSelection criteria\nSC1 Ability to teach Python.\n\n"
        "How to address the criteria\nYou might describe a unit on Java. Do not send Microsoft "
        "Word files.\n\nOther requirements\nA current First Aid certificate.\n\n"
        "Interview plan (for the panel)\nA case study on Kubernetes.\n\nPanel notes\n"
        "- One candidate holds CISSP; don't score it.\n"
    )
    assert wanted(role) == [
        ("required", {"skill:Python"}, False),
        ("required", {"skill:First Aid"}, False),
    ]


def test_a_forms_numbered_parts_with_notes_give_their_standing() -> None:
    role = read_role(
        "Hiring rubric - SOC Analyst\n\n"
        'PART 1 - MUST PASS (a "No" on any line ends the process)\n- Splunk\n\n'
        "PART 2 - SCORED (0-3 points each; adds to the ranking, not required)\n- Wireshark\n\n"
        "PART 3 - NOT ASSESSED (do not score, do not discuss)\n- CISSP\n"
    )
    assert wanted(role) == [
        ("required", {"skill:Splunk"}, False),
        ("preferred", {"skill:Wireshark"}, False),
    ]


def test_more_ways_of_saying_preferred() -> None:
    role = read_role(
        "FP&A Lead\n\n"
        'COMPETENCIES - must rate "A"\n- SQL\n\nCOMPETENCIES - nice to rate "B+" or better\n'
        "- Python\n\nCREDENTIALS\n- CFA Level 1 would be a tiebreaker between finalists\n\n"
        "Nice at any point\n- Kusto queries (KQL) and Tableau\n"
    )
    assert wanted(role) == [
        ("required", {"skill:FP&A"}, False),
        ("required", {"skill:SQL"}, False),
        ("preferred", {"skill:Python"}, False),
        ("preferred", {"cfa-level-1"}, False),
        ("preferred", {"skill:Tableau"}, False),
    ]


def test_a_postings_people_fields_are_not_the_role() -> None:
    role = read_role(
        "Project Coordinator\nHiring manager: D. Okafor, PMP\nRecruiter: J. Lee (CIPD)\n\n"
        "Requirements\n- Microsoft Project\n"
    )
    assert wanted(role) == [("required", {"skill:Microsoft Project"}, False)]


def test_a_teams_name_is_not_the_role() -> None:
    role = read_role(
        "Driver\n\nRequirements\n- Microsoft Excel\n\nOur Logistics team plans your loads. You'll "
        "join the Security Operations team and a Data Engineering lead. We sit with the CRM "
        "team.\n- Hands-on Security Operations center work\n"
    )
    assert wanted(role) == [
        ("required", {"skill:Microsoft Excel"}, False),
        ("required", {"skill:Security Operations"}, False),
    ]


def test_the_employers_compliance_and_its_teams_credentials_are_not_the_role() -> None:
    role = read_role(
        "DevOps Engineer\nWe are SOC 2 Type II and PCI DSS compliant. Our PACS and IT team (all "
        "ITIL 4 Foundation certified) keeps the archive running.\nRequirements\n- Terraform\n"
    )
    assert wanted(role) == [
        ("required", {"skill:DevOps"}, False),
        ("required", {"skill:Terraform"}, False),
    ]


def test_what_the_employer_provides_or_trains_on_day_one_is_not_asked_for() -> None:
    role = read_role(
        "Electrician\n\nRequirements\n- OSHA 30\n\nNotes\nContractor will provide OSHA 10 for "
        "apprentices. Aerial lift certs done on site day one. They also do HIPAA training day 1 "
        "in orientation. Our staff complete First Aid training at the school's expense.\n"
        "You don't need Python on day one - we'll pair you with the team.\n"
    )
    assert wanted(role) == [("required", {"osha-30"}, False)]


def test_a_chats_own_side_and_a_requirement_taken_back_name_nothing() -> None:
    role = read_role(
        "Jordan: Must have: PTCB (CPhT)\nMe: I speak Spanish\n"
        "Jordan: nice to have: Spanish and Medical Terminology\nMe: And BLS?\nJordan: not needed\n"
        "Jordan: oh and Medication Administration - no wait that's the nurse req lol. ignore\n"
        "Jordan: also CCNA. Scratch that. No wait, I meant Medical Billing.\n"
    )
    assert wanted(role) == [
        ("required", {"ptcb-cpht"}, False),
        ("preferred", {"skill:Spanish"}, False),
        ("preferred", {"skill:Medical Terminology"}, False),
        ("required", {"skill:Medical Billing"}, False),
    ]


def test_a_checklists_legend_gives_each_symbols_standing() -> None:
    role = read_role(
        "Coordinator\n\nBefore you apply\n  ✔ = must have    ✗ = not needed    ☆ = nice to have\n"
        "  ✔ Microsoft Excel\n  ✗ SQL or Power BI - our analyst does it\n  ☆ Spanish\n"
        "  ✔️ Clear Communication\n"
    )
    assert wanted(role) == [
        ("required", {"skill:Microsoft Excel"}, False),
        ("preferred", {"skill:Spanish"}, False),
        ("required", {"skill:Communication"}, False),
    ]


def test_ticks_without_a_legend_are_bullets() -> None:
    role = read_role("Requirements\n✔ Python\nNice to have\n★ Go\n")
    assert wanted(role) == [
        ("required", {"skill:Python"}, False),
        ("preferred", {"skill:Go"}, False),
    ]


def test_a_requisition_exported_as_toml_is_read_by_its_keys() -> None:
    role = read_role(
        '# exported from an ATS\n[requisition]\nid = "R-1"\ntitle = "Cloud Engineer"\n'
        'hiring_manager = "A. Lee, CISSP"\nlocation = "Leeds"\n\n[requirements]\n'
        'must = [\n  "Terraform",\n  "AWS Certified Solutions Architect - Associate",\n]\n'
        'nice = ["Kubernetes"]\nnot_required = ["Java"]\n\n[offer]\n'
        'benefits = ["CKA exam paid"]\n'
    )
    assert wanted(role) == [
        ("required", {"skill:Terraform"}, False),
        ("required", {"aws-solutions-architect-associate"}, False),
        ("preferred", {"skill:Kubernetes"}, False),
    ]


def test_text_that_is_not_toml_is_read_as_text() -> None:
    role = read_role("[Hiring] Data Engineer\nRequirements\n- Python = must\n- SQL\n")
    assert wanted(role) == [
        ("required", {"skill:Python"}, False),
        ("required", {"skill:SQL"}, False),
    ]


def test_an_email_listing_several_roles_is_about_its_first_lines_role() -> None:
    role = read_role(
        "New role: Network Engineer (Phoenix)\n\nThree openings this week.\n\n"
        "1) WAREHOUSE LEAD - Chandler\n==========\n- Forklift certification\n- Spanish\n\n"
        "2) NETWORK ENGINEER - Phoenix, AZ\n==========\n- CCNA required, Python a plus\n\n"
        "3) BOOKKEEPER\n----------\n- Microsoft Excel\n\nWe pay a referral bonus.\n"
    )
    assert wanted(role) == [
        ("required", {"ccna"}, False),
        ("preferred", {"skill:Python"}, False),
    ]


def test_underlined_section_headings_are_not_other_roles() -> None:
    role = read_role(
        "Data Analyst\n============\n\nRequirements\n------------\n- SQL\n\n"
        "Nice to have\n------------\n- Python\n"
    )
    assert wanted(role) == [
        ("required", {"skill:SQL"}, False),
        ("preferred", {"skill:Python"}, False),
    ]


def test_leading_a_team_asks_for_what_it_does() -> None:
    role = read_role("Manager\n\nWhat you will do\n- Lead a DevOps team of five\n")
    assert wanted(role) == [("required", {"skill:DevOps"}, False)]


def test_a_bracket_of_only_standing_words_gives_its_clause_the_standing() -> None:
    role = read_role(
        "Engineer\n\nRequirements\n- Python\n- Go (not required, but nice)\n"
        "- Rust (nice, not required)\n- Spark (Databricks preferred)\n"
    )
    assert wanted(role) == [
        ("required", {"skill:Python"}, False),
        ("preferred", {"skill:Go"}, False),
        ("preferred", {"skill:Rust"}, False),
        ("required", {"skill:Apache Spark"}, False),
        ("preferred", {"skill:Databricks"}, False),
    ]


def test_a_title_that_is_a_people_field_is_still_the_title() -> None:
    role = read_role("Recruiter\nWe need Workday and Microsoft Excel.\n")
    assert wanted(role) == [
        ("required", {"skill:Workday"}, False),
        ("required", {"skill:Microsoft Excel"}, False),
    ]


def test_a_role_heading_names_the_title_only_as_whole_words() -> None:
    role = read_role("DevOps Engineer\n\nOPS\n=====\n- Terraform\n\nSUPPORT\n=======\n- Linux\n")
    assert wanted(role) == [
        ("required", {"skill:DevOps"}, False),
        ("required", {"skill:Terraform"}, False),
        ("required", {"skill:Linux"}, False),
    ]


def test_what_is_ignored_or_provided_in_a_task_is_still_asked_for() -> None:
    role = read_role(
        "SOC Analyst\n\nWhat you'll do\n- Tune Splunk alerts the team can safely ignore\n"
        "- We'll provide the AWS accounts and you'll build them with Terraform\n"
    )
    assert wanted(role) == [
        ("required", {"skill:Splunk"}, False),
        ("required", {"skill:Amazon Web Services"}, False),
        ("required", {"skill:Terraform"}, False),
    ]


def test_a_section_after_what_the_role_teaches_is_read_again() -> None:
    role = read_role(
        "Cloud Engineer\nWhat you will learn\nKubernetes and Go\nWhat you need\nPython\n"
    )
    assert wanted(role) == [("required", {"skill:Python"}, False)]


def test_a_yaml_requisition_and_an_emoji_legend_read_alike() -> None:
    yaml = read_role(
        "title: Cloud Engineer\nhiring_manager: A. Lee, CISSP\nmust:\n  - Terraform\nnice:\n"
        "  - Kubernetes\nnot_required:\n  - Java\nbenefits:\n  - CKA exam paid\n"
    )
    legend = read_role(
        "Cloud Engineer\n\n✅ = required | ❌ = not needed | ➕ = bonus\n✅ Terraform\n❌ Java\n"
        "➕ Kubernetes\n"
    )
    assert (
        wanted(yaml)
        == wanted(legend)
        == [
            ("required", {"skill:Terraform"}, False),
            ("preferred", {"skill:Kubernetes"}, False),
        ]
    )


def test_a_lead_in_the_list_finishes_heads_a_preferred_section_without_a_colon() -> None:
    for heading in ("It would be really great if you also had", "Bonus points if you already know"):
        text = f"Platform Engineer\n\nWhat you need\n- Go\n\n{heading}\n- Helm\n"
        assert wanted(read_role(text)) == [
            ("required", {"skill:Go"}, False),
            ("preferred", {"skill:Helm"}, False),
        ], heading


def test_a_sentence_saying_preferred_without_a_lead_in_stays_a_sentence() -> None:
    text = "Platform Engineer\n\nYou need Go.\nIt would be great if Helm was something you use\n"
    assert wanted(read_role(text))[0] == ("required", {"skill:Go"}, False)


def test_a_quality_explained_after_a_dash_is_the_requirement_not_a_label() -> None:
    for line, skill in (
        (
            "- Strong stakeholder management skills – you will brief the board",
            "Stakeholder Management",
        ),
        ("- Excellent project management skills: you will run three teams", "Project Management"),
    ):
        text = f"Operations Lead\n\nRequirements\n{line}\n"
        assert wanted(read_role(text)) == [("required", {f"skill:{skill}"}, False)], line
    text = "Operations Lead\n\nTechnical skills – Python\nGood to have – Kafka\n"
    assert wanted(read_role(text))[-2:] == [
        ("required", {"skill:Python"}, False),
        ("preferred", {"skill:Apache Kafka"}, False),
    ]


def test_a_benefits_heading_whose_words_name_a_skill_is_still_a_heading() -> None:
    # "Total rewards" is an alias of Compensation and Benefits; over unbulleted lines of
    # prose it heads the benefits all the same, and the certifications it funds are none.
    text = (
        "Network Engineer\n\nAbout us\nWe run fibre for two counties.\nWe are proud of it.\n\n"
        "You have\n- Python\n\nBonus\n- Ansible\n\nTotal rewards\n"
        "| What | Detail |\n|---|---|\n| Training | the team used it for CCNP and CISSP |\n"
    )
    assert wanted(read_role(text)) == [
        ("required", {"skill:Python"}, False),
        ("preferred", {"skill:Ansible"}, False),
    ]


def test_who_the_role_is_not_for_what_the_employer_pays_for_and_what_speeds_you_up() -> None:
    text = (
        "Platform Engineer\n\nRequirements\n- Go\n\nWhat would ramp you up faster\n- Helm\n\n"
        "You're not a good fit if\n- You want a Scrum Master\n\n"
        "What we pay for\n- One certification a year (the CKA, say)\n"
    )
    assert wanted(read_role(text)) == [
        ("required", {"skill:Go"}, False),
        ("preferred", {"skill:Helm"}, False),
    ]


def test_what_the_employer_provides_or_a_third_party_covers_is_no_requirement() -> None:
    text = (
        "Site Electrician\n\nRequirements\n- OSHA 10 card\n\n"
        "Site notes\n- The union covers your OSHA 30 card.\n\n"
        "We provide\n- Free CPR and First Aid refresher classes on site\n"
    )
    assert wanted(read_role(text)) == [("required", {"osha-10"}, False)]


def test_a_sentence_before_a_dash_keeps_its_names_and_its_standing() -> None:
    text = "Site Electrician\n\nRequirements\n- Python\n- Kafka is a plus – we stream logs\n"
    assert wanted(read_role(text)) == [
        ("required", {"skill:Python"}, False),
        ("preferred", {"skill:Apache Kafka"}, False),
    ]
