import type { Types } from './builder.ts';

/**
 * The optional `idempotencyKey` field of a creating mutation's input, spread into its fields
 * (`fields: (f) => ({ ...idempotencyKeyInput(f), … })`) so every mutation names and documents it alike.
 * Checked by `tx.once` (a typed InvalidInput), not here: validation here would be an untyped error.
 */
export function idempotencyKeyInput(f: PothosSchemaTypes.InputFieldBuilder<Types, 'InputObject'>) {
  return {
    idempotencyKey: f.string({
      required: false,
      description:
        'Makes retries safe: a key the client makes (a uuid; 8–64 of A–Z a–z 0–9 . _ : -). The same key from the same ' +
        'account within 24 hours answers with the first result and writes nothing new.',
    }),
  };
}
