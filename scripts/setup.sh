#!/usr/bin/env bash
# Installs everything claimgraph needs on a fresh machine: npm packages from the lock file, then the
# compiled program. (System packages needed by optional features are installed here too, as they come.)
set -euo pipefail
cd "$(dirname "$0")/.."
# Debian's chromium, for the audit report's browser tests and screenshot (playwright-core drives it;
# no browser is ever downloaded). Skipped when it is already there.
if [ ! -x /usr/bin/chromium ]; then
  SUDO=$([ "$(id -u)" -eq 0 ] || echo sudo)
  $SUDO apt-get update
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium
fi
# Debian's redis-server, for the distributed mode (BullMQ); its test starts one on a free loopback port.
if ! command -v redis-server >/dev/null; then
  SUDO=$([ "$(id -u)" -eq 0 ] || echo sudo)
  $SUDO apt-get update
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y redis-server
fi
npm ci --no-audit --no-fund
npx tsc -p tsconfig.json
