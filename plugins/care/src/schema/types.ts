import type { Builder } from '@lacewire/core';
import type { ICareStep, IWorkOrder, ServiceLine } from '../entities.ts';
import type { Person } from '../people.ts';
import { SERVICE_CATEGORIES, type Stage } from '../pipeline.ts';

/** The enums and value types the care nodes are made of. */
export function careValueTypes(builder: Builder) {
  const Category = builder.enumType('ServiceCategory', { values: SERVICE_CATEGORIES });
  const LineState = builder.enumType('ServiceLineState', { values: ['quoted', 'pending', 'approved', 'declined'] as const });
  const StageState = builder.enumType('StageState', { values: ['done', 'current', 'upcoming'] as const });

  const PersonRef = builder.objectRef<Person>('OrderPerson').implement({
    description: 'A person on an order (technician, author of a step).',
    fields: (t) => ({
      accountId: t.globalID({ resolve: (p) => ({ type: 'Account', id: p.accountId }) }),
      displayName: t.exposeString('displayName'),
    }),
  });

  const Line = builder.objectRef<ServiceLine>('ServiceLine').implement({
    fields: (t) => ({
      code: t.exposeString('code'),
      name: t.exposeString('name'),
      category: t.field({ type: Category, resolve: (s) => s.category }),
      priceMinor: t.exposeInt('priceMinor', { description: 'Quoted price in fen.' }),
      state: t.field({ type: LineState, resolve: (s) => s.state }),
      changeRequestId: t.globalID({
        nullable: true,
        resolve: (s) => (s.changeRequestId ? { type: 'ChangeRequest', id: s.changeRequestId } : null),
      }),
      serviceId: t.globalID({
        nullable: true,
        description: 'The catalog service the line was quoted from, when it came from the catalog.',
        resolve: (s) => (s.serviceId ? { type: 'Service', id: s.serviceId } : null),
      }),
    }),
  });

  const StageView = builder.objectRef<Stage & { state: 'done' | 'current' | 'upcoming' }>('OrderStage').implement({
    description: "One stage of this order's pipeline (stages without a matching service are left out).",
    fields: (t) => ({
      key: t.exposeString('key'),
      label: t.exposeString('label'),
      state: t.field({ type: StageState, resolve: (s) => s.state }),
    }),
  });

  const Shoe = builder.objectRef<IWorkOrder['shoe']>('OrderShoe').implement({
    fields: (t) => ({
      brand: t.exposeString('brand'),
      model: t.exposeString('model', { nullable: true }),
      colour: t.exposeString('colour', { nullable: true }),
      material: t.exposeString('material', { nullable: true }),
      size: t.exposeString('size', { nullable: true }),
    }),
  });

  const Material = builder.objectRef<ICareStep['materials'][number]>('MaterialUse').implement({
    fields: (t) => ({
      materialId: t.globalID({
        nullable: true,
        description: 'The catalog material, when it came from the catalog.',
        resolve: (m) => (m.materialId ? { type: 'Material', id: m.materialId } : null),
      }),
      name: t.exposeString('name'),
      quantity: t.exposeFloat('quantity'),
      unit: t.exposeString('unit'),
    }),
  });

  return { Category, PersonRef, Line, StageView, Shoe, Material };
}

export type CareValueTypes = ReturnType<typeof careValueTypes>;
