import {
  createPlatform,
  definePlugin,
  orderPlugins,
  PluginContractError,
  pluginState,
  printPlatformSchema,
} from '@lacewire/core';
import { identityPlugin } from '@lacewire/plugin-identity';
import { storesPlugin } from '@lacewire/plugin-stores';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';

const identity = identityPlugin;
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
    // A misspelt name is a type error already; this is what a plugin written in JavaScript meets.
    // @ts-expect-error 'order.statusChangd' is not an event name
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

// A plugin with settings, per-platform state and an optional dependency, as the guide shows.
declare module '@lacewire/core' {
  interface PluginSettings {
    greeter: { greeting: string };
  }
}
const greeterState = pluginState('greeter', (runtime, settings) => ({
  greeting: settings?.greeting ?? 'hello',
  withStores: runtime.has('stores'),
  greeted: 0,
}));
const greeter = definePlugin({
  name: 'greeter',
  optional: ['stores', 'absent-plugin'],
  state: greeterState,
  on: {
    // Handled only where stores is installed; the absent optional plugin's events are simply left out.
    'store.updated': async (_event, ctx) => {
      greeterState.of(ctx.runtime).greeted++;
    },
  },
  schema: (builder, env) => {
    builder.queryField('greeting', (t) => t.string({ resolve: (_root, _args, ctx) => greeterState.of(ctx.runtime).greeting }));
    if (env.has('stores')) builder.queryField('greetingWithStores', (t) => t.boolean({ resolve: () => true }));
  },
});

describe('the contract carries state, settings and optional dependencies', () => {
  it('each platform gets its own state, built from its own settings', async () => {
    const one = await createPlatform({
      plugins: [greeter],
      databaseUrl: null,
      jobs: false,
      settings: { greeter: { greeting: 'nǐ hǎo' } },
    });
    const two = await createPlatform({ plugins: [...base, greeter], databaseUrl: null, jobs: false });
    try {
      expect(greeterState.of(one.runtime)).toMatchObject({ greeting: 'nǐ hǎo', withStores: false });
      expect(greeterState.of(two.runtime)).toMatchObject({ greeting: 'hello', withStores: true });
      expect(one.runtime.has('stores')).toBe(false);
    } finally {
      await Promise.all([one.close(), two.close()]);
    }
  });

  it('an optional dependency adds its schema and orders before its user only when installed', () => {
    expect(printPlatformSchema([greeter])).not.toContain('greetingWithStores');
    expect(printPlatformSchema([greeter, ...base])).toContain('greetingWithStores');
    expect(orderPlugins([greeter, ...base]).map((p) => p.name)).toEqual(['identity', 'stores', 'greeter']);
  });

  it("reading a plugin's state where it is not installed says so", async () => {
    const platform = await createPlatform({ plugins: base, databaseUrl: null, jobs: false });
    try {
      expect(() => greeterState.of(platform.runtime)).toThrow('Plugin "greeter" is not installed on this platform');
    } finally {
      await platform.close();
    }
  });
});
