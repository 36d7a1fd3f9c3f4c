"""A posting pasted as an API's response: the request and status lines above the JSON body,
the envelope around the posting ("data", "result"), a field whose keys say the standing of
what they hold ("requirements": {"must": [...], "nice_to_have": [...]}), and entries of a
requirement's text with the names it offers ("match": "any" over "items")."""

from __future__ import annotations

import json

from extractors import read_role
from extractors.role_json import posting_text
from tests.extractors.role_keys import wanted

_POSTING = {
    "result": {
        "title": "Data Analyst",
        "summary": "Reports on sales for the regional teams in Snowflake.",
        "office": {"city": "Leeds", "remote": False},
        "requirements": {
            "must": [
                {"kind": "skill", "text": "SQL", "options": []},
                {
                    "kind": "certification",
                    "text": "A cloud certificate of your choice",
                    "match": "any",
                    "options": ["AWS Certified Cloud Practitioner", "AZ-900"],
                },
                {
                    "kind": "skill",
                    "text": "Both of these",
                    "match": "all",
                    "options": ["Git", "dbt"],
                },
            ],
            "nice_to_have": [{"kind": "skill", "text": "Python", "options": []}],
        },
        "perks": [{"name": "Learning", "detail": "We pay for your Tableau certification"}],
    },
    "paging": {"next": None, "total": 1},
}


def test_an_api_response_with_its_request_and_status_lines() -> None:
    text = (
        "POST /api/jobs/search\nHTTP/1.1 200 OK\nContent-Type: application/json\n\n"
        + json.dumps(_POSTING, indent=2)
    )
    assert wanted(read_role(text)) == [
        ("required", {"skill:Snowflake"}, False),
        ("required", {"skill:SQL"}, False),
        ("required", {"aws-cloud-practitioner", "ms-azure-fundamentals"}, False),
        ("required", {"skill:Git"}, False),
        ("required", {"skill:dbt"}, False),
        ("preferred", {"skill:Python"}, False),
    ]


def test_the_body_alone_reads_the_same() -> None:
    alone = read_role(json.dumps(_POSTING))
    after = read_role("GET /v1/jobs/7\n200 OK\n\n" + json.dumps(_POSTING))
    assert wanted(alone) == wanted(after)
    assert len(wanted(alone)) == 6


def test_text_under_a_request_like_line_stays_text() -> None:
    text = "GET /jobs\nWe need SQL.\n{not json}"
    assert posting_text(text) == text
