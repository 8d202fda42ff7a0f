#!/usr/bin/env bash
# Fills fonts/ from fonts/manifest.tsv and checks sha256 sums.
#  - A row of a Debian package links its system file into fonts/ (checked against its sha256).
#  - A row of package "derived" (path SOURCE#FACE) is a lean face made from a source row by
#    scripts/lean-font.py (desubroutinized CFF: PDFs about 3x smaller with cairo 1.16, see the
#    script). It is made once per machine into ~/.cache/tongbao/fonts and linked into fonts/; its
#    source collection is then not linked, so each family comes from one file. Without fontTools
#    the source collection is linked as before (bigger PDFs, same pages).
# A file already in fonts/ that is not a link (a real copy an office dropped in) is left alone.
set -euo pipefail
cd "$(dirname "$0")/.."
status=0
manifest=fonts/manifest.tsv
cache="${XDG_CACHE_HOME:-$HOME/.cache}/tongbao/fonts"
declare -A source_path source_sha

check() {  # file expected-sha [warn]
  local actual
  actual=$(sha256sum -b "$1" | cut -d' ' -f1)
  if [[ "$actual" != "$2" ]]; then
    echo "fonts: $1 has sha256 $actual, the manifest expects $2" >&2
    echo "       (a different version of its package or of fontTools? PDFs would not be reproducible)" >&2
    [[ "${3:-}" == warn ]] || status=1
  fi
}

# sources: Debian files
while IFS=$'\t' read -r file sha pkg path; do
  [[ -z "$file" || "$file" == \#* || "$pkg" == derived ]] && continue
  if [[ ! -f "$path" ]]; then
    [[ -e "fonts/$file" && ! -L "fonts/$file" ]] && continue
    echo "fonts: $path is missing (Debian package $pkg)" >&2; status=1; continue
  fi
  source_path[$file]="$path"
  source_sha[$file]="$sha"
  if awk -F'\t' -v f="$file" '$3 == "derived" && index($4, f "#") == 1 { found = 1 } END { exit !found }' "$manifest" \
     && python3 -c "import fontTools" 2>/dev/null; then
    check "$path" "$sha"
    [[ -L "fonts/$file" ]] && rm -f "fonts/$file"   # its lean faces stand in for it
    continue
  fi
  [[ -e "fonts/$file" ]] || ln -sf "$path" "fonts/$file"
  check "fonts/$file" "$sha"
done < "$manifest"

# lean faces made from the sources
while IFS=$'\t' read -r file sha pkg path; do
  [[ -z "$file" || "$file" == \#* || "$pkg" != derived ]] && continue
  src="${path%%#*}"
  face="${path##*#}"
  [[ -n "${source_path[$src]:-}" ]] || continue
  if ! python3 -c "import fontTools" 2>/dev/null; then
    echo "fonts: fontTools is missing; linking $src instead of the lean $file (PDFs ~3x larger)" >&2
    [[ -e "fonts/$src" ]] || ln -sf "${source_path[$src]}" "fonts/$src"
    continue
  fi
  if [[ ! -e "fonts/$file" || -L "fonts/$file" ]]; then
    made="$cache/${source_sha[$src]:0:16}-$file"
    if [[ ! -f "$made" ]]; then
      mkdir -p "$cache"
      echo "fonts: making $file from $src (face $face) — once per machine, about two minutes"
      if ! python3 scripts/lean-font.py "${source_path[$src]}" "$face" "$made.$$.tmp"; then
        rm -f "$made.$$.tmp"
        echo "fonts: could not make $file; linking $src instead" >&2
        [[ -e "fonts/$src" ]] || ln -sf "${source_path[$src]}" "fonts/$src"
        continue
      fi
      mv "$made.$$.tmp" "$made"
    fi
    ln -sf "$made" "fonts/$file"
  fi
  check "fonts/$file" "$sha" warn
done < "$manifest"
exit $status
