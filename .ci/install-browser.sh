#!/usr/bin/env bash
# Install Debian's chromium for the report's browser test (tests/browser/).
# Idempotent: does nothing when a chromium is already on PATH.  Needs root (CI runs as root).
set -euo pipefail
if command -v chromium >/dev/null 2>&1; then
  echo "install-browser: $(chromium --version 2>/dev/null || echo chromium) already installed"
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq chromium >/dev/null
echo "install-browser: installed $(chromium --version 2>/dev/null || echo chromium)"
