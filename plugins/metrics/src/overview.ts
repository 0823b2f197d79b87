import { NotAllowedError, type PluginEnvironment, type Viewer } from '@lacewire/core';
import { type ComplaintLoad, complaintLoads } from '@lacewire/plugin-aftercare';
import { appointmentsOnDay, type DayAppointments } from '@lacewire/plugin-appointments';
import { type StoreWorkload, storeWorkloads } from '@lacewire/plugin-care';
import { type IStore, listStores } from '@lacewire/plugin-stores';
import type { EntityManager } from '@mikro-orm/postgresql';
import { DateTime } from 'luxon';

export interface StoreOverview {
  store: IStore;
  at: Date;
  /** Null when the plugin that knows is not installed. */
  workload: StoreWorkload | null;
  complaints: ComplaintLoad | null;
  appointments: DayAppointments | null;
  /** The store's local day so far, and its last seven local days (today included), up to `at`. */
  today: { from: Date; to: Date };
  week: { from: Date; to: Date };
}

/**
 * The stores of the owner's view: the owner (HQ) sees every store; someone who administers
 * several stores sees those. Anyone else is refused: this view is for running more than one store.
 */
export async function overviewStores(em: EntityManager, viewer: Viewer | null): Promise<IStore[]> {
  if (viewer?.isOwner) return listStores(em, null);
  const administered = [...new Set((viewer?.memberships ?? []).filter((m) => m.role === 'storeAdmin').map((m) => m.storeId))];
  if (administered.length < 2)
    throw new NotAllowedError('The all-stores view is for the owner (HQ) and admins of several stores.');
  return listStores(em, administered);
}

/** Each store's state now, read from the owning plugins in one statement per plugin. */
export async function storeOverviews(
  em: EntityManager,
  stores: IStore[],
  at: Date,
  /** Which of care, aftercare and appointments are installed: the figures of the others stay null. */
  installed: PluginEnvironment,
): Promise<StoreOverview[]> {
  const ids = stores.map((s) => s.id);
  const days = stores.map((s) => {
    const midnight = DateTime.fromJSDate(at, { zone: s.timeZone }).startOf('day');
    return {
      storeId: s.id,
      from: midnight.toJSDate(),
      to: midnight.plus({ days: 1 }).toJSDate(),
      weekFrom: midnight.minus({ days: 6 }).toJSDate(),
    };
  });
  const [workloads, complaints, appointments] = await Promise.all([
    installed.has('care') ? storeWorkloads(em, ids, at) : [],
    installed.has('aftercare') ? complaintLoads(em, ids, at) : [],
    installed.has('appointments') ? appointmentsOnDay(em, days) : [],
  ]);
  return stores.map((store, i) => ({
    store,
    at,
    workload: workloads.find((w) => w.storeId === store.id) ?? null,
    complaints: complaints.find((c) => c.storeId === store.id) ?? null,
    appointments: appointments.find((a) => a.storeId === store.id) ?? null,
    today: { from: days[i].from, to: at },
    week: { from: days[i].weekFrom, to: at },
  }));
}
