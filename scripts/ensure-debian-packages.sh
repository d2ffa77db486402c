#!/usr/bin/env bash
# What the tests and the bench need from Debian, installed when missing: Chromium (Playwright
# cannot download its own browser here), nginx (the cache in front, deploy/nginx.conf) and
# xmllint (XLIFF checked against the OASIS schema, tests/fixtures/xliff-schema). With
# `bench`, also a Korean face: Lighthouse should see Hangul set as on a reader's device, not as
# empty boxes that Pretendard then replaces.
set -euo pipefail
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || missing+=(nginx-light)
command -v xmllint >/dev/null 2>&1 || missing+=(libxml2-utils)
if [ "${1:-}" = bench ] && ! fc-list :lang=ko | grep -q .; then missing+=(fonts-noto-cjk); fi
if [ ${#missing[@]} -eq 0 ]; then exit 0; fi
echo "Installing Debian packages for the tests: ${missing[*]}..."
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
# Debian starts the system nginx on port 80 when it installs it; the tests run their own.
if [[ " ${missing[*]} " == *" nginx-light "* ]]; then $SUDO service nginx stop >/dev/null 2>&1 || true; fi
