#!/usr/bin/env bash
# Installs Debian's Chromium and its driver for the portal's browser tests (PortalBrowserTest).
# Idempotent: does nothing when both are there. Without them those tests are skipped, not failed.
set -euo pipefail
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
(apt-get update -qq && apt-get install -y -qq chromium chromium-driver >/dev/null) \
  || echo "chromium not installed: the browser tests will be skipped"
