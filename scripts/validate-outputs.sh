#!/usr/bin/env bash
# Runs the built skills over every golden input and the third-party corpus in ../shared/corpus, and checks
# all they emit with the independent validators in ../shared/tools. Part of .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."
tools=../shared/tools
corpus=../shared/corpus
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

ocsf() { python3 "$tools/ocsf-validate.py" --warnings-as-errors --quiet "$@"; }
sarif() { python3 "$tools/sarif-check.py" --warnings-as-errors --quiet "$@"; }

echo "-- golden outputs"
for file in golden/*/*.jsonl; do
  case "$file" in */expected.*) ocsf "$file" ;; esac
done
for file in golden/*/*.sarif; do sarif "$file"; done

# One line per corpus pipe: ingester, its options, the detectors that read what it emits, the corpus files.
# The corpus is partial on purpose (test events without times), so every run stamps those with
# --assume-time; the ingest tests check that they are reported without it.
pipe() {
  local name=$1 ingester=$2 options=$3 detectors=$4
  shift 4
  local files=()
  for file in "$@"; do files+=("$corpus/$file"); done
  echo "-- corpus: $name"
  # shellcheck disable=SC2086
  node "dist/$ingester.mjs" -q $options "${files[@]}" > "$out/$name.ocsf.jsonl"
  ocsf "$out/$name.ocsf.jsonl"
  for detector in $detectors; do
    node "dist/$detector.mjs" -q "$out/$name.ocsf.jsonl" > "$out/$name.$detector.jsonl"
    ocsf "$out/$name.$detector.jsonl"
    node dist/convert-ocsf-to-sarif.mjs -q "$out/$name.$detector.jsonl" > "$out/$name.$detector.sarif"
    sarif "$out/$name.$detector.sarif"
  done
}

assume='--assume-time 2024-01-01T00:00:00Z'
pipe k8s ingest-k8s-audit-ocsf "$assume" \
  "detect-privilege-escalation-k8s detect-sensitive-secret-read-k8s detect-container-escape-k8s" \
  k8s/panther_eks_k8s_audit_rule_tests.jsonl k8s/panther_aks_kube_audit_diaglog_rule_tests.jsonl
pipe gke ingest-k8s-audit-ocsf "$assume" \
  "detect-privilege-escalation-k8s detect-sensitive-secret-read-k8s detect-container-escape-k8s" \
  gcp/panther_gcp_audit_rule_tests.jsonl
pipe cloudtrail ingest-cloudtrail-ocsf "$assume" \
  "detect-aws-iam-persistence detect-aws-defense-evasion detect-aws-data-exposure detect-aws-credential-access detect-aws-account-access detect-aws-remote-execution" \
  cloudtrail/stratus_red_team_detonations.records.json cloudtrail/panther_cloudtrail_rule_tests.jsonl \
  cloudtrail/plaso_aws_cloudtrail_lookupevents.jsonl
pipe vpcflow ingest-vpc-flow-logs-ocsf "$assume" "" vpcflow/panther_vpcflow_rule_tests.jsonl
# detect-lateral-movement-aws joins CloudTrail and VPC flow events merged as a user would with cat. The
# corpus holds no pair, so the golden scenario's logs go in among it and real findings are checked.
echo "-- corpus: cloudtrail and vpcflow merged, detect-lateral-movement-aws"
lateral=golden/aws-lateral-movement
cat "$out/cloudtrail.ocsf.jsonl" "$lateral/expected.cloudtrail.ocsf.jsonl" "$out/vpcflow.ocsf.jsonl" \
  "$lateral/expected.flows.ocsf.jsonl" | node dist/detect-lateral-movement-aws.mjs -q > "$out/lateral.jsonl"
ocsf "$out/lateral.jsonl"
node dist/convert-ocsf-to-sarif.mjs -q "$out/lateral.jsonl" > "$out/lateral.sarif"
sarif "$out/lateral.sarif"
pipe gcp ingest-gcp-audit-ocsf "$assume" "detect-gcp-iam-abuse detect-gcp-defense-evasion" \
  gcp/panther_gcp_audit_rule_tests.jsonl gcp/plaso_gcp_logging.jsonl
pipe azure ingest-azure-activity-ocsf "$assume" "detect-azure-control-plane" \
  azure/panther_azure_activity_rule_tests.jsonl azure/plaso_azure_activity_log_sdkformat.jsonl
pipe guardduty ingest-guardduty-ocsf "" "" guardduty/panther_guardduty_rule_tests.jsonl
pipe securityhub ingest-security-hub-ocsf "" "" securityhub/panther_asff_rule_tests.jsonl
