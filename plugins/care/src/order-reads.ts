import type { IWorkOrder } from './entities.ts';

type Prop = keyof IWorkOrder & string;

/**
 * What each WorkOrder field reads of the order, so lists select only those columns (pipeline and
 * services are most of a row). A field missing here makes a list read whole rows: add new fields.
 */
export const ORDER_FIELD_READS: Readonly<Record<string, readonly Prop[]>> = {
  id: [],
  tagNumber: ['tagNumber'],
  tagQr: [],
  status: ['status'],
  statusLabel: ['pipeline', 'status'],
  stages: ['pipeline', 'services', 'status', 'resumeStatus'],
  allowedMoves: ['pipeline', 'services', 'status', 'intakeCompletedAt'],
  store: [],
  customerId: [],
  customerName: [],
  customer: [],
  shoeId: ['shoeId'],
  shoe: ['shoe'],
  services: ['services'],
  totalMinor: ['services'],
  currency: ['currency'],
  technician: [],
  promisedAt: ['promisedAt'],
  pickupCode: ['pickupCode'],
  pickupQr: ['pickupCode'],
  intakePhotos: ['intakePhotoIds'],
  conditionNotes: ['conditionNotes'],
  conditionAcknowledgedAt: ['conditionAcknowledgedAt'],
  awaitingIntake: ['intakeCompletedAt'],
  intakeCompletedAt: ['intakeCompletedAt'],
  steps: [],
  changeRequests: [],
  timeline: [],
  remindersSent: ['remindersSent'],
  reworkCount: ['reworkCount'],
  readyAt: ['readyAt'],
  pickedUpAt: ['pickedUpAt'],
  cancelReason: ['cancelReason'],
  createdAt: ['createdAt'],
};

/** Every row: its id, and what canSeeOrder and the people on it read. */
export const ORDER_ALWAYS_READS: readonly Prop[] = ['id', 'storeId', 'customerId', 'technicianId'];
