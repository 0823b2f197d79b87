import { type GraphQLSchema, lexicographicSortSchema } from 'graphql';
import { PluginContractError } from '../errors.ts';
import type { PluginDefinition, PluginEnvironment } from '../plugin.ts';
import type { Builder } from './builder.ts';
import { coreSchema } from './core-schema.ts';

/**
 * Lets every plugin add its slice, then builds one schema. Pothos refuses duplicate type and
 * field names; the error is re-thrown naming the plugin that added the clash when it can be told.
 */
export function composeSchema(builder: Builder, plugins: PluginDefinition[], eventTypes: string[]): GraphQLSchema {
  const names = new Set(plugins.map((p) => p.name));
  const env: PluginEnvironment = { has: (name) => names.has(name) };
  coreSchema(builder, eventTypes);
  for (const plugin of plugins) {
    try {
      plugin.schema?.(builder, env);
    } catch (error) {
      throw new PluginContractError(`Plugin "${plugin.name}" failed to add its schema: ${(error as Error).message}`);
    }
  }
  try {
    return lexicographicSortSchema(builder.toSchema());
  } catch (error) {
    throw new PluginContractError(`The plugins' schema slices do not fit together: ${(error as Error).message}`);
  }
}
