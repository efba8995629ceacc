#!/usr/bin/env bash
# Writes a made-up AWS account export of any size with its findings, to try or measure the batch
# command on: FOLDER/authorization-details.json and FOLDER/findings/. The account is the one the
# batch tests generate (src/test/java/org/iamrefiner/batch/GeneratedAccount.java); the same size
# always gives the same account.
#
#   scripts/generate-account.sh PRINCIPALS FOLDER [--with-bad-items]
#   ./iam-refiner batch --authorization-details FOLDER/authorization-details.json \
#       --findings FOLDER/findings --output FOLDER-out
#
# --with-bad-items breaks three items (a policy that is not JSON, a finding that names the wrong
# service, a findings file that is not JSON) to show how a batch reports them.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if [ $# -lt 2 ] || [ $# -gt 3 ]; then
  echo "usage: $0 PRINCIPALS FOLDER [--with-bad-items]" >&2
  exit 2
fi
# The jar (built by the launcher when sources changed) and the compiled test classes.
"$here/iam-refiner" --version >/dev/null
(cd "$here" && mvn -q -B -o test-compile 2>&1 || mvn -q -B test-compile 2>&1) | sed -e 's/\x1b\[[0-9;]*m//g' | { grep -v '^$' || true; } >&2
exec java -cp "$here/target/test-classes:$here/target/iam-refiner.jar" org.iamrefiner.batch.GeneratedAccount "$@"
