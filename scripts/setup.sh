#!/usr/bin/env bash
# Installs everything claimgraph needs on a fresh machine: npm packages from the lock file, then the
# compiled program. (System packages needed by optional features are installed here too, as they come.)
set -euo pipefail
cd "$(dirname "$0")/.."
npm ci --no-audit --no-fund
npx tsc -p tsconfig.json
