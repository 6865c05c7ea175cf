#!/usr/bin/env bash
# deploy/validate.sh: validates docker-compose.yml and the Kubernetes overlays without a Docker engine or a
# cluster (what was verified on such a machine: shared design notes, governance.md §5).
#
#   bash deploy/validate.sh               every check, one line each ("ok" / "FAIL"); exit 1 if any failed
#   bash deploy/validate.sh --self-test   breaks copies on purpose (a misspelled field, a missing probe, a
#                                         depends_on to a missing service, ...) and shows that each is caught
#
# Compose: gen-env.sh run into a temporary directory (its values and certificates checked); dclint 3.1.0 (the
#   compose-spec schema, and its lint rules but the ones that are matters of taste, deploy/compose/dclint.json);
#   deploy/compose/check.mjs (interpolated variables, depends_on, health checks, limits and their sum, published
#   ports, each app's environment and TLS directory); the MariaDB init SQL against the databases the services use.
# Kubernetes: kubectl kustomize of every service base and of each overlay, then deploy/k8s/check.mjs on the render:
#   the offline schemas of kubernetes-models 5.1.0 (cert-manager's for Certificates and Issuers), a strict pass
#   that rejects every field the schema does not have (kubernetes-models alone lets them through), and our rules
#   (probes, requests and limits, runAsNonRoot and the rest of Pod Security "restricted", a PDB per workload,
#   shutdown, replicas/autoscalers/zones per overlay, references, each app's environment and certificate).
#
# Needs: bash, node + npm (the npm registry, the first time), kubectl with kustomize (v1.32 here), openssl.
# Tools go to ${XDG_CACHE_HOME:-$HOME/.cache}/kaola-deploy-tools (KAOLA_DEPLOY_TOOLS to choose), never into the
# repository; later runs are offline.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TOOLS="${KAOLA_DEPLOY_TOOLS:-${XDG_CACHE_HOME:-$HOME/.cache}/kaola-deploy-tools}"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/kaola-validate.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
FAILED=0

ok() { printf 'ok    %s\n' "$1"; }
fail() { # check [detail lines]
  printf 'FAIL  %s\n' "$1"; FAILED=1
  [[ -n "${2:-}" ]] && printf '%s\n' "$2" | sed 's/^/        /'
  return 0
}
die() { printf 'validate.sh: %s\n' "$*" >&2; exit 2; }

# --- tools ---------------------------------------------------------------------------------------------------
install_tools() {
  local missing=() t
  for t in node npm kubectl openssl; do command -v "$t" > /dev/null || missing+=("$t"); done
  (( ${#missing[@]} == 0 )) || die "needs ${missing[*]} (node and npm: Debian packages nodejs npm; kubectl with kustomize)"
  mkdir -p "$TOOLS"
  local manifest='{"name":"kaola-deploy-tools","private":true,"type":"module","dependencies":{"dclint":"3.1.0","kubernetes-models":"5.1.0","@kubernetes-models/cert-manager":"6.0.0","yaml":"2.9.1"}}'
  if [[ ! -d "$TOOLS/node_modules" || "$(cat "$TOOLS/.installed" 2> /dev/null)" != "$manifest" ]]; then
    printf '%s\n' "$manifest" > "$TOOLS/package.json"
    echo "validate.sh: installing dclint, kubernetes-models, yaml into $TOOLS ..." >&2
    (cd "$TOOLS" && npm install --no-audit --no-fund --loglevel=error > "$TOOLS/npm-install.log" 2>&1) \
      || { tail -20 "$TOOLS/npm-install.log" >&2; die "npm install failed (log: $TOOLS/npm-install.log)"; }
    printf '%s' "$manifest" > "$TOOLS/.installed"
  fi
  # the checks import yaml and kubernetes-models: they run from the tool directory, next to node_modules
  cp "$ROOT/deploy/compose/check.mjs" "$TOOLS/check-compose.mjs"
  cp "$ROOT/deploy/k8s/check.mjs" "$TOOLS/check-k8s.mjs"
}

# --- what the repository says the deployments must contain ------------------------------------------------------
write_apps() { # the Maven service modules and the gateway: "app image application.yml"
  local d
  : > "$WORK/apps.txt"
  for d in "$ROOT"/kaola-*/kaola-*-service; do
    [[ -f "$d/pom.xml" ]] || continue
    printf '%s kaola/%s %s\n' "$(basename "$(dirname "$d")")" "$(basename "$d")" "$d/src/main/resources/application.yml" >> "$WORK/apps.txt"
  done
  printf 'kaola-gateway kaola/kaola-gateway %s\n' "$ROOT/kaola-gateway/src/main/resources/application.yml" >> "$WORK/apps.txt"
}
DEFAULTS="$ROOT/kaola-common/kaola-common-boot/src/main/resources/kaola-defaults.yml"

expected_databases() { # every kaola_<svc> of the services' JDBC URLs, and kaola_order_0 .. kaola_order_<N-1>
  grep -ho '/kaola_[a-z_]*\${KAOLA_DB_SUFFIX' "$ROOT"/kaola-*/kaola-*-service/src/main/resources/application.yml \
    | sed 's|^/||; s|\${KAOLA_DB_SUFFIX$||' | sort -u
  local n i
  n="$(sed -n 's/.*int DATABASES = \([0-9]*\);.*/\1/p' "$ROOT"/kaola-order/kaola-order-service/src/main/java/io/kaola/order/trade/domain/OrderShard.java)"
  for (( i = 0; i < ${n:-0}; i++ )); do echo "kaola_order_$i"; done
}

# --- compose ---------------------------------------------------------------------------------------------------
check_compose() { # tree: a directory holding docker-compose.yml and deploy/compose/
  local tree="$1" out="$WORK/compose.$RANDOM"
  mkdir -p "$out"
  # gen-env.sh, into a temporary place: what it generates is what the interpolation check may rely on
  if KAOLA_COMPOSE_ENV_FILE="$out/env" KAOLA_COMPOSE_TLS_DIR="$out/tls" bash "$tree/deploy/compose/gen-env.sh" > "$out/gen.log" 2>&1; then
    local problems="" app n
    n="$(grep -c '=' "$out/env")"
    [[ "$(stat -c %a "$out/env")" == 600 ]] || problems+="env file is not mode 600"$'\n'
    for app in $(cut -d' ' -f1 "$WORK/apps.txt"); do
      openssl verify -CAfile "$out/tls/ca/ca.crt" "$out/tls/$app/$app.crt" > /dev/null 2>&1 || problems+="$app.crt does not verify against the CA"$'\n'
      openssl x509 -in "$out/tls/$app/$app.crt" -noout -subject 2> /dev/null | grep -q "CN *= *$app\$" || problems+="$app.crt: CN is not $app"$'\n'
      head -1 "$out/tls/$app/$app.key" 2> /dev/null | grep -q '^-----BEGIN PRIVATE KEY-----$' || problems+="$app.key is not PKCS#8"$'\n'
      [[ "$(stat -c %a "$out/tls/$app/$app.key" 2> /dev/null)" == 600 ]] || problems+="$app.key is not mode 600"$'\n'
    done
    [[ -z "$problems" ]] && ok "compose: gen-env.sh writes $n values (mode 600) and a CA-signed PKCS#8 certificate per app" \
      || fail "compose: gen-env.sh output" "$problems"
  else
    fail "compose: gen-env.sh runs" "$(tail -5 "$out/gen.log")"
    return 0
  fi
  # dclint: schema validation always; style-only rules off (deploy/compose/dclint.json); no warning tolerated.
  # no-unbound-port-interfaces is off because it cannot read ${KAOLA_BIND:-127.0.0.1}: check.mjs checks binding.
  local f label
  for f in docker-compose.yml deploy/compose/sandbox-cashier.yml; do
    label="compose: dclint 3.1.0 $f (compose-spec schema, lint rules)"
    local extra=()
    [[ "$f" == deploy/* ]] && extra=(--disable-rule require-project-name-field)   # an override file has no name
    if "$TOOLS/node_modules/.bin/dclint" -c "$tree/deploy/compose/dclint.json" "${extra[@]}" --max-warnings 0 --color false \
        "$tree/$f" > "$out/dclint.log" 2>&1; then
      ok "$label"
    else
      # (dclint colours its report even with --color false)
      fail "$label" "$(sed 's/\x1b\[[0-9;]*m//g' "$out/dclint.log" | grep -E '(error|warning) ' | sed 's/^ *//' | head -12)"
    fi
  done
  node "$TOOLS/check-compose.mjs" --compose "$tree/docker-compose.yml" --generated "$out/env" --apps "$WORK/apps.txt" \
    --defaults "$DEFAULTS" || FAILED=1
  # the MariaDB init SQL: every database the services use, granted to the services' user
  local sql="$tree/deploy/k8s/overlays/local/infra/mariadb-init.sql" db missing=""
  for db in $(expected_databases); do
    grep -Eq "^CREATE DATABASE IF NOT EXISTS $db[[:space:]]" "$sql" \
      && grep -Eq "^GRANT ALL PRIVILEGES ON $db\.\*[[:space:]]+TO 'kaola'@'%';" "$sql" \
      || missing+="$db: not created and granted"$'\n'
  done
  [[ -z "$missing" ]] && ok "compose: the MariaDB init SQL creates and grants every service database and order shard ($(expected_databases | wc -l) databases)" \
    || fail "compose: the MariaDB init SQL creates and grants every service database and order shard" "$missing"
}

# --- kubernetes --------------------------------------------------------------------------------------------------
secrets_of_local() { # tree -> "name: KEY KEY" of what create-secrets.sh makes
  bash "$1/deploy/k8s/overlays/local/create-secrets.sh" --print > "$WORK/local-secrets.yaml"
  (cd "$TOOLS" && node --input-type=module -e '
    import { readFileSync } from "node:fs"; import { parseAllDocuments } from "yaml";
    for (const d of parseAllDocuments(readFileSync(process.argv[1], "utf8")).map((x) => x.toJS()).filter(Boolean))
      console.log(`${d.metadata.name}: ${Object.keys(d.data ?? {}).join(" ")}`);' "$WORK/local-secrets.yaml")
}

check_k8s() { # tree overlay [kustomization directory, default: the overlay's]
  local tree="$1" overlay="$2" dir="${3:-$1/deploy/k8s/overlays/$2}" out="$WORK/k8s.$RANDOM"
  if kubectl kustomize "$dir" > "$out.yaml" 2> "$out.err"; then
    ok "k8s/$overlay: kubectl kustomize renders ($(grep -c '^kind:' "$out.yaml") objects)"
  else
    fail "k8s/$overlay: kubectl kustomize renders" "$(head -5 "$out.err")"
    return 0
  fi
  if [[ "$overlay" == local ]]; then
    secrets_of_local "$tree" > "$out.secrets" || { fail "k8s/local: create-secrets.sh --print" "$(tail -3 "$WORK/local-secrets.yaml")"; return 0; }
  else
    cp "$tree/deploy/k8s/overlays/$overlay/SECRETS" "$out.secrets"
  fi
  node "$TOOLS/check-k8s.mjs" --rendered "$out.yaml" --overlay "$overlay" --apps "$WORK/apps.txt" --secrets "$out.secrets" \
    --defaults "$DEFAULTS" || FAILED=1
}

check_k8s_sources() { # tree: each service base renders alone; the local infra copies equal the compose files
  local tree="$1" base bad="" n=0
  for base in "$tree"/deploy/k8s/base/kaola-*/; do
    n=$((n + 1))
    kubectl kustomize "$base" > /dev/null 2> "$WORK/base.err" || bad+="$(basename "$base"): $(head -1 "$WORK/base.err")"$'\n'
  done
  [[ -z "$bad" ]] && ok "k8s/base: each of the $n service bases renders on its own" || fail "k8s/base: every service base renders" "$bad"
}

validate() { # tree
  check_compose "$1"
  check_k8s_sources "$1"
  check_k8s "$1" local
  check_k8s "$1" production
}

# --- self-test -----------------------------------------------------------------------------------------------------
copy_tree() { # -> a fresh copy of what the checks read
  local t; t="$(mktemp -d "$WORK/tree.XXXXXX")"
  mkdir -p "$t/deploy"
  cp "$ROOT/docker-compose.yml" "$t/"
  cp -r "$ROOT/deploy/compose" "$ROOT/deploy/k8s" "$t/deploy/"
  rm -rf "$t/deploy/compose/tls"
  echo "$t"
}

CAUGHT=0 MISSED=0
expect_caught() { # description expected-FAIL-prefix log status
  local what="$1" check="$2" log="$3" status="$4"
  if (( status != 0 )) && grep -qF "FAIL  $check" "$log"; then
    local note=""
    # the point of the strict pass: kubernetes-models alone accepts an unknown field
    [[ "$check" == *"no unknown fields"* ]] && grep -q '^ok    k8s/[a-z]*: schema' "$log" && note=" (kubernetes-models' own validation passed it)"
    local said; said="$(grep -F -A1 "FAIL  $check" "$log" | sed -n '2{/^        /!d;s/^ *//;s/^- //;p}' | cut -c1-150)"
    printf 'ok    self-test: %s -> caught by "%s"%s\n' "$what" "$check" "$note"; CAUGHT=$((CAUGHT + 1))
    [[ -n "$said" ]] && printf '        %s\n' "$said"
    return 0
  else
    printf 'FAIL  self-test: %s -> not caught by "%s" (exit %s)\n' "$what" "$check" "$status"; MISSED=$((MISSED + 1))
    sed 's/^/        | /' "$log" | grep -v '^        | ok' | head -15
  fi
}

compose_mutant() { # description expected-check sed-expression
  local t log status=0; t="$(copy_tree)"; log="$t/log"
  sed -i -e "$3" "$t/docker-compose.yml"
  if cmp -s "$ROOT/docker-compose.yml" "$t/docker-compose.yml"; then
    printf 'FAIL  self-test: %s -> the mutation changed nothing\n' "$1"; MISSED=$((MISSED + 1)); return 0
  fi
  ( FAILED=0; check_compose "$t"; exit "$FAILED" ) > "$log" 2>&1 || status=$?
  expect_caught "$1" "$2" "$log" "$status"
}

k8s_mutant() { # description expected-check overlay kustomization-body
  local t log status=0; t="$(copy_tree)"; log="$t/log"
  mkdir -p "$t/deploy/k8s/selftest"
  printf 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\n%s\n' "$4" > "$t/deploy/k8s/selftest/kustomization.yaml"
  ( FAILED=0; check_k8s "$t" "$3" "$t/deploy/k8s/selftest"; exit "$FAILED" ) > "$log" 2>&1 || status=$?
  expect_caught "$1" "$2" "$log" "$status"
}

json_patch() { # kind name op-lines -> a patches: entry
  printf 'patches:\n  - target:\n      kind: %s\n      name: %s\n    patch: |-\n%s\n' "$1" "$2" "$(printf '%s\n' "$3" | sed 's/^/      /')"
}

self_test() {
  local t log status=0
  t="$(copy_tree)"; log="$t/log"
  ( FAILED=0; validate "$t"; exit "$FAILED" ) > "$log" 2>&1 || status=$?
  if (( status == 0 )); then
    ok "self-test: the unchanged copy passes every check ($(grep -c '^ok' "$log") checks)"
  else
    fail "self-test: the unchanged copy passes every check" "$(grep '^FAIL' -A3 "$log" | head -20)"
  fi

  # compose: each mutation edits a copy of docker-compose.yml
  compose_mutant "depends_on naming a service that does not exist (zookeepr)" \
    "compose: every depends_on names a service" '0,/^      zookeeper:$/s//      zookeepr:/'
  compose_mutant "a misspelled service key (imagee)" \
    "compose: dclint 3.1.0 docker-compose.yml" '0,/^    image: redis:7.4$/s//    imagee: redis:7.4/'
  compose_mutant "no memory limit on redis" \
    "compose: every container has memory and cpu limits" '/^          memory: 256M$/d'
  compose_mutant "a \${VAR} with neither a default nor gen-env.sh behind it" \
    "compose: every \${VAR} has a default or is generated" 's/KAOLA_BIND_HOST: kaola-user$/KAOLA_BIND_HOST: ${KAOLA_USER_HOST}/'
  compose_mutant "a service waited for as healthy that has no healthcheck (rocketmq-namesrv)" \
    "compose: every depends_on names a service" '/^  rocketmq-namesrv:$/,/^  rocketmq-store-init:$/s/^    healthcheck:$/    x-healthcheck:/'
  compose_mutant "the gateway published on every interface" \
    "compose: only the gateway's port is published" 's|"${KAOLA_BIND:-127.0.0.1}:${KAOLA_GATEWAY_HOST_PORT:-8080}:8080"|"8080:8080"|'
  compose_mutant "a setting left at its loopback default (KAOLA_CUSTOMS_SINGLE_WINDOW_URL)" \
    "compose: every Kaola app" '/^      KAOLA_CUSTOMS_SINGLE_WINDOW_URL: /d'

  # kubernetes: each mutation is a kustomization on top of an overlay, rendered and checked like the overlay
  k8s_mutant "a misspelled container field (imagee)" "k8s/local: no unknown fields" local \
    "resources: [../overlays/local]
$(json_patch Deployment kaola-user '- op: add
  path: /spec/template/spec/containers/0/imagee
  value: kaola/kaola-user-service:0.1.0-SNAPSHOT')"
  k8s_mutant "a container without readinessProbe" "k8s/local: every container has startup, liveness and readiness probes" local \
    "resources: [../overlays/local]
$(json_patch Deployment kaola-user '- op: remove
  path: /spec/template/spec/containers/0/readinessProbe')"
  k8s_mutant "a Deployment without a PodDisruptionBudget" "k8s/local: every workload has a PodDisruptionBudget" local \
    "resources: [../overlays/local]
patches:
  - patch: |-
      \$patch: delete
      apiVersion: policy/v1
      kind: PodDisruptionBudget
      metadata:
        name: kaola-product"
  k8s_mutant "replicas given as a string" "k8s/local: schema" local \
    "resources: [../overlays/local]
$(json_patch Deployment kaola-pricing '- op: replace
  path: /spec/replicas
  value: "1"')"
  k8s_mutant "runAsNonRoot removed" "k8s/local: runAsNonRoot" local \
    "resources: [../overlays/local]
$(json_patch Deployment kaola-gateway '- op: remove
  path: /spec/template/spec/securityContext/runAsNonRoot')"
  k8s_mutant "a container without resource limits (StatefulSet kaola-order)" "k8s/local: every container has cpu and memory requests and limits" local \
    "resources: [../overlays/local]
$(json_patch StatefulSet kaola-order '- op: remove
  path: /spec/template/spec/containers/0/resources/limits')"
  k8s_mutant "service links left on (KAOLA_GATEWAY_PORT=tcp://...)" "k8s/local: runAsNonRoot" local \
    "resources: [../overlays/local]
$(json_patch Deployment kaola-gateway '- op: remove
  path: /spec/template/spec/enableServiceLinks')"
  k8s_mutant "a Secret referenced that nothing creates" "k8s/local: ConfigMaps, Secrets" local \
    "resources: [../overlays/local]
$(json_patch Deployment kaola-user '- op: add
  path: /spec/template/spec/containers/0/envFrom/-
  value: {secretRef: {name: kaola-user-extra}}')"
  k8s_mutant "a kustomization that does not render (missing file)" "k8s/local: kubectl kustomize renders" local \
    "resources: [../overlays/local, missing.yaml]"
  k8s_mutant "one replica in production" "k8s/production: replicas >= 2" production \
    "resources: [../overlays/production]
$(json_patch StatefulSet kaola-payment '- op: replace
  path: /spec/replicas
  value: 1')"
  k8s_mutant "a stateless provider without its autoscaler in production" "k8s/production: replicas >= 2" production \
    "resources: [../overlays/production]
patches:
  - patch: |-
      \$patch: delete
      apiVersion: autoscaling/v2
      kind: HorizontalPodAutoscaler
      metadata:
        name: kaola-inventory"

  printf '%s\n' "self-test: $CAUGHT broken copies caught, $MISSED missed"
  (( MISSED == 0 )) || FAILED=1
}

case "${1:-}" in
  "") install_tools; write_apps; validate "$ROOT" ;;
  --self-test) install_tools; write_apps; self_test ;;
  *) echo "usage: bash deploy/validate.sh [--self-test]" >&2; exit 2 ;;
esac
if (( FAILED )); then echo "validate.sh: FAILED"; exit 1; fi
echo "validate.sh: all checks passed"
