#!/usr/bin/env bash
# The production builds the browser tests run against: the real site, the fixture site, the
# 48-release newsroom and that newsroom corrected (playwright.config.ts starts a server on each),
# and the newsroom with an embargo a few minutes ahead (tests/e2e/embargo.spec.ts serves it).
# Each is built once into a folder of its own, from code `npm test` has type-checked before:
# ONE_OFF_BUILD=1 skips Turbopack's build cache (it would only be written, a fifth of a build)
# and Next's own type check (ten seconds a build).
set -euo pipefail
export ONE_OFF_BUILD=1
next build
CONTENT_DIR=tests/fixtures/content/valid NEXT_DIST_DIR=.next-fixtures PRERENDERED_RELEASES=1 next build
tsx tests/fixtures/newsroom.mts .fixture-newsroom
CONTENT_DIR=.fixture-newsroom NEXT_DIST_DIR=.next-newsroom PRERENDERED_RELEASES=10 next build
tsx tests/fixtures/newsroom.mts .fixture-newsroom-corrected --corrected
CONTENT_DIR=.fixture-newsroom-corrected NEXT_DIST_DIR=.next-newsroom-corrected PRERENDERED_RELEASES=10 next build
# Last, so its moment, a few minutes ahead, comes soon after the browser tests start.
tsx scripts/test/build-embargo-site.mts
