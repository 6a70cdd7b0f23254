import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { type PurityRules, walkImports } from './support/import-graph.js';

const src = fileURLToPath(new URL('../src/', import.meta.url));

/** Schema files, the zod-only field helpers and the connector kinds; nothing that runs the server. */
const pureHelpers = new Set(['schemas.ts', 'management/fields.ts', 'connectors/kit/kinds.ts']);
const schemaRules: PurityRules = {
  packages: ['zod'],
  allowFile: (file) => {
    const name = path.relative(src, file).split(path.sep).join('/');
    return name.endsWith('.schemas.ts') || pureHelpers.has(name);
  },
};

/**
 * `@tessera/server/schemas` goes into the console's browser bundle: its graph must hold zod and
 * schema modules only (no koa, kysely, node: built-ins or services with side effects).
 */
describe('@tessera/server/schemas', () => {
  it('reaches only zod and schema modules', () => {
    const { files, violations } = walkImports(path.join(src, 'schemas.ts'), schemaRules);
    expect(violations).toEqual([]);
    const names = files.map((file) => path.relative(src, file));
    expect(names).toEqual(
      expect.arrayContaining([
        'applications/applications.schemas.ts',
        'users/users.schemas.ts',
        'organizations/organizations.schemas.ts',
        'connectors/connectors.schemas.ts',
        'management/fields.ts',
      ]),
    );
  });

  it('is the entry the package exports, compiled with its types', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(src, '../package.json'), 'utf8'));
    expect(manifest.exports['./schemas']).toEqual({
      'tessera-source': './src/schemas.ts',
      types: './dist/schemas.d.ts',
      default: './dist/schemas.js',
    });
  });

  it('validates a console form with the server schema', async () => {
    const schemas = await import('@tessera/server/schemas');
    expect(schemas.createApplicationSchema.safeParse({ name: 'Console', type: 'SPA' }).success).toBe(true);
    const refused = schemas.createApplicationSchema.safeParse({ name: '', type: 'Nope' });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues.map((issue) => issue.path.join('.'))).toContain('type');
  });
});

describe('the import walker', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tessera-purity-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  /** Writes the modules, then walks from `entry.ts` with the schema rules' shape. */
  function walk(modules: Record<string, string>) {
    const root = fs.mkdtempSync(path.join(dir, 'case-'));
    for (const [name, text] of Object.entries(modules)) {
      fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
      fs.writeFileSync(path.join(root, name), text);
    }
    return walkImports(path.join(root, 'entry.ts'), {
      packages: ['zod'],
      allowFile: (file) => file.endsWith('.schemas.ts') || file.endsWith('entry.ts'),
    });
  }

  it('accepts zod, schema modules and type-only imports of anything', () => {
    const { files, violations } = walk({
      'entry.ts': "export * from './a.schemas.js';\nexport type * from './server.js';",
      'a.schemas.ts': "import { z } from 'zod';\nimport type { Row } from './server.js';\nexport const a = z.string();",
      'server.ts': "import Koa from 'koa';\nexport type Row = { id: string };\nexport const app = new Koa();",
    });
    expect(violations).toEqual([]);
    expect(files.map((file) => path.basename(file))).toEqual(['entry.ts', 'a.schemas.ts']);
  });

  it('names the chain to a server module and its packages', () => {
    const { violations } = walk({
      'entry.ts': "export * from './a.schemas.js';",
      'a.schemas.ts': "import { z } from 'zod';\nimport { app } from './users/index.js';\nexport const a = z.string();",
      'users/index.ts': "import fs from 'node:fs';\nimport { Kysely } from 'kysely';\nexport const app = 1;",
    });
    expect(violations).toEqual([
      'entry.ts → a.schemas.ts → users/index.ts: not a schema module',
      "entry.ts → a.schemas.ts → users/index.ts: imports 'node:fs'",
      "entry.ts → a.schemas.ts → users/index.ts: imports 'kysely'",
    ]);
  });

  it('counts dynamic imports, require, inline type specifiers and unresolvable paths', () => {
    const { violations } = walk({
      'entry.ts': [
        "import { type Koa } from 'koa';",
        "const later = () => import('pg');",
        "const old = require('better-sqlite3');",
        "export * from './missing.js';",
      ].join('\n'),
    });
    expect(violations).toEqual([
      "entry.ts: imports 'koa'",
      "entry.ts: imports 'pg'",
      "entry.ts: imports 'better-sqlite3'",
      "entry.ts: cannot resolve './missing.js'",
    ]);
  });
});
