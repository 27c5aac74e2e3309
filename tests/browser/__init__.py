"""Browser tests: a real Chromium against the built site."""
