#!/usr/bin/env bash
# check-translations.sh SRCDIR: every translatable string of the sources in
# po/POTFILES has a zh_CN translation, none fuzzy, and every source file with
# strings is listed. Prints TAP.
#
# Copyright 2026 The Red Ledger authors
# SPDX-License-Identifier: GPL-3.0-or-later

set -u
src=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$src"

echo "1..3"

xgettext --from-code=UTF-8 --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 \
  --keyword=g_dngettext:2,3 -o "$tmp/now.pot" $(grep -v '^#' po/POTFILES) 2>"$tmp/xgettext.err"
msgmerge -q --no-fuzzy-matching -o "$tmp/merged.po" po/zh_CN.po "$tmp/now.pot"
stats=$(msgfmt --statistics -o /dev/null "$tmp/merged.po" 2>&1)
case "$stats" in
  *untranslated*|*fuzzy*) echo "not ok 1 zh_CN.po is complete # $stats" ;;
  *) echo "ok 1 zh_CN.po is complete # $stats" ;;
esac

if msgfmt -c -o /dev/null po/zh_CN.po 2>"$tmp/check.err"; then
  echo "ok 2 zh_CN.po formats match their sources"
else
  echo "not ok 2 zh_CN.po formats match their sources"; sed 's/^/# /' "$tmp/check.err"
fi

missing=""
for f in $(grep -rlE '\b(N?_|C_|g_dngettext) ?\(' app --include='*.c') \
         $(grep -rl 'translatable="yes"' ui --include='*.ui' 2>/dev/null); do
  grep -qx "$f" po/POTFILES || missing="$missing $f"
done
if [ -z "$missing" ]; then
  echo "ok 3 every source file with strings is in po/POTFILES"
else
  echo "not ok 3 every source file with strings is in po/POTFILES # missing:$missing"
fi
