#!/usr/bin/env bash
# The production builds the browser tests run against (playwright.config.ts starts a server on
# each): the real site, the fixture site, the 48-release newsroom and that newsroom corrected.
# Each is built once into a folder of its own, so Turbopack's build cache would only cost its
# writing (a fifth of a build): BUILD_CACHE=off.
set -euo pipefail
export BUILD_CACHE=off
next build
CONTENT_DIR=tests/fixtures/content/valid NEXT_DIST_DIR=.next-fixtures PRERENDERED_RELEASES=1 next build
tsx tests/fixtures/newsroom.mts .fixture-newsroom
CONTENT_DIR=.fixture-newsroom NEXT_DIST_DIR=.next-newsroom PRERENDERED_RELEASES=10 next build
tsx tests/fixtures/newsroom.mts .fixture-newsroom-corrected --corrected
CONTENT_DIR=.fixture-newsroom-corrected NEXT_DIST_DIR=.next-newsroom-corrected PRERENDERED_RELEASES=10 next build
