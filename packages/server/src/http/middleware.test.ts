import Koa from 'koa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exceptUnder } from './middleware.js';

describe('exceptUnder', () => {
  const seen: string[] = [];
  let server: ReturnType<Koa['listen']>;
  let base: string;

  beforeAll(async () => {
    const app = new Koa();
    app.use(
      exceptUnder('/oidc/', [
        async (ctx, next) => {
          seen.push(`first ${ctx.path}`);
          await next();
          seen.push(`first after ${ctx.path}`);
        },
        async (ctx, next) => {
          if (ctx.path === '/page') {
            ctx.body = 'page';
            return;
          }
          seen.push(`second ${ctx.path}`);
          await next();
        },
      ]),
    );
    app.use((ctx) => {
      seen.push(`end ${ctx.path}`);
      ctx.body = 'end';
    });
    server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const address = server.address() as { port: number };
    base = `http://127.0.0.1:${address.port}`;
  });

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const get = async (path: string) => {
    seen.length = 0;
    return (await fetch(base + path)).text();
  };

  it('runs the group in order around the rest for other paths, and lets a member answer', async () => {
    expect(await get('/console')).toBe('end');
    expect(seen).toEqual(['first /console', 'second /console', 'end /console', 'first after /console']);
    expect(await get('/page')).toBe('page');
    expect(seen).toEqual(['first /page', 'first after /page']);
  });

  it('skips the whole group under the prefix, and only there', async () => {
    expect(await get('/oidc/token')).toBe('end');
    expect(seen).toEqual(['end /oidc/token']);
    expect(await get('/oidc')).toBe('end');
    expect(seen).toEqual(['first /oidc', 'second /oidc', 'end /oidc', 'first after /oidc']);
  });
});
