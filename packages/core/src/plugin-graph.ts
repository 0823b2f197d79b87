import { PluginContractError } from './errors.ts';
import type { EventHandler, PluginDefinition } from './plugin.ts';

/**
 * Checks a plugin set and returns it in dependency order. Every message names the plugin and
 * says what to change, because partners meet these errors first.
 */
export function orderPlugins(plugins: readonly PluginDefinition[]): PluginDefinition[] {
  const byName = new Map<string, PluginDefinition>();
  for (const plugin of plugins) {
    if (!/^[a-z][a-z0-9-]*$/.test(plugin.name)) {
      throw new PluginContractError(`Plugin name "${plugin.name}" must be lower-case letters, digits and dashes.`);
    }
    if (byName.has(plugin.name)) throw new PluginContractError(`Plugin "${plugin.name}" is registered twice.`);
    byName.set(plugin.name, plugin);
  }
  for (const plugin of plugins) {
    for (const dep of plugin.requires ?? []) {
      if (!byName.has(dep)) {
        throw new PluginContractError(
          `Plugin "${plugin.name}" requires "${dep}", which is not registered. Add the "${dep}" plugin to createPlatform({ plugins }).`,
        );
      }
    }
  }
  const ordered: PluginDefinition[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (plugin: PluginDefinition, path: string[]) => {
    const seen = state.get(plugin.name);
    if (seen === 'done') return;
    if (seen === 'visiting') {
      const cycle = [...path.slice(path.indexOf(plugin.name)), plugin.name].join(' -> ');
      throw new PluginContractError(`Plugins depend on each other in a cycle: ${cycle}. Break it with an event.`);
    }
    state.set(plugin.name, 'visiting');
    for (const dep of plugin.requires ?? []) visit(byName.get(dep) as PluginDefinition, [...path, plugin.name]);
    for (const dep of plugin.optional ?? []) {
      const present = byName.get(dep);
      if (present) visit(present, [...path, plugin.name]);
    }
    state.set(plugin.name, 'done');
    ordered.push(plugin);
  };
  for (const plugin of plugins) visit(plugin, []);
  checkEvents(ordered);
  checkUnique(ordered, (p) => Object.keys(p.features ?? {}), 'feature');
  checkUnique(ordered, (p) => Object.keys(p.jobs ?? {}).map((job) => `${p.name}.${job}`), 'job');
  checkSingleProvider(ordered, 'authenticate');
  checkSingleProvider(ordered, 'featureEnabled');
  return ordered;
}

function checkEvents(plugins: PluginDefinition[]) {
  const owner = new Map<string, string>();
  for (const plugin of plugins) {
    for (const event of Object.keys(plugin.events ?? {})) {
      const other = owner.get(event);
      if (other) throw new PluginContractError(`Event "${event}" is declared by both "${other}" and "${plugin.name}".`);
      owner.set(event, plugin.name);
    }
  }
  const installed = new Set(plugins.map((p) => p.name));
  for (const plugin of plugins) {
    // An absent optional dependency takes its events with it; a name no plugin could declare is a typo.
    const lacksOptional = (plugin.optional ?? []).some((dep) => !installed.has(dep));
    for (const event of Object.keys(plugin.on ?? {})) {
      if (!owner.has(event) && !lacksOptional) {
        throw new PluginContractError(
          `Plugin "${plugin.name}" handles event "${event}", which no registered plugin declares. Check the name or add the plugin that emits it.`,
        );
      }
    }
    for (const job of Object.keys(plugin.schedules ?? {})) {
      if (!plugin.jobs?.[job]) {
        throw new PluginContractError(`Plugin "${plugin.name}" schedules job "${job}" but defines no such job.`);
      }
    }
  }
}

function checkUnique(plugins: PluginDefinition[], names: (p: PluginDefinition) => string[], what: string) {
  const owner = new Map<string, string>();
  for (const plugin of plugins) {
    for (const name of names(plugin)) {
      const other = owner.get(name);
      if (other) throw new PluginContractError(`The ${what} "${name}" is declared by both "${other}" and "${plugin.name}".`);
      owner.set(name, plugin.name);
    }
  }
}

function checkSingleProvider(plugins: PluginDefinition[], hook: 'authenticate' | 'featureEnabled') {
  const providers = plugins.filter((p) => p[hook]).map((p) => p.name);
  if (providers.length > 1) {
    throw new PluginContractError(`Only one plugin may provide "${hook}"; found ${providers.join(', ')}.`);
  }
}

/**
 * A plugin's handlers of events some installed plugin declares (the others belong to absent
 * optional dependencies, see `checkEvents`).
 */
export function activeHandlers(plugin: PluginDefinition, declared: ReadonlySet<string>): [string, EventHandler][] {
  return Object.entries(plugin.on ?? {}).filter(
    (entry): entry is [string, EventHandler] => declared.has(entry[0]) && entry[1] !== undefined,
  );
}
