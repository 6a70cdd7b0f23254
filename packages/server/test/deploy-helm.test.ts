import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { Deployment } from 'kubernetes-models/apps/v1';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2';
import { Ingress } from 'kubernetes-models/networking.k8s.io/v1';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1';
import { PersistentVolumeClaim, Secret, Service, ServiceAccount } from 'kubernetes-models/v1';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import { ensureHelm } from '../../../scripts/helm.mjs';
import { configSchema } from '../src/config/config.js';

const root = path.resolve(fileURLToPath(import.meta.url), '../../../..');
const chart = path.join(root, 'deploy/helm/tessera');
const run = promisify(execFile);

interface Manifest {
  apiVersion: string;
  kind: string;
  metadata: { name: string; labels?: Record<string, string> };
  // Rendered manifests are checked by the Kubernetes schema, then read freely.
  spec?: any;
  data?: Record<string, string>;
}

/** The Kubernetes API schema of each kind the chart renders (kubernetes-models' validators, offline). */
const models: Record<string, new (data: never) => { validate(): void }> = {
  'v1/ServiceAccount': ServiceAccount,
  'v1/Service': Service,
  'v1/Secret': Secret,
  'v1/PersistentVolumeClaim': PersistentVolumeClaim,
  'apps/v1/Deployment': Deployment,
  'networking.k8s.io/v1/Ingress': Ingress,
  'autoscaling/v2/HorizontalPodAutoscaler': HorizontalPodAutoscaler,
  'policy/v1/PodDisruptionBudget': PodDisruptionBudget,
};

const postgresUrl = 'postgres://tessera:s3cret@db.internal:5432/tessera';
const masterKey = 'q1L4b1x0mJ3Y6a9T2f5k8n1p4s7v0y3B6E9H2K5N8Q0=';

let helm: string;
let tmp: string;

async function helmRun(args: string[]) {
  return run(helm, args, { encoding: 'utf8', env: { ...process.env, HELM_CACHE_HOME: tmp, HELM_CONFIG_HOME: tmp } });
}

function valuesFile(values: object): string {
  const file = path.join(tmp, `values-${Math.random().toString(36).slice(2)}.yaml`);
  fs.writeFileSync(file, JSON.stringify(values));
  return file;
}

/** `helm template` with these values, parsed; each document checked against its Kubernetes schema. */
async function render(values: object = {}): Promise<Manifest[]> {
  const { stdout } = await helmRun(['template', 'id', chart, '--namespace', 'iam', '-f', valuesFile(values)]);
  const manifests = parseAllDocuments(stdout)
    .map((document) => document.toJS() as Manifest | null)
    .filter((manifest): manifest is Manifest => manifest !== null);
  for (const manifest of manifests) {
    const Model = models[`${manifest.apiVersion}/${manifest.kind}`];
    expect(Model, `${manifest.apiVersion} ${manifest.kind} has a schema here`).toBeDefined();
    expect(() => new (Model as NonNullable<typeof Model>)(manifest as never).validate()).not.toThrow();
  }
  return manifests;
}

/** `helm template`'s failure message for these values (the test fails if it renders). */
async function refusal(values: object): Promise<string> {
  const error = await helmRun(['template', 'id', chart, '-f', valuesFile(values)]).then(
    () => undefined,
    (failure: { stderr: string }) => failure.stderr,
  );
  expect(error, 'helm template refuses these values').toBeTypeOf('string');
  return error as string;
}

const one = (manifests: Manifest[], kind: string) => {
  const found = manifests.filter((manifest) => manifest.kind === kind);
  expect(found.map((manifest) => manifest.kind)).toEqual([kind]);
  return found[0] as Manifest;
};
const kinds = (manifests: Manifest[]) => manifests.map((manifest) => manifest.kind).sort();
const container = (deployment: Manifest) => deployment.spec.template.spec.containers[0];
const envOf = (
  deployment: Manifest,
): Map<string, { value?: string; valueFrom?: { secretKeyRef: { name: string; key: string } } }> =>
  new Map(container(deployment).env.map((entry: { name: string }) => [entry.name, entry]));

/** The value a secretKeyRef points at, read from a Secret the same render holds. */
function secretValue(manifests: Manifest[], ref: { name: string; key: string }): string {
  const secret = manifests.find((manifest) => manifest.kind === 'Secret' && manifest.metadata.name === ref.name);
  const encoded = secret?.data?.[ref.key];
  expect(encoded, `Secret ${ref.name} holds ${ref.key}`).toBeDefined();
  return Buffer.from(encoded as string, 'base64').toString('utf8');
}

describe('Helm chart deploy/helm/tessera', { timeout: 120_000 }, () => {
  beforeAll(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tessera-helm-'));
    helm = ensureHelm();
  }, 300_000);
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('passes helm lint --strict with the defaults and with PostgreSQL, autoscaling and ingress', async () => {
    await helmRun(['lint', '--strict', chart]);
    const values = valuesFile({
      database: { type: 'postgres', postgres: { url: postgresUrl } },
      masterKey: { value: masterKey },
      autoscaling: { enabled: true },
      podDisruptionBudget: { enabled: true },
      ingress: { enabled: true, tls: [{ secretName: 'id-tls', hosts: ['id.example.com'] }] },
    });
    const { stdout } = await helmRun(['lint', '--strict', chart, '-f', values]);
    expect(stdout).toContain('0 chart(s) failed');
  });

  it('renders one SQLite replica by default: its volume, a non-root read-only pod and probes on /api/status', async () => {
    const manifests = await render();
    expect(kinds(manifests)).toEqual(['Deployment', 'PersistentVolumeClaim', 'Service', 'ServiceAccount']);
    const deployment = one(manifests, 'Deployment');
    expect(deployment.spec.replicas).toBe(1);
    expect(deployment.spec.strategy.type).toBe('Recreate');

    const pod = deployment.spec.template.spec;
    expect(pod.securityContext).toMatchObject({ runAsNonRoot: true, runAsUser: 1000, fsGroup: 1000 });
    expect(container(deployment).securityContext).toMatchObject({
      readOnlyRootFilesystem: true,
      allowPrivilegeEscalation: false,
      capabilities: { drop: ['ALL'] },
    });
    // The root file system is read-only: /tmp and /data are volumes.
    expect(container(deployment).volumeMounts).toEqual([
      { name: 'data', mountPath: '/data' },
      { name: 'tmp', mountPath: '/tmp' },
    ]);
    const pvc = one(manifests, 'PersistentVolumeClaim');
    expect(pod.volumes).toContainEqual({ name: 'data', persistentVolumeClaim: { claimName: pvc.metadata.name } });
    expect(pod.volumes.find((volume: { name: string }) => volume.name === 'tmp').emptyDir).toBeDefined();

    const port = container(deployment).ports[0];
    expect(port).toMatchObject({ name: 'http', containerPort: 3001 });
    for (const probe of ['startupProbe', 'readinessProbe', 'livenessProbe'])
      expect(container(deployment)[probe].httpGet, probe).toEqual({ path: '/api/status', port: 'http' });
    // SIGTERM comes after the preStop wait, and the grace period covers both.
    const preStop = Number(container(deployment).lifecycle.preStop.exec.command[1]);
    expect(pod.terminationGracePeriodSeconds).toBeGreaterThan(preStop + 10);

    const env = envOf(deployment);
    expect(env.get('DB_URL')?.value).toBe('sqlite:/data/tessera.db');
    expect(env.get('TESSERA_DATA_DIR')?.value).toBe('/data');
    expect(env.get('TESSERA_WORKERS')?.value, "one process per pod: a container's core count is the host's").toBe('1');
    expect(env.has('TESSERA_MASTER_KEY'), 'no key given: the server keeps it on the data volume').toBe(false);
    expect(env.get('TESSERA_TRUST_PROXY')?.value).toBe('false');

    const service = one(manifests, 'Service');
    expect(service.spec.ports[0].targetPort).toBe('http');
    expect(service.spec.selector).toEqual(deployment.spec.selector.matchLabels);
    expect(deployment.spec.template.metadata.labels).toMatchObject(deployment.spec.selector.matchLabels);
  });

  it('sets only environment variables the server knows', async () => {
    const known = new Set(Object.keys(configSchema.in.shape));
    for (const values of [
      {},
      {
        database: { type: 'postgres', postgres: { url: postgresUrl } },
        masterKey: { value: masterKey },
        ingress: { enabled: true },
      },
    ]) {
      const names = [...envOf(one(await render(values), 'Deployment')).keys()];
      expect(names.filter((name) => !known.has(name))).toEqual([]);
    }
  });

  it('runs several PostgreSQL replicas with the URL and master key from Secrets, a PDB and TLS on the ingress', async () => {
    const manifests = await render({
      replicaCount: 3,
      database: { type: 'postgres', postgres: { url: postgresUrl } },
      masterKey: { value: masterKey },
      podDisruptionBudget: { enabled: true, minAvailable: 2 },
      ingress: {
        enabled: true,
        className: 'nginx',
        hosts: [{ host: 'id.example.com', paths: [{ path: '/', pathType: 'Prefix' }] }],
        tls: [{ secretName: 'id-tls', hosts: ['id.example.com'] }],
      },
      env: { TESSERA_LOG_LEVEL: 'warn' },
    });
    expect(kinds(manifests)).toEqual([
      'Deployment',
      'Ingress',
      'PodDisruptionBudget',
      'Secret',
      'Secret',
      'Service',
      'ServiceAccount',
    ]);
    const deployment = one(manifests, 'Deployment');
    expect(deployment.spec.replicas).toBe(3);
    expect(deployment.spec.strategy).toEqual({
      type: 'RollingUpdate',
      rollingUpdate: { maxUnavailable: 0, maxSurge: 1 },
    });
    const env = envOf(deployment);
    expect(env.get('DB_URL')?.value, 'the URL holds a password: never inline').toBeUndefined();
    expect(secretValue(manifests, env.get('DB_URL')?.valueFrom?.secretKeyRef as never)).toBe(postgresUrl);
    expect(secretValue(manifests, env.get('TESSERA_MASTER_KEY')?.valueFrom?.secretKeyRef as never)).toBe(masterKey);
    expect(env.get('ENDPOINT')?.value).toBe('https://id.example.com');
    expect(env.get('TESSERA_TRUST_PROXY')?.value).toBe('true');
    expect(env.get('TESSERA_LOG_LEVEL')?.value).toBe('warn');
    expect(deployment.spec.template.spec.volumes).toContainEqual({ name: 'data', emptyDir: {} });

    const pdb = one(manifests, 'PodDisruptionBudget');
    expect(pdb.spec).toEqual({ minAvailable: 2, selector: deployment.spec.selector });

    const ingress = one(manifests, 'Ingress');
    const service = one(manifests, 'Service');
    expect(ingress.spec.ingressClassName).toBe('nginx');
    expect(ingress.spec.tls).toEqual([{ secretName: 'id-tls', hosts: ['id.example.com'] }]);
    expect(ingress.spec.rules[0].host).toBe('id.example.com');
    expect(ingress.spec.rules[0].http.paths[0].backend.service).toEqual({
      name: service.metadata.name,
      port: { number: service.spec.ports[0].port },
    });
  });

  it('autoscales on CPU (and memory when asked) and reads operator-made Secrets without making any', async () => {
    const manifests = await render({
      database: { type: 'postgres', postgres: { existingSecret: 'tessera-db', secretKey: 'url' } },
      masterKey: { existingSecret: 'tessera-master-key', secretKey: 'key' },
      autoscaling: { enabled: true, minReplicas: 2, maxReplicas: 8, targetMemoryUtilizationPercentage: 80 },
      endpoint: 'https://login.example.org/',
    });
    expect(kinds(manifests)).toEqual(['Deployment', 'HorizontalPodAutoscaler', 'Service', 'ServiceAccount']);
    const deployment = one(manifests, 'Deployment');
    expect(deployment.spec.replicas, 'the autoscaler owns the replica count').toBeUndefined();
    const env = envOf(deployment);
    expect(env.get('DB_URL')?.valueFrom?.secretKeyRef).toEqual({ name: 'tessera-db', key: 'url' });
    expect(env.get('TESSERA_MASTER_KEY')?.valueFrom?.secretKeyRef).toEqual({ name: 'tessera-master-key', key: 'key' });
    expect(env.get('ENDPOINT')?.value).toBe('https://login.example.org');

    const hpa = one(manifests, 'HorizontalPodAutoscaler');
    expect(hpa.spec.scaleTargetRef).toEqual({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      name: deployment.metadata.name,
    });
    expect([hpa.spec.minReplicas, hpa.spec.maxReplicas]).toEqual([2, 8]);
    expect(hpa.spec.metrics.map((metric: { resource: { name: string } }) => metric.resource.name)).toEqual([
      'cpu',
      'memory',
    ]);
    // Utilization targets need requests to measure against.
    expect(container(deployment).resources.requests).toMatchObject({
      cpu: expect.any(String),
      memory: expect.any(String),
    });
  });

  it('uses an existing claim, or an emptyDir with a warning when persistence is off', async () => {
    const claimed = one(await render({ persistence: { existingClaim: 'my-data' } }), 'Deployment');
    expect(claimed.spec.template.spec.volumes).toContainEqual({
      name: 'data',
      persistentVolumeClaim: { claimName: 'my-data' },
    });
    const manifests = await render({ persistence: { enabled: false } });
    expect(kinds(manifests)).not.toContain('PersistentVolumeClaim');
    const { stdout } = await helmRun([
      'install',
      'id',
      chart,
      '--dry-run=client',
      '--set',
      'persistence.enabled=false',
    ]);
    expect(stdout).toContain('the database is in an emptyDir and is lost when the pod goes');
  });

  it('refuses several replicas, autoscaling or a PDB on SQLite, and PostgreSQL without a URL or master key', async () => {
    expect(await refusal({ replicaCount: 2 })).toContain('replicaCount > 1 needs database.type=postgres');
    expect(await refusal({ autoscaling: { enabled: true } })).toContain(
      'autoscaling.enabled needs database.type=postgres',
    );
    expect(await refusal({ podDisruptionBudget: { enabled: true } })).toContain(
      'podDisruptionBudget.enabled needs database.type=postgres',
    );
    expect(await refusal({ database: { type: 'postgres' }, masterKey: { value: masterKey } })).toContain(
      'needs database.postgres.existingSecret',
    );
    expect(await refusal({ database: { type: 'postgres', postgres: { url: postgresUrl } } })).toContain(
      'every replica must share one master key',
    );
  });

  it('rejects values that break values.schema.json, naming the value', async () => {
    expect(await refusal({ replicaCount: 'two' })).toMatch(/\/replicaCount': got string, want integer/);
    expect(await refusal({ database: { type: 'mysql' } })).toMatch(/\/database\/type/);
    expect(await refusal({ replicas: 2 })).toMatch(/additional properties 'replicas' not allowed/);
    expect(await refusal({ masterKey: { value: 'too-short' } })).toMatch(/\/masterKey\/value/);
    expect(await refusal({ database: { type: 'postgres', postgres: { url: 'mysql://x' } } })).toMatch(
      /\/database\/postgres\/url/,
    );
  });

  it('documents every top-level value in the values table of docs/deployment.md', () => {
    const values = parse(fs.readFileSync(path.join(chart, 'values.yaml'), 'utf8')) as Record<string, unknown>;
    const docs = fs.readFileSync(path.join(root, 'docs/deployment.md'), 'utf8');
    const table = docs.slice(docs.indexOf('## Kubernetes (Helm)'));
    const rows = table.split('\n').filter((line) => line.startsWith('| `'));
    const documented = (key: string) => rows.some((row) => row.includes(`\`${key}\``) || row.includes(`\`${key}.`));
    expect(Object.keys(values).filter((key) => !documented(key))).toEqual([]);
  });
});
