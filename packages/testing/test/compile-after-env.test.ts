import { Writable } from 'node:stream';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestPlatform, type TestPlatform } from '../src/index.ts';

/** The harness runs the suite on either executor: LACEWIRE_COMPILE_AFTER=1 compiles from the first run. */
describe('LACEWIRE_COMPILE_AFTER in the test harness', () => {
  const saved = process.env.LACEWIRE_COMPILE_AFTER;
  let t: TestPlatform | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
    if (saved === undefined) delete process.env.LACEWIRE_COMPILE_AFTER;
    else process.env.LACEWIRE_COMPILE_AFTER = saved;
  });

  async function compiledOnFirstRun(env: string | undefined) {
    if (env === undefined) delete process.env.LACEWIRE_COMPILE_AFTER;
    else process.env.LACEWIRE_COMPILE_AFTER = env;
    const lines: { msg: string }[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(JSON.parse(String(chunk)));
        done();
      },
    });
    t = await createTestPlatform({ embedded: true, logger: pino({ level: 'debug' }, sink) });
    const store = await t.store('Jing’an');
    const owner = await t.owner();
    const before = lines.filter((l) => l.msg === 'operation compiled').length;
    const answer = await owner.query(`query OnceOnly($id: ID!) { node(id: $id) { ... on Store { name } } }`, {
      id: store.globalId,
    });
    expect(answer.node.name).toBe('Jing’an');
    return lines.filter((l) => l.msg === 'operation compiled').length > before;
  }

  it('compiles a document on its first execution when set to 1', async () => {
    expect(await compiledOnFirstRun('1')).toBe(true);
  });

  it("keeps the platform's default (interpreted first) when unset", async () => {
    expect(await compiledOnFirstRun(undefined)).toBe(false);
  });

  it('refuses a value that is not a whole number', async () => {
    process.env.LACEWIRE_COMPILE_AFTER = 'soon';
    await expect(createTestPlatform({ embedded: true })).rejects.toThrow(/LACEWIRE_COMPILE_AFTER/);
  });
});
