import type { ZodType } from 'zod';
import { PluginContractError } from '../errors.ts';
import type { PluginDefinition } from '../plugin.ts';

/** Declared events and their payload schemas; emit validates against it. */
export class EventRegistry {
  readonly #schemas = new Map<string, ZodType>();

  constructor(plugins: PluginDefinition[]) {
    for (const plugin of plugins) {
      for (const [type, schema] of Object.entries(plugin.events ?? {})) this.#schemas.set(type, schema);
    }
  }

  has(type: string): boolean {
    return this.#schemas.has(type);
  }

  get types(): string[] {
    return [...this.#schemas.keys()];
  }

  /** Parses the payload; a wrong payload is a programming error, not a client error. */
  parse(type: string, payload: unknown): unknown {
    const schema = this.#schemas.get(type);
    if (!schema) throw new PluginContractError(`Event "${type}" is emitted but no plugin declares it in \`events\`.`);
    const result = schema.safeParse(payload);
    if (!result.success) {
      throw new PluginContractError(`Event "${type}" has an invalid payload: ${result.error.message}`);
    }
    return result.data;
  }
}
