#!/usr/bin/env bash
# Links the open default fonts named in fonts/manifest.tsv into fonts/ and checks their sha256.
# A file already in fonts/ (a real copy an office dropped in) is left alone.
set -euo pipefail
cd "$(dirname "$0")/.."
status=0
while IFS=$'\t' read -r file sha pkg path; do
  [[ -z "$file" || "$file" == \#* ]] && continue
  if [[ ! -e "fonts/$file" ]]; then
    if [[ ! -f "$path" ]]; then
      echo "fonts: $path is missing (Debian package $pkg)" >&2; status=1; continue
    fi
    ln -sf "$path" "fonts/$file"
  fi
  actual=$(sha256sum -b "fonts/$file" | cut -d' ' -f1)
  if [[ "$actual" != "$sha" ]]; then
    echo "fonts: fonts/$file has sha256 $actual, the manifest expects $sha" >&2
    echo "       (a different version of $pkg? PDFs would not be reproducible)" >&2
    status=1
  fi
done < fonts/manifest.tsv
exit $status
