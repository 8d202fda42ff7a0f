#!/usr/bin/env bash
# Fills fonts/ from fonts/manifest.tsv and checks sha256 sums.
#  - A row whose system path exists (its Debian package is installed) is linked from there.
#  - Otherwise its Debian package is fetched once (`apt-get download`) into
#    ~/.cache/tongbao/debs/PACKAGE and only the manifest's files are unpacked from it (`dpkg-deb`,
#    nothing installed, no root needed): this is how the Fandol faces come out of
#    texlive-lang-chinese without TeX. The file is linked from the cache.
#  - A row with a fifth column `simplify=N sha256=S` links a derived face instead: the source
#    (checked against the row's sha256) is simplified once by scripts/simplify-font.py within N
#    font units into ~/.cache/tongbao/fonts, and the result is checked against S.
# A file already in fonts/ that is not a link (a real copy an office dropped in) is left alone;
# links left over from earlier manifests (the lean faces) are removed.
set -euo pipefail
cd "$(dirname "$0")/.."
status=0
manifest=fonts/manifest.tsv
cache="${XDG_CACHE_HOME:-$HOME/.cache}/tongbao/debs"
derived="${XDG_CACHE_HOME:-$HOME/.cache}/tongbao/fonts"
declare -A wanted

check() {  # file expected-sha [why it could differ]
  local actual
  actual=$(sha256sum -b "$1" | cut -d' ' -f1)
  if [[ "$actual" != "$2" ]]; then
    echo "fonts: $1 has sha256 $actual, the manifest expects $2" >&2
    echo "       (${3:-a different version of its Debian package?} PDFs would not be reproducible)" >&2
    status=1
    return 1
  fi
}

# the simplified face of SOURCE within TOLERANCE units, made once into the cache; prints its path
simplified() {  # file source tolerance expected-sha
  local out="$derived/$1"
  if [[ -f "$out" && "$(sha256sum -b "$out" | cut -d' ' -f1)" == "$4" ]]; then echo "$out"; return 0; fi
  mkdir -p "$derived"
  echo "fonts: simplifying the outlines of $1 within $3 font units (once, ~35 s of CPU)" >&2
  python3 scripts/simplify-font.py "$2" "$out.$$.tmp" "$3" </dev/null >&2 || { rm -f "$out.$$.tmp"; return 1; }
  mv -f "$out.$$.tmp" "$out"
  echo "$out"
}

# unpack PACKAGE's files listed in the manifest into the cache (once)
unpack() {  # package
  local pkg="$1" dir="$cache/$1" deb paths
  mapfile -t paths < <(awk -F'\t' -v p="$pkg" '$3 == p { print "." $4 }' "$manifest")
  local p missing=0
  for p in "${paths[@]}"; do [[ -f "$dir/$p" ]] || missing=1; done
  (( missing )) || return 0
  mkdir -p "$dir"
  echo "fonts: fetching $pkg (apt-get download) to unpack ${#paths[@]} font(s) from it, nothing installed"
  deb=$(cd "$dir" && ls -t "$pkg"_*.deb 2>/dev/null | head -1 || true)
  if [[ -z "$deb" ]]; then
    if ! (cd "$dir" && apt-get download -q "$pkg" 2>&1 | grep -v -e '^W: Download is performed unsandboxed' -e '^Get:' -e '^Fetched' >&2); then :; fi
    deb=$(cd "$dir" && ls -t "$pkg"_*.deb 2>/dev/null | head -1 || true)
  fi
  if [[ -z "$deb" && "$(id -u)" -eq 0 ]]; then
    # a fresh machine whose package lists were never fetched: fetch them once and try again
    apt-get update -qq >/dev/null 2>&1 || true
    (cd "$dir" && apt-get download -q "$pkg" >/dev/null 2>&1) || true
    deb=$(cd "$dir" && ls -t "$pkg"_*.deb 2>/dev/null | head -1 || true)
  fi
  if [[ -z "$deb" ]]; then
    echo "fonts: could not download $pkg (apt-get download; is the package list current? try apt-get update)" >&2
    return 1
  fi
  dpkg-deb --fsys-tarfile "$dir/$deb" | tar -x -C "$dir" "${paths[@]}"
  rm -f "$dir/$deb"   # the fonts are what is kept (the package is ~50 MB)
}

# the tolerance and the sha256 a fifth column `simplify=N sha256=S` names, on one line; nothing
# when it is not that
derivation() {  # fifth-column
  local tolerance dsha
  tolerance=$(sed -n 's/.*simplify=\([0-9.]*\).*/\1/p' <<<"$1")
  dsha=$(sed -n 's/.*sha256=\([0-9a-f]*\).*/\1/p' <<<"$1")
  [[ -n "$tolerance" && -n "$dsha" ]] && echo "$tolerance $dsha"
  return 0
}

# The derived faces are made first, all at once (one core each: two refits take ~35 s instead of
# ~70 s one after the other); the loop below then finds them made and checks them. A face whose
# source is not there yet or does not match is left to that loop, which says why.
pids=()
while IFS=$'\t' read -r file sha pkg path derive; do
  [[ -z "$file" || "$file" == \#* || -z "${derive:-}" ]] && continue
  [[ -e "fonts/$file" && ! -L "fonts/$file" ]] && continue
  src="$path"
  [[ -f "$src" ]] || src="$cache/$pkg$path"
  [[ -f "$src" ]] || { unpack "$pkg" || continue; }
  [[ -f "$src" && "$(sha256sum -b "$src" | cut -d' ' -f1)" == "$sha" ]] || continue
  read -r tolerance dsha <<<"$(derivation "$derive")" || continue
  [[ -n "${dsha:-}" ]] || continue
  simplified "$file" "$src" "$tolerance" "$dsha" >/dev/null &
  pids+=($!)
done < "$manifest"
for p in "${pids[@]}"; do wait "$p" || true; done

while IFS=$'\t' read -r file sha pkg path derive; do
  [[ -z "$file" || "$file" == \#* ]] && continue
  wanted[$file]=1
  if [[ -e "fonts/$file" && ! -L "fonts/$file" ]]; then continue; fi   # an office's own copy
  src="$path"
  if [[ ! -f "$src" ]]; then
    src="$cache/$pkg$path"
    if [[ ! -f "$src" ]] && ! unpack "$pkg"; then status=1; continue; fi
    if [[ ! -f "$src" ]]; then
      echo "fonts: $path is not in Debian package $pkg" >&2; status=1; continue
    fi
  fi
  if [[ -n "${derive:-}" ]]; then
    read -r tolerance dsha <<<"$(derivation "$derive")" || true
    if [[ -z "${tolerance:-}" || -z "${dsha:-}" ]]; then
      echo "fonts: $manifest: $file: fifth column '$derive' is not 'simplify=N sha256=S'" >&2; status=1; continue
    fi
    check "$src" "$sha" || continue
    src=$(simplified "$file" "$src" "$tolerance" "$dsha") || { status=1; continue; }
    [[ "$(readlink "fonts/$file" 2>/dev/null)" == "$src" ]] || ln -sfn "$src" "fonts/$file"
    check "fonts/$file" "$dsha" "made with another fontTools version?" || true
    continue
  fi
  [[ "$(readlink "fonts/$file" 2>/dev/null)" == "$src" ]] || ln -sfn "$src" "fonts/$file"
  check "fonts/$file" "$sha" || true
done < "$manifest"

# links an earlier manifest made (e.g. the lean faces) would be loaded as fonts too
for f in fonts/*; do
  [[ -L "$f" ]] || continue
  [[ -n "${wanted[$(basename "$f")]:-}" ]] || rm -f "$f"
done
exit $status
