#!/usr/bin/env bash
# Set-up from nothing: dependencies (and, with --browser, what the tests need from Debian:
# Chromium for the e2e tests, redis-server for the BullMQ queue tests, espeak-ng to speak the
# WAV files the whisper transcription tests hear).
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ "${1:-}" == "--browser" ]]; then
  missing=()
  [[ -x /usr/bin/chromium ]] || missing+=(chromium)
  command -v redis-server >/dev/null || missing+=(redis-server)
  command -v espeak-ng >/dev/null || missing+=(espeak-ng)
  if (( ${#missing[@]} )); then
    SUDO=""
    [[ "$(id -u)" == "0" ]] || SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}"
  fi
fi

# onnxruntime-node (pulled in by transformers.js) downloads CUDA files in postinstall; the
# CPU binary ships in the package, so skip the download (there is no internet here).
export ONNXRUNTIME_NODE_INSTALL=skip
npm ci --no-audit --no-fund
npm run models:copy
