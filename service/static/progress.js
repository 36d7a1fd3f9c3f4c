// Polls the verification's progress and shows each claim's verdict as its check ends.
(function () {
  "use strict";
  const status = document.getElementById("status");
  const list = document.getElementById("claims");
  if (!status || !list) return;
  const id = status.dataset.verification;

  function render(claims) {
    for (const claim of claims) {
      let item = list.querySelector(`li[data-claim="${CSS.escape(claim.id)}"]`);
      if (!item) {
        item = document.createElement("li");
        item.dataset.claim = claim.id;
        const title = document.createElement("span");
        title.className = "title";
        const state = document.createElement("span");
        item.append(title, " ", state);
        list.append(item);
      }
      item.querySelector(".title").textContent = claim.title;
      const state = item.querySelector("span:last-child");
      state.textContent = claim.verdict || "checking…";
      state.className = "state" + (claim.verdict ? " verdict-" + claim.verdict : "");
    }
  }

  async function poll() {
    try {
      const response = await fetch(`/verifications/${encodeURIComponent(id)}/progress.json`, {
        credentials: "same-origin",
      });
      if (response.ok) {
        const body = await response.json();
        render(body.claims);
        if (body.status === "done" || body.status === "failed") {
          window.location.reload();
          return;
        }
        status.textContent = body.status === "queued"
          ? "Waiting for a worker…"
          : `Checking each claim with its issuer… ${body.claims.filter((c) => c.verdict).length} of ${body.claims.length} done`;
      }
    } catch (error) {
      // A dropped poll is retried on the next tick.
    }
    window.setTimeout(poll, 1000);
  }
  window.setTimeout(poll, 500);
})();
