import { randomInt, timingSafeEqual } from 'node:crypto';
import type { MessageRef } from '@lacewire/core';
import {
  type Audience,
  children,
  hasStoreRole,
  InvalidInputError,
  NotAllowedError,
  NotFoundError,
  type PlainWhere,
  type RateLimit,
  type Runtime,
  readPlain,
  rows,
  sharedLoader,
  sql,
  type Tx,
  type Viewer,
} from '@lacewire/core';
import { accountsByIds, membersOf } from '@lacewire/plugin-identity';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import QRCode from 'qrcode';
import {
  CareSettings,
  CareStep,
  ChangeRequest,
  type ICareSettings,
  type ICareStep,
  type IWorkOrder,
  type ShoeSnapshot,
  TimelineEntry,
  WorkOrder,
} from './entities.ts';
import { ActiveOrderExistsError, InvalidTransitionError, WorkNotApprovedError, WrongPickupCodeError } from './errors.ts';
import { consumeStock, type MaterialDraft, resolveMaterials } from './integrations.ts';
import { careText, type Reason, reasonText, stageText } from './messages.ts';
import {
  allowedMoves,
  applicableStages,
  CANCELLED,
  DEFAULT_PIPELINE,
  isWorkStage,
  labelOf,
  ON_HOLD,
  PICKED_UP,
  QUALITY_CHECK,
  READY,
  RECEIVED,
  type ServiceCategory,
  type Stage,
  validatePipeline,
} from './pipeline.ts';
import { type CareOptions, careState } from './state.ts';

/** Orders still in the shop (neither picked up nor cancelled). */
export const ACTIVE = { $nin: [PICKED_UP, CANCELLED] };

export const DEFAULT_SETTINGS = { reminderAfterDays: 3, reminderEveryDays: 3, maxReminders: 3 };

// ---------------------------------------------------------------- settings

export async function careSettings(em: EntityManager, storeId: string): Promise<Omit<ICareSettings, 'nextTag'>> {
  const found = await em.findOne(CareSettings, { storeId });
  return found ?? { storeId, pipeline: DEFAULT_PIPELINE, ...DEFAULT_SETTINGS };
}

export interface SettingsInput {
  pipeline?: Stage[] | null;
  reminderAfterDays?: number | null;
  reminderEveryDays?: number | null;
  maxReminders?: number | null;
}

/** A store admin's pipeline and reminder settings; orders already open keep their pipeline. */
export async function configureCare(tx: Tx, storeId: string, input: SettingsInput) {
  if (input.pipeline) {
    const problem = validatePipeline(input.pipeline);
    if (problem) throw new InvalidInputError(problem, 'pipeline');
  }
  let settings = await tx.em.findOne(CareSettings, { storeId });
  if (!settings) {
    settings = tx.em.create(CareSettings, { storeId, pipeline: DEFAULT_PIPELINE, ...DEFAULT_SETTINGS, nextTag: 1 });
  }
  const changes = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined && v !== null));
  tx.em.assign(settings, changes);
  return settings;
}

async function nextTagNumber(tx: Tx, storeId: string): Promise<string> {
  await tx.em.flush();
  const [row] = await rows<{ tag: number }>(
    tx.em,
    sql`insert into care_store_settings (store_id, pipeline, reminder_after_days, reminder_every_days, max_reminders, next_tag)
        values (${storeId}, ${JSON.stringify(DEFAULT_PIPELINE)}::jsonb, ${DEFAULT_SETTINGS.reminderAfterDays},
                ${DEFAULT_SETTINGS.reminderEveryDays}, ${DEFAULT_SETTINGS.maxReminders}, 2)
        on conflict (store_id) do update set next_tag = care_store_settings.next_tag + 1
        returning next_tag - 1 as tag`,
  );
  return String(row.tag).padStart(4, '0');
}

// ---------------------------------------------------------------- access

/** The customer, the store's clerks and admins, its technician — or every technician while it is in the pool. */
export function orderAudience(order: Pick<IWorkOrder, 'storeId' | 'customerId' | 'technicianId'>): Audience {
  return {
    accounts: [order.customerId, ...(order.technicianId ? [order.technicianId] : [])],
    stores: [order.storeId],
    roles: order.technicianId ? ['clerk', 'storeAdmin'] : ['clerk', 'storeAdmin', 'technician'],
  };
}

/**
 * Customers see their own orders; clerks and store admins their store's; technicians those
 * assigned to them and the store's unassigned ones (the pool they claim from).
 */
export function canSeeOrder(viewer: Viewer | null, order: Pick<IWorkOrder, 'storeId' | 'customerId' | 'technicianId'>) {
  if (!viewer) return false;
  if (viewer.customerId) return order.customerId === viewer.customerId;
  if (hasStoreRole(viewer, order.storeId, ['clerk', 'storeAdmin'])) return true;
  return (!order.technicianId || order.technicianId === viewer.accountId) && hasStoreRole(viewer, order.storeId, ['technician']);
}

/** Staff who may work an order: clerks and admins of its store, its technician (a pool order is claimed first). */
export function canWorkOn(viewer: Viewer | null, order: IWorkOrder) {
  if (!viewer || viewer.customerId) return false;
  if (hasStoreRole(viewer, order.storeId, ['clerk', 'storeAdmin'])) return true;
  return order.technicianId === viewer.accountId && hasStoreRole(viewer, order.storeId, ['technician']);
}

export async function getOrder(em: EntityManager, id: string, lock = false): Promise<IWorkOrder> {
  const order = await em.findOne(WorkOrder, { id }, lock ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {});
  if (!order) throw new NotFoundError('Work order');
  return order;
}

/** The order if the viewer may see it; NotFound otherwise (a foreign order does not exist). */
export async function orderFor(em: EntityManager, viewer: Viewer | null, id: string, lock = false) {
  const order = await em.findOne(WorkOrder, { id }, lock ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {});
  if (!order || !canSeeOrder(viewer, order)) throw new NotFoundError('Work order');
  return order;
}

/** An order read with its care steps (oldest first), which `node(id:)` pages almost always show. */
export type OrderWithSteps = IWorkOrder & { steps?: ICareStep[] };

/** `withSteps`: each order's care steps too, in the same statement. */
export async function ordersByIds(
  em: EntityManager,
  ids: readonly string[],
  withSteps = false,
): Promise<(OrderWithSteps | null)[]> {
  const steps = withSteps ? { with: { steps: children(CareStep, 'orderId', { startedAt: 'asc' }) } } : {};
  const found = ids.length ? await readPlain<OrderWithSteps>(em, WorkOrder, { id: { $in: [...ids] } }, steps) : [];
  const byId = new Map(found.map((o) => [o.id, o]));
  return ids.map((id) => byId.get(id) ?? null);
}

export function requireWorker(viewer: Viewer | null, order: IWorkOrder): asserts viewer is Viewer {
  if (!viewer || !canSeeOrder(viewer, order)) throw new NotFoundError('Work order');
  if (!canWorkOn(viewer, order))
    throw new NotAllowedError(
      order.technicianId
        ? "Only the store's staff and the assigned technician work on an order."
        : 'Claim the order from the pool first (claimWorkOrder).',
    );
}

// ---------------------------------------------------------------- queries

export function categoriesOf(order: Pick<IWorkOrder, 'services'>): ServiceCategory[] {
  return [...new Set(order.services.filter((s) => s.state === 'quoted' || s.state === 'approved').map((s) => s.category))];
}

export function stagesOf(order: IWorkOrder) {
  return applicableStages(order.pipeline, categoriesOf(order));
}

/** Where the order may go now; one opened at check-in only to cancelled until intake is complete. */
export function movesOf(order: IWorkOrder) {
  const moves = allowedMoves(order.pipeline, categoriesOf(order), order.status);
  return order.intakeCompletedAt ? moves : moves.filter((s) => s === CANCELLED);
}

export function totalOf(order: IWorkOrder) {
  return order.services.filter((s) => s.state === 'quoted' || s.state === 'approved').reduce((sum, s) => sum + s.priceMinor, 0);
}

export interface OrderFilter {
  storeId?: string;
  customerId?: string;
  technicianId?: string;
  /** Only orders no technician holds (the pool); ignored with `technicianId`. */
  unassigned?: boolean;
  statuses?: string[];
  active?: boolean;
  oldestFirst?: boolean;
}

/** `fields`: only those properties of each order (see ORDER_FIELD_READS), else whole rows. */
export async function listOrders(em: EntityManager, filter: OrderFilter, fields?: readonly (keyof IWorkOrder & string)[]) {
  const where: PlainWhere<IWorkOrder> = {};
  if (filter.storeId) where.storeId = filter.storeId;
  if (filter.customerId) where.customerId = filter.customerId;
  if (filter.technicianId) where.technicianId = filter.technicianId;
  else if (filter.unassigned) where.technicianId = null;
  if (filter.statuses?.length) where.status = { $in: filter.statuses };
  else if (filter.active) where.status = ACTIVE;
  const orderBy = { createdAt: filter.oldestFirst ? 'asc' : 'desc' } as const;
  return readPlain(em, WorkOrder, where, { orderBy, limit: 500, fields });
}

/**
 * Work orders by id with their steps in the same statement (a detail page then waits for one
 * round trip fewer), batched per operation and across concurrent ones; the caller checks who may
 * see them.
 */
export const orderLoader = sharedLoader<string, OrderWithSteps>('care.orders', (em, ids) => ordersByIds(em, ids, true));

/** Each order's care steps, oldest first, batched like orderLoader (for orders read without them). */
export const stepsLoader = sharedLoader<string, ICareStep[]>('care.steps', async (em, orderIds) => {
  const steps = await readPlain(em, CareStep, { orderId: { $in: [...orderIds] } }, { orderBy: { startedAt: 'asc' } });
  return orderIds.map((id) => steps.filter((s) => s.orderId === id));
});

export async function changeRequestsOf(em: EntityManager, orderId: string) {
  return em.find(ChangeRequest, { orderId }, { orderBy: { raisedAt: 'asc' } });
}

export async function timelineOf(em: EntityManager, filter: { orderId?: string; customerId?: string }) {
  return em.find(TimelineEntry, filter, { orderBy: { at: 'asc' } });
}

export async function stepById(em: EntityManager, id: string) {
  return em.findOne(CareStep, { id });
}

export async function changeRequestById(em: EntityManager, id: string) {
  return em.findOne(ChangeRequest, { id });
}

// ---------------------------------------------------------------- QR codes

export const tagQrText = (order: Pick<IWorkOrder, 'id'>) => `LW:ORDER:${order.id}`;
export const pickupQrText = (order: Pick<IWorkOrder, 'id' | 'pickupCode'>) => `LW:PICKUP:${order.id}:${order.pickupCode}`;

/** An SVG data URL for a QR code (print on the tag, show in the portal). */
export async function qrDataUrl(text: string): Promise<string> {
  const svg = await QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 });
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}

// ---------------------------------------------------------------- writes

export function record(
  tx: Tx,
  order: IWorkOrder,
  entry: {
    kind: string;
    message: MessageRef;
    actorId: string | null;
    from?: string | null;
    to?: string | null;
    refId?: string | null;
  },
) {
  tx.em.create(TimelineEntry, {
    orderId: order.id,
    customerId: order.customerId,
    storeId: order.storeId,
    kind: entry.kind,
    fromStatus: entry.from ?? null,
    toStatus: entry.to ?? null,
    text: null,
    messageKey: entry.message.key,
    messageParams: entry.message.params ?? null,
    actorId: entry.actorId,
    refId: entry.refId ?? null,
    at: tx.now(),
  });
}

export const ids = (order: IWorkOrder) => ({ orderId: order.id, storeId: order.storeId, customerId: order.customerId });

function setStatus(tx: Tx, order: IWorkOrder, to: string, actorId: string | null, reason: Reason | null) {
  const from = order.status;
  order.status = to;
  const label = labelOf(order.pipeline, to);
  const stage = stageText(order.pipeline, to);
  const message = reason ? careText('statusWithReason', { stage, reason }) : careText('status', { stage });
  record(tx, order, { kind: 'status', from, to, message, actorId });
  tx.emit('order.statusChanged', { ...ids(order), from, to, label, reason: reasonText(reason) }, orderAudience(order));
}

export interface ServiceInput {
  code: string;
  name: string;
  category: ServiceCategory;
  priceMinor: number;
  serviceId?: string | null;
}

export interface OpenOrderInput {
  storeId: string;
  customerId: string;
  shoeId?: string | null;
  shoe: ShoeSnapshot;
  services: ServiceInput[];
  technicianId?: string | null;
  promisedAt?: Date | null;
  conditionNotes?: string | null;
  intakePhotoIds?: string[];
  appointmentId?: string | null;
  /** Opened at check-in: the clerk completes intake later (completeIntake). */
  awaitingIntake?: boolean;
}

export async function requireTechnician(em: EntityManager, storeId: string, technicianId: string) {
  const members = await membersOf(em, storeId);
  if (!members.some((m) => m.accountId === technicianId && m.role === 'technician')) {
    throw new InvalidInputError('Assign a technician of this store.', 'technicianId');
  }
}

export function checkServices(services: ServiceInput[]) {
  if (services.length === 0) throw new InvalidInputError('An order needs at least one service.', 'services');
  const codes = services.map((s) => s.code);
  if (new Set(codes).size !== codes.length) throw new InvalidInputError('Each service appears once per order.', 'services');
  for (const s of services) {
    if (!Number.isInteger(s.priceMinor) || s.priceMinor < 0)
      throw new InvalidInputError('Prices are whole fen, not negative.', 'services');
  }
}

export function checkPromise(promisedAt: Date | null | undefined, now: Date) {
  if (promisedAt && promisedAt.getTime() < now.getTime() - 60_000) {
    throw new InvalidInputError('The promised date is in the past.', 'promisedAt');
  }
}

/**
 * At most one active order per pair. The transaction-scoped advisory lock serializes concurrent
 * intakes of the same pair so the loser gets this typed error; the partial unique index
 * `care_work_order_active_pair` backs it up.
 */
export async function requireNoActiveOrder(tx: Tx, shoeId: string, exceptOrderId: string | null) {
  await tx.em.flush();
  await rows(tx.em, sql`select pg_advisory_xact_lock(hashtextextended(${`care-pair:${shoeId}`}, 0))`);
  const active = await tx.em.findOne(WorkOrder, { shoeId, status: ACTIVE }, { fields: ['id'] });
  if (active && active.id !== exceptOrderId) throw new ActiveOrderExistsError(active.id);
}

/** The customer's order opened at check-in in this store that still waits for intake, if any. */
export async function pendingIntake(em: EntityManager, storeId: string, customerId: string) {
  return em.findOne(
    WorkOrder,
    { storeId, customerId, intakeCompletedAt: null, status: ACTIVE },
    { fields: ['id'], orderBy: { createdAt: 'asc' } },
  );
}

export async function openWorkOrder(tx: Tx, actorId: string, input: OpenOrderInput): Promise<IWorkOrder> {
  const [customer] = await accountsByIds(tx.em, [input.customerId]);
  if (customer?.kind !== 'customer') throw new InvalidInputError('No such customer.', 'customerId');
  checkServices(input.services);
  if (input.technicianId) await requireTechnician(tx.em, input.storeId, input.technicianId);
  checkPromise(input.promisedAt, tx.now());
  if (input.shoeId) await requireNoActiveOrder(tx, input.shoeId, null);
  const settings = await careSettings(tx.em, input.storeId);
  const tagNumber = await nextTagNumber(tx, input.storeId);
  const order = tx.em.create(WorkOrder, {
    storeId: input.storeId,
    customerId: input.customerId,
    shoeId: input.shoeId ?? null,
    shoe: input.shoe,
    tagNumber,
    pickupCode: String(randomInt(0, 1_000_000)).padStart(6, '0'),
    technicianId: input.technicianId ?? null,
    promisedAt: input.promisedAt ?? null,
    status: RECEIVED,
    resumeStatus: null,
    pipeline: settings.pipeline,
    services: input.services.map((s) => ({ ...s, serviceId: s.serviceId ?? null, state: 'quoted', changeRequestId: null })),
    currency: 'CNY',
    intakePhotoIds: input.intakePhotoIds ?? [],
    conditionNotes: input.conditionNotes ?? null,
    conditionAcknowledgedAt: null,
    intakeCompletedAt: input.awaitingIntake ? null : tx.now(),
    appointmentId: input.appointmentId ?? null,
    readyAt: null,
    pickedUpAt: null,
    pickedUpBy: null,
    cancelReason: null,
    createdBy: actorId,
    createdAt: tx.now(),
  });
  const message = careText(input.awaitingIntake ? 'openedAwaitingIntake' : 'opened', { tag: tagNumber });
  record(tx, order, { kind: 'opened', to: RECEIVED, message, actorId });
  tx.emit('order.opened', { ...ids(order), tagNumber, status: RECEIVED }, orderAudience(order));
  return order;
}

const reminderKey = (orderId: string) => `care:pickup-reminder:${orderId}`;

/** Moves an order by hand along its pipeline; refuses anything `allowedMoves` does not list. */
export async function moveOrder(
  tx: Tx,
  viewer: Viewer | null,
  order: IWorkOrder,
  to: string,
  reason: string | null,
  options: CareOptions,
) {
  requireWorker(viewer, order);
  const allowed = movesOf(order);
  if (!allowed.includes(to)) {
    const hint = !order.intakeCompletedAt
      ? 'Complete intake first (completeIntake).'
      : to === PICKED_UP
        ? "Use pickUpOrder with the customer's code."
        : order.status === ON_HOLD
          ? 'The customer has to answer the change request first.'
          : undefined;
    throw new InvalidTransitionError(order.status, to, allowed, hint);
  }
  await applyMove(tx, order, to, viewer.accountId, reason, options);
  return order;
}

async function applyMove(
  tx: Tx,
  order: IWorkOrder,
  to: string,
  actorId: string | null,
  reason: Reason | null,
  options: CareOptions,
) {
  const from = order.status;
  if (to === CANCELLED) {
    order.cancelReason = reasonText(reason);
    for (const cr of await tx.em.find(ChangeRequest, { orderId: order.id, status: 'pending' })) cr.status = 'withdrawn';
    order.services = order.services.map((s) => (s.state === 'pending' ? { ...s, state: 'declined' } : s));
    order.resumeStatus = null;
  }
  if (from === READY && to !== READY) await tx.dequeue(reminderKey(order.id));
  setStatus(tx, order, to, actorId, reason);
  if (to === READY) {
    order.readyAt = tx.now();
    order.remindersSent = 0;
    const settings = await careSettings(tx.em, order.storeId);
    await tx.enqueue(
      'care.pickupReminder',
      { orderId: order.id },
      {
        runAt: new Date(tx.now().getTime() + settings.reminderAfterDays * options.dayMs),
        key: reminderKey(order.id),
      },
    );
  }
}

/**
 * Sends an order back into the pipeline for rework (aftercare: the customer marked a flaw).
 * Goes to `stage` when given, else to the first work stage of the order.
 */
export async function reopenForRework(
  tx: Tx,
  orderId: string,
  actorId: string | null,
  reason: Reason,
  options: CareOptions,
  stage?: string | null,
) {
  const order = await getOrder(tx.em, orderId, true);
  const allowed = movesOf(order).filter((s) => s !== CANCELLED && isWorkStage(order.pipeline, s) && s !== QUALITY_CHECK);
  const target = stage ?? allowed.at(-1);
  if (!target || !allowed.includes(target) || ![QUALITY_CHECK, READY].includes(order.status)) {
    throw new InvalidTransitionError(
      order.status,
      target ?? 'rework',
      allowed,
      'Rework starts from quality check or ready for pickup.',
    );
  }
  order.reworkCount += 1;
  await applyMove(tx, order, target, actorId, reason, options);
  return order;
}

export async function assignTechnician(tx: Tx, viewer: Viewer | null, order: IWorkOrder, technicianId: string) {
  requireWorker(viewer, order);
  if (!hasStoreRole(viewer, order.storeId, ['clerk', 'storeAdmin']))
    throw new NotAllowedError('Clerks and store admins assign technicians.');
  await requireTechnician(tx.em, order.storeId, technicianId);
  order.technicianId = technicianId;
  const [tech] = await accountsByIds(tx.em, [technicianId]);
  record(tx, order, {
    kind: 'assigned',
    message: careText('assigned', { technician: tech?.displayName ?? '' }),
    actorId: viewer.accountId,
  });
  tx.emit('order.updated', { ...ids(order), what: 'technician' }, orderAudience(order));
  return order;
}

function pendingChange(order: IWorkOrder) {
  return order.services.find((s) => s.state === 'pending') ?? null;
}

export interface StepInput {
  serviceCode?: string | null;
  notes?: string | null;
  beforePhotoIds?: string[];
}

/** Starts a care step in the order's current stage. Refused while extra work waits for approval. */
export async function startStep(tx: Tx, viewer: Viewer | null, order: IWorkOrder, input: StepInput) {
  requireWorker(viewer, order);
  const line = input.serviceCode ? order.services.find((s) => s.code === input.serviceCode) : null;
  if (input.serviceCode && !line) throw new InvalidInputError(`The order has no service "${input.serviceCode}".`, 'serviceCode');
  if (line?.state === 'pending' || order.status === ON_HOLD) {
    const waiting = line?.state === 'pending' ? line : pendingChange(order);
    throw new WorkNotApprovedError(
      `Work waits for the customer's approval of "${waiting?.name ?? 'the change request'}". Nothing was recorded.`,
      waiting?.changeRequestId ?? null,
    );
  }
  if (line?.state === 'declined') throw new InvalidInputError(`The customer declined "${line.name}".`, 'serviceCode');
  if (!isWorkStage(order.pipeline, order.status)) {
    throw new InvalidInputError(
      `Care steps are recorded in work stages; the order is "${labelOf(order.pipeline, order.status)}".`,
      'orderId',
    );
  }
  const step = tx.em.create(CareStep, {
    orderId: order.id,
    storeId: order.storeId,
    stage: order.status,
    serviceCode: input.serviceCode ?? null,
    technicianId: viewer.accountId,
    startedAt: tx.now(),
    finishedAt: null,
    labourMinutes: null,
    materials: [],
    notes: input.notes ?? null,
    beforePhotoIds: input.beforePhotoIds ?? [],
    afterPhotoIds: [],
  });
  record(tx, order, {
    kind: 'stepStarted',
    message: line
      ? careText('stepStartedService', { stage: labelOf(order.pipeline, order.status), service: line.name })
      : careText('stepStarted', { stage: labelOf(order.pipeline, order.status) }),
    actorId: viewer.accountId,
    refId: step.id,
  });
  tx.emit('order.stepStarted', { ...ids(order), stepId: step.id, stage: step.stage }, orderAudience(order));
  return step;
}

export interface FinishInput {
  labourMinutes: number;
  materials?: MaterialDraft[];
  notes?: string | null;
  afterPhotoIds?: string[];
}

export async function finishStep(tx: Tx, viewer: Viewer | null, stepId: string, input: FinishInput, options: CareOptions) {
  const step = await tx.em.findOne(CareStep, { id: stepId });
  if (!step) throw new NotFoundError('Care step');
  const order = await orderFor(tx.em, viewer, step.orderId, true);
  requireWorker(viewer, order);
  if (step.finishedAt) throw new InvalidInputError('This step is already finished.', 'stepId');
  if (!Number.isInteger(input.labourMinutes) || input.labourMinutes < 0 || input.labourMinutes > 24 * 60) {
    throw new InvalidInputError('Labour is whole minutes, 0 to 1440.', 'labourMinutes');
  }
  const materials = await resolveMaterials(tx.em, order.storeId, input.materials ?? [], options.integrations.catalog);
  step.finishedAt = tx.now();
  step.labourMinutes = input.labourMinutes;
  step.materials = materials;
  step.afterPhotoIds = input.afterPhotoIds ?? [];
  if (input.notes) step.notes = step.notes ? `${step.notes}\n${input.notes}` : input.notes;
  const stocked = step.materials
    .filter((m) => m.materialId)
    .map((m) => ({ materialId: m.materialId as string, quantity: m.quantity }));
  if (stocked.length && options.integrations.catalog) await consumeStock(tx, order.storeId, stocked);
  record(tx, order, {
    kind: 'stepFinished',
    message: careText('stepFinished', { stage: labelOf(order.pipeline, step.stage), minutes: input.labourMinutes }),
    actorId: viewer.accountId,
    refId: step.id,
  });
  const line = step.serviceCode ? order.services.find((s) => s.code === step.serviceCode) : null;
  tx.emit(
    'order.stepFinished',
    {
      ...ids(order),
      stepId: step.id,
      stage: step.stage,
      technicianId: step.technicianId,
      serviceCode: step.serviceCode ?? null,
      serviceId: line?.serviceId ?? null,
      serviceName: line?.name ?? null,
      labourMinutes: input.labourMinutes,
      materials: step.materials,
    },
    orderAudience(order),
  );
  return { step, order };
}

export interface ChangeInput {
  origin: 'technician' | 'customer';
  description: string;
  photoIds: string[];
  service: ServiceInput;
}

/** Extra work found or asked for: the order waits on hold until the customer answers. */
export async function raiseChangeRequest(tx: Tx, viewer: Viewer | null, order: IWorkOrder, input: ChangeInput) {
  requireWorker(viewer, order);
  if (![RECEIVED, ON_HOLD].includes(order.status) && !isWorkStage(order.pipeline, order.status)) {
    throw new InvalidInputError(
      `Change requests are raised while the pair is being worked on; the order is "${labelOf(order.pipeline, order.status)}".`,
      'orderId',
    );
  }
  checkServices([input.service]);
  if (order.services.some((s) => s.code === input.service.code && s.state !== 'declined')) {
    throw new InvalidInputError(`The order already has "${input.service.name}".`, 'service');
  }
  const cr = tx.em.create(ChangeRequest, {
    orderId: order.id,
    storeId: order.storeId,
    origin: input.origin,
    description: input.description,
    photoIds: input.photoIds,
    service: {
      code: input.service.code,
      name: input.service.name,
      category: input.service.category,
      serviceId: input.service.serviceId ?? null,
    },
    priceMinor: input.service.priceMinor,
    status: 'pending',
    raisedBy: viewer.accountId,
    answeredBy: null,
    answeredAt: null,
    answerNote: null,
    raisedAt: tx.now(),
  });
  order.services = [
    ...order.services.filter((s) => s.code !== input.service.code),
    { ...input.service, serviceId: input.service.serviceId ?? null, state: 'pending', changeRequestId: cr.id },
  ];
  record(tx, order, {
    kind: 'changeRequested',
    message: careText('changeRequested', {
      service: input.service.name,
      price: `¥${(input.service.priceMinor / 100).toFixed(2)}`,
      description: input.description,
    }),
    actorId: viewer.accountId,
    refId: cr.id,
  });
  tx.emit(
    'order.changeRequested',
    { ...ids(order), changeRequestId: cr.id, priceMinor: cr.priceMinor, description: cr.description },
    orderAudience(order),
  );
  if (order.status !== ON_HOLD) {
    order.resumeStatus = order.status;
    setStatus(tx, order, ON_HOLD, viewer.accountId, input.service.name);
  }
  return cr;
}

/** The customer approves (the service and price join the order) or declines; work resumes. */
export async function answerChangeRequest(
  tx: Tx,
  viewer: Viewer | null,
  changeRequestId: string,
  approve: boolean,
  note: string | null,
) {
  const cr = await tx.em.findOne(ChangeRequest, { id: changeRequestId });
  if (!cr) throw new NotFoundError('Change request');
  const order = await getOrder(tx.em, cr.orderId, true);
  if (!viewer || !canSeeOrder(viewer, order)) throw new NotFoundError('Change request');
  if (viewer.customerId !== order.customerId) throw new NotAllowedError('Only the customer answers a change request.');
  if (cr.status !== 'pending') throw new InvalidInputError(`This change request is already ${cr.status}.`, 'changeRequestId');
  cr.status = approve ? 'approved' : 'declined';
  cr.answeredBy = viewer.accountId;
  cr.answeredAt = tx.now();
  cr.answerNote = note;
  order.services = order.services.map((s) =>
    s.changeRequestId === cr.id ? { ...s, state: approve ? 'approved' : 'declined' } : s,
  );
  record(tx, order, {
    kind: approve ? 'changeApproved' : 'changeDeclined',
    message: note
      ? careText(approve ? 'changeApprovedNote' : 'changeDeclinedNote', { service: cr.service.name, note })
      : careText(approve ? 'changeApproved' : 'changeDeclined', { service: cr.service.name }),
    actorId: viewer.accountId,
    refId: cr.id,
  });
  tx.emit('order.changeAnswered', { ...ids(order), changeRequestId: cr.id, approved: approve }, orderAudience(order));
  if (order.status === ON_HOLD && !pendingChange(order)) {
    const back = order.resumeStatus ?? RECEIVED;
    order.resumeStatus = null;
    setStatus(tx, order, back, viewer.accountId, careText(approve ? 'changeSettledApproved' : 'changeSettledDeclined'));
  }
  return { changeRequest: cr, order };
}

export async function acknowledgeCondition(tx: Tx, viewer: Viewer | null, order: IWorkOrder) {
  if (!viewer || viewer.customerId !== order.customerId) throw new NotFoundError('Work order');
  if (order.conditionAcknowledgedAt) return order;
  order.conditionAcknowledgedAt = tx.now();
  record(tx, order, { kind: 'conditionAcknowledged', message: careText('conditionAcknowledged'), actorId: viewer.accountId });
  tx.emit('order.conditionAcknowledged', ids(order), orderAudience(order));
  return order;
}

function sameCode(a: string, b: string) {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** The order and code a pickup names: the customer's 6-digit code with the order, or the QR from their portal. */
export function pickupTarget(input: { orderId?: string | null; code?: string | null; qr?: string | null }) {
  let orderId = input.orderId ?? null;
  let code = input.code ?? null;
  if (input.qr) {
    const match = input.qr.trim().match(/^LW:PICKUP:([0-9a-f-]{36}):(\d{6})$/);
    if (!match) throw new WrongPickupCodeError();
    if (orderId && orderId !== match[1]) throw new WrongPickupCodeError();
    orderId = match[1];
    code = match[2];
  }
  if (!orderId || !code) throw new InvalidInputError('Give the order and its pickup code, or scan the pickup QR.', 'code');
  return { orderId, code };
}

/**
 * Pickup guesses, limited per order, per staff account and per client address (only failures
 * add up): a code has a million values, ten wrong tries per order in ten minutes leave it safe.
 */
export const PICKUP_LIMITS = {
  perOrder: { name: 'pickup.order', points: 10, windowSeconds: 10 * 60 },
  perAccount: { name: 'pickup.account', points: 20, windowSeconds: 10 * 60 },
  perAddress: { name: 'pickup.address', points: 50, windowSeconds: 10 * 60 },
} satisfies Record<string, RateLimit>;

/** Hands the pair over when the code matches (see pickupTarget, PICKUP_LIMITS). */
export async function pickUp(tx: Tx, viewer: Viewer | null, { orderId, code }: { orderId: string; code: string }) {
  const order = await orderFor(tx.em, viewer, orderId, true);
  requireWorker(viewer, order);
  if (order.status !== READY) {
    throw new InvalidTransitionError(order.status, PICKED_UP, movesOf(order), 'Only a pair ready for pickup can be picked up.');
  }
  if (!sameCode(code, order.pickupCode)) throw new WrongPickupCodeError();
  await tx.dequeue(reminderKey(order.id));
  order.pickedUpAt = tx.now();
  order.pickedUpBy = viewer.accountId;
  setStatus(tx, order, PICKED_UP, viewer.accountId, null);
  tx.emit(
    'order.pickedUp',
    { ...ids(order), pickedUpBy: viewer.accountId, totalMinor: totalOf(order), currency: order.currency },
    orderAudience(order),
  );
  return order;
}

/** Job: reminds the customer while the pair waits; re-schedules itself up to the store's limit. */
export async function sendPickupReminder(tx: Tx, orderId: string, options: CareOptions) {
  const order = await tx.em.findOne(WorkOrder, { id: orderId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!order || order.status !== READY) return;
  const settings = await careSettings(tx.em, order.storeId);
  if (order.remindersSent >= settings.maxReminders) return;
  order.remindersSent += 1;
  record(tx, order, {
    kind: 'pickupReminder',
    message: careText('pickupReminder', { count: order.remindersSent }),
    actorId: null,
  });
  tx.emit(
    'order.pickupReminder',
    { ...ids(order), reminder: order.remindersSent, tagNumber: order.tagNumber },
    orderAudience(order),
  );
  if (order.remindersSent < settings.maxReminders) {
    await tx.enqueue(
      'care.pickupReminder',
      { orderId },
      {
        runAt: new Date(tx.now().getTime() + settings.reminderEveryDays * options.dayMs),
        key: reminderKey(orderId),
      },
    );
  }
}

/** Used by the seed to place demo orders in a state without walking every step. */
export async function forceStatus(tx: Tx, order: IWorkOrder, to: string, actorId: string | null, options: CareOptions) {
  await applyMove(tx, order, to, actorId, null, options);
}

// ---------------------------------------------------------------- for other plugins

/**
 * Moves an order on behalf of another plugin (aftercare: accepted → ready for pickup). The same
 * state machine applies; refused moves throw InvalidTransition.
 */
export async function advanceOrder(
  runtime: Runtime,
  tx: Tx,
  orderId: string,
  to: string,
  actorId: string | null,
  reason: Reason | null,
) {
  const order = await getOrder(tx.em, orderId, true);
  const allowed = movesOf(order);
  if (!allowed.includes(to)) throw new InvalidTransitionError(order.status, to, allowed);
  await applyMove(tx, order, to, actorId, reason, careState.of(runtime));
  return order;
}

/** Sends an order back into the pipeline for rework (see reopenForRework), for other plugins. */
export async function reworkOrder(
  runtime: Runtime,
  tx: Tx,
  orderId: string,
  actorId: string | null,
  reason: Reason,
  stage?: string | null,
) {
  return reopenForRework(tx, orderId, actorId, reason, careState.of(runtime), stage);
}

/** Adds a line to the order's history (other plugins' milestones: acceptance, review, complaint). */
export async function addTimelineEntry(
  tx: Tx,
  orderId: string,
  entry: { kind: string; message: MessageRef; actorId: string | null; refId?: string | null },
) {
  const order = await getOrder(tx.em, orderId);
  record(tx, order, entry);
}
