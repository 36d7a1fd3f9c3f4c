"""Required or preferred, said in the words postings use across countries: "an asset",
"differentials", "well regarded", "is useful", "helps", ", ideally …", "is mandatory";
and words that only look like markers (a referral bonus, the desired candidate)."""

from __future__ import annotations

from extractors import read_role
from tests.extractors.role_keys import wanted


def test_clauses_that_say_preferred_in_more_words() -> None:
    for clause in (
        "Ansible would be well regarded.",
        "Ansible is useful.",
        "Ansible would be an asset.",
        "Ansible experience is a definite asset.",
        "Knowledge of Ansible is a differential.",
        "Ansible experience helps, since our estate is half automated.",
        "Ansible helps.",
        "CISM (Ansible would be a big plus).",
        "Preference will be given to candidates with Ansible.",
        "Strong preference for candidates with Ansible.",
        "Priority to applicants who know Ansible.",
        "Candidates who know Ansible will be prioritised.",
        "Ansible knowledge is welcome.",
        "Ansible experience would be highly valued.",
        "Ansible knowledge appreciated.",
        "Extra points for Ansible.",
        "Ansible counts in your favour.",
        "If you know Ansible, even better.",
        "Ansible would be considered an asset.",
        "Ansible is a nice extra.",
        "Some Ansible wouldn't hurt.",
        "Ansible would make you stand out.",
        "You may also know Ansible.",
        "Ansible would be ideal.",
        "Not a must-have, but Ansible is a plus.",
        "They'd love someone with Ansible.",
        "My client would also love Ansible experience.",
        "If you've used Ansible, great.",
        "Ansible is nice.",
        "Knowing Ansible doesn't hurt.",
    ):
        role = read_role(f"Systems Engineer\n\nRequirements\n- {clause}\n")
        kinds = {key: kind for kind, keys, _ in wanted(role) for key in keys}
        assert kinds["skill:Ansible"] == "preferred", clause


def test_words_near_those_markers_that_say_nothing_about_standing() -> None:
    role = read_role(
        "Finance Analyst\n\nRequirements\n"
        "- You will keep the fixed asset register in SAP up to date\n"
        "- Build a Power BI model that helps the board read the numbers\n"
        "- Experience with differential pricing in Tableau\n"
        "- Use Ansible so that patches are prioritised by risk\n"
        "- Make our Looker dashboards stand out for clarity\n"
        "- Excel is essential and highly valued by the team\n"
        "- You'd love working with Alteryx, and if you know Jira, apply\n"
    )
    assert wanted(role) == [
        ("required", {"skill:SAP"}, False),
        ("required", {"skill:Power BI"}, False),
        ("required", {"skill:Tableau"}, False),
        ("required", {"skill:Ansible"}, False),
        ("required", {"skill:Looker"}, False),
        ("required", {"skill:Microsoft Excel"}, False),
        ("required", {"skill:Alteryx"}, False),
        ("required", {"skill:Jira"}, False),
    ]


def test_headings_that_say_preferred_in_other_countries_words() -> None:
    for heading in (
        "ASSET QUALIFICATIONS",
        "Assets:",
        "Differentials:",
        "You might also have",
        "Icing on the cake",
        "Extras",
        "We'd love it if you had",
        "Great to have",
        "Also valued",
        "Even better",
        "Points for",
        "You'll impress us with",
        "We'd be thrilled if you had",
    ):
        role = read_role(f"Data Engineer\n\nEssential\n- Python\n\n{heading}\n- Airflow\n")
        assert wanted(role) == [
            ("required", {"skill:Python"}, False),
            ("preferred", {"skill:Apache Airflow"}, False),
        ], heading


def test_an_employers_bonus_is_no_preference() -> None:
    role = read_role(
        "📣 Referral bonus doubled this month 📣\n\n"
        "We are hiring a Kotlin developer, and the signing bonus is paid in the first month.\n"
        "They will own our Spring Boot services.\n"
    )
    assert wanted(role) == [
        ("required", {"skill:Kotlin"}, False),
        ("required", {"skill:Spring Boot"}, False),
    ]
    role = read_role("Analyst\n\nBonus\n- Looker\n\nBonus if you know\n- dbt\n")
    assert wanted(role) == [
        ("preferred", {"skill:Looker"}, False),
        ("preferred", {"skill:dbt"}, False),
    ]


def test_the_desired_candidate_is_the_one_sought_not_a_preference() -> None:
    role = read_role(
        "Project Lead\n\nThe desired candidate\n- Jira\n"
        "- The desired applicant knows Tableau\n\nDesired skills\n- Looker\n"
    )
    assert wanted(role) == [
        ("required", {"skill:Jira"}, False),
        ("required", {"skill:Tableau"}, False),
        ("preferred", {"skill:Looker"}, False),
    ]


def test_a_clause_that_says_it_is_mandatory_is_required_under_a_preferred_heading() -> None:
    role = read_role(
        "Nice to have\n- Kafka\n- Hands-on Java is mandatory\n- Docker is a must\n"
        "- Familiarity with tools required by auditors, such as Splunk\n"
        "- Terraform would be nice but is not mandatory\n"
    )
    assert wanted(role) == [
        ("preferred", {"skill:Apache Kafka"}, False),
        ("required", {"skill:Java"}, False),
        ("required", {"skill:Docker"}, False),
        ("preferred", {"skill:Splunk"}, False),
        ("preferred", {"skill:Terraform"}, False),
    ]


def test_an_ideally_tail_prefers_only_what_it_names() -> None:
    role = read_role(
        "Requirements\n"
        "- You must hold the CISA or CISM, ideally with five years in a Big Four firm\n"
        "- Solid Go and GraphQL, ideally also Rust\n"
        "- Strong SQL and ideally some Looker\n- Tableau - preferably with Alteryx\n"
    )
    assert wanted(role) == [
        ("required", {"cisa", "cism"}, False),
        ("required", {"skill:Go"}, False),
        ("required", {"skill:GraphQL"}, False),
        ("preferred", {"skill:Rust"}, False),
        ("required", {"skill:SQL"}, False),
        ("preferred", {"skill:Looker"}, False),
        ("required", {"skill:Tableau"}, False),
        ("preferred", {"skill:Alteryx"}, False),
    ]


def test_an_offer_from_they_or_the_client_is_a_benefit() -> None:
    role = read_role(
        "My client needs a penetration tester with OSCP.\n"
        "They'll also cover OSWE or any other cert you fancy, and my client will fund CREST "
        "exams.\nThey should be able to script in Python.\n"
        "They cover web and mobile testing with Burp Suite.\n"
    )
    assert wanted(role) == [
        ("required", {"oscp"}, False),
        ("required", {"skill:Python"}, False),
        ("required", {"skill:Burp Suite"}, False),
    ]


def test_a_standing_clause_that_says_not_needed_is_a_preference() -> None:
    role = read_role("Requirements\n- Do you hold the CKA? Nice, not needed.\n- Linux\n")
    assert wanted(role) == [("preferred", {"cka"}, False), ("required", {"skill:Linux"}, False)]


def test_a_job_sites_fields_about_the_posting_name_no_requirement() -> None:
    role = read_role(
        "Warehouse Systems Analyst\n\nRequirements\n- SQL\n\n"
        "Seniority level: Associate\nEmployment type: Full-time\n"
        "Job function: Information Technology\nIndustries: Logistics, Supply Chain\n"
    )
    assert wanted(role) == [("required", {"skill:SQL"}, False)]


def test_an_offer_said_without_a_benefits_heading_names_no_requirement() -> None:
    for offer in (
        "We offer paid AWS certifications.",
        "Company-paid CKA exam.",
        "Free CKA training.",
        "Sponsorship for your PMP.",
        "Paid study leave for ACCA exams.",
        "Exam fees are covered.",
        "Your CKA exam is on us, with a voucher for the retake.",
        "Opportunity to earn your CISSP.",
        "We'll support you through your CKA.",
        "Full training provided in SAP.",
        "Kubernetes training is available for the right person.",
    ):
        role = read_role(f"Platform Engineer\n\nRequirements\n- Linux\n\nAbout the role\n{offer}\n")
        assert wanted(role) == [("required", {"skill:Linux"}, False)], offer
    role = read_role(
        "Requirements\n- You will provide Splunk training to analysts\n"
        "- Experience with paid search in Google Analytics\n- CKA, in a fully paid role\n"
    )
    assert wanted(role) == [
        ("required", {"skill:Splunk"}, False),
        ("required", {"skill:Google Analytics"}, False),
        ("required", {"cka"}, False),
    ]


def test_items_tagged_with_a_standing_in_brackets_and_the_items_without_one() -> None:
    role = read_role(
        "Reporting Analyst\n\nSkills: SQL (5+ years), Looker (a plus), Tableau (not essential)\n"
    )
    assert wanted(role) == [
        ("required", {"skill:SQL"}, False),
        ("preferred", {"skill:Looker"}, False),
        ("preferred", {"skill:Tableau"}, False),
    ]


def test_one_tagged_item_of_a_comma_list_and_a_tag_over_a_whole_list() -> None:
    role = read_role("Requirements\n- Languages: English (fluent), German (nice to have)\n")
    assert wanted(role) == [
        ("required", {"skill:English"}, False),
        ("preferred", {"skill:German"}, False),
    ]
    for items in ("Tableau, Looker or Alteryx (preferred)", "Tableau, Looker and Alteryx (a plus)"):
        kinds = {kind for kind, _, _ in wanted(read_role(f"Requirements\n- {items}\n"))}
        assert kinds == {"preferred"}, items


def test_more_preferred_headings_and_labels() -> None:
    for heading in ("It's ideal if you have", "Secondary skills", "We'd love to see:"):
        role = read_role(f"Reporting Analyst\n\nPrimary skills\n- SQL\n\n{heading}\n- Looker\n")
        assert wanted(role) == [
            ("required", {"skill:SQL"}, False),
            ("preferred", {"skill:Looker"}, False),
        ], heading
    role = read_role("Reporting Analyst\nYou bring: SQL\nWe'd love to see: Looker\n")
    assert wanted(role) == [
        ("required", {"skill:SQL"}, False),
        ("preferred", {"skill:Looker"}, False),
    ]


def test_or_equivalent_in_more_of_the_ways_it_is_written() -> None:
    role = read_role(
        "Requirements\n- CISA or CISM certification (or equivalent)\n"
        "- PMP or other equivalent\n- ITIL 4 Foundation or equiv.\n- CCNA or related training\n"
    )
    assert wanted(role) == [
        ("required", {"cisa", "cism"}, True),
        ("required", {"pmp"}, True),
        ("required", {"itil-4-foundation"}, True),
        ("required", {"ccna"}, False),
    ]


def test_a_topic_heading_within_a_preferred_section_keeps_it_preferred() -> None:
    role = read_role(
        "Reporting Analyst\n\nRequirements\n- Technical:\n  - SQL\n\n"
        "Preferred\n- Tools:\n  - Looker\n- Languages:\n  - Spanish\n"
        "- Responsibilities:\n  - Maintain Tableau dashboards\n"
    )
    assert wanted(role) == [
        ("required", {"skill:SQL"}, False),
        ("preferred", {"skill:Looker"}, False),
        ("preferred", {"skill:Spanish"}, False),
        ("required", {"skill:Tableau"}, False),
    ]
    # After the company's part a topic heading opens the requirements, as before.
    role = read_role(
        "Reporting Analyst\n\n- About us:\n- We sell Excel templates\n- Skills:\n- SQL\n"
    )
    assert wanted(role) == [("required", {"skill:SQL"}, False)]


def test_a_long_line_saying_preferred_before_a_colon_heads_the_list() -> None:
    role = read_role(
        "Reporting Analyst\n\nRequirements\n- SQL\n\n"
        "None of these are required, but they would help you stand out:\n- Looker\n\n"
        "If you also have these, great:\n- Spanish\n"
    )
    assert wanted(role) == [
        ("required", {"skill:SQL"}, False),
        ("preferred", {"skill:Looker"}, False),
        ("preferred", {"skill:Spanish"}, False),
    ]


def test_must_and_nice_as_labels() -> None:
    role = read_role("Hi all,\n\nNeed a reporting analyst.\nMust: SQL, Tableau\nNice: Looker\n")
    assert wanted(role) == [
        ("required", {"skill:SQL"}, False),
        ("required", {"skill:Tableau"}, False),
        ("preferred", {"skill:Looker"}, False),
    ]


def test_a_negation_after_a_comma_is_its_own_names_alone() -> None:
    role = read_role("Requirements\n- Fluent German, Spanish not required\n")
    assert wanted(role) == [
        ("required", {"skill:German"}, False),
        ("preferred", {"skill:Spanish"}, False),
    ]
    role = read_role("Requirements\n- Good English; French not needed\n")
    assert wanted(role) == [
        ("required", {"skill:English"}, False),
        ("preferred", {"skill:French"}, False),
    ]
    # said of what came before, it is theirs
    role = read_role("Requirements\n- Looker or Tableau, though it is not essential\n")
    assert wanted(role) == [("preferred", {"skill:Looker", "skill:Tableau"}, False)]


def test_an_employers_name_above_the_title_is_not_the_title() -> None:
    role = read_role("Northwind Analytics Ltd\nSQL Developer\nLeeds\n\nWe use Looker.\n")
    assert wanted(role) == [
        ("required", {"skill:SQL"}, False),
        ("required", {"skill:Looker"}, False),
    ]
    for title in ("SQL Developer at Northwind Inc", "SQL Developer - Northwind Ltd"):
        assert wanted(read_role(f"{title}\n\nWe use Looker.\n"))[0] == (
            "required",
            {"skill:SQL"},
            False,
        ), title


def test_tables_ranked_by_importance_a_must_nice_column_and_an_html_table() -> None:
    expected = [("required", {"skill:SQL"}, False), ("preferred", {"skill:Looker"}, False)]
    for table in (
        "| Skill | Importance |\n|---|---|\n| SQL | High |\n| Looker | Medium |\n",
        "Skill\tPriority\nSQL\tHigh\nLooker\tLow\n",
        "| Skill | Years | Must/Nice |\n|---|---|---|\n| SQL | 3 | Must |\n| Looker | 1 | Nice |\n",
        "<table><tr><th>Skill</th><th>Required?</th></tr><tr><td>SQL</td><td>Yes</td></tr>"
        "<tr><td>Looker</td><td>No</td></tr></table>",
    ):
        assert wanted(read_role(f"Reporting Analyst\n\n{table}")) == expected, table
    # in a "Level" column, "Medium" is how well, not how much it is wanted
    table = "| Skill | Level |\n|---|---|\n| SQL | High |\n| Looker | Medium |\n"
    assert wanted(read_role(f"Reporting Analyst\n\n{table}")) == [
        ("required", {"skill:SQL"}, False),
        ("required", {"skill:Looker"}, False),
    ]


def test_questions_that_head_what_the_role_asks_for() -> None:
    for question in ("What do you bring?", "Who are we looking for?", "Is this you?"):
        role = read_role(f"Data Engineer\n\nNice to have\n- Airflow\n\n{question}\n- Python\n")
        assert wanted(role) == [
            ("preferred", {"skill:Apache Airflow"}, False),
            ("required", {"skill:Python"}, False),
        ], question
    # a question naming something is asked of the candidate, not a heading
    role = read_role("Data Engineer\n\nDo you know Python?\nAirflow would be a plus.\n")
    assert wanted(role) == [
        ("required", {"skill:Python"}, False),
        ("preferred", {"skill:Apache Airflow"}, False),
    ]


def test_the_jobs_title_says_nothing_of_standing() -> None:
    for title in ("Kotlin Developer - uncapped bonus", "Kotlin Developer (optional remote)"):
        role = read_role(f"{title}\n\nWe use Spring Boot.\n")
        assert wanted(role) == [
            ("required", {"skill:Kotlin"}, False),
            ("required", {"skill:Spring Boot"}, False),
        ], title
    # a first line naming nothing may still be a heading
    role = read_role("Preferred qualifications\n- Kotlin\n")
    assert wanted(role) == [("preferred", {"skill:Kotlin"}, False)]


def test_one_clause_saying_both_standings_around_and() -> None:
    role = read_role(
        "Requirements\n- CISSP is essential and CCSP would be an advantage\n"
        "- Looker is a plus while SQL is a must\n- Tableau and Alteryx preferred\n"
    )
    assert wanted(role) == [
        ("required", {"cissp"}, False),
        ("preferred", {"isc2-ccsp"}, False),
        ("preferred", {"skill:Looker"}, False),
        ("required", {"skill:SQL"}, False),
        ("preferred", {"skill:Tableau"}, False),
        ("preferred", {"skill:Alteryx"}, False),
    ]


def test_one_of_a_list_makes_its_names_alternatives() -> None:
    for items in (
        "One of PMP, PRINCE2 Foundation, CAPM",
        "PMP, PRINCE2 Foundation, CAPM (any one)",
    ):
        role = read_role(f"Requirements\n- {items}\n")
        assert wanted(role) == [("required", {"pmp", "prince2-foundation", "capm"}, False)], items
    role = read_role("Requirements\n- PMP, PRINCE2 Foundation and CAPM\n")
    assert [keys for _, keys, _ in wanted(role)] == [{"pmp"}, {"prince2-foundation"}, {"capm"}]
