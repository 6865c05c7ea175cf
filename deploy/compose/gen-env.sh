#!/usr/bin/env bash
# gen-env.sh: the secrets and the service-plane certificates of the compose stack (docker-compose.yml).
#
#   deploy/compose/gen-env.sh
#   docker compose --env-file .env.compose up -d
#
# Writes, once, and never prints a value:
#   .env.compose (mode 600, git-ignored)   every secret docker-compose.yml interpolates: JWT key, sandbox payment
#                                          and carrier secrets, identity key rings, the first ops account and its
#                                          random password, MariaDB and ZooKeeper passwords, and the uid/gid the
#                                          Kaola containers run as (the owner of the certificate files)
#   deploy/compose/tls/ (git-ignored)      ca/ca.crt + ca/ca.key: the compose stack's own service-plane CA (never
#                                          mounted into a container); <app>/{ca.crt,<app>.crt,<app>.key}: one
#                                          directory per application, mounted read-only into that application's
#                                          container only (KAOLA_RPC_TLS_DIR). EC P-256, ECDSA-SHA256, keys PKCS#8,
#                                          CN = the application name, as deploy/kaola-devinfra's ServicePlaneCa.
# Running it again keeps every existing value and file and adds only what is missing (the identity index key
# and the database passwords must never change once the volumes hold data). A variable already set in the
# environment is written instead of a random one (e.g. KAOLA_OPS_EMAIL, KAOLA_OPS_PASSWORD).
# Delete deploy/compose/tls to issue new certificates (then recreate the containers).
#
# Settings: KAOLA_COMPOSE_ENV_FILE [<repo>/.env.compose], KAOLA_COMPOSE_TLS_DIR [<repo>/deploy/compose/tls]
# (docker-compose.yml mounts the default TLS directory; the other paths are for deploy/validate.sh).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
ENV_FILE="${KAOLA_COMPOSE_ENV_FILE:-$ROOT/.env.compose}"
TLS_DIR="${KAOLA_COMPOSE_TLS_DIR:-$ROOT/deploy/compose/tls}"
# every application of the platform (deploy/kaola-devinfra ServicePlaneCa.APPLICATIONS)
APPS=(kaola-user kaola-product kaola-inventory kaola-pricing kaola-order kaola-payment kaola-logistics
      kaola-customs kaola-promotion kaola-gateway)

die() { printf 'gen-env.sh: %s\n' "$*" >&2; exit 1; }
command -v openssl > /dev/null || die "needs openssl (the Debian package openssl)"

umask 077
rand() { openssl rand -base64 $(( $1 * 2 )) | tr -d '\n/+=' | cut -c "1-$1"; }
key32() { openssl rand -base64 32 | tr -d '\n'; }

# The containers run as the owner of the certificate files (mode 600). As root, files are given to 10001.
if [[ "$(id -u)" == 0 ]]; then RUN_UID=10001 RUN_GID=10001; else RUN_UID="$(id -u)" RUN_GID="$(id -g)"; fi

touch "$ENV_FILE"
chmod 600 "$ENV_FILE"
added=0
add() { # name value: appended unless the file has it; a value from the environment wins over the generated one
  grep -q "^$1=" "$ENV_FILE" && return 0
  local value="${!1:-$2}"
  [[ "$value" != *$'\n'* ]] || die "$1 must be one line"
  printf '%s=%s\n' "$1" "$value" >> "$ENV_FILE"
  added=$((added + 1))
}
add KAOLA_UID "$RUN_UID"
add KAOLA_GID "$RUN_GID"
add KAOLA_JWT_SECRET "$(rand 48)"
add KAOLA_PAYMENT_SANDBOX_SECRET "$(rand 32)"
add KAOLA_CARRIER_SANDBOX_SECRET "$(rand 32)"
add KAOLA_OPS_EMAIL "ops@kaola.local"
add KAOLA_OPS_PASSWORD "$(rand 18)"
# real-name identity: AES-256-GCM key ring and the blind-index key (never change the index key)
add KAOLA_IDENTITY_KEYS "k1:$(key32)"
add KAOLA_IDENTITY_CURRENT_KEY "k1"
add KAOLA_IDENTITY_INDEX_KEY "$(key32)"
# kaola-customs keeps the declared identity numbers under its own key ring (docs/customs.md)
add KAOLA_CUSTOMS_IDENTITY_KEYS "c1:$(key32)"
add KAOLA_CUSTOMS_IDENTITY_CURRENT_KEY "c1"
# infrastructure: MariaDB's root and the services' user `kaola`; ZooKeeper digest identity `kaola`
add KAOLA_DB_ROOT_PASSWORD "$(rand 24)"
add KAOLA_DB_PASSWORD "$(rand 24)"
add KAOLA_ZK_PASSWORD "$(rand 24)"

# --- service-plane certificates ---------------------------------------------------------------------------
mkdir -p "$TLS_DIR/ca"
chmod 700 "$TLS_DIR" "$TLS_DIR/ca"
CA_CRT="$TLS_DIR/ca/ca.crt" CA_KEY="$TLS_DIR/ca/ca.key"
issued=0
if [[ ! -s "$CA_CRT" || ! -s "$CA_KEY" ]]; then
  openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$CA_KEY" 2> /dev/null
  openssl req -x509 -new -key "$CA_KEY" -sha256 -days 3650 -subj "/O=Kaola/CN=Kaola service-plane CA (compose)" \
    -addext "basicConstraints=critical,CA:TRUE,pathlen:0" -addext "keyUsage=critical,keyCertSign,cRLSign" \
    -addext "subjectKeyIdentifier=hash" -out "$CA_CRT" 2> /dev/null
  # a new CA invalidates every certificate issued by the old one
  for app in "${APPS[@]}"; do rm -rf "${TLS_DIR:?}/$app"; done
fi
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
for app in "${APPS[@]}"; do
  dir="$TLS_DIR/$app"
  [[ -s "$dir/$app.crt" && -s "$dir/$app.key" && -s "$dir/ca.crt" ]] && continue
  mkdir -p "$dir"; chmod 700 "$dir"
  openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$dir/$app.key" 2> /dev/null   # PKCS#8 PEM
  openssl req -new -key "$dir/$app.key" -subj "/O=Kaola/OU=service plane/CN=$app" -out "$work/$app.csr" 2> /dev/null
  printf '%s\n' "basicConstraints=critical,CA:FALSE" "keyUsage=critical,digitalSignature,keyAgreement" \
    "extendedKeyUsage=serverAuth,clientAuth" "subjectAltName=DNS:$app,DNS:localhost,IP:127.0.0.1,IP:::1" \
    "subjectKeyIdentifier=hash" "authorityKeyIdentifier=keyid" > "$work/$app.ext"
  openssl x509 -req -in "$work/$app.csr" -CA "$CA_CRT" -CAkey "$CA_KEY" -set_serial "0x$(openssl rand -hex 16)" \
    -days 825 -sha256 -extfile "$work/$app.ext" -out "$dir/$app.crt" 2> /dev/null
  cp "$CA_CRT" "$dir/ca.crt"
  chmod 600 "$dir"/*
  issued=$((issued + 1))
done
if [[ "$(id -u)" == 0 ]]; then
  uid="$(sed -n 's/^KAOLA_UID=//p' "$ENV_FILE")" gid="$(sed -n 's/^KAOLA_GID=//p' "$ENV_FILE")"
  for app in "${APPS[@]}"; do chown -R "$uid:$gid" "$TLS_DIR/$app"; done
fi

printf 'gen-env.sh: %s (%d value(s) added, mode 600); %s (%d certificate(s) issued)\n' \
  "$ENV_FILE" "$added" "$TLS_DIR" "$issued"
printf 'gen-env.sh: next: docker compose --env-file %s up -d\n' "${ENV_FILE#"$ROOT"/}"
