"""What the browser tests share (the `browser` fixture is in tests/conftest.py): Chromium's flags, and a
page that records its console errors and every request it makes."""

from __future__ import annotations

ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
    "--disable-quic",
]


class Watched:
    """A new browser page with its console errors and every request it made."""

    def __init__(self, browser) -> None:
        self.page = browser.new_page(viewport={"width": 1400, "height": 900})
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("request", lambda r: self.requests.append(r.url))

    def js(self, expression: str):
        return self.page.evaluate(expression)

    def check_clean(self, local: tuple[str, ...]) -> None:
        """No console error, every request to `local` addresses, no injected script ran."""
        assert self.errors == []
        assert self.requests and all(url.startswith(local) for url in self.requests), self.requests
        assert self.js("window.__pwned === undefined")
