import { type ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { configSchema } from '../src/config/config.js';
import { freePort } from './support/main-process.js';

const root = path.resolve(fileURLToPath(import.meta.url), '../../../..');
const knownEnv = new Set(Object.keys(configSchema.in.shape));

interface Instruction {
  name: string;
  args: string;
}
interface Stage {
  from: string;
  alias?: string;
  instructions: Instruction[];
}

/** The Dockerfile's stages: continuation lines joined, comments and parser directives dropped. */
function readDockerfile(): { args: Map<string, string>; stages: Stage[] } {
  const text = fs.readFileSync(path.join(root, 'Dockerfile'), 'utf8').replace(/\\\n/g, ' ');
  const args = new Map<string, string>();
  const stages: Stage[] = [];
  for (const line of text.split('\n')) {
    const match = /^\s*([A-Za-z]+)\s+(.*)$/.exec(line);
    if (!match || line.trimStart().startsWith('#')) continue;
    const name = (match[1] as string).toUpperCase();
    const rest = (match[2] as string).trim();
    if (name === 'FROM') {
      const [image, as, alias] = rest.split(/\s+/);
      const from = (image as string).replace(/\$\{(\w+)\}/g, (_, arg: string) => args.get(arg) ?? '');
      stages.push({ from, alias: as?.toUpperCase() === 'AS' ? alias : undefined, instructions: [] });
    } else if (stages.length === 0 && name === 'ARG') {
      const [arg, value] = rest.split('=');
      args.set(arg as string, value ?? '');
    } else stages.at(-1)?.instructions.push({ name, args: rest });
  }
  return { args, stages };
}

/** `ENV a=b c=d` lines of a stage as a map. */
function envOf(stage: Stage): Map<string, string> {
  const env = new Map<string, string>();
  for (const { args } of stage.instructions.filter((instruction) => instruction.name === 'ENV'))
    for (const pair of args.split(/\s+/)) {
      const [name, ...value] = pair.split('=');
      env.set(name as string, value.join('='));
    }
  return env;
}

const { args, stages } = readDockerfile();
const final = stages.at(-1) as Stage;
const all = (stage: Stage, name: string) => stage.instructions.filter((instruction) => instruction.name === name);

describe('Dockerfile', () => {
  it('builds in stages and runs the slim Node 24 image as a non-root user', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    expect(args.get('NODE_VERSION')).toBe('24');
    expect(final.from).toBe('node:24-bookworm-slim');
    // The native modules are compiled in a stage of the same Debian release as the final one.
    for (const stage of stages.slice(0, -1)) expect(stage.from).toBe('node:24-bookworm');
    const user = all(final, 'USER').at(-1)?.args ?? '';
    expect(user).toMatch(/^\d+(:\d+)?$/);
    expect(Number(user.split(':')[0])).not.toBe(0);
  });

  it('keeps compilers and package installs out of the final stage', () => {
    const runs = all(final, 'RUN').map((instruction) => instruction.args);
    for (const run of runs)
      expect(run).not.toMatch(/apt-get|apk |build-essential|python|gcc|g\+\+|make|npm (ci|install)/);
    // Everything built comes from the other stages; from the context only static files.
    for (const { args: copy } of all(final, 'COPY')) {
      if (copy.startsWith('--from=')) continue;
      const source = copy.split(/\s+/)[0] as string;
      expect(['packages/experience/public', 'docs/connectors']).toContain(source);
    }
  });

  it('keeps data in /data, stops on SIGTERM, exposes the port and checks /api/status', () => {
    const env = envOf(final);
    expect(env.get('TESSERA_DATA_DIR')).toBe('/data');
    expect(env.get('DB_URL')).toBe('sqlite:/data/tessera.db');
    expect([...env.keys()].filter((name) => name !== 'NODE_ENV' && !knownEnv.has(name))).toEqual([]);
    expect(all(final, 'VOLUME').map((instruction) => instruction.args)).toEqual(['["/data"]']);
    expect(all(final, 'EXPOSE').map((instruction) => instruction.args)).toEqual([env.get('PORT')]);
    expect(all(final, 'STOPSIGNAL').map((instruction) => instruction.args)).toEqual(['SIGTERM']);
    expect(all(final, 'HEALTHCHECK')[0]?.args).toContain('/api/status');
    expect(JSON.parse(all(final, 'CMD')[0]?.args ?? '[]')).toEqual([
      'node',
      '--max-semi-space-size=16',
      'packages/server/dist/server.js',
    ]);
  });

  it('leaves dependencies, builds, data and git history out of the build context', () => {
    const ignored = fs.readFileSync(path.join(root, '.dockerignore'), 'utf8').split('\n');
    for (const entry of ['**/node_modules', '**/dist', 'data', '.git']) expect(ignored).toContain(entry);
  });

  describe('the final stage’s files', () => {
    let server: ChildProcess | undefined;
    const app = fs.mkdtempSync(path.join(os.tmpdir(), 'tessera-image-'));
    afterAll(async () => {
      if (server && server.exitCode === null) {
        const exited = new Promise((resolve) => server?.once('exit', resolve));
        server.kill('SIGTERM');
        await exited;
      }
      fs.rmSync(app, { recursive: true, force: true });
    });

    /**
     * The final stage laid out from its COPY lines, with this checkout's build standing in for the
     * build stage (`npm run build` ran before the tests) and its node_modules for the deps stage:
     * a file the server reads at run time that the Dockerfile forgets to copy fails here.
     */
    it('are enough for the server to start and serve the sign-in pages and the Admin Console', async () => {
      for (const { args: copy } of all(final, 'COPY')) {
        const parts = copy.split(/\s+/);
        const from = parts[0]?.startsWith('--from=') ? parts.shift() : undefined;
        const [source, target] = parts as [string, string];
        const relative = from ? path.relative('/app', source) : source;
        if (relative === 'node_modules') fs.symlinkSync(path.join(root, 'node_modules'), path.join(app, target));
        else fs.cpSync(path.join(root, relative), path.join(app, target), { recursive: true });
      }
      // Read beside the code only when needed (a password check, a connector's README): present from the start.
      for (const file of [
        'packages/server/src/sign-in-experience/common-passwords.txt',
        'docs/connectors/simple-mail-transfer-protocol.md',
      ])
        expect(fs.existsSync(path.join(app, file)), file).toBe(true);
      const port = await freePort();
      const data = path.join(app, 'data');
      const env = { ...Object.fromEntries(envOf(final)), PORT: String(port), HOST: '127.0.0.1' };
      server = spawn(process.execPath, JSON.parse(all(final, 'CMD')[0]?.args ?? '[]').slice(1), {
        cwd: app,
        env: { PATH: process.env.PATH, ...env, TESSERA_DATA_DIR: data, DB_URL: `sqlite:${data}/tessera.db` },
        stdio: 'ignore',
      });
      const base = `http://127.0.0.1:${port}`;
      await expect
        .poll(
          () =>
            fetch(`${base}/api/status`).then(
              (response) => response.status,
              () => 0,
            ),
          { timeout: 20_000 },
        )
        .toBe(204);
      expect((await fetch(`${base}/console/`)).status).toBe(200);
      const discovery = await fetch(`${base}/oidc/.well-known/openid-configuration`);
      expect(discovery.status).toBe(200);
      const signIn = await fetch(`${base}/sign-in`);
      expect(signIn.status).toBe(200);
      expect(await signIn.text()).toContain('<html');
    });
  });
});

describe('docker-compose.yml', () => {
  const compose = parse(fs.readFileSync(path.join(root, 'docker-compose.yml'), 'utf8'));
  const tessera = compose.services.tessera;
  const postgres = compose.services.postgres;

  it('starts Tessera once PostgreSQL answers its health check, built from this Dockerfile', () => {
    expect(tessera.build).toMatchObject({ context: '.' });
    expect(postgres.healthcheck.test.join(' ')).toContain('pg_isready');
    expect(tessera.depends_on).toEqual({ postgres: { condition: 'service_healthy' } });
  });

  it('passes the database URL, the endpoint and the master key, which must be set', () => {
    const env = tessera.environment as Record<string, string>;
    expect(Object.keys(env).filter((name) => !knownEnv.has(name))).toEqual([]);
    expect(env.DB_URL).toMatch(/^postgres:\/\/tessera:\$\{POSTGRES_PASSWORD\}@postgres:5432\/tessera$/);
    expect(env.ENDPOINT).toMatch(/^\$\{ENDPOINT:-http:\/\/localhost:3001\}$/);
    // `${VAR:?message}`: compose refuses to start without the key instead of generating one per container.
    expect(env.TESSERA_MASTER_KEY).toMatch(/^\$\{TESSERA_MASTER_KEY:\?.+\}$/);
    expect(postgres.environment.POSTGRES_PASSWORD).toMatch(/^\$\{POSTGRES_PASSWORD:\?.+\}$/);
  });
});

/**
 * The image itself is built only where a Docker engine answers. On the project's CI machine,
 * scripts/docker-engine.sh starts one and builds stand-ins for the node base images first.
 */
const engine = spawnSync('docker', ['info'], { stdio: 'ignore' }).status === 0;
if (!engine)
  console.log(
    'deploy-image: no Docker engine answers `docker info`: the image build test is skipped (scripts/docker-engine.sh starts one on Debian 12)',
  );

describe.skipIf(!engine)('container image (Docker engine)', { timeout: 1_200_000 }, () => {
  const tag = `tessera-test:${process.pid}`;
  let container = '';
  afterAll(() => {
    if (container) spawnSync('docker', ['rm', '-f', container], { stdio: 'ignore' });
    spawnSync('docker', ['rmi', '-f', tag], { stdio: 'ignore' });
  });

  it('builds, runs as a non-root user without compilers, and answers /api/status', async () => {
    // Not execFileSync: a worker blocked for the minutes of a build misses vitest's RPC timeout.
    await new Promise<void>((resolve, reject) => {
      const build = spawn('docker', ['build', '-t', tag, root], { stdio: 'inherit' });
      build.once('error', reject);
      build.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`docker build exited with ${code}`))));
    });
    const shell = (script: string) =>
      spawnSync('docker', ['run', '--rm', '--entrypoint', 'sh', tag, '-c', script], { encoding: 'utf8' });
    expect(shell('id -u').stdout.trim()).toBe('1000');
    // One name per `command -v`: dash, the image's sh, looks up only the first of several.
    expect(shell('for c in gcc cc g++ make python3; do command -v $c; done; true').stdout.trim()).toBe('');
    const port = await freePort();
    container = execFileSync('docker', ['run', '-d', '-p', `127.0.0.1:${port}:3001`, tag], { encoding: 'utf8' }).trim();
    await expect
      .poll(
        () =>
          fetch(`http://127.0.0.1:${port}/api/status`).then(
            (response) => response.status,
            () => 0,
          ),
        {
          timeout: 60_000,
          interval: 500,
        },
      )
      .toBe(204);
    execFileSync('docker', ['stop', container]);
    const state = execFileSync('docker', ['inspect', '-f', '{{.State.ExitCode}}', container], { encoding: 'utf8' });
    expect(state.trim(), 'SIGTERM stops the server cleanly').toBe('0');
  });
});
