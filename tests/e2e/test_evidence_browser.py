"""Asking the candidate, in real browsers: the recruiter on a desktop, the candidate on a phone.

Debian's Chromium driven by Playwright against the real service on loopback; the badge issuer
and the ATS receiving callbacks are faked with respx in the server's process.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import respx
from playwright.sync_api import Browser, Locator, Page, expect

from service.app import create_app
from service.settings import Settings
from service.webhooks.signatures import verify_standard
from testkit.live_server import serve_in_thread
from tests.conftest import SHARED_FIXTURES, need_shared
from tests.e2e.conftest import CHROMIUM
from tests.verifiers.ob2_issuer import ASSERTION_URL, serve_example_issuer

TAMPERED = (
    SHARED_FIXTURES
    / "credentials"
    / "blockcerts-cert-verifier-py"
    / "2.0-alpha"
    / "invalid_tampered.json"
)
CALLBACK = "https://ats.example.com/hooks/credlens"
SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
ORGANISATION = "Example Robotics Hiring"
EMAIL, PASSWORD = "recruiter@example.com", "correct horse battery staple"
RESUME = (
    "Beth Kowalczyk\nRobotics engineer at Example Robotics\n\nCertifications\n"
    "Awesome Robotics Badge, An Example Badge Issuer, 2016 (certificate)\n"
    "Certified Kubernetes Administrator (CKA), The Linux Foundation, 2022\n"
    "PMP, Project Management Institute, 2021\n"
    "AWS Certified Solutions Architect - Associate, Amazon Web Services, 2023\n"
)
#: A phone's screen, in CSS pixels (an iPhone 13's), touch and all.
PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True}

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed"),
]


def credlens(data_dir: Path, *args: str, stdin: str = "") -> str:
    # The real commands, in their own processes: Playwright's sync API holds this thread's loop.
    made = subprocess.run(
        [str(Path(sys.executable).parent / "credlens"), *args],
        input=stdin,
        env=os.environ | {"CREDLENS_DATA_DIR": str(data_dir)},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert made.returncode == 0, made.stderr
    return made.stdout


@pytest.fixture
def service(tmp_path: Path) -> Iterator[tuple[str, str]]:
    """The live service's URL and an API key for the ATS."""
    data_dir = tmp_path / "var"
    credlens(data_dir, "user", "create", EMAIL, stdin=f"{PASSWORD}\n{PASSWORD}\n")
    key = next(
        word
        for word in credlens(data_dir, "apikey", "create", "ats").split()
        if word.startswith("clk_")
    )
    settings = Settings(data_dir=data_dir, webhook_secret=SECRET, organisation_name=ORGANISATION)
    with serve_in_thread(create_app(settings)) as url:
        yield url, key


def outside_world(router: respx.MockRouter) -> respx.Route:
    """The badge issuer and the ATS's callback endpoint; loopback goes to the real service."""
    router.route(host="127.0.0.1").pass_through()
    serve_example_issuer(router)
    return router.post(CALLBACK).mock(return_value=httpx.Response(200))


def events(callback: respx.Route, count: int) -> list[dict[str, Any]]:
    """The signed events the ATS received, each checked against the secret, once ``count``."""
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        # As a receiver does, one event per webhook-id (a retried delivery keeps its id).
        received = list(
            dict(
                verify_standard(SECRET, call.request.content, call.request.headers)
                for call in callback.calls
            ).values()
        )
        if len(received) >= count:
            return received
        time.sleep(0.1)
    raise AssertionError(f"the ATS did not receive {count} events within 30 s")


def claim_form(page: Page, title: str) -> Locator:
    return page.locator("form.claim-answer").filter(has=page.get_by_role("heading", name=title))


def fits_the_screen(page: Page) -> bool:
    return bool(page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))


def test_recruiter_asks_candidate_answers_on_a_phone_report_and_ats_follow(
    browser: Browser, service: tuple[str, str], tmp_path: Path
) -> None:
    base_url, key = service
    credential = tmp_path / "cka-certificate.json"
    credential.write_bytes(need_shared(TAMPERED).read_bytes())
    with respx.mock(assert_all_mocked=False, assert_all_called=False) as router:
        callback = outside_world(router)
        # The ATS starts the verification through the API, with its callback URL.
        submitted = httpx.post(
            f"{base_url}/api/v1/verifications",
            headers={"Authorization": f"Bearer {key}"},
            files={"file": ("beth.txt", RESUME.encode(), "text/plain")},
            data={"email": "nobody@example.org", "callback_url": CALLBACK},
            timeout=60,
        )
        assert submitted.status_code == 202, submitted.text
        verification_id = submitted.json()["id"]

        # The recruiter reads the report and asks the candidate.
        recruiter = browser.new_page()
        recruiter.goto(base_url)
        recruiter.get_by_label("Email").fill(EMAIL)
        recruiter.get_by_label("Password").fill(PASSWORD)
        recruiter.get_by_role("button", name="Sign in").click()
        recruiter.goto(f"{base_url}/verifications/{verification_id}")
        expect(recruiter.get_by_role("link", name="Download PDF")).to_be_visible(timeout=30_000)
        recruiter.get_by_label("Message to the candidate").fill("Thanks for applying, Beth!")
        recruiter.get_by_role("button", name="Ask the candidate for evidence").click()
        link = recruiter.get_by_label("Candidate's link")
        expect(link).to_be_visible()
        url = link.input_value()
        assert url.startswith(f"{base_url}/evidence/cle_")

        # The candidate opens the link on a phone: no account, no sign-in.
        phone = browser.new_context(**PHONE)  # type: ignore[arg-type]
        candidate = phone.new_page()
        candidate.goto(url)
        expect(candidate.get_by_role("heading", level=1)).to_contain_text(ORGANISATION)
        expect(candidate.get_by_text("Thanks for applying, Beth!")).to_be_visible()
        expect(
            candidate.get_by_role("heading", name="What happens to what you send")
        ).to_be_visible()
        assert fits_the_screen(candidate)
        assert "Beth Kowalczyk" not in candidate.content()

        badge = claim_form(candidate, "Awesome Robotics Badge")
        badge.get_by_label("A link").fill(ASSERTION_URL)
        badge.get_by_role("button", name="Send for").click()
        expect(candidate.get_by_role("status")).to_contain_text("Awesome Robotics Badge")

        cka = claim_form(candidate, "Certified Kubernetes Administrator")
        cka.get_by_label("Or the credential file").set_input_files(str(credential))
        cka.get_by_role("button", name="Send for").click()
        expect(candidate.get_by_role("status")).to_contain_text("Certified Kubernetes")

        pmp = claim_form(candidate, "Project Management Professional")
        pmp.get_by_role("button", name="I do not hold this").click()
        expect(candidate.get_by_role("status")).to_contain_text("Project Management")
        expect(claim_form(candidate, "Project Management Professional")).to_contain_text(
            "You said you do not hold this"
        )
        assert fits_the_screen(candidate)
        candidate.screenshot(path=str(tmp_path / "candidate-phone.png"), full_page=True)

        # The recruiter's report shows all three answers with their history.
        deadline = time.monotonic() + 60
        wanted = (
            "from a link the candidate gave",
            "from a credential file the candidate gave",
            "the candidate said they do not hold it",
        )
        while time.monotonic() < deadline:
            recruiter.reload()
            if all(words in recruiter.content() for words in wanted):
                break
            time.sleep(0.5)
        for words in wanted:
            expect(recruiter.get_by_text(words).first).to_be_visible()
        expect(recruiter.get_by_text("withdrawn_by_candidate").first).to_be_visible()
        recruiter.get_by_role("link", name="History").click()
        expect(recruiter.get_by_text("answers received")).to_be_visible()

        # The ATS got the link to mail, then one signed update per answer.
        received = events(callback, 5)
    kinds = [event["type"] for event in received]
    assert kinds.count("evidence_request.created") == 1
    assert kinds.count("verification.updated") == 3
    created = next(event for event in received if event["type"] == "evidence_request.created")
    assert created["data"]["evidence_request"]["url"] == url
    last = [event for event in received if event["type"] == "verification.updated"]
    verdict_of = {
        claim["title"]: claim["verdict"]
        for claim in max(last, key=lambda e: e["timestamp"])["data"]["claims"]
    }
    assert verdict_of["Awesome Robotics Badge"] == "verified"
    assert verdict_of["Certified Kubernetes Administrator"] == "invalid"
    assert verdict_of["Project Management Professional"] == "mismatch"


def test_keyboard_alone_reaches_every_answer_on_the_candidate_page(
    browser: Browser, service: tuple[str, str]
) -> None:
    base_url, key = service
    with respx.mock(assert_all_mocked=False, assert_all_called=False) as router:
        outside_world(router)
        headers = {"Authorization": f"Bearer {key}"}
        submitted = httpx.post(
            f"{base_url}/api/v1/verifications",
            headers=headers,
            files={"file": ("beth.txt", RESUME.encode(), "text/plain")},
            timeout=60,
        )
        verification_id = submitted.json()["id"]
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            status = httpx.get(
                f"{base_url}/api/v1/verifications/{verification_id}", headers=headers
            )
            if status.json()["status"] == "done":
                break
            time.sleep(0.1)
        asked = httpx.post(
            f"{base_url}/api/v1/verifications/{verification_id}/evidence-requests",
            headers=headers,
            json={"claims": ["c2"]},
            timeout=30,
        )
    page = browser.new_context(**PHONE).new_page()  # type: ignore[arg-type]
    page.goto(asked.json()["url"])

    focused = []
    for _ in range(8):
        page.keyboard.press("Tab")
        focused.append(
            page.evaluate("document.activeElement.id || document.activeElement.textContent")
        )

    assert {"link-1", "file-1", "credential-id-1"} <= set(focused)
    assert any("I do not hold this" in str(name) for name in focused)
