#!/usr/bin/env bash
# make-chart-references.sh [BUILDDIR]: redraw the reference images of
# tests/test-charts.c into tests/data/charts/.
#
# Run it after a deliberate change to how the charts look (palette, fonts,
# spacing), then LOOK at every image before committing them: the test
# compares later drawings with these, so a wrong image here hides a wrong
# chart. The references are drawn in Chinese (zh_CN.UTF-8) with the Noto
# Sans CJK fonts of Debian's fonts-noto-cjk, as build-aux/dev installs.
#
# Copyright 2026 The Red Ledger authors
# SPDX-License-Identifier: GPL-3.0-or-later

set -euo pipefail

top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${1:-$top/build}
out=$top/tests/data/charts

if ! locale -a 2>/dev/null | grep -qi '^zh_CN\.utf-\?8$'; then
  echo "make-chart-references: the zh_CN.UTF-8 locale is needed (build-aux/dev installs it)" >&2
  exit 1
fi

mkdir -p "$out"
ninja -C "$build" >/dev/null
# meson test passes our environment on: the test writes instead of comparing.
REDLEDGER_WRITE_CHART_REFERENCES=$out meson test -C "$build" --no-rebuild test-charts
ls -l "$out"/*.png
