"""Share links for hiring managers: the report page and PDF and nothing else, expiring,
withdrawable, optionally behind a passcode shown once; every view in the audit trail."""

from __future__ import annotations

import io
from datetime import timedelta
from typing import Any

import httpx
import pdfplumber
from sqlalchemy import select, update

from service import audit, shares
from service.permissions import Role
from service.storage.models import ShareLink, utcnow
from testkit.factories import WORKSPACE
from tests.service.conftest import csrf_from
from tests.service.two_workspaces import TwoWorkspaces, two  # noqa: F401

NOT_FOUND = "This link is not valid"


async def make(two: TwoWorkspaces, **body: Any) -> dict[str, Any]:  # noqa: F811
    recruiter = two.home[Role.RECRUITER]
    response = await recruiter.client.post(
        f"/api/v1/verifications/{two.verification_id}/shares",
        headers=recruiter.bearer(),
        json=body or None,
    )
    assert response.status_code == 201, response.text
    made: dict[str, Any] = response.json()
    return made


def token_of(url: str) -> str:
    return url.rsplit("/", 1)[1]


def manager(two: TwoWorkspaces) -> httpx.AsyncClient:  # noqa: F811
    """A browser with no account and no cookie of the service."""
    return httpx.AsyncClient(transport=two.anonymous._transport, base_url="https://test")


async def test_a_link_shows_the_report_and_its_pdf_and_every_view_is_logged(
    two: TwoWorkspaces,  # noqa: F811
) -> None:
    made = await make(two)
    assert made["url"].startswith("https://test/share/cls_") and made["passcode"] is None
    async with manager(two) as browser:
        page = await browser.get(f"/share/{token_of(made['url'])}")
        pdf = await browser.get(f"/share/{token_of(made['url'])}/report.pdf")

    assert page.status_code == 200
    assert "Beth Kowalczyk" in page.text and "Certified Kubernetes Administrator" in page.text
    # Nothing else: no way into the app, no button that changes anything.
    assert 'href="/verifications' not in page.text and "/delete" not in page.text
    assert 'name="robots" content="noindex' in page.text
    for response in (page, pdf):
        assert response.headers["cache-control"] == "no-store"
        assert response.headers["referrer-policy"] == "no-referrer"
        assert "noindex" in response.headers["x-robots-tag"]
    assert pdf.headers["content-type"] == "application/pdf"
    with pdfplumber.open(io.BytesIO(pdf.content)) as document:
        assert "Beth Kowalczyk" in document.pages[0].extract_text()
    events = await audit.trail(
        two.runtime.sessions, verification_ids=[two.verification_id], workspace_id=WORKSPACE
    )
    by_link = [(e.action, e.detail) for e in events if e.actor_id == made["id"]]
    assert by_link == [("viewed", None), ("downloaded", "pdf")]
    assert ("shared", "api-key") in {(e.action, e.actor_kind) for e in events}
    [listed] = [
        item
        for item in (
            await two.home[Role.RECRUITER].client.get(
                f"/api/v1/verifications/{two.verification_id}/shares",
                headers=two.home[Role.RECRUITER].bearer(),
            )
        ).json()
        if item["id"] == made["id"]
    ]
    assert listed["views"] == 2 and not listed["revoked"] and not listed["passcode"]


async def test_only_hashes_of_the_token_and_passcode_are_kept(
    two: TwoWorkspaces,  # noqa: F811
) -> None:
    made = await make(two, passcode=True)

    async with two.runtime.sessions() as session:
        link = await session.get(ShareLink, made["id"])
    assert link is not None and link.passcode_hash is not None
    assert link.token_hash == shares.token_hash(two.runtime.secret, token_of(made["url"]))
    stored = " ".join(str(value) for value in vars(link).values())
    assert token_of(made["url"]) not in stored and made["passcode"] not in stored


async def expire(two: TwoWorkspaces, link_id: str) -> None:  # noqa: F811
    async with two.runtime.sessions() as session, session.begin():
        await session.execute(
            update(ShareLink)
            .where(ShareLink.id == link_id)
            .values(expires_at=utcnow() - timedelta(seconds=1))
        )


async def test_expired_withdrawn_and_wrong_links_are_the_same_404(
    two: TwoWorkspaces,  # noqa: F811
) -> None:
    expired, withdrawn = await make(two), await make(two)
    await expire(two, expired["id"])
    recruiter = two.home[Role.RECRUITER]
    gone = await recruiter.client.delete(
        f"/api/v1/verifications/{two.verification_id}/shares/{withdrawn['id']}",
        headers=recruiter.bearer(),
    )
    assert gone.status_code == 204

    tokens = [
        token_of(expired["url"]),
        token_of(withdrawn["url"]),
        shares.new_token(),
        "not-a-token",
    ]
    async with manager(two) as browser:
        for token in tokens:
            for path in (f"/share/{token}", f"/share/{token}/report.pdf"):
                response = await browser.get(path)
                assert response.status_code == 404, path
                assert NOT_FOUND in response.text
    listed = await shares.list_for(
        runtime=two.runtime, verification_id=two.verification_id, workspace_id=WORKSPACE
    )
    states = {item.id: (item.expired, item.revoked) for item in listed}
    assert states[expired["id"]] == (True, False) and states[withdrawn["id"]] == (False, True)


async def give(browser: httpx.AsyncClient, token: str, passcode: str) -> httpx.Response:
    form = await browser.get(f"/share/{token}")
    return await browser.post(
        f"/share/{token}", data={"csrf_token": csrf_from(form.text), "passcode": passcode}
    )


async def test_a_passcode_opens_the_report_once_given(two: TwoWorkspaces) -> None:  # noqa: F811
    made = await make(two, passcode=True)
    token = token_of(made["url"])
    assert len(made["passcode"]) == shares.PASSCODE_LENGTH
    async with manager(two) as browser:
        asked = await browser.get(f"/share/{token}")
        assert asked.status_code == 200 and 'name="passcode"' in asked.text
        assert "Beth Kowalczyk" not in asked.text
        assert (await browser.get(f"/share/{token}/report.pdf")).status_code == 404

        wrong = await give(browser, token, "not-the-passcode")
        assert wrong.status_code == 401 and "Beth Kowalczyk" not in wrong.text

        right = await give(browser, token, made["passcode"].upper())
        assert right.status_code == 303
        assert "Beth Kowalczyk" in (await browser.get(f"/share/{token}")).text
        assert (await browser.get(f"/share/{token}/report.pdf")).status_code == 200
    async with manager(two) as other_browser:
        # The passcode opened the report for the browser that gave it, not for the link.
        assert "Beth Kowalczyk" not in (await other_browser.get(f"/share/{token}")).text


async def test_wrong_passcodes_lock_the_link(two: TwoWorkspaces) -> None:  # noqa: F811
    made = await make(two, passcode=True)
    token = token_of(made["url"])
    async with manager(two) as browser:
        answers = [
            (await give(browser, token, f"guess-{n}")).status_code
            for n in range(shares.MAX_PASSCODE_TRIES)
        ]
        locked = await give(browser, token, made["passcode"])

    assert answers == [401] * (shares.MAX_PASSCODE_TRIES - 1) + [429]
    assert locked.status_code == 429 and "Beth Kowalczyk" not in locked.text
    async with two.runtime.sessions() as session:
        until = await session.scalar(
            select(ShareLink.locked_until).where(ShareLink.id == made["id"])
        )
    assert until is not None and until - utcnow() > shares.LOCKOUT - timedelta(minutes=1)


async def test_the_recruiter_shares_from_the_report_page_and_sees_it_once(
    two: TwoWorkspaces,  # noqa: F811
) -> None:
    recruiter = two.home[Role.RECRUITER]
    report = f"/verifications/{two.verification_id}"

    made = await recruiter.client.post(
        f"{report}/shares", data={"csrf_token": recruiter.csrf, "days": "3", "passcode": "on"}
    )

    assert made.status_code == 303
    first = (await recruiter.client.get(report)).text
    again = (await recruiter.client.get(report)).text
    assert "/share/cls_" in first and 'id="share-passcode"' in first
    assert "/share/cls_" not in again and "with a passcode" in again
    forged = await recruiter.client.post(f"{report}/shares", data={"csrf_token": "forged"})
    assert forged.status_code == 403
