import type { Builder, PluginEnvironment } from '@lacewire/core';
import { MaterialRef, ServiceRef } from '@lacewire/plugin-catalog';
import { ShoeRef } from '@lacewire/plugin-customers';
import { z } from 'zod';
import type { MaterialDraft, ServiceDraft } from '../integrations.ts';
import type { ServiceCategory } from '../pipeline.ts';
import type { CareValueTypes } from './types.ts';

/** A decoded global id argument. */
type Decoded = { id: string } | null | undefined;

/** A service line as staff send it (see OrderServiceInput). */
export interface ServiceLineInput {
  serviceId?: Decoded;
  code?: string | null;
  name?: string | null;
  category?: ServiceCategory | null;
  priceMinor?: number | null;
}

export const toDraft = (s: ServiceLineInput): ServiceDraft => ({
  code: s.code?.trim() ?? null,
  name: s.name?.trim() ?? null,
  category: s.category ?? null,
  priceMinor: s.priceMinor ?? null,
  serviceId: s.serviceId?.id ?? null,
});

/** A material as staff send it (see MaterialUseInput). */
export interface MaterialLineInput {
  materialId?: Decoded;
  name?: string | null;
  quantity: number;
  unit?: string | null;
}

export const toMaterialDraft = (m: MaterialLineInput): MaterialDraft => ({
  materialId: m.materialId?.id ?? null,
  name: m.name,
  quantity: m.quantity,
  unit: m.unit,
});

/** `shoeId` of the pair-naming inputs: a pair on file exists only with the customers plugin. */
export interface PairInput {
  shoeId?: Decoded;
}

/** The input types several care mutations share, each declared once. */
export function careInputs(builder: Builder, env: PluginEnvironment, { Category }: CareValueTypes) {
  const catalog = env.has('catalog');
  const ServiceInput = builder.inputType('OrderServiceInput', {
    description: catalog
      ? 'A catalog service by `serviceId` (name, category and list price filled in; `priceMinor` overrides the quote), or a service typed in full.'
      : 'A service typed in full.',
    fields: (f) => ({
      ...(catalog ? { serviceId: f.globalID({ for: ServiceRef, required: false, description: 'A catalog service.' }) } : {}),
      code: f.string({ required: false, validate: z.string().trim().min(1).max(40) }),
      name: f.string({ required: false, validate: z.string().trim().min(1).max(60) }),
      category: f.field({ type: Category, required: false }),
      priceMinor: f.int({ required: false, validate: z.number().int().min(0).max(10_000_000) }),
    }),
  });
  const ShoeInput = builder.inputType('OrderShoeInput', {
    fields: (f) => ({
      brand: f.string({ required: true, validate: z.string().trim().min(1).max(60) }),
      model: f.string({ required: false }),
      colour: f.string({ required: false }),
      material: f.string({ required: false }),
      size: f.string({ required: false }),
    }),
  });
  const MaterialInput = builder.inputType('MaterialUseInput', {
    fields: (f) => ({
      ...(catalog
        ? {
            materialId: f.globalID({
              for: MaterialRef,
              required: false,
              description: "The store's catalog material; its stock goes down.",
            }),
          }
        : {}),
      name: f.string({ required: false, description: "Without the catalog only; a catalog material's is its own." }),
      quantity: f.float({ required: true, validate: z.number().positive(), description: 'Whole units for a catalog material.' }),
      unit: f.string({
        required: false,
        description: "Without the catalog only; given with a catalog material, it must be the catalog's.",
      }),
    }),
  });
  /**
   * The `shoeId` field of an input naming a pair, with the customers plugin; typed apart from the
   * input's other fields (resolvers read it as PairInput).
   */
  const shoeIdField = (f: { globalID: (options: object) => unknown }, description: string): Record<string, never> =>
    env.has('customers') ? { shoeId: f.globalID({ for: ShoeRef, required: false, description }) as never } : {};
  return { ServiceInput, ShoeInput, MaterialInput, shoeIdField };
}

export type CareInputs = ReturnType<typeof careInputs>;
