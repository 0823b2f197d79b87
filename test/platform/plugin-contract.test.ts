import { createPlatform, definePlugin, orderPlugins, PluginContractError, printPlatformSchema } from '@lacewire/core';
import { identityPlugin } from '@lacewire/plugin-identity';
import { storesPlugin } from '@lacewire/plugin-stores';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';

const identity = identityPlugin({ sendCode: async () => {} });
const base = [identity, storesPlugin];

describe('start-up refuses a bad plugin set with a message that says what to change', () => {
  it('a missing dependency', () => {
    const care = definePlugin({ name: 'care', requires: ['customers'] });
    expect(() => orderPlugins([...base, care])).toThrow(
      'Plugin "care" requires "customers", which is not registered. Add the "customers" plugin to createPlatform({ plugins }).',
    );
  });

  it('a dependency cycle, named hop by hop', () => {
    const a = definePlugin({ name: 'a', requires: ['b'] });
    const b = definePlugin({ name: 'b', requires: ['c'] });
    const c = definePlugin({ name: 'c', requires: ['a'] });
    expect(() => orderPlugins([a, b, c])).toThrow(
      'Plugins depend on each other in a cycle: a -> b -> c -> a. Break it with an event.',
    );
  });

  it('a handler for an event nobody declares', () => {
    const listener = definePlugin({ name: 'listener', on: { 'order.statusChangd': async () => {} } });
    expect(() => orderPlugins([...base, listener])).toThrow(
      'Plugin "listener" handles event "order.statusChangd", which no registered plugin declares.',
    );
  });

  it('the same plugin twice, the same event from two plugins', () => {
    expect(() => orderPlugins([identity, identity])).toThrow('Plugin "identity" is registered twice.');
    const one = definePlugin({ name: 'one', events: { 'x.happened': z.object({}) } });
    const two = definePlugin({ name: 'two', events: { 'x.happened': z.object({}) } });
    expect(() => orderPlugins([one, two])).toThrow('Event "x.happened" is declared by both "one" and "two".');
  });

  it('a duplicate type', () => {
    const clash = definePlugin({
      name: 'clash',
      schema: (builder) => {
        builder.objectRef<{ id: string }>('Store').implement({ fields: (t) => ({ id: t.exposeID('id') }) });
      },
    });
    expect(() => printPlatformSchema([...base, clash])).toThrow(PluginContractError);
    expect(() => printPlatformSchema([...base, clash])).toThrow(/Store/);
  });

  it('a duplicate field on another plugin type', () => {
    const clash = definePlugin({
      name: 'clash',
      schema: (builder) => {
        builder.queryField('stores', (t) => t.string({ resolve: () => 'mine' }));
      },
    });
    expect(() => printPlatformSchema([...base, clash])).toThrow(/stores/);
  });

  it('composes the same plugins again in one process (several instances, tests)', () => {
    expect(printPlatformSchema(base)).toBe(printPlatformSchema(base));
  });

  it('an invalid event payload and an undeclared event are programming errors, not silent', async () => {
    const platform = await createPlatform({ plugins: base, databaseUrl: null, jobs: false });
    try {
      await expect(
        platform.runtime.tx(async (tx) => tx.emit('store.updated', { storeId: 42 } as never, { stores: [] })),
      ).rejects.toThrow('Event "store.updated" has an invalid payload');
      await expect(platform.runtime.tx(async (tx) => tx.emit('nope.happened', {} as never, {}))).rejects.toThrow(
        'Event "nope.happened" is emitted but no plugin declares it',
      );
    } finally {
      await platform.close();
    }
  });
});
