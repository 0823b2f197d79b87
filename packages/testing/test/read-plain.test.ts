// readPlain and batchLoader (core) need a database and entities: tested here, with the harness.
import { randomUUID } from 'node:crypto';
import { batchLoader, children, definePlugin, exec, readPlain, sql } from '@lacewire/core';
import { createTestPlatform, type TestPlatform } from '@lacewire/testing';
import { defineEntity, p } from '@mikro-orm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** A fixture entity with a column of every kind readPlain has to convert as hydration does. */
const Gadget = defineEntity({
  name: 'Gadget',
  tableName: 'fixture_gadget',
  properties: {
    id: p.uuid().primary(),
    storeId: p.uuid(),
    label: p.string(),
    weightGrams: p.bigint('number'),
    fragile: p.boolean(),
    note: p.string().nullable(),
    madeAt: p.datetime(),
    spec: p.json<{ colour: string }>(),
  },
});

/** What gadgets belong to (by storeId), for reading rows with their children. */
const Rack = defineEntity({
  name: 'Rack',
  tableName: 'fixture_rack',
  properties: { id: p.uuid().primary(), name: p.string() },
});

const fixture = definePlugin({
  name: 'fixture',
  entities: [Gadget, Rack],
  migrations: [
    {
      name: '0001',
      up: `create table fixture_gadget (id uuid primary key, store_id uuid not null, label text not null,
        weight_grams bigint not null, fragile boolean not null, note text, made_at timestamptz not null, spec jsonb not null);
        create table fixture_rack (id uuid primary key, name text not null)`,
    },
  ],
});

const storeA = randomUUID();
const storeB = randomUUID();
const ids = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
let t: TestPlatform;
beforeAll(async () => {
  t = await createTestPlatform({ plugins: [fixture] });
  const em = t.runtime.em();
  for (const [i, id] of ids.entries())
    em.create(Gadget, {
      id,
      storeId: i < 3 ? storeA : storeB,
      label: `gadget ${i}`,
      weightGrams: 1000 * i,
      fragile: i % 2 === 0,
      note: i === 1 ? null : `note ${i}`,
      madeAt: new Date(Date.UTC(2026, 0, 1 + i)),
      spec: { colour: i === 0 ? 'red' : 'blue' },
    });
  for (const [name, id] of [
    ['A', storeA],
    ['B', storeB],
    ['empty', randomUUID()],
  ])
    em.create(Rack, { id, name });
  await em.flush();
});
afterAll(() => t?.close());

const labels = (rows: { label: string }[]) => rows.map((r) => r.label);

describe('readPlain', () => {
  it('returns what hydration returns, as plain objects', async () => {
    const [plain] = await readPlain(t.runtime.em(), Gadget, { id: ids[2] });
    const entity = await t.runtime.em().findOneOrFail(Gadget, { id: ids[2] });
    expect(plain).toEqual({ ...entity });
    expect(plain).toMatchObject({
      weightGrams: 2000,
      fragile: true,
      madeAt: new Date(Date.UTC(2026, 0, 3)),
      spec: { colour: 'blue' },
    });
  });

  it('filters by equality, null, $in and $nin, orders and limits', async () => {
    const em = t.runtime.em();
    expect(labels(await readPlain(em, Gadget, { storeId: storeA }, { orderBy: { madeAt: 'desc' } }))).toEqual([
      'gadget 2',
      'gadget 1',
      'gadget 0',
    ]);
    expect(labels(await readPlain(em, Gadget, { storeId: storeA, note: null }))).toEqual(['gadget 1']);
    expect(
      labels(await readPlain(em, Gadget, { id: { $in: [ids[3], ids[0], randomUUID()] } }, { orderBy: { label: 'asc' } })),
    ).toEqual(['gadget 0', 'gadget 3']);
    expect(await readPlain(em, Gadget, { id: { $in: [] } })).toEqual([]);
    expect(
      labels(await readPlain(em, Gadget, { label: { $nin: ['gadget 0', 'gadget 2'] } }, { orderBy: { label: 'asc' }, limit: 1 })),
    ).toEqual(['gadget 1']);
    expect(labels(await readPlain(em, Gadget, { storeId: storeB, note: undefined }))).toEqual(['gadget 3']);
  });

  it('writes each shape of statement once and binds every call its own values', async () => {
    const em = t.runtime.em();
    const read = (storeId: string, limit: number, notIn: string[]) =>
      readPlain(em, Gadget, { storeId, label: { $nin: notIn } }, { orderBy: { label: 'desc' }, limit }).then(labels);
    // The same shape, one statement text: values, list lengths and limits are the call's own.
    expect(await read(storeA, 2, [])).toEqual(['gadget 2', 'gadget 1']);
    expect(await read(storeA, 5, ['gadget 2'])).toEqual(['gadget 1', 'gadget 0']);
    expect(await read(storeB, 1, ['gadget 0', 'gadget 1'])).toEqual(['gadget 3']);
    expect(await read(storeB, 1, ['gadget 3'])).toEqual([]);
    // Another shape over the same filters: no limit, other columns, null instead of a value.
    const [row] = await readPlain(em, Gadget, { storeId: storeA, note: null }, { fields: ['label'] });
    expect(row).toEqual({ id: ids[1], label: 'gadget 1' });
  });

  it('reads inside the transaction of its EntityManager', async () => {
    const id = randomUUID();
    await t.runtime.tx(async (tx) => {
      tx.em.create(Gadget, {
        id,
        storeId: storeB,
        label: 'new',
        weightGrams: 1,
        fragile: false,
        madeAt: new Date(),
        spec: { colour: 'green' },
      });
      await tx.em.flush();
      expect(labels(await readPlain(tx.em, Gadget, { id }))).toEqual(['new']);
      // Inside a transaction every EntityManager reads through it (no second connection).
      expect(labels(await readPlain(t.runtime.em(), Gadget, { id }))).toEqual(['new']);
    });
    // Outside, another connection sees it once committed.
    expect(labels(await readPlain(t.runtime.em(), Gadget, { id }))).toEqual(['new']);
  });

  it('reads each row with its children in the same statement, converted as when read on their own', async () => {
    const em = t.runtime.em();
    // Microseconds, which a Date cannot hold: cut to milliseconds on both paths.
    await exec(em, sql`update fixture_gadget set made_at = '2026-01-02 03:04:05.678901+00' where id = ${ids[1]}`);
    const racks = await readPlain(
      em,
      Rack,
      {},
      { orderBy: { name: 'asc' }, with: { gadgets: children(Gadget, 'storeId', { madeAt: 'desc' }) } },
    );
    expect(racks.map((r) => r.name)).toEqual(['A', 'B', 'empty']);
    for (const rack of racks) {
      const alone = await readPlain(em, Gadget, { storeId: rack.id }, { orderBy: { madeAt: 'desc' } });
      expect((rack as unknown as { gadgets: unknown[] }).gadgets).toEqual(alone);
    }
    const [a] = racks as unknown as { gadgets: { label: string; madeAt: Date }[] }[];
    expect(a.gadgets.map((g) => g.label)).toEqual(['gadget 2', 'gadget 1', 'gadget 0']);
    expect(a.gadgets[1].madeAt).toEqual(new Date('2026-01-02T03:04:05.678Z'));
  });

  it('refuses a property that is not a column', async () => {
    await expect(readPlain(t.runtime.em(), Gadget, { nope: 1 } as never)).rejects.toThrow('Gadget.nope is not a column');
  });
});

describe('batchLoader', () => {
  it('asks once per tick, each key once, and answers every load in the order asked', async () => {
    const asked: (readonly string[])[] = [];
    const ctx = {};
    const byId = (keys: readonly string[]) => {
      asked.push(keys);
      return readPlain(t.runtime.em(), Gadget, { id: { $in: [...keys] } }).then((rows) =>
        keys.map((key) => rows.find((r) => r.id === key) ?? null),
      );
    };
    const missing = randomUUID();
    const found = await Promise.all(
      [ids[1], ids[0], ids[1], missing, ids[0]].map((id) => batchLoader(ctx, 'gadgets', byId).load(id)),
    );
    expect(found.map((g) => g?.label ?? null)).toEqual(['gadget 1', 'gadget 0', 'gadget 1', null, 'gadget 0']);
    expect(asked).toEqual([[ids[1], ids[0], missing]]);
    // Another context (another request, another viewer) has loaders of its own.
    expect(batchLoader({}, 'gadgets', byId)).not.toBe(batchLoader(ctx, 'gadgets', byId));
  });
});
