// Checks the rendered output of one overlay (kubectl kustomize) without a cluster. Run by deploy/validate.sh
// from its tool cache (node_modules: yaml, kubernetes-models, @kubernetes-models/cert-manager):
//
//   node check.mjs --rendered FILE --overlay local|production --apps FILE --secrets FILE --defaults FILE
//
//   --apps     lines "app image application.yml" (the Maven service modules and the gateway)
//   --secrets  lines "name: KEY KEY ..." of the Secrets created outside the render (local: what
//              create-secrets.sh --print makes; production: overlays/production/SECRETS)
//   --defaults kaola-common-boot's kaola-defaults.yml (settings every app reads)
//
// Prints one line per check ("ok" or "FAIL" and what failed) and exits 1 if any failed.
import { readFileSync } from "node:fs";
import { parseAllDocuments } from "yaml";

const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, a, i, all) =>
  a.startsWith("--") ? [...pairs, [a.slice(2), all[i + 1]]] : pairs, []));
const overlay = args.overlay;
const docs = parseAllDocuments(readFileSync(args.rendered, "utf8")).map((d) => d.toJS()).filter(Boolean);
const apps = readFileSync(args.apps, "utf8").trim().split("\n").map((l) => {
  const [app, image, yml] = l.trim().split(/\s+/);
  return { app, image, yml };
});
const externalSecrets = new Map(readFileSync(args.secrets, "utf8").split("\n")
  .filter((l) => /^[a-z0-9.-]+:/.test(l))
  .map((l) => { const [name, keys] = l.split(/:(.*)/s); return [name.trim(), (keys || "").trim().split(/\s+/).filter(Boolean)]; }));

let failed = 0;
function report(check, problems, detail = "") {
  const name = `k8s/${overlay}: ${check}`;
  if (problems.length === 0) {
    console.log(`ok    ${name}${detail ? ` (${detail})` : ""}`);
  } else {
    failed++;
    console.log(`FAIL  ${name}`);
    for (const p of problems.slice(0, 25)) console.log(`        - ${p}`);
    if (problems.length > 25) console.log(`        ... and ${problems.length - 25} more`);
  }
}
const id = (d) => `${d.kind}/${d.metadata?.name}`;
const workloads = docs.filter((d) => ["Deployment", "StatefulSet", "DaemonSet"].includes(d.kind));
const isKaola = (w) => w.metadata?.labels?.["app.kubernetes.io/part-of"] === "kaola";
const podSpec = (w) => w.spec?.template?.spec ?? {};
const containersOf = (w) => [...(podSpec(w).containers ?? []), ...(podSpec(w).initContainers ?? [])];
const matches = (selector, labels) => selector && Object.keys(selector.matchLabels ?? {}).length > 0
  && Object.entries(selector.matchLabels).every(([k, v]) => labels?.[k] === v);

// --- 1 and 2: schema (kubernetes-models) and unknown fields -------------------------------------------------
async function modelOf(doc) {
  const [group, version] = doc.apiVersion.includes("/") ? doc.apiVersion.split("/") : ["", doc.apiVersion];
  const spec = group.endsWith("cert-manager.io")
    ? `@kubernetes-models/cert-manager/${group}/${version}/${doc.kind}`
    : `kubernetes-models/${group ? `${group}/` : ""}${version}/${doc.kind}`;
  try { return (await import(spec))[doc.kind]; } catch { return undefined; }
}

// The generated validators read every property their schema declares (`data.replicas`, ...) and enumerate the
// keys of maps (labels, resources.limits). A proxy records both; a key of the document that the validator never
// looked at is a field the schema does not have (kubernetes-models itself lets those pass).
function recordingProxy(value, path, seen) {
  if (value === null || typeof value !== "object") return value;
  const note = (key) => { if (!seen.has(path)) seen.set(path, new Set()); seen.get(path).add(key); };
  return new Proxy(value, {
    get(target, key, receiver) {
      const v = Reflect.get(target, key, receiver);
      if (typeof key !== "string") return v;
      note(key);
      return v && typeof v === "object" ? recordingProxy(v, `${path}/${key}`, seen) : v;
    },
    ownKeys(target) { note("*"); return Reflect.ownKeys(target); },
  });
}
function unknownFields(value, path, seen, out) {
  if (value === null || typeof value !== "object") return;
  const known = seen.get(path) ?? new Set();
  for (const key of Object.keys(value)) {
    if (!Array.isArray(value) && !known.has(key) && !known.has("*")) out.push(`${path}/${key}`);
    unknownFields(value[key], `${path}/${key}`, seen, out);
  }
}
{
  const schemaProblems = [], fieldProblems = [];
  for (const doc of docs) {
    const Model = await modelOf(doc);
    if (!Model) { schemaProblems.push(`${id(doc)}: no offline schema for ${doc.apiVersion} ${doc.kind}`); continue; }
    const seen = new Map();
    try {
      Model.prototype.validate.call(recordingProxy(doc, "", seen));
    } catch (e) {
      // the generated validators collect every error before they throw: the fields seen are still complete
      schemaProblems.push(`${id(doc)}: ${String(e.message).split("\n").slice(0, 3).join(" ")}`);
    }
    const unknown = [];
    unknownFields(doc, "", seen, unknown);
    for (const f of unknown) fieldProblems.push(`${id(doc)}: unknown field ${f}`);
  }
  report("schema (kubernetes-models 5.1.0, cert-manager models)", schemaProblems, `${docs.length} documents`);
  report("no unknown fields (every key checked against its schema)", fieldProblems);
}

// --- 3. probes -----------------------------------------------------------------------------------------------
{
  const problems = [];
  for (const w of workloads) {
    for (const c of podSpec(w).containers ?? []) {
      for (const probe of ["startupProbe", "livenessProbe", "readinessProbe"]) {
        if (!c[probe]) problems.push(`${id(w)} container ${c.name}: no ${probe}`);
      }
      if (isKaola(w)) {
        if (c.readinessProbe?.httpGet?.path !== "/actuator/health/readiness") problems.push(`${id(w)}: readinessProbe is not GET /actuator/health/readiness`);
        if (c.livenessProbe?.httpGet?.path !== "/actuator/health/liveness") problems.push(`${id(w)}: livenessProbe is not GET /actuator/health/liveness`);
      }
    }
  }
  report("every container has startup, liveness and readiness probes (Kaola: /actuator/health/*)", problems,
    `${workloads.length} workloads`);
}

// --- 4. resources ----------------------------------------------------------------------------------------------
{
  const problems = [];
  const toMi = (q) => { const m = /^(\d+(?:\.\d+)?)(Mi|Gi|M|G)?$/.exec(String(q)); if (!m) return NaN;
    return Number(m[1]) * ({ Mi: 1, Gi: 1024, M: 1e6 / 1048576, G: 1e9 / 1048576 }[m[2]] ?? 1 / 1048576); };
  let total = 0;
  for (const w of workloads) {
    for (const c of containersOf(w)) {
      for (const kind of ["requests", "limits"]) {
        for (const r of ["cpu", "memory"]) {
          if (c.resources?.[kind]?.[r] === undefined) problems.push(`${id(w)} container ${c.name}: no resources.${kind}.${r}`);
        }
      }
      total += toMi(c.resources?.limits?.memory ?? 0) * (w.spec?.replicas ?? 1);
    }
  }
  report("every container has cpu and memory requests and limits", problems,
    `memory limits x replicas: ${Math.round(total)} MiB`);
}

// --- 5. security context (the namespace enforces Pod Security "restricted") ---------------------------------------
{
  const problems = [];
  for (const w of workloads) {
    const pod = podSpec(w);
    for (const c of containersOf(w)) {
      const sc = c.securityContext ?? {};
      if ((sc.runAsNonRoot ?? pod.securityContext?.runAsNonRoot) !== true) problems.push(`${id(w)} container ${c.name}: runAsNonRoot is not true`);
      if (sc.allowPrivilegeEscalation !== false) problems.push(`${id(w)} container ${c.name}: allowPrivilegeEscalation is not false`);
      if (!(sc.capabilities?.drop ?? []).includes("ALL")) problems.push(`${id(w)} container ${c.name}: capabilities do not drop ALL`);
      if ((sc.seccompProfile?.type ?? pod.securityContext?.seccompProfile?.type) !== "RuntimeDefault") problems.push(`${id(w)} container ${c.name}: no RuntimeDefault seccomp profile`);
      if (isKaola(w) && sc.readOnlyRootFilesystem !== true) problems.push(`${id(w)} container ${c.name}: root file system not read-only`);
    }
    if (pod.enableServiceLinks !== false) problems.push(`${id(w)}: enableServiceLinks is not false (KAOLA_GATEWAY_PORT=tcp://... would be injected)`);
  }
  report("runAsNonRoot, no privilege escalation, capabilities dropped, seccomp, no service links", problems);
}

// --- 6. disruption budgets -------------------------------------------------------------------------------------
{
  const problems = [];
  const pdbs = docs.filter((d) => d.kind === "PodDisruptionBudget");
  for (const w of workloads) {
    const labels = w.spec?.template?.metadata?.labels;
    if (!pdbs.some((p) => matches(p.spec?.selector, labels))) problems.push(`${id(w)}: no PodDisruptionBudget selects its pods`);
  }
  for (const p of pdbs) {
    if (!workloads.some((w) => matches(p.spec?.selector, w.spec?.template?.metadata?.labels))) problems.push(`${id(p)}: selects no workload`);
  }
  report("every workload has a PodDisruptionBudget selecting its pods", problems, `${pdbs.length} budgets`);
}

// --- 7. graceful shutdown of the Kaola apps ----------------------------------------------------------------------
{
  const problems = [];
  for (const w of workloads.filter(isKaola)) {
    const c = podSpec(w).containers?.[0] ?? {};
    const sleep = c.lifecycle?.preStop?.sleep?.seconds;
    if (!sleep) problems.push(`${id(w)}: no preStop sleep (time to leave the Service and unregister from ZooKeeper)`);
    // preStop + Dubbo's shutdown wait (10 s) + Spring's graceful phase (30 s)
    const grace = podSpec(w).terminationGracePeriodSeconds ?? 30;
    if (sleep && grace < sleep + 40) problems.push(`${id(w)}: terminationGracePeriodSeconds ${grace} < preStop ${sleep} s + 40 s`);
  }
  report("Kaola apps: preStop hook and a matching terminationGracePeriodSeconds", problems);
}

// --- 8 and 9. replicas, autoscaling, spreading ----------------------------------------------------------------------
{
  const problems = [];
  const hpas = docs.filter((d) => d.kind === "HorizontalPodAutoscaler");
  for (const h of hpas) {
    const ref = h.spec?.scaleTargetRef ?? {};
    if (!workloads.some((w) => w.kind === ref.kind && w.metadata?.name === ref.name)) problems.push(`${id(h)}: targets ${ref.kind}/${ref.name}, which is not rendered`);
  }
  for (const w of workloads) {
    const replicas = w.spec?.replicas ?? 1;
    const hpa = hpas.find((h) => h.spec?.scaleTargetRef?.kind === w.kind && h.spec?.scaleTargetRef?.name === w.metadata?.name);
    if (overlay === "local") {
      if (replicas !== 1) problems.push(`${id(w)}: ${replicas} replicas (local: 1)`);
      if (hpa) problems.push(`${id(w)}: autoscaled (local: single replicas)`);
    } else {
      if (replicas < 2) problems.push(`${id(w)}: ${replicas} replica(s) (production: at least 2)`);
      if (isKaola(w) && w.kind === "Deployment" && !hpa) problems.push(`${id(w)}: stateless provider or gateway without a HorizontalPodAutoscaler`);
      if (hpa && (hpa.spec.minReplicas ?? 1) < 2) problems.push(`${id(hpa)}: minReplicas below 2`);
      const spread = podSpec(w).topologySpreadConstraints ?? [];
      if (!spread.some((t) => t.topologyKey === "topology.kubernetes.io/zone")) problems.push(`${id(w)}: not spread across zones`);
    }
  }
  report(overlay === "local" ? "single replicas, no autoscaler" : "replicas >= 2, autoscalers for stateless apps, spread across zones",
    problems, `${hpas.length} autoscalers`);
}

// --- 10. references ---------------------------------------------------------------------------------------------
const configMaps = new Map(docs.filter((d) => d.kind === "ConfigMap").map((d) => [d.metadata.name, d]));
const renderedSecrets = new Map(docs.filter((d) => d.kind === "Secret").map((d) => [d.metadata.name, d]));
const certificates = docs.filter((d) => d.kind === "Certificate");
const issuers = docs.filter((d) => d.kind === "Issuer");
{
  const problems = [];
  const secretExists = (name) => renderedSecrets.has(name) || externalSecrets.has(name)
    || certificates.some((c) => c.spec?.secretName === name);
  for (const w of workloads) {
    const pod = podSpec(w);
    for (const c of containersOf(w)) {
      for (const from of c.envFrom ?? []) {
        if (from.configMapRef && !configMaps.has(from.configMapRef.name)) problems.push(`${id(w)}: envFrom ConfigMap ${from.configMapRef.name} is not rendered`);
        if (from.secretRef && !secretExists(from.secretRef.name)) problems.push(`${id(w)}: envFrom Secret ${from.secretRef.name} is neither rendered nor in ${args.secrets}`);
      }
      for (const e of c.env ?? []) {
        const cm = e.valueFrom?.configMapKeyRef, s = e.valueFrom?.secretKeyRef;
        if (cm && !configMaps.get(cm.name)?.data?.[cm.key]) problems.push(`${id(w)}: env ${e.name} from missing ConfigMap key ${cm.name}/${cm.key}`);
        if (s && !secretExists(s.name)) problems.push(`${id(w)}: env ${e.name} from unknown Secret ${s.name}`);
      }
    }
    for (const v of pod.volumes ?? []) {
      if (v.configMap && !configMaps.has(v.configMap.name)) problems.push(`${id(w)}: volume ${v.name}: ConfigMap ${v.configMap.name} is not rendered`);
      if (v.secret && !secretExists(v.secret.secretName)) problems.push(`${id(w)}: volume ${v.name}: Secret ${v.secret.secretName} is neither rendered, issued nor listed`);
    }
  }
  for (const c of certificates) {
    const ref = c.spec?.issuerRef ?? {};
    if ((ref.kind ?? "Issuer") === "Issuer" && !issuers.some((i) => i.metadata?.name === ref.name)) problems.push(`${id(c)}: Issuer ${ref.name} is not rendered`);
  }
  for (const s of docs.filter((d) => d.kind === "Service" && d.spec?.type !== "ExternalName")) {
    const target = workloads.find((w) => Object.entries(s.spec?.selector ?? {}).every(([k, v]) => w.spec?.template?.metadata?.labels?.[k] === v));
    if (!target || Object.keys(s.spec?.selector ?? {}).length === 0) { problems.push(`${id(s)}: selects no workload`); continue; }
    const ports = (target.spec.template.spec.containers ?? []).flatMap((c) => c.ports ?? []);
    for (const p of s.spec.ports ?? []) {
      if (typeof p.targetPort === "string" && !ports.some((cp) => cp.name === p.targetPort)) problems.push(`${id(s)}: targetPort ${p.targetPort} is no port of ${id(target)}`);
    }
  }
  report("ConfigMaps, Secrets, issuers and Service selectors all resolve", problems,
    `Secrets made outside the render: ${[...externalSecrets.keys()].join(", ")}`);
}

// --- 11 and 12. the Kaola apps: one workload each, their environment and their certificate ------------------------------------
{
  const problems = [];
  for (const { app, image, yml } of apps) {
    const w = workloads.find((x) => x.metadata?.name === app);
    if (!w) { problems.push(`${app}: no workload`); continue; }
    const c = podSpec(w).containers?.[0] ?? {};
    if (!String(c.image).startsWith(`${image}:`)) problems.push(`${app}: image ${c.image}, expected ${image}:<tag>`);
    const env = new Map();
    for (const e of c.env ?? []) env.set(e.name, e);
    for (const from of c.envFrom ?? []) {
      const keys = from.configMapRef ? Object.keys(configMaps.get(from.configMapRef.name)?.data ?? {})
        : Object.keys(renderedSecrets.get(from.secretRef?.name)?.data ?? {}).concat(externalSecrets.get(from.secretRef?.name) ?? []);
      for (const k of keys) env.set(k, { name: k, from: from.configMapRef?.name ?? from.secretRef?.name });
    }
    // every setting whose default is a loopback address must be set: the pod does not listen on 127.0.0.1
    const text = readFileSync(yml, "utf8") + readFileSync(args.defaults, "utf8");
    const needed = new Set(["KAOLA_BIND_HOST", "KAOLA_DUBBO_HOST", "KAOLA_RPC_TLS_DIR"]);
    for (const m of text.matchAll(/\$\{(KAOLA_[A-Z0-9_]+):[^}]*(127\.0\.0\.1|localhost)/g)) needed.add(m[1]);
    for (const name of needed) if (!env.has(name)) problems.push(`${app}: ${name} is not set (its default names the loopback)`);
    for (const name of ["KAOLA_BIND_HOST", "KAOLA_DUBBO_HOST"]) {
      if (env.get(name)?.valueFrom?.fieldRef?.fieldPath !== "status.podIP") problems.push(`${app}: ${name} is not the pod IP`);
    }
    const dir = configMaps.get((c.envFrom ?? []).find((f) => configMaps.get(f.configMapRef?.name)?.data?.KAOLA_RPC_TLS_DIR)?.configMapRef?.name)?.data?.KAOLA_RPC_TLS_DIR;
    const mount = (c.volumeMounts ?? []).find((m) => m.mountPath === dir);
    const volume = (podSpec(w).volumes ?? []).find((v) => v.name === mount?.name);
    const paths = (volume?.secret?.items ?? []).map((i) => i.path).sort().join(",");
    if (paths !== ["ca.crt", `${app}.crt`, `${app}.key`].sort().join(",")) problems.push(`${app}: ${dir ?? "KAOLA_RPC_TLS_DIR"} does not hold ca.crt, ${app}.crt, ${app}.key from one Secret`);
    const cert = certificates.find((x) => x.spec?.secretName === volume?.secret?.secretName);
    if (!cert) problems.push(`${app}: its TLS Secret is issued by no Certificate`);
    else if (cert.spec.commonName !== app) problems.push(`${app}: its certificate's CN is ${cert.spec.commonName}`);
    else if (cert.spec.privateKey?.encoding !== "PKCS8") problems.push(`${app}: its certificate's key is not PKCS#8`);
  }
  report("every Kaola app: its workload and image, every loopback-default setting set, its own certificate",
    problems, `${apps.length} apps`);
}

process.exit(failed ? 1 : 0);
