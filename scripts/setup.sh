#!/usr/bin/env bash
# Set-up from nothing: dependencies (and, with --browser, Debian's Chromium for the e2e tests).
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ "${1:-}" == "--browser" ]] && [[ ! -x /usr/bin/chromium ]]; then
  SUDO=""
  [[ "$(id -u)" == "0" ]] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium
fi

# onnxruntime-node (pulled in by transformers.js) downloads CUDA files in postinstall; the
# CPU binary ships in the package, so skip the download (there is no internet here).
export ONNXRUNTIME_NODE_INSTALL=skip
npm ci --no-audit --no-fund
npm run models:copy
