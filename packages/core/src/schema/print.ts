import { printSchema } from 'graphql';
import { EventRegistry } from '../events/registry.ts';
import type { PluginDefinition } from '../plugin.ts';
import { orderPlugins } from '../plugin-graph.ts';
import { createBuilder } from './builder.ts';
import { composeSchema } from './compose.ts';

/** The composed schema as SDL, without starting anything (for `pnpm schema` and its test). */
export function printPlatformSchema(plugins: PluginDefinition[]): string {
  const ordered = orderPlugins(plugins);
  const schema = composeSchema(createBuilder(), ordered, new EventRegistry(ordered).types);
  return `${printSchema(schema)}\n`;
}
