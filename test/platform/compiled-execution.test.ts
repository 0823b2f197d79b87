import { Writable } from 'node:stream';
import { definePlugin, NotFoundError } from '@lacewire/core';
import { createTestPlatform, type TestClient, type TestPlatform, type TestStore } from '@lacewire/testing';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// A schema corner a compiled executor must get right: errors in nullable and non-null fields
// (masked when unexpected), async lists, arguments with defaults, unions of errors.
const probePlugin = definePlugin({
  name: 'compile-probe',
  requires: ['stores'],
  schema(builder) {
    interface Shelf {
      n: number;
    }
    const ShelfRef = builder.objectRef<Shelf>('ProbeShelf').implement({
      fields: (t) => ({
        n: t.exposeInt('n'),
        label: t.string({
          args: { prefix: t.arg.string({ defaultValue: 'shelf-' }) },
          resolve: async (s, args) => `${args.prefix}${s.n}`,
        }),
        broken: t.string({
          nullable: true,
          resolve: (s) => {
            if (s.n === 2) throw new Error('database password is hunter2');
            return 'fine';
          },
        }),
        strict: t.string({
          resolve: (s) => {
            if (s.n === 3) throw new Error('strict field failed');
            return 'ok';
          },
        }),
      }),
    });
    builder.queryField('probeShelves', (t) =>
      t.field({
        type: [ShelfRef],
        nullable: { list: false, items: true },
        args: { count: t.arg.int({ required: true }) },
        resolve: async (_r, { count }) => Array.from({ length: count }, (_, i) => ({ n: i + 1 })),
      }),
    );
    builder.queryField('probeFind', (t) =>
      t.field({
        type: ShelfRef,
        errors: { types: [NotFoundError] },
        args: { n: t.arg.int({ required: true }) },
        resolve: (_r, { n }) => {
          if (n > 10) throw new NotFoundError('Shelf');
          return { n };
        },
      }),
    );
  },
});

const QUERY = `query Probe($store: ID!, $count: Int!, $withHours: Boolean!, $missing: Int!) {
  viewer { account { id displayName } }
  store: node(id: $store) { __typename id ... on Store { name timeZone openingHours @include(if: $withHours) { weekday opens } } }
  again: node(id: $store) { ...StoreName }
  probeShelves(count: $count) { n label custom: label(prefix: "s") broken strict }
  found: probeFind(n: 4) { __typename ... on ProbeShelf { n } ... on Error { message } }
  missing: probeFind(n: $missing) { __typename ... on ProbeShelf { n } ... on Error { message } }
}
fragment StoreName on Store { name }`;

describe('compiled execution', () => {
  let t: TestPlatform;
  let store: TestStore;
  let owner: TestClient;
  const lines: { msg: string; operation?: string | null }[] = [];

  beforeAll(async () => {
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(JSON.parse(String(chunk)));
        done();
      },
    });
    t = await createTestPlatform({
      plugins: [probePlugin],
      production: true,
      compileAfter: 3,
      logger: pino({ level: 'debug' }, sink),
    });
    store = await t.store('Jing’an');
    owner = await t.owner();
  });
  afterAll(() => t.close());

  const compiled = (operation: string) => lines.filter((l) => l.msg === 'operation compiled' && l.operation === operation);

  it('runs a document compiled from its n-th execution on, with the same answers, errors and masking', async () => {
    const variables = { store: store.globalId, count: 4, withHours: true, missing: 99 };
    const answers = [];
    for (let run = 1; run <= 5; run++) {
      answers.push(await owner.request(QUERY, variables));
      // Interpreted until the third execution, which compiles it, once.
      expect(compiled('Probe')).toHaveLength(run >= 3 ? 1 : 0);
    }
    // The same answers; errors may come in another order (the spec gives them none).
    const byPath = (a: { path?: unknown[] }, b: { path?: unknown[] }) => String(a.path).localeCompare(String(b.path));
    for (const answer of answers) answer.errors?.sort(byPath);
    const [first] = answers;
    for (const answer of answers) expect(answer).toEqual(first);

    // What the answers hold, so equal answers cannot be equally wrong.
    expect(first.data.store).toMatchObject({ __typename: 'Store', id: store.globalId, name: 'Jing’an' });
    expect(first.data.store.openingHours).toHaveLength(7);
    expect(first.data.found).toEqual({ __typename: 'ProbeShelf', n: 4 });
    expect(first.data.missing.__typename).toBe('NotFound');
    const shelves = first.data.probeShelves;
    expect(shelves[0]).toEqual({ n: 1, label: 'shelf-1', custom: 's1', broken: 'fine', strict: 'ok' });
    expect(shelves[1].broken).toBeNull();
    // A non-null field that failed nulls its (nullable) parent item.
    expect(shelves[2]).toBeNull();
    expect(first.data.again).toEqual({ name: 'Jing’an' });
    // Masked, where the client can find them in its document.
    expect(first.errors).toEqual([
      {
        message: 'Unexpected error.',
        locations: [{ line: 5, column: 68 }],
        path: ['probeShelves', 1, 'broken'],
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      },
      {
        message: 'Unexpected error.',
        locations: [{ line: 5, column: 75 }],
        path: ['probeShelves', 2, 'strict'],
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      },
    ]);
  });

  it('answers the variables of each execution and refuses bad ones the same way', async () => {
    const ask = (variables: object) => owner.request(QUERY, { store: store.globalId, missing: 1, ...variables });
    for (let run = 0; run < 3; run++) await ask({ count: 1, withHours: false });
    expect(compiled('Probe').length).toBeGreaterThan(0);
    const other = await ask({ count: 2, withHours: false, missing: 5 });
    expect(other.data.probeShelves).toHaveLength(2);
    expect(other.data.store.openingHours).toBeUndefined();
    expect(other.data.missing).toEqual({ __typename: 'ProbeShelf', n: 5 });
    const bad = await ask({ count: 'many', withHours: false });
    expect(bad.data).toBeUndefined();
    expect(bad.errors?.[0]?.message).toMatch(/\$count/);
  });

  it('runs mutations compiled too, their fields one after the other', async () => {
    const rename = `mutation Rename($first: UpdateStoreInput!, $second: UpdateStoreInput!) {
      first: updateStore(input: $first) { __typename ... on Store { name } }
      second: updateStore(input: $second) { __typename ... on Store { name } }
    }`;
    for (let run = 1; run <= 4; run++) {
      const answer = await owner.query(rename, {
        first: { storeId: store.globalId, name: `Jing’an ${run}a` },
        second: { storeId: store.globalId, name: `Jing’an ${run}b` },
      });
      expect(answer).toEqual({
        first: { __typename: 'Store', name: `Jing’an ${run}a` },
        second: { __typename: 'Store', name: `Jing’an ${run}b` },
      });
    }
    expect(compiled('Rename')).toHaveLength(1);
    const { store: now } = await owner.query('query($id: ID!) { store: node(id: $id) { ... on Store { name } } }', {
      id: store.globalId,
    });
    expect(now.name).toBe('Jing’an 4b');
  });
});
