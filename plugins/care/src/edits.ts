import { hasStoreRole, InvalidInputError, type MessageRef, NotAllowedError, type Tx, type Viewer } from '@lacewire/core';
import { accountsByIds } from '@lacewire/plugin-identity';
import { CareStep, type IWorkOrder, type ServiceLine, type ShoeSnapshot } from './entities.ts';
import { resolveServices, resolveShoe, type ServiceDraft } from './integrations.ts';
import { careText } from './messages.ts';
import { CANCELLED, PICKED_UP } from './pipeline.ts';
import {
  checkPromise,
  checkServices,
  ids,
  orderAudience,
  record,
  requireNoActiveOrder,
  requireTechnician,
  requireWorker,
} from './services.ts';
import type { CareOptions } from './state.ts';

export interface EditOrderInput {
  shoeId?: string | null;
  shoe?: Partial<ShoeSnapshot> | null;
  addIntakePhotoIds: string[];
  removeIntakePhotoIds: string[];
  conditionNotes?: string | null;
  promisedAt?: Date | null;
  technicianId?: string | null;
  /** The quoted services as they should be; lines from change requests stay as they are. */
  services?: ServiceDraft[] | null;
}

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : '—');

/** A quoted line work has started on: a step names it, or a step ran in a stage for its category. */
async function startedCodes(tx: Tx, order: IWorkOrder): Promise<Set<string>> {
  const steps = await tx.em.find(CareStep, { orderId: order.id }, { fields: ['stage', 'serviceCode'] });
  const started = new Set<string>();
  for (const line of order.services) {
    const stageCategories = (stage: string) => order.pipeline.find((s) => s.key === stage)?.categories ?? [];
    if (steps.some((s) => s.serviceCode === line.code || stageCategories(s.stage).includes(line.category)))
      started.add(line.code);
  }
  return started;
}

async function editServices(tx: Tx, order: IWorkOrder, drafts: ServiceDraft[], options: CareOptions) {
  const quoted = await resolveServices(tx.em, order.storeId, drafts, options.integrations.catalog);
  const fromChanges = order.services.filter((s) => s.state !== 'quoted');
  const next: ServiceLine[] = [
    ...quoted.map((s) => ({ ...s, serviceId: s.serviceId ?? null, state: 'quoted' as const, changeRequestId: null })),
    ...fromChanges,
  ];
  checkServices(next);
  const started = await startedCodes(tx, order);
  for (const line of order.services.filter((s) => s.state === 'quoted' && started.has(s.code))) {
    const kept = next.find((s) => s.code === line.code);
    if (!kept || kept.priceMinor !== line.priceMinor)
      throw new InvalidInputError(`Work on "${line.name}" has started; it can no longer be changed.`, 'services');
  }
  const names = (list: ServiceLine[]) => list.map((s) => `${s.name} ¥${(s.priceMinor / 100).toFixed(2)}`).join('、');
  const before = names(order.services.filter((s) => s.state === 'quoted'));
  order.services = next;
  return careText('servicesEdited', { before, after: names(next.filter((s) => s.state === 'quoted')) });
}

/**
 * Changes an order after intake. Clerks and admins change anything; the assigned technician adds
 * photos and condition notes. Each change is a timeline entry with who and when; a new promised
 * date is an `order.promiseChanged` event for the customer.
 */
export async function editOrder(tx: Tx, viewer: Viewer | null, order: IWorkOrder, input: EditOrderInput, options: CareOptions) {
  requireWorker(viewer, order);
  if ([PICKED_UP, CANCELLED].includes(order.status)) throw new InvalidInputError('This order is closed.', 'orderId');
  const manager = hasStoreRole(viewer, order.storeId, ['clerk', 'storeAdmin']);
  const managed = [input.shoeId, input.shoe, input.promisedAt, input.technicianId, input.services].some((v) => v !== undefined);
  if (managed && !manager) throw new NotAllowedError('Clerks and store admins change the pair, date, technician and services.');
  const changes: { kind: string; message: MessageRef }[] = [];
  const previousTechnician = order.technicianId;

  if (input.shoeId !== undefined || input.shoe) {
    const shoeId = (input.shoeId === undefined ? order.shoeId : input.shoeId) ?? null;
    const typed = input.shoe ? { ...order.shoe, ...input.shoe } : input.shoeId ? null : order.shoe;
    const shoe = await resolveShoe(tx.em, order.customerId, shoeId, typed, options.integrations.customers);
    if (shoeId && shoeId !== order.shoeId) await requireNoActiveOrder(tx, shoeId, order.id);
    order.shoeId = shoeId;
    order.shoe = shoe;
    changes.push({
      kind: 'pairEdited',
      message: careText('pairEdited', { pair: [shoe.brand, shoe.model, shoe.colour].filter(Boolean).join(' ') }),
    });
  }
  if (input.services) changes.push({ kind: 'servicesEdited', message: await editServices(tx, order, input.services, options) });
  if (input.technicianId !== undefined && input.technicianId !== order.technicianId) {
    if (input.technicianId) await requireTechnician(tx.em, order.storeId, input.technicianId);
    const [tech] = input.technicianId ? await accountsByIds(tx.em, [input.technicianId]) : [null];
    order.technicianId = input.technicianId;
    changes.push({
      kind: 'assigned',
      message: tech ? careText('assigned', { technician: tech.displayName }) : careText('unassigned'),
    });
  }
  if (input.promisedAt !== undefined && input.promisedAt?.getTime() !== order.promisedAt?.getTime()) {
    checkPromise(input.promisedAt, tx.now());
    const previous = order.promisedAt ?? null;
    order.promisedAt = input.promisedAt;
    changes.push({
      kind: 'promiseChanged',
      message: careText('promiseChanged', { before: day(previous), after: day(input.promisedAt) }),
    });
    tx.emit(
      'order.promiseChanged',
      { ...ids(order), promisedAt: input.promisedAt?.toISOString() ?? null, previous: previous?.toISOString() ?? null },
      orderAudience(order),
    );
  }
  if (input.conditionNotes !== undefined && input.conditionNotes !== order.conditionNotes) {
    order.conditionNotes = input.conditionNotes;
    changes.push({
      kind: 'notesEdited',
      message: input.conditionNotes ? careText('notesEdited', { notes: input.conditionNotes }) : careText('notesCleared'),
    });
  }
  const removed = new Set(input.removeIntakePhotoIds);
  const photos = [...new Set([...order.intakePhotoIds.filter((id) => !removed.has(id)), ...input.addIntakePhotoIds])];
  if (photos.join() !== order.intakePhotoIds.join()) {
    const added = photos.filter((id) => !order.intakePhotoIds.includes(id)).length;
    const dropped = order.intakePhotoIds.filter((id) => removed.has(id)).length;
    order.intakePhotoIds = photos;
    changes.push({ kind: 'photosEdited', message: careText('photosEdited', { added, removed: dropped }) });
  }
  if (!changes.length) throw new InvalidInputError('Nothing to change.', null);
  for (const change of changes) record(tx, order, { ...change, actorId: (viewer as Viewer).accountId });
  // A technician taken off the order hears of it too.
  const audience = orderAudience(order);
  if (previousTechnician && previousTechnician !== order.technicianId) audience.accounts?.push(previousTechnician);
  tx.emit('order.updated', { ...ids(order), what: changes.map((c) => c.kind).join(',') }, audience);
  return order;
}
