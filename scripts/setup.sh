#!/usr/bin/env bash
# Sets up everything reportpress needs on a Debian/Ubuntu machine: the Debian
# packages (Chinese fonts, LibreOffice for checking DOCX, poppler, a Java
# runtime for EPUBCheck) and a virtual environment .venv with the package and
# its test tools.  Safe to run again: it installs only what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

PACKAGES=(
  fontconfig
  fonts-noto-cjk fonts-noto-cjk-extra   # 宋体/黑体 stand-ins (CFF outlines, converted at build)
  fonts-arphic-gbsn00lp fonts-arphic-gkai00mp fonts-wqy-zenhei fonts-lxgw-wenkai
  poppler-utils                         # pdftoppm, pdffonts, pdftotext
  libreoffice-writer-nogui              # opens the DOCX in tests
  default-jre-headless                  # runs EPUBCheck
)
python3 -m venv --help >/dev/null 2>&1 || PACKAGES+=(python3-venv)

missing=()
for package in "${PACKAGES[@]}"; do
  dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  $SUDO apt-get update -q
  available=()
  for package in "${missing[@]}"; do
    if apt-cache show "$package" >/dev/null 2>&1; then available+=("$package");
    else echo "setup: warning: $package is not in this distribution's archive; skipped" >&2; fi
  done
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${available[@]}"
fi

if [ ! -x .venv/bin/python ]; then python3 -m venv .venv; fi
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e ".[test]"
echo "setup: ready (.venv/bin/reportpress)"
