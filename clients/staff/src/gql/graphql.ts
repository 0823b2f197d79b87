/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AddCustomerNoteInput = {
  body: string;
  customerId: string | number;
  /** Makes retries safe: a key the client makes (a uuid; 8–64 of A–Z a–z 0–9 . _ : -). The same key from the same account within 24 hours answers with the first result and writes nothing new. */
  idempotencyKey?: string | null | undefined;
  storeId: string | number;
};

export type AddShiftExceptionInput = {
  date: string;
  ends?: string | null | undefined;
  /** Makes retries safe: a key the client makes (a uuid; 8–64 of A–Z a–z 0–9 . _ : -). The same key from the same account within 24 hours answers with the first result and writes nothing new. */
  idempotencyKey?: string | null | undefined;
  kind: ShiftExceptionKind;
  note?: string | null | undefined;
  starts?: string | null | undefined;
  storeId: string | number;
  technicianId: string | number;
};

export type AddShoeInput = {
  brand: string;
  colour?: string | null | undefined;
  conditionNotes?: string | null | undefined;
  /** Staff only; a customer adds to their own. */
  customerId?: string | number | null | undefined;
  /** Makes retries safe: a key the client makes (a uuid; 8–64 of A–Z a–z 0–9 . _ : -). The same key from the same account within 24 hours answers with the first result and writes nothing new. */
  idempotencyKey?: string | null | undefined;
  material?: string | null | undefined;
  model?: string | null | undefined;
  /** Attachments (files plugin). */
  photoIds?: Array<string | number> | null | undefined;
  size?: string | null | undefined;
};

export type AddStaffMemberInput = {
  displayName: string;
  /** Makes retries safe: a key the client makes (a uuid; 8–64 of A–Z a–z 0–9 . _ : -). The same key from the same account within 24 hours answers with the first result and writes nothing new. */
  idempotencyKey?: string | null | undefined;
  password?: string | null | undefined;
  phone?: string | null | undefined;
  role: StoreRoleInput;
  storeId: string | number;
  username?: string | null | undefined;
};

export type AppointmentStatus =
  | 'booked'
  | 'cancelled'
  | 'checkedIn'
  | 'confirmed'
  | 'noShow';

export type AssignComplaintInput = {
  /** The staff member. */
  assigneeId: string | number;
  complaintId: string | number;
  note?: string | null | undefined;
};

export type AssignTechnicianInput = {
  orderId: string | number;
  technicianId: string | number;
};

export type AttachmentKind =
  | 'audio'
  | 'file'
  | 'image'
  | 'video';

export type BookAppointmentForCustomerInput = {
  customerId: string | number;
  /** Makes retries safe: a key the client makes (a uuid; 8–64 of A–Z a–z 0–9 . _ : -). The same key from the same account within 24 hours answers with the first result and writes nothing new. */
  idempotencyKey?: string | null | undefined;
  note?: string | null | undefined;
  serviceIds: Array<string | number>;
  shoeIds?: Array<string | number> | null | undefined;
  startsAt: string;
  storeId: string | number;
  technicianId?: string | number | null | undefined;
};

export type CancelAppointmentInput = {
  appointmentId: string | number;
  reason?: string | null | undefined;
};

export type CatalogServiceCategory =
  | 'authentication'
  | 'cleaning'
  | 'other'
  | 'protection'
  | 'recolouring'
  | 'repair';

export type ChangeRequestOrigin =
  | 'customer'
  | 'technician';

export type CheckInAppointmentInput = {
  appointmentId: string | number;
};

export type ClaimWorkOrderInput = {
  orderId: string | number;
};

export type ComplaintCategory =
  | 'damage'
  | 'delay'
  | 'lost'
  | 'other'
  | 'price'
  | 'quality'
  | 'service';

export type ComplaintSeverity =
  | 'high'
  | 'low'
  | 'medium';

export type ComplaintStatus =
  | 'closed'
  | 'inProgress'
  | 'open'
  | 'resolved';

export type CompleteFollowUpInput = {
  note?: string | null | undefined;
  taskId: string | number;
};

export type CompleteIntakeInput = {
  conditionNotes?: string | null | undefined;
  intakePhotoIds?: Array<string | number> | null | undefined;
  orderId: string | number;
  promisedAt?: string | null | undefined;
  /** Absent: the booked services. */
  services?: Array<OrderServiceInput> | null | undefined;
  /** Required unless the pair is on file. */
  shoe?: OrderShoeInput | null | undefined;
  /** The pair on file. */
  shoeId?: string | number | null | undefined;
  technicianId?: string | number | null | undefined;
};

export type ConfigureCareInput = {
  maxReminders?: number | null | undefined;
  pipeline?: Array<PipelineStageInput> | null | undefined;
  reminderAfterDays?: number | null | undefined;
  reminderEveryDays?: number | null | undefined;
  storeId: string | number;
};

export type ConfirmAppointmentInput = {
  appointmentId: string | number;
};

export type ConversationInput = {
  conversationId: string | number;
};

/** customer: a customer and a store; order: a thread about one work order; staffGroup: staff only; vip: a VIP customer and a senior technician. */
export type ConversationKind =
  | 'customer'
  | 'order'
  | 'staffGroup'
  | 'vip';

export type ConversationMemberRole =
  | 'customer'
  | 'moderator'
  | 'staff';

export type CreateMaterialInput = {
  /** Makes retries safe: a key the client makes (a uuid; 8–64 of A–Z a–z 0–9 . _ : -). The same key from the same account within 24 hours answers with the first result and writes nothing new. */
  idempotencyKey?: string | null | undefined;
  lowStockThreshold: number;
  name: string;
  stock: number;
  storeId: string | number;
  unit: string;
};

export type CreateServiceInput = {
  bookableOnline?: boolean | null | undefined;
  category: CatalogServiceCategory;
  currency?: string | null | undefined;
  description?: string | null | undefined;
  durationMinutes: number;
  /** Makes retries safe: a key the client makes (a uuid; 8–64 of A–Z a–z 0–9 . _ : -). The same key from the same account within 24 hours answers with the first result and writes nothing new. */
  idempotencyKey?: string | null | undefined;
  name: string;
  priceMinor: number;
  requiredSkills?: Array<string> | null | undefined;
  storeId: string | number;
};

export type EditWorkOrderInput = {
  addIntakePhotoIds?: Array<string | number> | null | undefined;
  conditionNotes?: string | null | undefined;
  orderId: string | number;
  promisedAt?: string | null | undefined;
  removeIntakePhotoIds?: Array<string | number> | null | undefined;
  /** The quoted services as they should be (lines from change requests stay). */
  services?: Array<OrderServiceInput> | null | undefined;
  /** Corrected pair details. */
  shoe?: OrderShoeInput | null | undefined;
  /** Another pair on file. */
  shoeId?: string | number | null | undefined;
  technicianId?: string | number | null | undefined;
  /** Take the technician off (the order goes back to the pool). */
  unassign?: boolean | null | undefined;
};

export type FinishCareStepInput = {
  afterPhotoIds?: Array<string | number> | null | undefined;
  labourMinutes: number;
  materials?: Array<MaterialUseInput> | null | undefined;
  notes?: string | null | undefined;
  stepId: string | number;
};

export type MarkAppointmentNoShowInput = {
  appointmentId: string | number;
};

export type MarkConversationReadInput = {
  conversationId: string | number;
  seq: number;
};

export type MaterialUseInput = {
  /** The store's catalog material; its stock goes down. */
  materialId?: string | number | null | undefined;
  /** Without the catalog only; a catalog material's is its own. */
  name?: string | null | undefined;
  /** Whole units for a catalog material. */
  quantity: number;
  /** Without the catalog only; given with a catalog material, it must be the catalog's. */
  unit?: string | null | undefined;
};

export type MessageKind =
  | 'call'
  | 'file'
  | 'image'
  | 'system'
  | 'text'
  | 'voice';

export type MessageLinkInput = {
  /** Global id of the order, appointment or complaint. */
  id: string | number;
  kind: MessageLinkKind;
};

export type MessageLinkKind =
  | 'appointment'
  | 'complaint'
  | 'order';

/** hour: UTC hours; day / week: calendar days / ISO weeks in each store's time zone. */
export type MetricsGranularity =
  | 'day'
  | 'hour'
  | 'week';

export type MoveOrderInput = {
  orderId: string | number;
  reason?: string | null | undefined;
  to: string;
};

/** A business moment the customer hears about in their conversation with the store. */
export type NotificationKind =
  | 'acceptanceRequested'
  | 'appointmentBooked'
  | 'appointmentChanged'
  | 'appointmentConfirmed'
  | 'appointmentReminder'
  | 'changeRequestWaiting'
  | 'complaintUpdated'
  | 'orderReceived'
  | 'orderStatusChanged'
  | 'pickupReminder'
  | 'promisedDateChanged'
  | 'readyForPickup';

export type OpenWorkOrderInput = {
  conditionNotes?: string | null | undefined;
  customerId: string | number;
  /** Makes retries safe: a key the client makes (a uuid; 8–64 of A–Z a–z 0–9 . _ : -). The same key from the same account within 24 hours answers with the first result and writes nothing new. */
  idempotencyKey?: string | null | undefined;
  intakePhotoIds?: Array<string | number> | null | undefined;
  promisedAt?: string | null | undefined;
  services: Array<OrderServiceInput>;
  /** Required unless `shoeId` names a pair on file. */
  shoe?: OrderShoeInput | null | undefined;
  /** The pair on file. */
  shoeId?: string | number | null | undefined;
  storeId: string | number;
  technicianId?: string | number | null | undefined;
};

export type OpeningHoursInput = {
  closes: string;
  opens: string;
  weekday: number;
};

/** A catalog service by `serviceId` (name, category and list price filled in; `priceMinor` overrides the quote), or a service typed in full. */
export type OrderServiceInput = {
  category?: ServiceCategory | null | undefined;
  code?: string | null | undefined;
  name?: string | null | undefined;
  priceMinor?: number | null | undefined;
  /** A catalog service. */
  serviceId?: string | number | null | undefined;
};

export type OrderShoeInput = {
  brand: string;
  colour?: string | null | undefined;
  material?: string | null | undefined;
  model?: string | null | undefined;
  size?: string | null | undefined;
};

export type PickUpOrderInput = {
  code?: string | null | undefined;
  orderId?: string | number | null | undefined;
  qr?: string | null | undefined;
};

export type PipelineStageInput = {
  /** Absent: every order passes this stage. */
  categories?: Array<ServiceCategory> | null | undefined;
  key: string;
  label: string;
};

export type RaiseChangeRequestInput = {
  description: string;
  /** Makes retries safe: a key the client makes (a uuid; 8–64 of A–Z a–z 0–9 . _ : -). The same key from the same account within 24 hours answers with the first result and writes nothing new. */
  idempotencyKey?: string | null | undefined;
  orderId: string | number;
  /** technician (default): found a problem; customer: they asked for it. */
  origin?: ChangeRequestOrigin | null | undefined;
  photoIds?: Array<string | number> | null | undefined;
  service: OrderServiceInput;
};

export type RecallMessageInput = {
  messageId: string | number;
};

export type RegisterCustomerInput = {
  /** Makes retries safe: a key the client makes (a uuid; 8–64 of A–Z a–z 0–9 . _ : -). The same key from the same account within 24 hours answers with the first result and writes nothing new. */
  idempotencyKey?: string | null | undefined;
  name: string;
  phone: string;
  storeId: string | number;
};

export type RemoveShiftExceptionInput = {
  id: string | number;
};

export type RemoveStaffMemberInput = {
  accountId: string | number;
  storeId: string | number;
};

export type ReplyToReviewInput = {
  reply: string;
  reviewId: string | number;
};

export type RequestAcceptanceInput = {
  afterPhotoIds: Array<string | number>;
  /** Absent: the order's intake photos (an empty list sends none). */
  beforePhotoIds?: Array<string | number> | null | undefined;
  /** Makes retries safe: a key the client makes (a uuid; 8–64 of A–Z a–z 0–9 . _ : -). The same key from the same account within 24 hours answers with the first result and writes nothing new. */
  idempotencyKey?: string | null | undefined;
  note?: string | null | undefined;
  orderId: string | number;
  videoIds?: Array<string | number> | null | undefined;
};

export type RescheduleAppointmentInput = {
  appointmentId: string | number;
  startsAt: string;
  /** Staff only. */
  technicianId?: string | number | null | undefined;
};

export type ResetNotificationTemplateInput = {
  kind: NotificationKind;
  locale: string;
  storeId: string | number;
};

export type RestockMaterialInput = {
  /** Makes retries safe: a key the client makes (a uuid; 8–64 of A–Z a–z 0–9 . _ : -). The same key from the same account within 24 hours answers with the first result and writes nothing new. */
  idempotencyKey?: string | null | undefined;
  materialId: string | number;
  quantity: number;
};

export type SaveNotificationTemplateInput = {
  body: string;
  kind: NotificationKind;
  locale: string;
  storeId: string | number;
};

export type SendMessageInput = {
  /** Upload first (uploadAttachment), then send its id. */
  attachmentId?: string | number | null | undefined;
  body?: string | null | undefined;
  /** Unique per sender (a uuid made by the client); makes retries safe. */
  clientMessageId: string;
  conversationId: string | number;
  durationSeconds?: number | null | undefined;
  /** An internal note, seen by staff only. */
  internal?: boolean | null | undefined;
  kind: MessageKind;
  link?: MessageLinkInput | null | undefined;
};

export type ServiceCategory =
  | 'cleaning'
  | 'other'
  | 'protection'
  | 'recolouring'
  | 'repair';

export type ServiceLineState =
  | 'approved'
  | 'declined'
  | 'pending'
  | 'quoted';

export type SetShiftTemplateInput = {
  shifts: Array<ShiftInput>;
  storeId: string | number;
  technicianId: string | number;
};

export type ShiftExceptionKind =
  | 'extra'
  | 'off';

export type ShiftInput = {
  ends: string;
  starts: string;
  weekday: number;
};

export type SignInWithPasswordInput = {
  login: string;
  password: string;
};

export type StaffRole =
  | 'clerk'
  | 'storeAdmin'
  | 'technician';

export type StageState =
  | 'current'
  | 'done'
  | 'upcoming';

export type StartCareStepInput = {
  beforePhotoIds?: Array<string | number> | null | undefined;
  notes?: string | null | undefined;
  orderId: string | number;
  serviceCode?: string | null | undefined;
};

export type StoreRoleInput =
  | 'clerk'
  | 'storeAdmin'
  | 'technician';

export type SwitchFeatureInput = {
  enabled: boolean;
  feature: string;
  storeIds: Array<string | number>;
};

export type TransferConversationInput = {
  conversationId: string | number;
  toAccountId: string | number;
};

export type UpdateComplaintInput = {
  complaintId: string | number;
  note?: string | null | undefined;
  to?: ComplaintStatus | null | undefined;
};

export type UpdateCustomerInput = {
  customerId: string | number;
  name?: string | null | undefined;
  preferences?: Array<string> | null | undefined;
  preferredTechnicianId?: string | number | null | undefined;
  tags?: Array<string> | null | undefined;
};

export type UpdateServiceInput = {
  active?: boolean | null | undefined;
  bookableOnline?: boolean | null | undefined;
  category?: CatalogServiceCategory | null | undefined;
  description?: string | null | undefined;
  durationMinutes?: number | null | undefined;
  name?: string | null | undefined;
  priceMinor?: number | null | undefined;
  requiredSkills?: Array<string> | null | undefined;
  serviceId: string | number;
};

export type UpdateStoreInput = {
  address?: string | null | undefined;
  name?: string | null | undefined;
  openingHours?: Array<OpeningHoursInput> | null | undefined;
  phone?: string | null | undefined;
  storeId: string | number;
  /** IANA zone such as Asia/Shanghai. */
  timeZone?: string | null | undefined;
};

export type UploadAttachmentInput = {
  file: unknown;
  /** Makes retries safe: a key the client makes (a uuid; 8–64 of A–Z a–z 0–9 . _ : -). The same key from the same account within 24 hours answers with the first result and writes nothing new. */
  idempotencyKey?: string | null | undefined;
  /** Accept only these kinds (e.g. [image] for a photo). */
  kinds?: Array<AttachmentKind> | null | undefined;
  /** The store whose staff may see it. */
  storeId?: string | number | null | undefined;
};

export type AfterSalesQueryVariables = Exact<{
  storeId: string | number;
  manager?: boolean | null | undefined;
}>;


export type AfterSalesQuery = { complaints: Array<{ id: string, category: ComplaintCategory, severity: ComplaintSeverity, status: ComplaintStatus, description: string, createdAt: string, firstResponseAt: string | null, firstResponseDueAt: string, firstResponseBreached: boolean, resolutionDueAt: string, resolutionBreached: boolean, resolvedAt: string | null, resolution: string | null, allowedMoves: Array<ComplaintStatus>, assignee: { accountId: string, displayName: string } | null, assignments: Array<{ at: string, note: string | null, by: { displayName: string } | null, from: { displayName: string } | null, to: { displayName: string } | null }>, order: { id: string, tagNumber: string, customerName: string } | null, updates: Array<{ at: string, fromStatus: string, toStatus: string, note: string | null, author: { displayName: string } | null }> }>, followUpTasks?: Array<{ id: string, kind: string, status: string, dueAt: string, doneAt: string | null, note: string | null, order: { id: string, tagNumber: string, customerName: string } }>, node:
    | { __typename: 'Acceptance' }
    | { __typename: 'Account' }
    | { __typename: 'Appointment' }
    | { __typename: 'Attachment' }
    | { __typename: 'CallSession' }
    | { __typename: 'CannedReply' }
    | { __typename: 'CareStep' }
    | { __typename: 'ChangeRequest' }
    | { __typename: 'Complaint' }
    | { __typename: 'Conversation' }
    | { __typename: 'Customer' }
    | { __typename: 'CustomerNote' }
    | { __typename: 'FollowUpTask' }
    | { __typename: 'Material' }
    | { __typename: 'Message' }
    | { __typename: 'Review' }
    | { __typename: 'Service' }
    | { __typename: 'Session' }
    | { __typename: 'ShiftException' }
    | { __typename: 'Shoe' }
    | { __typename: 'Store', id: string, reviews?: Array<{ id: string, orderId: string, rating: number, text: string | null, createdAt: string, reply: string | null, repliedAt: string | null, repliedBy: { displayName: string } | null }> }
    | { __typename: 'WorkOrder' }
   | null };

export type UpdateComplaintMutationVariables = Exact<{
  input: UpdateComplaintInput;
}>;


export type UpdateComplaintMutation = { updateComplaint:
    | { __typename: 'Complaint' }
    | { __typename: 'Conflict', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'FeatureDisabled', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'InvalidComplaintTransition', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'InvalidInput', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'NotAllowed', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'NotFound', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'RateLimited', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'Timeout', code: string, message: string, params: Array<{ name: string, value: string }> }
   };

export type ReplyToReviewMutationVariables = Exact<{
  input: ReplyToReviewInput;
}>;


export type ReplyToReviewMutation = { replyToReview:
    | { __typename: 'Conflict', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'FeatureDisabled', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'InvalidInput', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'NotAllowed', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'NotFound', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'RateLimited', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'Review' }
    | { __typename: 'Timeout', code: string, message: string, params: Array<{ name: string, value: string }> }
   };

export type CompleteFollowUpMutationVariables = Exact<{
  input: CompleteFollowUpInput;
}>;


export type CompleteFollowUpMutation = { completeFollowUp:
    | { __typename: 'Conflict', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'FeatureDisabled', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'FollowUpTask' }
    | { __typename: 'InvalidInput', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'NotAllowed', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'NotFound', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'RateLimited', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'Timeout', code: string, message: string, params: Array<{ name: string, value: string }> }
   };

export type CalendarAppointmentFragment = { id: string, startsAt: string, endsAt: string, local: string, status: AppointmentStatus, source: string, note: string | null, priceMinor: number, currency: string, technicianId: string, technicianName: string, checkedInAt: string | null, customer: { id: string, name: string, phone: string | null } | null, services: Array<{ id: string, name: string }> };

export type CalendarStoreQueryVariables = Exact<{
  storeId: string | number;
}>;


export type CalendarStoreQuery = { node:
    | { __typename: 'Acceptance' }
    | { __typename: 'Account' }
    | { __typename: 'Appointment' }
    | { __typename: 'Attachment' }
    | { __typename: 'CallSession' }
    | { __typename: 'CannedReply' }
    | { __typename: 'CareStep' }
    | { __typename: 'ChangeRequest' }
    | { __typename: 'Complaint' }
    | { __typename: 'Conversation' }
    | { __typename: 'Customer' }
    | { __typename: 'CustomerNote' }
    | { __typename: 'FollowUpTask' }
    | { __typename: 'Material' }
    | { __typename: 'Message' }
    | { __typename: 'Review' }
    | { __typename: 'Service' }
    | { __typename: 'Session' }
    | { __typename: 'ShiftException' }
    | { __typename: 'Shoe' }
    | { __typename: 'Store', id: string, timeZone: string, openingHours: Array<{ weekday: number, opens: string, closes: string }>, technicians: Array<{ accountId: string, displayName: string }> }
    | { __typename: 'WorkOrder' }
   | null };

export type CalendarPageQueryVariables = Exact<{
  storeId: string | number;
  from: string;
  to: string;
  after?: string | null | undefined;
}>;


export type CalendarPageQuery = { node:
    | { __typename: 'Acceptance' }
    | { __typename: 'Account' }
    | { __typename: 'Appointment' }
    | { __typename: 'Attachment' }
    | { __typename: 'CallSession' }
    | { __typename: 'CannedReply' }
    | { __typename: 'CareStep' }
    | { __typename: 'ChangeRequest' }
    | { __typename: 'Complaint' }
    | { __typename: 'Conversation' }
    | { __typename: 'Customer' }
    | { __typename: 'CustomerNote' }
    | { __typename: 'FollowUpTask' }
    | { __typename: 'Material' }
    | { __typename: 'Message' }
    | { __typename: 'Review' }
    | { __typename: 'Service' }
    | { __typename: 'Session' }
    | { __typename: 'ShiftException' }
    | { __typename: 'Shoe' }
    | { __typename: 'Store', id: string, appointments: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, startsAt: string, endsAt: string, local: string, status: AppointmentStatus, source: string, note: string | null, priceMinor: number, currency: string, technicianId: string, technicianName: string, checkedInAt: string | null, customer: { id: string, name: string, phone: string | null } | null, services: Array<{ id: string, name: string }> } }> } }
    | { __typename: 'WorkOrder' }
   | null };

export type AvailableSlotsQueryVariables = Exact<{
  storeId: string | number;
  serviceIds: Array<string | number> | string | number;
  from: string;
  to: string;
}>;


export type AvailableSlotsQuery = { availableSlots:
    | { __typename: 'Conflict', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'FeatureDisabled', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'InvalidInput', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'NotAllowed', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'NotFound', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'QueryAvailableSlotsSuccess', data: Array<{ startsAt: string, local: string, freeTechnicians: number, technicianIds: Array<string> }> }
    | { __typename: 'RateLimited', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'Timeout', code: string, message: string, params: Array<{ name: string, value: string }> }
   };

export type BookForCustomerMutationVariables = Exact<{
  input: BookAppointmentForCustomerInput;
}>;


export type BookForCustomerMutation = { bookAppointmentForCustomer:
    | { __typename: 'Appointment', id: string, startsAt: string, endsAt: string, local: string, status: AppointmentStatus, source: string, note: string | null, priceMinor: number, currency: string, technicianId: string, technicianName: string, checkedInAt: string | null, customer: { id: string, name: string, phone: string | null } | null, services: Array<{ id: string, name: string }> }
    | { __typename: 'Conflict', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'FeatureDisabled', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'InvalidAppointmentStatus', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'InvalidInput', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'NotAllowed', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'NotFound', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'RateLimited', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'SlotTaken', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'Timeout', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'TooLateToChange', code: string, message: string, params: Array<{ name: string, value: string }> }
   };

export type RescheduleMutationVariables = Exact<{
  input: RescheduleAppointmentInput;
}>;


export type RescheduleMutation = { rescheduleAppointment:
    | { __typename: 'Appointment', id: string, startsAt: string, endsAt: string, local: string, status: AppointmentStatus, source: string, note: string | null, priceMinor: number, currency: string, technicianId: string, technicianName: string, checkedInAt: string | null, customer: { id: string, name: string, phone: string | null } | null, services: Array<{ id: string, name: string }> }
    | { __typename: 'Conflict', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'FeatureDisabled', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'InvalidAppointmentStatus', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'InvalidInput', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'NotAllowed', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'NotFound', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'RateLimited', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'SlotTaken', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'Timeout', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'TooLateToChange', code: string, message: string, params: Array<{ name: string, value: string }> }
   };

export type ConfirmAppointmentMutationVariables = Exact<{
  input: ConfirmAppointmentInput;
}>;


export type ConfirmAppointmentMutation = { confirmAppointment:
    | { __typename: 'Appointment', id: string, startsAt: string, endsAt: string, local: string, status: AppointmentStatus, source: string, note: string | null, priceMinor: number, currency: string, technicianId: string, technicianName: string, checkedInAt: string | null, customer: { id: string, name: string, phone: string | null } | null, services: Array<{ id: string, name: string }> }
    | { __typename: 'Conflict', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'FeatureDisabled', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'InvalidAppointmentStatus', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'InvalidInput', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'NotAllowed', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'NotFound', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'RateLimited', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'SlotTaken', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'Timeout', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'TooLateToChange', code: string, message: string, params: Array<{ name: string, value: string }> }
   };

export type CheckInMutationVariables = Exact<{
  input: CheckInAppointmentInput;
}>;


export type CheckInMutation = { checkInAppointment:
    | { __typename: 'Appointment', id: string, startsAt: string, endsAt: string, local: string, status: AppointmentStatus, source: string, note: string | null, priceMinor: number, currency: string, technicianId: string, technicianName: string, checkedInAt: string | null, customer: { id: string, name: string, phone: string | null } | null, services: Array<{ id: string, name: string }> }
    | { __typename: 'Conflict', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'FeatureDisabled', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'InvalidAppointmentStatus', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'InvalidInput', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'NotAllowed', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'NotFound', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'RateLimited', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'SlotTaken', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'Timeout', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'TooLateToChange', code: string, message: string, params: Array<{ name: string, value: string }> }
   };

export type NoShowMutationVariables = Exact<{
  input: MarkAppointmentNoShowInput;
}>;


export type NoShowMutation = { markAppointmentNoShow:
    | { __typename: 'Appointment', id: string, startsAt: string, endsAt: string, local: string, status: AppointmentStatus, source: string, note: string | null, priceMinor: number, currency: string, technicianId: string, technicianName: string, checkedInAt: string | null, customer: { id: string, name: string, phone: string | null } | null, services: Array<{ id: string, name: string }> }
    | { __typename: 'Conflict', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'FeatureDisabled', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'InvalidAppointmentStatus', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'InvalidInput', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'NotAllowed', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'NotFound', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'RateLimited', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'SlotTaken', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'Timeout', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'TooLateToChange', code: string, message: string, params: Array<{ name: string, value: string }> }
   };

export type CancelAppointmentMutationVariables = Exact<{
  input: CancelAppointmentInput;
}>;


export type CancelAppointmentMutation = { cancelAppointment:
    | { __typename: 'Appointment', id: string, startsAt: string, endsAt: string, local: string, status: AppointmentStatus, source: string, note: string | null, priceMinor: number, currency: string, technicianId: string, technicianName: string, checkedInAt: string | null, customer: { id: string, name: string, phone: string | null } | null, services: Array<{ id: string, name: string }> }
    | { __typename: 'Conflict', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'FeatureDisabled', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'InvalidAppointmentStatus', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'InvalidInput', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'NotAllowed', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'NotFound', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'RateLimited', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'SlotTaken', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'Timeout', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'TooLateToChange', code: string, message: string, params: Array<{ name: string, value: string }> }
   };

export type CareSettingsQueryVariables = Exact<{
  id: string | number;
}>;


export type CareSettingsQuery = { node:
    | { __typename: 'Acceptance' }
    | { __typename: 'Account' }
    | { __typename: 'Appointment' }
    | { __typename: 'Attachment' }
    | { __typename: 'CallSession' }
    | { __typename: 'CannedReply' }
    | { __typename: 'CareStep' }
    | { __typename: 'ChangeRequest' }
    | { __typename: 'Complaint' }
    | { __typename: 'Conversation' }
    | { __typename: 'Customer' }
    | { __typename: 'CustomerNote' }
    | { __typename: 'FollowUpTask' }
    | { __typename: 'Material' }
    | { __typename: 'Message' }
    | { __typename: 'Review' }
    | { __typename: 'Service' }
    | { __typename: 'Session' }
    | { __typename: 'ShiftException' }
    | { __typename: 'Shoe' }
    | { __typename: 'Store', id: string, careSettings: { reminderAfterDays: number, reminderEveryDays: number, maxReminders: number, pipeline: Array<{ key: string, label: string, categories: Array<ServiceCategory> | null }> } }
    | { __typename: 'WorkOrder' }
   | null };

export type ConfigureCareMutationVariables = Exact<{
  input: ConfigureCareInput;
}>;


export type ConfigureCareMutation = { configureCare:
    | { __typename: 'CareSettings', reminderAfterDays: number, reminderEveryDays: number, maxReminders: number, pipeline: Array<{ key: string, label: string, categories: Array<ServiceCategory> | null }> }
    | { __typename: 'Conflict', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'FeatureDisabled', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'InvalidInput', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'NotAllowed', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'NotFound', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'RateLimited', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'Timeout', code: string, message: string, params: Array<{ name: string, value: string }> }
   };

export type CatalogSettingsQueryVariables = Exact<{
  storeId: string | number;
}>;


export type CatalogSettingsQuery = { node:
    | { __typename: 'Acceptance' }
    | { __typename: 'Account' }
    | { __typename: 'Appointment' }
    | { __typename: 'Attachment' }
    | { __typename: 'CallSession' }
    | { __typename: 'CannedReply' }
    | { __typename: 'CareStep' }
    | { __typename: 'ChangeRequest' }
    | { __typename: 'Complaint' }
    | { __typename: 'Conversation' }
    | { __typename: 'Customer' }
    | { __typename: 'CustomerNote' }
    | { __typename: 'FollowUpTask' }
    | { __typename: 'Material' }
    | { __typename: 'Message' }
    | { __typename: 'Review' }
    | { __typename: 'Service' }
    | { __typename: 'Session' }
    | { __typename: 'ShiftException' }
    | { __typename: 'Shoe' }
    | { __typename: 'Store', id: string, services: Array<{ id: string, name: string, category: CatalogServiceCategory, priceMinor: number, currency: string, durationMinutes: number, active: boolean, bookableOnline: boolean }>, materials: Array<{ id: string, name: string, unit: string, stock: number, low: boolean, lowStockThreshold: number }> }
    | { __typename: 'WorkOrder' }
   | null };

export type UpdateServiceMutationVariables = Exact<{
  input: UpdateServiceInput;
}>;


export type UpdateServiceMutation = { updateService:
    | { __typename: 'Conflict', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'FeatureDisabled', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'InvalidInput', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'NotAllowed', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'NotFound', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'RateLimited', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'Service' }
    | { __typename: 'Timeout', code: string, message: string, params: Array<{ name: string, value: string }> }
   };

export type RestockMaterialMutationVariables = Exact<{
  input: RestockMaterialInput;
}>;


export type RestockMaterialMutation = { restockMaterial:
    | { __typename: 'Conflict', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'FeatureDisabled', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'InvalidInput', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'Material' }
    | { __typename: 'NotAllowed', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'NotFound', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'RateLimited', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'Timeout', code: string, message: string, params: Array<{ name: string, value: string }> }
   };

export type CreateServiceMutationVariables = Exact<{
  input: CreateServiceInput;
}>;


export type CreateServiceMutation = { createService:
    | { __typename: 'Conflict', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'FeatureDisabled', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'InvalidInput', field: string | null, message: string, code: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'NotAllowed', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'NotFound', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'RateLimited', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'Service', id: string }
    | { __typename: 'Timeout', code: string, message: string, params: Array<{ name: string, value: string }> }
   };

export type CreateMaterialMutationVariables = Exact<{
  input: CreateMaterialInput;
}>;


export type CreateMaterialMutation = { createMaterial:
    | { __typename: 'Conflict', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'FeatureDisabled', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'InvalidInput', field: string | null, message: string, code: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'Material', id: string }
    | { __typename: 'NotAllowed', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'NotFound', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'RateLimited', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'Timeout', code: string, message: string, params: Array<{ name: string, value: string }> }
   };

export type IntakeCatalogQueryVariables = Exact<{
  storeId: string | number;
}>;


export type IntakeCatalogQuery = { node:
    | { __typename: 'Acceptance' }
    | { __typename: 'Account' }
    | { __typename: 'Appointment' }
    | { __typename: 'Attachment' }
    | { __typename: 'CallSession' }
    | { __typename: 'CannedReply' }
    | { __typename: 'CareStep' }
    | { __typename: 'ChangeRequest' }
    | { __typename: 'Complaint' }
    | { __typename: 'Conversation' }
    | { __typename: 'Customer' }
    | { __typename: 'CustomerNote' }
    | { __typename: 'FollowUpTask' }
    | { __typename: 'Material' }
    | { __typename: 'Message' }
    | { __typename: 'Review' }
    | { __typename: 'Service' }
    | { __typename: 'Session' }
    | { __typename: 'ShiftException' }
    | { __typename: 'Shoe' }
    | { __typename: 'Store', id: string, services: Array<{ id: string, name: string, category: CatalogServiceCategory, priceMinor: number, currency: string, durationMinutes: number }>, technicians: Array<{ accountId: string, displayName: string, skills: Array<string> }> }
    | { __typename: 'WorkOrder' }
   | null };

export type CustomerSummaryFragment = { id: string, name: string, phone: string | null, tags: Array<string>, visits: number, lifetimeSpendMinor: number, tier: { code: string, name: string } };

export type SearchCustomersQueryVariables = Exact<{
  storeId?: string | number | null | undefined;
  search?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type SearchCustomersQuery = { customers: { edges: Array<{ node: { id: string, name: string, phone: string | null, tags: Array<string>, visits: number, lifetimeSpendMinor: number, shoes: Array<{ id: string, brand: string, model: string | null, colour: string | null, material: string | null, size: string | null }>, tier: { code: string, name: string } } }> } };

export type CustomerProfileQueryVariables = Exact<{
  id: string | number;
}>;


export type CustomerProfileQuery = { node:
    | { __typename: 'Acceptance' }
    | { __typename: 'Account' }
    | { __typename: 'Appointment' }
    | { __typename: 'Attachment' }
    | { __typename: 'CallSession' }
    | { __typename: 'CannedReply' }
    | { __typename: 'CareStep' }
    | { __typename: 'ChangeRequest' }
    | { __typename: 'Complaint' }
    | { __typename: 'Conversation' }
    | { __typename: 'Customer', preferences: Array<string>, createdAt: string, id: string, name: string, phone: string | null, tags: Array<string>, visits: number, lifetimeSpendMinor: number, shoes: Array<{ id: string, brand: string, model: string | null, colour: string | null, material: string | null, size: string | null, conditionNotes: string | null, archived: boolean }>, notes: Array<{ id: string, body: string, createdAt: string }>, tier: { code: string, name: string } }
    | { __typename: 'CustomerNote' }
    | { __typename: 'FollowUpTask' }
    | { __typename: 'Material' }
    | { __typename: 'Message' }
    | { __typename: 'Review' }
    | { __typename: 'Service' }
    | { __typename: 'Session' }
    | { __typename: 'ShiftException' }
    | { __typename: 'Shoe' }
    | { __typename: 'Store' }
    | { __typename: 'WorkOrder' }
   | null };

export type CustomerHistoryQueryVariables = Exact<{
  customerId?: string | number | null | undefined;
}>;


export type CustomerHistoryQuery = { customerTimeline: Array<{ at: string, kind: string, text: string, orderId: string, actor: { displayName: string } | null }> };

export type RegisterCustomerMutationVariables = Exact<{
  input: RegisterCustomerInput;
}>;


export type RegisterCustomerMutation = { registerCustomer:
    | { __typename: 'Conflict', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'Customer', id: string, name: string, phone: string | null, tags: Array<string>, visits: number, lifetimeSpendMinor: number, shoes: Array<{ id: string, brand: string, model: string | null, colour: string | null, material: string | null, size: string | null }>, tier: { code: string, name: string } }
    | { __typename: 'FeatureDisabled', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'InvalidInput', code: string, message: string, field: string | null, params: Array<{ name: string, value: string }> }
    | { __typename: 'NotAllowed', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'NotFound', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'RateLimited', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'Timeout', code: string, message: string, params: Array<{ name: string, value: string }> }
   };

export type AddShoeMutationVariables = Exact<{
  input: AddShoeInput;
}>;


export type AddShoeMutation = { addShoe:
    | { __typename: 'Conflict', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'FeatureDisabled', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'InvalidInput', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'NotAllowed', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'NotFound', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'RateLimited', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'Shoe', id: string, brand: string, model: string | null, colour: string | null, material: string | null, size: string | null }
    | { __typename: 'Timeout', code: string, message: string, params: Array<{ name: string, value: string }> }
   };

export type UpdateCustomerMutationVariables = Exact<{
  input: UpdateCustomerInput;
}>;


export type UpdateCustomerMutation = { updateCustomer:
    | { __typename: 'Conflict', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'Customer', id: string, tags: Array<string>, preferences: Array<string> }
    | { __typename: 'FeatureDisabled', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'InvalidInput', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'NotAllowed', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'NotFound', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'RateLimited', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'Timeout', code: string, message: string, params: Array<{ name: string, value: string }> }
   };

export type AddCustomerNoteMutationVariables = Exact<{
  input: AddCustomerNoteInput;
}>;


export type AddCustomerNoteMutation = { addCustomerNote:
    | { __typename: 'Conflict', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'CustomerNote' }
    | { __typename: 'FeatureDisabled', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'InvalidInput', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'NotAllowed', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'NotFound', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'RateLimited', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'Timeout', code: string, message: string, params: Array<{ name: string, value: string }> }
   };

export type EnabledFeaturesQueryVariables = Exact<{
  storeId: string | number;
}>;


export type EnabledFeaturesQuery = { node:
    | { __typename: 'Acceptance' }
    | { __typename: 'Account' }
    | { __typename: 'Appointment' }
    | { __typename: 'Attachment' }
    | { __typename: 'CallSession' }
    | { __typename: 'CannedReply' }
    | { __typename: 'CareStep' }
    | { __typename: 'ChangeRequest' }
    | { __typename: 'Complaint' }
    | { __typename: 'Conversation' }
    | { __typename: 'Customer' }
    | { __typename: 'CustomerNote' }
    | { __typename: 'FollowUpTask' }
    | { __typename: 'Material' }
    | { __typename: 'Message' }
    | { __typename: 'Review' }
    | { __typename: 'Service' }
    | { __typename: 'Session' }
    | { __typename: 'ShiftException' }
    | { __typename: 'Shoe' }
    | { __typename: 'Store', id: string, enabledFeatures: Array<string> }
    | { __typename: 'WorkOrder' }
   | null };

export type AwaitingIntakeQueryVariables = Exact<{
  customerId: string | number;
}>;


export type AwaitingIntakeQuery = { node:
    | { __typename: 'Acceptance' }
    | { __typename: 'Account' }
    | { __typename: 'Appointment' }
    | { __typename: 'Attachment' }
    | { __typename: 'CallSession' }
    | { __typename: 'CannedReply' }
    | { __typename: 'CareStep' }
    | { __typename: 'ChangeRequest' }
    | { __typename: 'Complaint' }
    | { __typename: 'Conversation' }
    | { __typename: 'Customer', id: string, name: string, phone: string | null, tags: Array<string>, visits: number, lifetimeSpendMinor: number, shoes: Array<{ id: string, brand: string, model: string | null, colour: string | null, material: string | null, size: string | null }>, orders: Array<{ id: string, tagNumber: string, awaitingIntake: boolean, createdAt: string, shoeId: string | null, promisedAt: string | null, conditionNotes: string | null, shoe: { brand: string, model: string | null, colour: string | null, material: string | null, size: string | null }, services: Array<{ serviceId: string | null, code: string, name: string, category: ServiceCategory, priceMinor: number, state: ServiceLineState }>, technician: { accountId: string } | null }>, tier: { code: string, name: string } }
    | { __typename: 'CustomerNote' }
    | { __typename: 'FollowUpTask' }
    | { __typename: 'Material' }
    | { __typename: 'Message' }
    | { __typename: 'Review' }
    | { __typename: 'Service' }
    | { __typename: 'Session' }
    | { __typename: 'ShiftException' }
    | { __typename: 'Shoe' }
    | { __typename: 'Store' }
    | { __typename: 'WorkOrder' }
   | null };

export type CompleteIntakeMutationVariables = Exact<{
  input: CompleteIntakeInput;
}>;


export type CompleteIntakeMutation = { completeIntake:
    | { __typename: 'ActiveOrderExists', orderId: string, code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'Conflict', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'FeatureDisabled', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'InvalidInput', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'NotAllowed', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'NotFound', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'RateLimited', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'Timeout', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'WorkOrder', id: string, tagNumber: string }
   };

export type OrderForEditQueryVariables = Exact<{
  id: string | number;
}>;


export type OrderForEditQuery = { node:
    | { __typename: 'Acceptance' }
    | { __typename: 'Account' }
    | { __typename: 'Appointment' }
    | { __typename: 'Attachment' }
    | { __typename: 'CallSession' }
    | { __typename: 'CannedReply' }
    | { __typename: 'CareStep' }
    | { __typename: 'ChangeRequest' }
    | { __typename: 'Complaint' }
    | { __typename: 'Conversation' }
    | { __typename: 'Customer' }
    | { __typename: 'CustomerNote' }
    | { __typename: 'FollowUpTask' }
    | { __typename: 'Material' }
    | { __typename: 'Message' }
    | { __typename: 'Review' }
    | { __typename: 'Service' }
    | { __typename: 'Session' }
    | { __typename: 'ShiftException' }
    | { __typename: 'Shoe' }
    | { __typename: 'Store' }
    | { __typename: 'WorkOrder', id: string, status: string, awaitingIntake: boolean, shoeId: string | null, promisedAt: string | null, conditionNotes: string | null, customer: { id: string, shoes: Array<{ id: string, brand: string, model: string | null, colour: string | null }> } | null, shoe: { brand: string, model: string | null, colour: string | null, material: string | null, size: string | null }, technician: { accountId: string } | null, intakePhotos: Array<{ id: string, url: string | null, thumbnailUrl: string | null }>, services: Array<{ serviceId: string | null, code: string, name: string, category: ServiceCategory, priceMinor: number, state: ServiceLineState }>, steps: Array<{ stage: string, serviceCode: string | null }>, store: { id: string, services: Array<{ id: string, name: string, category: CatalogServiceCategory, priceMinor: number }> } }
   | null };

export type EditWorkOrderMutationVariables = Exact<{
  input: EditWorkOrderInput;
}>;


export type EditWorkOrderMutation = { editWorkOrder:
    | { __typename: 'ActiveOrderExists', orderId: string, code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'Conflict', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'FeatureDisabled', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'InvalidInput', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'NotAllowed', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'NotFound', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'RateLimited', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'Timeout', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'WorkOrder', id: string }
   };

export type PoolQueryVariables = Exact<{
  storeId: string | number;
}>;


export type PoolQuery = { unassignedOrders: Array<{ awaitingIntake: boolean, id: string, tagNumber: string, status: string, statusLabel: string, customerName: string, promisedAt: string | null, createdAt: string, reworkCount: number, totalMinor: number, currency: string, services: Array<{ name: string, state: ServiceLineState }>, shoe: { brand: string, model: string | null, colour: string | null }, technician: { accountId: string, displayName: string } | null, changeRequests: Array<{ id: string, status: string }> }>, node:
    | { __typename: 'Acceptance' }
    | { __typename: 'Account' }
    | { __typename: 'Appointment' }
    | { __typename: 'Attachment' }
    | { __typename: 'CallSession' }
    | { __typename: 'CannedReply' }
    | { __typename: 'CareStep' }
    | { __typename: 'ChangeRequest' }
    | { __typename: 'Complaint' }
    | { __typename: 'Conversation' }
    | { __typename: 'Customer' }
    | { __typename: 'CustomerNote' }
    | { __typename: 'FollowUpTask' }
    | { __typename: 'Material' }
    | { __typename: 'Message' }
    | { __typename: 'Review' }
    | { __typename: 'Service' }
    | { __typename: 'Session' }
    | { __typename: 'ShiftException' }
    | { __typename: 'Shoe' }
    | { __typename: 'Store', id: string, staff: Array<{ accountId: string, displayName: string, role: string }> }
    | { __typename: 'WorkOrder' }
   | null };

export type ClaimWorkOrderMutationVariables = Exact<{
  input: ClaimWorkOrderInput;
}>;


export type ClaimWorkOrderMutation = { claimWorkOrder:
    | { __typename: 'AlreadyClaimed', technicianId: string, code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'Conflict', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'FeatureDisabled', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'InvalidInput', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'NotAllowed', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'NotFound', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'RateLimited', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'Timeout', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'WorkOrder', id: string, tagNumber: string }
   };

export type WorkloadQueryVariables = Exact<{
  storeId: string | number;
}>;


export type WorkloadQuery = { storeWorkload: { technicians: Array<{ technician: { accountId: string, displayName: string }, orders: Array<{ id: string, tagNumber: string, awaitingIntake: boolean, status: string, statusLabel: string, customerName: string, promisedAt: string | null, createdAt: string, reworkCount: number, totalMinor: number, currency: string, shoe: { brand: string, model: string | null, colour: string | null }, technician: { accountId: string, displayName: string } | null, changeRequests: Array<{ id: string, status: string }> }> }>, unassigned: Array<{ id: string, tagNumber: string, awaitingIntake: boolean, status: string, statusLabel: string, customerName: string, promisedAt: string | null, createdAt: string, reworkCount: number, totalMinor: number, currency: string, shoe: { brand: string, model: string | null, colour: string | null }, technician: { accountId: string, displayName: string } | null, changeRequests: Array<{ id: string, status: string }> }> } };

export type StepMaterialsQueryVariables = Exact<{
  storeId: string | number;
}>;


export type StepMaterialsQuery = { node:
    | { __typename: 'Acceptance' }
    | { __typename: 'Account' }
    | { __typename: 'Appointment' }
    | { __typename: 'Attachment' }
    | { __typename: 'CallSession' }
    | { __typename: 'CannedReply' }
    | { __typename: 'CareStep' }
    | { __typename: 'ChangeRequest' }
    | { __typename: 'Complaint' }
    | { __typename: 'Conversation' }
    | { __typename: 'Customer' }
    | { __typename: 'CustomerNote' }
    | { __typename: 'FollowUpTask' }
    | { __typename: 'Material' }
    | { __typename: 'Message' }
    | { __typename: 'Review' }
    | { __typename: 'Service' }
    | { __typename: 'Session' }
    | { __typename: 'ShiftException' }
    | { __typename: 'Shoe' }
    | { __typename: 'Store', id: string, materials: Array<{ id: string, name: string, unit: string, stock: number, lowStockThreshold: number, low: boolean }> }
    | { __typename: 'WorkOrder' }
   | null };

export type LowStockQueryVariables = Exact<{
  storeId: string | number;
}>;


export type LowStockQuery = { node:
    | { __typename: 'Acceptance' }
    | { __typename: 'Account' }
    | { __typename: 'Appointment' }
    | { __typename: 'Attachment' }
    | { __typename: 'CallSession' }
    | { __typename: 'CannedReply' }
    | { __typename: 'CareStep' }
    | { __typename: 'ChangeRequest' }
    | { __typename: 'Complaint' }
    | { __typename: 'Conversation' }
    | { __typename: 'Customer' }
    | { __typename: 'CustomerNote' }
    | { __typename: 'FollowUpTask' }
    | { __typename: 'Material' }
    | { __typename: 'Message' }
    | { __typename: 'Review' }
    | { __typename: 'Service' }
    | { __typename: 'Session' }
    | { __typename: 'ShiftException' }
    | { __typename: 'Shoe' }
    | { __typename: 'Store', id: string, lowStockMaterials: Array<{ id: string, name: string, unit: string, stock: number, lowStockThreshold: number }> }
    | { __typename: 'WorkOrder' }
   | null };

export type FinishStepMutationVariables = Exact<{
  input: FinishCareStepInput;
}>;


export type FinishStepMutation = { finishCareStep:
    | { __typename: 'CareStep', id: string, finishedAt: string | null }
    | { __typename: 'Conflict', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'FeatureDisabled', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'InsufficientStock', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'InvalidInput', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'NotAllowed', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'NotFound', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'RateLimited', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'Timeout', code: string, message: string, params: Array<{ name: string, value: string }> }
   };

export type ComplaintAssignmentsQueryVariables = Exact<{
  storeId: string | number;
}>;


export type ComplaintAssignmentsQuery = { node:
    | { __typename: 'Acceptance' }
    | { __typename: 'Account' }
    | { __typename: 'Appointment' }
    | { __typename: 'Attachment' }
    | { __typename: 'CallSession' }
    | { __typename: 'CannedReply' }
    | { __typename: 'CareStep' }
    | { __typename: 'ChangeRequest' }
    | { __typename: 'Complaint' }
    | { __typename: 'Conversation' }
    | { __typename: 'Customer' }
    | { __typename: 'CustomerNote' }
    | { __typename: 'FollowUpTask' }
    | { __typename: 'Material' }
    | { __typename: 'Message' }
    | { __typename: 'Review' }
    | { __typename: 'Service' }
    | { __typename: 'Session' }
    | { __typename: 'ShiftException' }
    | { __typename: 'Shoe' }
    | { __typename: 'Store', id: string, staff: Array<{ accountId: string, displayName: string, role: string }> }
    | { __typename: 'WorkOrder' }
   | null };

export type AssignComplaintMutationVariables = Exact<{
  input: AssignComplaintInput;
}>;


export type AssignComplaintMutation = { assignComplaint:
    | { __typename: 'Complaint', id: string, assignee: { displayName: string } | null }
    | { __typename: 'Conflict', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'FeatureDisabled', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'InvalidInput', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'NotAllowed', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'NotFound', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'RateLimited', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'Timeout', code: string, message: string, params: Array<{ name: string, value: string }> }
   };

export type FrontDeskSearchQueryVariables = Exact<{
  storeId: string | number;
  query: string;
}>;


export type FrontDeskSearchQuery = { frontDeskSearch: Array<{ score: number, match: string, order: { id: string, tagNumber: string, statusLabel: string, customerName: string, shoe: { brand: string, model: string | null } } | null, customer: { id: string, name: string, phone: string | null } | null }> };

export type OrderCustomerQueryVariables = Exact<{
  id: string | number;
}>;


export type OrderCustomerQuery = { node:
    | { __typename: 'Acceptance' }
    | { __typename: 'Account' }
    | { __typename: 'Appointment' }
    | { __typename: 'Attachment' }
    | { __typename: 'CallSession' }
    | { __typename: 'CannedReply' }
    | { __typename: 'CareStep' }
    | { __typename: 'ChangeRequest' }
    | { __typename: 'Complaint' }
    | { __typename: 'Conversation' }
    | { __typename: 'Customer' }
    | { __typename: 'CustomerNote' }
    | { __typename: 'FollowUpTask' }
    | { __typename: 'Material' }
    | { __typename: 'Message' }
    | { __typename: 'Review' }
    | { __typename: 'Service' }
    | { __typename: 'Session' }
    | { __typename: 'ShiftException' }
    | { __typename: 'Shoe' }
    | { __typename: 'Store' }
    | { __typename: 'WorkOrder', id: string, customer: { id: string } | null }
   | null };

export type StaffSignInMutationVariables = Exact<{
  input: SignInWithPasswordInput;
}>;


export type StaffSignInMutation = { signInWithPassword:
    | { __typename: 'Conflict', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'FeatureDisabled', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'InvalidInput', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'NotAllowed', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'NotFound', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'RateLimited', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'SignedIn', token: string, expiresAt: string, viewer: { account: { id: string, displayName: string } } }
    | { __typename: 'Timeout', code: string, message: string, params: Array<{ name: string, value: string }> }
   };

export type StaffWorkspaceQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffWorkspaceQuery = { viewer: { sessionExpiresAt: string, isOwner: boolean, account: { id: string, displayName: string, kind: string, username: string | null }, memberships: Array<{ role: StaffRole, storeId: string, store: { id: string, name: string } }> } | null, stores: Array<{ id: string, name: string, address: string, timeZone: string }> };

export type InboxCustomerQueryVariables = Exact<{
  id: string | number;
}>;


export type InboxCustomerQuery = { node:
    | { __typename: 'Acceptance' }
    | { __typename: 'Account' }
    | { __typename: 'Appointment' }
    | { __typename: 'Attachment' }
    | { __typename: 'CallSession' }
    | { __typename: 'CannedReply' }
    | { __typename: 'CareStep' }
    | { __typename: 'ChangeRequest' }
    | { __typename: 'Complaint' }
    | { __typename: 'Conversation' }
    | { __typename: 'Customer', preferences: Array<string>, id: string, name: string, phone: string | null, tags: Array<string>, visits: number, lifetimeSpendMinor: number, orders: Array<{ id: string, tagNumber: string, status: string, statusLabel: string, createdAt: string, totalMinor: number, currency: string, shoe: { brand: string, model: string | null } }>, tier: { code: string, name: string } }
    | { __typename: 'CustomerNote' }
    | { __typename: 'FollowUpTask' }
    | { __typename: 'Material' }
    | { __typename: 'Message' }
    | { __typename: 'Review' }
    | { __typename: 'Service' }
    | { __typename: 'Session' }
    | { __typename: 'ShiftException' }
    | { __typename: 'Shoe' }
    | { __typename: 'Store' }
    | { __typename: 'WorkOrder' }
   | null };

export type LabourQueryVariables = Exact<{
  from: string;
  to: string;
  storeIds?: Array<string | number> | string | number | null | undefined;
  granularity?: MetricsGranularity | null | undefined;
}>;


export type LabourQuery = { metrics: { labour: { total: { minutes: number, steps: number, orders: number, standardMinutes: number | null, ratioToStandard: number | null, averageMinutesPerOrder: number | null }, technicians: Array<{ minutes: number, orders: number, standardMinutes: number | null, ratioToStandard: number | null, technician: { id: string, displayName: string } | null }>, services: Array<{ code: string, name: string | null, minutes: number, orders: number, standardMinutes: number | null, averageMinutesPerOrder: number | null }>, orders: Array<{ minutes: number, standardMinutes: number | null, ratioToStandard: number | null, order: { id: string, tagNumber: string, customerName: string, shoe: { brand: string, model: string | null } } | null }>, materials: Array<{ name: string, unit: string, quantity: number }>, materialSeries: Array<{ label: string, materials: Array<{ name: string, unit: string, quantity: number }> }> } } };

export type PilotComparisonQueryVariables = Exact<{
  feature: string;
  from: string;
  to: string;
}>;


export type PilotComparisonQuery = { rollout: Array<{ name: string, on: { stores: Array<{ id: string, name: string }>, metrics: { total: { ordersOpened: number, revenueMinor: number, averageOrderValueMinor: number | null, complaintRate: number | null, deliveryRate: number | null, averageFirstResponseSeconds: number | null }, previous: { total: { ordersOpened: number, revenueMinor: number, averageOrderValueMinor: number | null, complaintRate: number | null, deliveryRate: number | null, averageFirstResponseSeconds: number | null } } } }, off: { stores: Array<{ id: string, name: string }>, metrics: { total: { ordersOpened: number, revenueMinor: number, averageOrderValueMinor: number | null, complaintRate: number | null, deliveryRate: number | null, averageFirstResponseSeconds: number | null }, previous: { total: { ordersOpened: number, revenueMinor: number, averageOrderValueMinor: number | null, complaintRate: number | null, deliveryRate: number | null, averageFirstResponseSeconds: number | null } } } } }> };

export type CohortFiguresFragment = { stores: Array<{ id: string, name: string }>, metrics: { total: { ordersOpened: number, revenueMinor: number, averageOrderValueMinor: number | null, complaintRate: number | null, deliveryRate: number | null, averageFirstResponseSeconds: number | null }, previous: { total: { ordersOpened: number, revenueMinor: number, averageOrderValueMinor: number | null, complaintRate: number | null, deliveryRate: number | null, averageFirstResponseSeconds: number | null } } } };

export type PilotFiguresFragment = { ordersOpened: number, revenueMinor: number, averageOrderValueMinor: number | null, complaintRate: number | null, deliveryRate: number | null, averageFirstResponseSeconds: number | null };

export type RolloutFeatureNamesQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type RolloutFeatureNamesQuery = { rollout: Array<{ name: string }> };

export type InboxQueryVariables = Exact<{
  storeId?: string | number | null | undefined;
  assignedToMe?: boolean | null | undefined;
  unassigned?: boolean | null | undefined;
  waiting?: boolean | null | undefined;
}>;


export type InboxQuery = { conversations: { edges: Array<{ node: { id: string, kind: ConversationKind, title: string | null, customerId: string | null, customerName: string | null, assigneeId: string | null, assigneeName: string | null, isMember: boolean, unreadCount: number, waitingSince: string | null, lastMessageAt: string | null, workOrderId: string | null, lastMessage: { id: string, kind: MessageKind, body: string | null, internal: boolean, recalled: boolean } | null } }> } };

export type ThreadQueryVariables = Exact<{
  id: string | number;
}>;


export type ThreadQuery = { node:
    | { __typename: 'Acceptance' }
    | { __typename: 'Account' }
    | { __typename: 'Appointment' }
    | { __typename: 'Attachment' }
    | { __typename: 'CallSession' }
    | { __typename: 'CannedReply' }
    | { __typename: 'CareStep' }
    | { __typename: 'ChangeRequest' }
    | { __typename: 'Complaint' }
    | { __typename: 'Conversation', id: string, kind: ConversationKind, title: string | null, customerId: string | null, customerName: string | null, assigneeId: string | null, assigneeName: string | null, isMember: boolean, lastSeq: number, myReadSeq: number | null, workOrderId: string | null, members: Array<{ accountId: string, displayName: string, role: ConversationMemberRole, readSeq: number, deliveredSeq: number }>, messages: { hasOlder: boolean, messages: Array<{ id: string, seq: number, kind: MessageKind, body: string | null, internal: boolean, fromMe: boolean, senderName: string | null, createdAt: string, recalled: boolean, clientMessageId: string | null, durationSeconds: number | null, attachment: { id: string, kind: AttachmentKind, url: string | null, fileName: string } | null }> } }
    | { __typename: 'Customer' }
    | { __typename: 'CustomerNote' }
    | { __typename: 'FollowUpTask' }
    | { __typename: 'Material' }
    | { __typename: 'Message' }
    | { __typename: 'Review' }
    | { __typename: 'Service' }
    | { __typename: 'Session' }
    | { __typename: 'ShiftException' }
    | { __typename: 'Shoe' }
    | { __typename: 'Store' }
    | { __typename: 'WorkOrder' }
   | null };

export type ThreadMessageFragment = { id: string, seq: number, kind: MessageKind, body: string | null, internal: boolean, fromMe: boolean, senderName: string | null, createdAt: string, recalled: boolean, clientMessageId: string | null, durationSeconds: number | null, attachment: { id: string, kind: AttachmentKind, url: string | null, fileName: string } | null };

export type CannedRepliesQueryVariables = Exact<{
  storeId: string | number;
}>;


export type CannedRepliesQuery = { cannedReplies: Array<{ id: string, title: string, body: string }> };

export type SendMessageMutationVariables = Exact<{
  input: SendMessageInput;
}>;


export type SendMessageMutation = { sendMessage:
    | { __typename: 'Conflict', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'FeatureDisabled', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'InvalidInput', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'NotAllowed', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'NotFound', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'NotMember', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'RateLimited', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'SentMessage', sentMessage: { id: string, seq: number, kind: MessageKind, body: string | null, internal: boolean, fromMe: boolean, senderName: string | null, createdAt: string, recalled: boolean, clientMessageId: string | null, durationSeconds: number | null, attachment: { id: string, kind: AttachmentKind, url: string | null, fileName: string } | null } }
    | { __typename: 'Timeout', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'TooLarge', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'TypeNotAllowed', code: string, message: string, params: Array<{ name: string, value: string }> }
   };

export type MarkReadMutationVariables = Exact<{
  input: MarkConversationReadInput;
}>;


export type MarkReadMutation = { markConversationRead:
    | { __typename: 'Conflict' }
    | { __typename: 'Conversation' }
    | { __typename: 'FeatureDisabled' }
    | { __typename: 'InvalidInput' }
    | { __typename: 'NotAllowed' }
    | { __typename: 'NotFound' }
    | { __typename: 'NotMember' }
    | { __typename: 'RateLimited' }
    | { __typename: 'Timeout' }
   };

export type JoinConversationMutationVariables = Exact<{
  input: ConversationInput;
}>;


export type JoinConversationMutation = { joinConversation:
    | { __typename: 'Conflict', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'Conversation' }
    | { __typename: 'FeatureDisabled', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'InvalidInput', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'NotAllowed', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'NotFound', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'NotMember', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'RateLimited', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'Timeout', code: string, message: string, params: Array<{ name: string, value: string }> }
   };

export type TransferConversationMutationVariables = Exact<{
  input: TransferConversationInput;
}>;


export type TransferConversationMutation = { transferConversation:
    | { __typename: 'Conflict', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'Conversation' }
    | { __typename: 'FeatureDisabled', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'InvalidInput', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'NotAllowed', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'NotFound', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'NotMember', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'RateLimited', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'Timeout', code: string, message: string, params: Array<{ name: string, value: string }> }
   };

export type RecallMessageMutationVariables = Exact<{
  input: RecallMessageInput;
}>;


export type RecallMessageMutation = { recallMessage:
    | { __typename: 'Conflict', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'FeatureDisabled', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'InvalidInput', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'Message' }
    | { __typename: 'NotAllowed', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'NotFound', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'NotMember', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'RateLimited', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'RecallTooLate', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'Timeout', code: string, message: string, params: Array<{ name: string, value: string }> }
   };

export type MetricsQueryVariables = Exact<{
  from: string;
  to: string;
  storeIds?: Array<string | number> | string | number | null | undefined;
  granularity?: MetricsGranularity | null | undefined;
}>;


export type MetricsQuery = { metrics: { from: string, to: string, total: { complaintsResolved: number, slaBreaches: number, deliveryRate: number | null, averageFirstResponseSeconds: number | null, callsStarted: number, callsConnected: number, callSuccessRate: number | null, pushSuccessRate: number | null, ordersOpened: number, ordersCompleted: number, revenueMinor: number, averageOrderValueMinor: number | null, messagesSent: number, complaints: number, complaintRate: number | null }, previous: { total: { ordersOpened: number, ordersCompleted: number, revenueMinor: number, averageOrderValueMinor: number | null, messagesSent: number, complaints: number, complaintRate: number | null } }, series: Array<{ label: string, start: string, figures: { ordersOpened: number, ordersCompleted: number, revenueMinor: number, complaints: number, messagesSent: number, callsStarted: number, callsConnected: number, slaBreaches: number } }> } };

export type BusinessFiguresFragment = { ordersOpened: number, ordersCompleted: number, revenueMinor: number, averageOrderValueMinor: number | null, messagesSent: number, complaints: number, complaintRate: number | null };

export type NotificationTemplatesQueryVariables = Exact<{
  id: string | number;
}>;


export type NotificationTemplatesQuery = { node:
    | { __typename: 'Acceptance' }
    | { __typename: 'Account' }
    | { __typename: 'Appointment' }
    | { __typename: 'Attachment' }
    | { __typename: 'CallSession' }
    | { __typename: 'CannedReply' }
    | { __typename: 'CareStep' }
    | { __typename: 'ChangeRequest' }
    | { __typename: 'Complaint' }
    | { __typename: 'Conversation' }
    | { __typename: 'Customer' }
    | { __typename: 'CustomerNote' }
    | { __typename: 'FollowUpTask' }
    | { __typename: 'Material' }
    | { __typename: 'Message' }
    | { __typename: 'Review' }
    | { __typename: 'Service' }
    | { __typename: 'Session' }
    | { __typename: 'ShiftException' }
    | { __typename: 'Shoe' }
    | { __typename: 'Store', id: string, notificationTemplates: Array<{ kind: NotificationKind, locale: string, body: string, isDefault: boolean, urgent: boolean, variables: Array<string> }> }
    | { __typename: 'WorkOrder' }
   | null };

export type NotificationPreviewQueryVariables = Exact<{
  storeId: string | number;
  kind: NotificationKind;
  locale: string;
  body?: string | null | undefined;
}>;


export type NotificationPreviewQuery = { notificationPreview: string };

export type SaveNotificationTemplateMutationVariables = Exact<{
  input: SaveNotificationTemplateInput;
}>;


export type SaveNotificationTemplateMutation = { saveNotificationTemplate:
    | { __typename: 'Conflict', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'FeatureDisabled', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'InvalidInput', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'NotAllowed', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'NotFound', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'NotificationTemplate', kind: NotificationKind, locale: string, body: string, isDefault: boolean, urgent: boolean, variables: Array<string> }
    | { __typename: 'RateLimited', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'Timeout', code: string, message: string, params: Array<{ name: string, value: string }> }
   };

export type ResetNotificationTemplateMutationVariables = Exact<{
  input: ResetNotificationTemplateInput;
}>;


export type ResetNotificationTemplateMutation = { resetNotificationTemplate:
    | { __typename: 'Conflict', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'FeatureDisabled', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'InvalidInput', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'NotAllowed', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'NotFound', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'NotificationTemplate', kind: NotificationKind, locale: string, body: string, isDefault: boolean, urgent: boolean, variables: Array<string> }
    | { __typename: 'RateLimited', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'Timeout', code: string, message: string, params: Array<{ name: string, value: string }> }
   };

export type OrderCardFragment = { id: string, tagNumber: string, awaitingIntake: boolean, status: string, statusLabel: string, customerName: string, promisedAt: string | null, createdAt: string, reworkCount: number, totalMinor: number, currency: string, shoe: { brand: string, model: string | null, colour: string | null }, technician: { accountId: string, displayName: string } | null, changeRequests: Array<{ id: string, status: string }> };

export type BoardQueryVariables = Exact<{
  storeId: string | number;
}>;


export type BoardQuery = { node:
    | { __typename: 'Acceptance' }
    | { __typename: 'Account' }
    | { __typename: 'Appointment' }
    | { __typename: 'Attachment' }
    | { __typename: 'CallSession' }
    | { __typename: 'CannedReply' }
    | { __typename: 'CareStep' }
    | { __typename: 'ChangeRequest' }
    | { __typename: 'Complaint' }
    | { __typename: 'Conversation' }
    | { __typename: 'Customer' }
    | { __typename: 'CustomerNote' }
    | { __typename: 'FollowUpTask' }
    | { __typename: 'Material' }
    | { __typename: 'Message' }
    | { __typename: 'Review' }
    | { __typename: 'Service' }
    | { __typename: 'Session' }
    | { __typename: 'ShiftException' }
    | { __typename: 'Shoe' }
    | { __typename: 'Store', id: string, careSettings: { pipeline: Array<{ key: string, label: string }> }, staff: Array<{ accountId: string, displayName: string, role: string }> }
    | { __typename: 'WorkOrder' }
   | null, workOrders: Array<{ id: string, tagNumber: string, awaitingIntake: boolean, status: string, statusLabel: string, customerName: string, promisedAt: string | null, createdAt: string, reworkCount: number, totalMinor: number, currency: string, shoe: { brand: string, model: string | null, colour: string | null }, technician: { accountId: string, displayName: string } | null, changeRequests: Array<{ id: string, status: string }> }> };

export type OrderDetailFragment = { awaitingIntake: boolean, allowedMoves: Array<string>, cancelReason: string | null, conditionNotes: string | null, conditionAcknowledgedAt: string | null, customerId: string, readyAt: string | null, pickedUpAt: string | null, remindersSent: number, tagQr: string, id: string, tagNumber: string, status: string, statusLabel: string, customerName: string, promisedAt: string | null, createdAt: string, reworkCount: number, totalMinor: number, currency: string, store: { id: string, name: string }, shoe: { brand: string, model: string | null, colour: string | null, material: string | null, size: string | null }, stages: Array<{ key: string, label: string, state: StageState }>, services: Array<{ code: string, name: string, category: ServiceCategory, priceMinor: number, state: ServiceLineState, changeRequestId: string | null }>, intakePhotos: Array<{ id: string, url: string | null, fileName: string, thumbnailUrl: string | null }>, steps: Array<{ id: string, stage: string, serviceCode: string | null, startedAt: string, finishedAt: string | null, labourMinutes: number | null, notes: string | null, technician: { displayName: string } | null, materials: Array<{ name: string, quantity: number, unit: string }>, beforePhotos: Array<{ id: string, url: string | null, thumbnailUrl: string | null }>, afterPhotos: Array<{ id: string, url: string | null, thumbnailUrl: string | null }> }>, changeRequests: Array<{ id: string, status: string, origin: string, description: string, serviceName: string, serviceCode: string, category: ServiceCategory, priceMinor: number, raisedAt: string, answeredAt: string | null, answerNote: string | null, photos: Array<{ id: string, url: string | null, thumbnailUrl: string | null }> }>, timeline: Array<{ at: string, kind: string, text: string, actor: { displayName: string } | null }>, technician: { accountId: string, displayName: string } | null };

export type OrderDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type OrderDetailQuery = { node:
    | { __typename: 'Acceptance' }
    | { __typename: 'Account' }
    | { __typename: 'Appointment' }
    | { __typename: 'Attachment' }
    | { __typename: 'CallSession' }
    | { __typename: 'CannedReply' }
    | { __typename: 'CareStep' }
    | { __typename: 'ChangeRequest' }
    | { __typename: 'Complaint' }
    | { __typename: 'Conversation' }
    | { __typename: 'Customer' }
    | { __typename: 'CustomerNote' }
    | { __typename: 'FollowUpTask' }
    | { __typename: 'Material' }
    | { __typename: 'Message' }
    | { __typename: 'Review' }
    | { __typename: 'Service' }
    | { __typename: 'Session' }
    | { __typename: 'ShiftException' }
    | { __typename: 'Shoe' }
    | { __typename: 'Store' }
    | { __typename: 'WorkOrder', awaitingIntake: boolean, allowedMoves: Array<string>, cancelReason: string | null, conditionNotes: string | null, conditionAcknowledgedAt: string | null, customerId: string, readyAt: string | null, pickedUpAt: string | null, remindersSent: number, tagQr: string, id: string, tagNumber: string, status: string, statusLabel: string, customerName: string, promisedAt: string | null, createdAt: string, reworkCount: number, totalMinor: number, currency: string, store: { id: string, name: string }, shoe: { brand: string, model: string | null, colour: string | null, material: string | null, size: string | null }, stages: Array<{ key: string, label: string, state: StageState }>, services: Array<{ code: string, name: string, category: ServiceCategory, priceMinor: number, state: ServiceLineState, changeRequestId: string | null }>, intakePhotos: Array<{ id: string, url: string | null, fileName: string, thumbnailUrl: string | null }>, steps: Array<{ id: string, stage: string, serviceCode: string | null, startedAt: string, finishedAt: string | null, labourMinutes: number | null, notes: string | null, technician: { displayName: string } | null, materials: Array<{ name: string, quantity: number, unit: string }>, beforePhotos: Array<{ id: string, url: string | null, thumbnailUrl: string | null }>, afterPhotos: Array<{ id: string, url: string | null, thumbnailUrl: string | null }> }>, changeRequests: Array<{ id: string, status: string, origin: string, description: string, serviceName: string, serviceCode: string, category: ServiceCategory, priceMinor: number, raisedAt: string, answeredAt: string | null, answerNote: string | null, photos: Array<{ id: string, url: string | null, thumbnailUrl: string | null }> }>, timeline: Array<{ at: string, kind: string, text: string, actor: { displayName: string } | null }>, technician: { accountId: string, displayName: string } | null }
   | null };

export type StoreTechniciansQueryVariables = Exact<{
  storeId: string | number;
}>;


export type StoreTechniciansQuery = { node:
    | { __typename: 'Acceptance' }
    | { __typename: 'Account' }
    | { __typename: 'Appointment' }
    | { __typename: 'Attachment' }
    | { __typename: 'CallSession' }
    | { __typename: 'CannedReply' }
    | { __typename: 'CareStep' }
    | { __typename: 'ChangeRequest' }
    | { __typename: 'Complaint' }
    | { __typename: 'Conversation' }
    | { __typename: 'Customer' }
    | { __typename: 'CustomerNote' }
    | { __typename: 'FollowUpTask' }
    | { __typename: 'Material' }
    | { __typename: 'Message' }
    | { __typename: 'Review' }
    | { __typename: 'Service' }
    | { __typename: 'Session' }
    | { __typename: 'ShiftException' }
    | { __typename: 'Shoe' }
    | { __typename: 'Store', id: string, staff: Array<{ accountId: string, displayName: string, role: string }> }
    | { __typename: 'WorkOrder' }
   | null };

export type OrderByTagQueryVariables = Exact<{
  storeId: string | number;
  tag: string;
}>;


export type OrderByTagQuery = { orderByTag: { id: string } | null };

export type MoveOrderMutationVariables = Exact<{
  input: MoveOrderInput;
}>;


export type MoveOrderMutation = { moveOrder:
    | { __typename: 'Conflict', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'FeatureDisabled', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'InvalidInput', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'InvalidTransition', message: string, allowed: Array<string>, code: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'NotAllowed', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'NotFound', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'RateLimited', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'Timeout', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'WorkOrder', awaitingIntake: boolean, allowedMoves: Array<string>, cancelReason: string | null, conditionNotes: string | null, conditionAcknowledgedAt: string | null, customerId: string, readyAt: string | null, pickedUpAt: string | null, remindersSent: number, tagQr: string, id: string, tagNumber: string, status: string, statusLabel: string, customerName: string, promisedAt: string | null, createdAt: string, reworkCount: number, totalMinor: number, currency: string, store: { id: string, name: string }, shoe: { brand: string, model: string | null, colour: string | null, material: string | null, size: string | null }, stages: Array<{ key: string, label: string, state: StageState }>, services: Array<{ code: string, name: string, category: ServiceCategory, priceMinor: number, state: ServiceLineState, changeRequestId: string | null }>, intakePhotos: Array<{ id: string, url: string | null, fileName: string, thumbnailUrl: string | null }>, steps: Array<{ id: string, stage: string, serviceCode: string | null, startedAt: string, finishedAt: string | null, labourMinutes: number | null, notes: string | null, technician: { displayName: string } | null, materials: Array<{ name: string, quantity: number, unit: string }>, beforePhotos: Array<{ id: string, url: string | null, thumbnailUrl: string | null }>, afterPhotos: Array<{ id: string, url: string | null, thumbnailUrl: string | null }> }>, changeRequests: Array<{ id: string, status: string, origin: string, description: string, serviceName: string, serviceCode: string, category: ServiceCategory, priceMinor: number, raisedAt: string, answeredAt: string | null, answerNote: string | null, photos: Array<{ id: string, url: string | null, thumbnailUrl: string | null }> }>, timeline: Array<{ at: string, kind: string, text: string, actor: { displayName: string } | null }>, technician: { accountId: string, displayName: string } | null }
   };

export type AssignTechnicianMutationVariables = Exact<{
  input: AssignTechnicianInput;
}>;


export type AssignTechnicianMutation = { assignTechnician:
    | { __typename: 'Conflict', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'FeatureDisabled', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'InvalidInput', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'NotAllowed', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'NotFound', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'RateLimited', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'Timeout', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'WorkOrder', awaitingIntake: boolean, allowedMoves: Array<string>, cancelReason: string | null, conditionNotes: string | null, conditionAcknowledgedAt: string | null, customerId: string, readyAt: string | null, pickedUpAt: string | null, remindersSent: number, tagQr: string, id: string, tagNumber: string, status: string, statusLabel: string, customerName: string, promisedAt: string | null, createdAt: string, reworkCount: number, totalMinor: number, currency: string, store: { id: string, name: string }, shoe: { brand: string, model: string | null, colour: string | null, material: string | null, size: string | null }, stages: Array<{ key: string, label: string, state: StageState }>, services: Array<{ code: string, name: string, category: ServiceCategory, priceMinor: number, state: ServiceLineState, changeRequestId: string | null }>, intakePhotos: Array<{ id: string, url: string | null, fileName: string, thumbnailUrl: string | null }>, steps: Array<{ id: string, stage: string, serviceCode: string | null, startedAt: string, finishedAt: string | null, labourMinutes: number | null, notes: string | null, technician: { displayName: string } | null, materials: Array<{ name: string, quantity: number, unit: string }>, beforePhotos: Array<{ id: string, url: string | null, thumbnailUrl: string | null }>, afterPhotos: Array<{ id: string, url: string | null, thumbnailUrl: string | null }> }>, changeRequests: Array<{ id: string, status: string, origin: string, description: string, serviceName: string, serviceCode: string, category: ServiceCategory, priceMinor: number, raisedAt: string, answeredAt: string | null, answerNote: string | null, photos: Array<{ id: string, url: string | null, thumbnailUrl: string | null }> }>, timeline: Array<{ at: string, kind: string, text: string, actor: { displayName: string } | null }>, technician: { accountId: string, displayName: string } | null }
   };

export type StartCareStepMutationVariables = Exact<{
  input: StartCareStepInput;
}>;


export type StartCareStepMutation = { startCareStep:
    | { __typename: 'CareStep', id: string }
    | { __typename: 'Conflict', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'FeatureDisabled', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'InvalidInput', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'NotAllowed', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'NotFound', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'RateLimited', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'Timeout', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'WorkNotApproved', code: string, message: string, params: Array<{ name: string, value: string }> }
   };

export type FinishCareStepMutationVariables = Exact<{
  input: FinishCareStepInput;
}>;


export type FinishCareStepMutation = { finishCareStep:
    | { __typename: 'CareStep', id: string }
    | { __typename: 'Conflict', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'FeatureDisabled', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'InsufficientStock', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'InvalidInput', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'NotAllowed', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'NotFound', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'RateLimited', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'Timeout', code: string, message: string, params: Array<{ name: string, value: string }> }
   };

export type RaiseChangeRequestMutationVariables = Exact<{
  input: RaiseChangeRequestInput;
}>;


export type RaiseChangeRequestMutation = { raiseChangeRequest:
    | { __typename: 'ChangeRequest', id: string, status: string }
    | { __typename: 'Conflict', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'FeatureDisabled', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'InvalidInput', code: string, message: string, field: string | null, params: Array<{ name: string, value: string }> }
    | { __typename: 'NotAllowed', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'NotFound', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'RateLimited', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'Timeout', code: string, message: string, params: Array<{ name: string, value: string }> }
   };

export type PickUpOrderMutationVariables = Exact<{
  input: PickUpOrderInput;
}>;


export type PickUpOrderMutation = { pickUpOrder:
    | { __typename: 'Conflict', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'FeatureDisabled', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'InvalidInput', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'InvalidTransition', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'NotAllowed', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'NotFound', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'RateLimited', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'Timeout', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'WorkOrder', id: string, status: string }
    | { __typename: 'WrongPickupCode', code: string, message: string, params: Array<{ name: string, value: string }> }
   };

export type OpenWorkOrderMutationVariables = Exact<{
  input: OpenWorkOrderInput;
}>;


export type OpenWorkOrderMutation = { openWorkOrder:
    | { __typename: 'ActiveOrderExists', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'Conflict', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'FeatureDisabled', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'IntakePending', code: string, message: string, orderId: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'InvalidInput', code: string, message: string, field: string | null, params: Array<{ name: string, value: string }> }
    | { __typename: 'NotAllowed', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'NotFound', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'RateLimited', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'Timeout', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'WorkOrder', id: string, tagNumber: string }
   };

export type UploadAttachmentMutationVariables = Exact<{
  input: UploadAttachmentInput;
}>;


export type UploadAttachmentMutation = { uploadAttachment:
    | { __typename: 'Attachment', id: string, url: string | null, thumbnailUrl: string | null }
    | { __typename: 'Conflict', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'FeatureDisabled', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'FileTooLarge', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'InvalidInput', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'NotAllowed', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'NotFound', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'RateLimited', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'Timeout', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'UnsupportedFileType', code: string, message: string, params: Array<{ name: string, value: string }> }
   };

export type OrderAcceptancesQueryVariables = Exact<{
  id: string | number;
}>;


export type OrderAcceptancesQuery = { node:
    | { __typename: 'Acceptance' }
    | { __typename: 'Account' }
    | { __typename: 'Appointment' }
    | { __typename: 'Attachment' }
    | { __typename: 'CallSession' }
    | { __typename: 'CannedReply' }
    | { __typename: 'CareStep' }
    | { __typename: 'ChangeRequest' }
    | { __typename: 'Complaint' }
    | { __typename: 'Conversation' }
    | { __typename: 'Customer' }
    | { __typename: 'CustomerNote' }
    | { __typename: 'FollowUpTask' }
    | { __typename: 'Material' }
    | { __typename: 'Message' }
    | { __typename: 'Review' }
    | { __typename: 'Service' }
    | { __typename: 'Session' }
    | { __typename: 'ShiftException' }
    | { __typename: 'Shoe' }
    | { __typename: 'Store' }
    | { __typename: 'WorkOrder', id: string, acceptances: Array<{ id: string, round: number, status: string, note: string | null, comment: string | null, requestedAt: string, answeredAt: string | null }> }
   | null };

export type RequestAcceptanceMutationVariables = Exact<{
  input: RequestAcceptanceInput;
}>;


export type RequestAcceptanceMutation = { requestAcceptance:
    | { __typename: 'Acceptance', id: string, status: string }
    | { __typename: 'Conflict', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'FeatureDisabled', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'InvalidInput', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'NotAllowed', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'NotFound', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'RateLimited', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'Timeout', code: string, message: string, params: Array<{ name: string, value: string }> }
   };

export type StoresOverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type StoresOverviewQuery = { storesOverview:
    | { __typename: 'Conflict', code: string, message: string }
    | { __typename: 'FeatureDisabled', code: string, message: string }
    | { __typename: 'InvalidInput', code: string, message: string }
    | { __typename: 'NotAllowed', code: string, message: string }
    | { __typename: 'NotFound', code: string, message: string }
    | { __typename: 'RateLimited', code: string, message: string }
    | { __typename: 'StoresOverview', at: string, stores: Array<{ inProgress: number | null, overdue: number | null, waitingForCustomer: number | null, readyForPickup: number | null, complaintsOpen: number | null, complaintsPastSla: number | null, appointmentsToday: number | null, appointmentsCheckedIn: number | null, store: { id: string, name: string, address: string }, today: { total: { revenueMinor: number, ordersOpened: number } }, week: { total: { revenueMinor: number, ordersOpened: number }, series: Array<{ label: string, figures: { revenueMinor: number } }> } }> }
    | { __typename: 'Timeout', code: string, message: string }
   };

export type StoreShiftsQueryVariables = Exact<{
  id: string | number;
  fromDate: string;
  toDate: string;
}>;


export type StoreShiftsQuery = { node:
    | { __typename: 'Acceptance' }
    | { __typename: 'Account' }
    | { __typename: 'Appointment' }
    | { __typename: 'Attachment' }
    | { __typename: 'CallSession' }
    | { __typename: 'CannedReply' }
    | { __typename: 'CareStep' }
    | { __typename: 'ChangeRequest' }
    | { __typename: 'Complaint' }
    | { __typename: 'Conversation' }
    | { __typename: 'Customer' }
    | { __typename: 'CustomerNote' }
    | { __typename: 'FollowUpTask' }
    | { __typename: 'Material' }
    | { __typename: 'Message' }
    | { __typename: 'Review' }
    | { __typename: 'Service' }
    | { __typename: 'Session' }
    | { __typename: 'ShiftException' }
    | { __typename: 'Shoe' }
    | { __typename: 'Store', id: string, technicians: Array<{ accountId: string, displayName: string }>, shifts: Array<{ technicianId: string, weekday: number, starts: string, ends: string }>, shiftExceptions: Array<{ id: string, technicianId: string, date: string, kind: ShiftExceptionKind, starts: string | null, ends: string | null, note: string | null }> }
    | { __typename: 'WorkOrder' }
   | null };

export type SetShiftTemplateMutationVariables = Exact<{
  input: SetShiftTemplateInput;
}>;


export type SetShiftTemplateMutation = { setShiftTemplate:
    | { __typename: 'Conflict', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'FeatureDisabled', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'InvalidInput', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'MutationSetShiftTemplateSuccess', data: Array<{ technicianId: string, weekday: number, starts: string, ends: string }> }
    | { __typename: 'NotAllowed', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'NotFound', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'RateLimited', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'Timeout', code: string, message: string, params: Array<{ name: string, value: string }> }
   };

export type AddShiftExceptionMutationVariables = Exact<{
  input: AddShiftExceptionInput;
}>;


export type AddShiftExceptionMutation = { addShiftException:
    | { __typename: 'Conflict', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'FeatureDisabled', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'InvalidInput', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'NotAllowed', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'NotFound', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'RateLimited', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'ShiftException', id: string }
    | { __typename: 'Timeout', code: string, message: string, params: Array<{ name: string, value: string }> }
   };

export type RemoveShiftExceptionMutationVariables = Exact<{
  input: RemoveShiftExceptionInput;
}>;


export type RemoveShiftExceptionMutation = { removeShiftException:
    | { __typename: 'Conflict', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'FeatureDisabled', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'InvalidInput', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'NotAllowed', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'NotFound', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'RateLimited', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'ShiftException', id: string }
    | { __typename: 'Timeout', code: string, message: string, params: Array<{ name: string, value: string }> }
   };

export type StoreSettingsQueryVariables = Exact<{
  id: string | number;
}>;


export type StoreSettingsQuery = { node:
    | { __typename: 'Acceptance' }
    | { __typename: 'Account' }
    | { __typename: 'Appointment' }
    | { __typename: 'Attachment' }
    | { __typename: 'CallSession' }
    | { __typename: 'CannedReply' }
    | { __typename: 'CareStep' }
    | { __typename: 'ChangeRequest' }
    | { __typename: 'Complaint' }
    | { __typename: 'Conversation' }
    | { __typename: 'Customer' }
    | { __typename: 'CustomerNote' }
    | { __typename: 'FollowUpTask' }
    | { __typename: 'Material' }
    | { __typename: 'Message' }
    | { __typename: 'Review' }
    | { __typename: 'Service' }
    | { __typename: 'Session' }
    | { __typename: 'ShiftException' }
    | { __typename: 'Shoe' }
    | { __typename: 'Store', id: string, name: string, address: string, phone: string, timeZone: string, openingHours: Array<{ weekday: number, opens: string, closes: string }> }
    | { __typename: 'WorkOrder' }
   | null };

export type StoreStaffQueryVariables = Exact<{
  id: string | number;
}>;


export type StoreStaffQuery = { node:
    | { __typename: 'Acceptance' }
    | { __typename: 'Account' }
    | { __typename: 'Appointment' }
    | { __typename: 'Attachment' }
    | { __typename: 'CallSession' }
    | { __typename: 'CannedReply' }
    | { __typename: 'CareStep' }
    | { __typename: 'ChangeRequest' }
    | { __typename: 'Complaint' }
    | { __typename: 'Conversation' }
    | { __typename: 'Customer' }
    | { __typename: 'CustomerNote' }
    | { __typename: 'FollowUpTask' }
    | { __typename: 'Material' }
    | { __typename: 'Message' }
    | { __typename: 'Review' }
    | { __typename: 'Service' }
    | { __typename: 'Session' }
    | { __typename: 'ShiftException' }
    | { __typename: 'Shoe' }
    | { __typename: 'Store', id: string, staff: Array<{ accountId: string, displayName: string, username: string | null, phone: string | null, role: string }> }
    | { __typename: 'WorkOrder' }
   | null };

export type StoreFeaturesQueryVariables = Exact<{
  id: string | number;
}>;


export type StoreFeaturesQuery = { node:
    | { __typename: 'Acceptance' }
    | { __typename: 'Account' }
    | { __typename: 'Appointment' }
    | { __typename: 'Attachment' }
    | { __typename: 'CallSession' }
    | { __typename: 'CannedReply' }
    | { __typename: 'CareStep' }
    | { __typename: 'ChangeRequest' }
    | { __typename: 'Complaint' }
    | { __typename: 'Conversation' }
    | { __typename: 'Customer' }
    | { __typename: 'CustomerNote' }
    | { __typename: 'FollowUpTask' }
    | { __typename: 'Material' }
    | { __typename: 'Message' }
    | { __typename: 'Review' }
    | { __typename: 'Service' }
    | { __typename: 'Session' }
    | { __typename: 'ShiftException' }
    | { __typename: 'Shoe' }
    | { __typename: 'Store', id: string, name: string, features: Array<{ name: string, description: string, enabled: boolean, defaultEnabled: boolean }>, featureHistory: Array<{ feature: string, enabled: boolean, changedAt: string, changedBy: string }> }
    | { __typename: 'WorkOrder' }
   | null };

export type UpdateStoreMutationVariables = Exact<{
  input: UpdateStoreInput;
}>;


export type UpdateStoreMutation = { updateStore:
    | { __typename: 'Conflict', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'FeatureDisabled', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'InvalidInput', code: string, message: string, field: string | null, params: Array<{ name: string, value: string }> }
    | { __typename: 'NotAllowed', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'NotFound', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'RateLimited', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'Store', id: string, name: string, address: string, phone: string, timeZone: string, openingHours: Array<{ weekday: number, opens: string, closes: string }> }
    | { __typename: 'Timeout', code: string, message: string, params: Array<{ name: string, value: string }> }
   };

export type AddStaffMemberMutationVariables = Exact<{
  input: AddStaffMemberInput;
}>;


export type AddStaffMemberMutation = { addStaffMember:
    | { __typename: 'Conflict', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'FeatureDisabled', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'InvalidInput', code: string, message: string, field: string | null, params: Array<{ name: string, value: string }> }
    | { __typename: 'NotAllowed', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'NotFound', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'RateLimited', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'Store', id: string, staff: Array<{ accountId: string, displayName: string, username: string | null, phone: string | null, role: string }> }
    | { __typename: 'Timeout', code: string, message: string, params: Array<{ name: string, value: string }> }
   };

export type RemoveStaffMemberMutationVariables = Exact<{
  input: RemoveStaffMemberInput;
}>;


export type RemoveStaffMemberMutation = { removeStaffMember:
    | { __typename: 'Conflict', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'FeatureDisabled', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'InvalidInput', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'NotAllowed', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'NotFound', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'RateLimited', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'Store', id: string, staff: Array<{ accountId: string, displayName: string, username: string | null, phone: string | null, role: string }> }
    | { __typename: 'Timeout', code: string, message: string, params: Array<{ name: string, value: string }> }
   };

export type SwitchFeatureMutationVariables = Exact<{
  input: SwitchFeatureInput;
}>;


export type SwitchFeatureMutation = { switchFeature:
    | { __typename: 'Conflict', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'FeatureDisabled', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'InvalidInput', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'MutationSwitchFeatureSuccess', data: Array<{ id: string, features: Array<{ name: string, enabled: boolean }> }> }
    | { __typename: 'NotAllowed', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'NotFound', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'RateLimited', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'Timeout', code: string, message: string, params: Array<{ name: string, value: string }> }
   };

export type RolloutMatrixQueryVariables = Exact<{ [key: string]: never; }>;


export type RolloutMatrixQuery = { stores: Array<{ id: string, name: string, features: Array<{ name: string, description: string, enabled: boolean, defaultEnabled: boolean }> }> };

export const CalendarAppointmentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CalendarAppointment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"local"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"priceMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"technicianId"}},{"kind":"Field","name":{"kind":"Name","value":"technicianName"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CalendarAppointmentFragment, unknown>;
export const CustomerSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomerSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"visits"}},{"kind":"Field","name":{"kind":"Name","value":"lifetimeSpendMinor"}},{"kind":"Field","name":{"kind":"Name","value":"tier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CustomerSummaryFragment, unknown>;
export const PilotFiguresFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PilotFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MetricsFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ordersOpened"}},{"kind":"Field","name":{"kind":"Name","value":"revenueMinor"}},{"kind":"Field","name":{"kind":"Name","value":"averageOrderValueMinor"}},{"kind":"Field","name":{"kind":"Name","value":"complaintRate"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryRate"}},{"kind":"Field","name":{"kind":"Name","value":"averageFirstResponseSeconds"}}]}}]} as unknown as DocumentNode<PilotFiguresFragment, unknown>;
export const CohortFiguresFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CohortFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RolloutCohort"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PilotFigures"}}]}},{"kind":"Field","name":{"kind":"Name","value":"previous"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PilotFigures"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PilotFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MetricsFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ordersOpened"}},{"kind":"Field","name":{"kind":"Name","value":"revenueMinor"}},{"kind":"Field","name":{"kind":"Name","value":"averageOrderValueMinor"}},{"kind":"Field","name":{"kind":"Name","value":"complaintRate"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryRate"}},{"kind":"Field","name":{"kind":"Name","value":"averageFirstResponseSeconds"}}]}}]} as unknown as DocumentNode<CohortFiguresFragment, unknown>;
export const ThreadMessageFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ThreadMessage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"internal"}},{"kind":"Field","name":{"kind":"Name","value":"fromMe"}},{"kind":"Field","name":{"kind":"Name","value":"senderName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"recalled"}},{"kind":"Field","name":{"kind":"Name","value":"clientMessageId"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"attachment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}}]}}]}}]} as unknown as DocumentNode<ThreadMessageFragment, unknown>;
export const BusinessFiguresFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BusinessFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MetricsFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ordersOpened"}},{"kind":"Field","name":{"kind":"Name","value":"ordersCompleted"}},{"kind":"Field","name":{"kind":"Name","value":"revenueMinor"}},{"kind":"Field","name":{"kind":"Name","value":"averageOrderValueMinor"}},{"kind":"Field","name":{"kind":"Name","value":"messagesSent"}},{"kind":"Field","name":{"kind":"Name","value":"complaints"}},{"kind":"Field","name":{"kind":"Name","value":"complaintRate"}}]}}]} as unknown as DocumentNode<BusinessFiguresFragment, unknown>;
export const OrderCardFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tagNumber"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingIntake"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}},{"kind":"Field","name":{"kind":"Name","value":"promisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"reworkCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"shoe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"colour"}}]}},{"kind":"Field","name":{"kind":"Name","value":"technician"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changeRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<OrderCardFragment, unknown>;
export const OrderDetailFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderCard"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingIntake"}},{"kind":"Field","name":{"kind":"Name","value":"allowedMoves"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"conditionNotes"}},{"kind":"Field","name":{"kind":"Name","value":"conditionAcknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"readyAt"}},{"kind":"Field","name":{"kind":"Name","value":"pickedUpAt"}},{"kind":"Field","name":{"kind":"Name","value":"remindersSent"}},{"kind":"Field","name":{"kind":"Name","value":"tagQr"}},{"kind":"Field","name":{"kind":"Name","value":"store"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shoe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"colour"}},{"kind":"Field","name":{"kind":"Name","value":"material"}},{"kind":"Field","name":{"kind":"Name","value":"size"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"priceMinor"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"changeRequestId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"intakePhotos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","alias":{"kind":"Name","value":"thumbnailUrl"},"name":{"kind":"Name","value":"url"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"variant"},"value":{"kind":"EnumValue","value":"thumbnail"}}]},{"kind":"Field","name":{"kind":"Name","value":"fileName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"serviceCode"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"labourMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"technician"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"materials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"beforePhotos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","alias":{"kind":"Name","value":"thumbnailUrl"},"name":{"kind":"Name","value":"url"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"variant"},"value":{"kind":"EnumValue","value":"thumbnail"}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"afterPhotos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","alias":{"kind":"Name","value":"thumbnailUrl"},"name":{"kind":"Name","value":"url"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"variant"},"value":{"kind":"EnumValue","value":"thumbnail"}}]}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"changeRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"serviceName"}},{"kind":"Field","name":{"kind":"Name","value":"serviceCode"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"priceMinor"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"answerNote"}},{"kind":"Field","name":{"kind":"Name","value":"photos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","alias":{"kind":"Name","value":"thumbnailUrl"},"name":{"kind":"Name","value":"url"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"variant"},"value":{"kind":"EnumValue","value":"thumbnail"}}]}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tagNumber"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingIntake"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}},{"kind":"Field","name":{"kind":"Name","value":"promisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"reworkCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"shoe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"colour"}}]}},{"kind":"Field","name":{"kind":"Name","value":"technician"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changeRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<OrderDetailFragment, unknown>;
export const AfterSalesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AfterSales"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"manager"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complaints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"storeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseBreached"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionBreached"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"allowedMoves"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"by"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tagNumber"}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUpTasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"storeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"manager"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tagNumber"}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Store"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reviews"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"manager"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"repliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"repliedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AfterSalesQuery, AfterSalesQueryVariables>;
export const UpdateComplaintDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateComplaint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateComplaintInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateComplaint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UpdateComplaintMutation, UpdateComplaintMutationVariables>;
export const ReplyToReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReplyToReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReplyToReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replyToReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReplyToReviewMutation, ReplyToReviewMutationVariables>;
export const CompleteFollowUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteFollowUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompleteFollowUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeFollowUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CompleteFollowUpMutation, CompleteFollowUpMutationVariables>;
export const CalendarStoreDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CalendarStore"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Store"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"openingHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekday"}},{"kind":"Field","name":{"kind":"Name","value":"opens"}},{"kind":"Field","name":{"kind":"Name","value":"closes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"technicians"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CalendarStoreQuery, CalendarStoreQueryVariables>;
export const CalendarPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CalendarPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Store"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"appointments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"15"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"local"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"priceMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"technicianId"}},{"kind":"Field","name":{"kind":"Name","value":"technicianName"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CalendarPageQuery, CalendarPageQueryVariables>;
export const AvailableSlotsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AvailableSlots"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"serviceIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"availableSlots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"storeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"serviceIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"serviceIds"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QueryAvailableSlotsSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"local"}},{"kind":"Field","name":{"kind":"Name","value":"freeTechnicians"}},{"kind":"Field","name":{"kind":"Name","value":"technicianIds"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AvailableSlotsQuery, AvailableSlotsQueryVariables>;
export const BookForCustomerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BookForCustomer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BookAppointmentForCustomerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bookAppointmentForCustomer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CalendarAppointment"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CalendarAppointment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"local"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"priceMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"technicianId"}},{"kind":"Field","name":{"kind":"Name","value":"technicianName"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<BookForCustomerMutation, BookForCustomerMutationVariables>;
export const RescheduleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Reschedule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RescheduleAppointmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rescheduleAppointment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CalendarAppointment"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CalendarAppointment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"local"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"priceMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"technicianId"}},{"kind":"Field","name":{"kind":"Name","value":"technicianName"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<RescheduleMutation, RescheduleMutationVariables>;
export const ConfirmAppointmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmAppointment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConfirmAppointmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmAppointment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CalendarAppointment"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CalendarAppointment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"local"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"priceMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"technicianId"}},{"kind":"Field","name":{"kind":"Name","value":"technicianName"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ConfirmAppointmentMutation, ConfirmAppointmentMutationVariables>;
export const CheckInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CheckIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CheckInAppointmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkInAppointment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CalendarAppointment"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CalendarAppointment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"local"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"priceMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"technicianId"}},{"kind":"Field","name":{"kind":"Name","value":"technicianName"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CheckInMutation, CheckInMutationVariables>;
export const NoShowDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NoShow"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MarkAppointmentNoShowInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markAppointmentNoShow"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CalendarAppointment"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CalendarAppointment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"local"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"priceMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"technicianId"}},{"kind":"Field","name":{"kind":"Name","value":"technicianName"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<NoShowMutation, NoShowMutationVariables>;
export const CancelAppointmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelAppointment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelAppointmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelAppointment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CalendarAppointment"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CalendarAppointment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"local"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"priceMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"technicianId"}},{"kind":"Field","name":{"kind":"Name","value":"technicianName"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CancelAppointmentMutation, CancelAppointmentMutationVariables>;
export const CareSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CareSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Store"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"careSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pipeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reminderAfterDays"}},{"kind":"Field","name":{"kind":"Name","value":"reminderEveryDays"}},{"kind":"Field","name":{"kind":"Name","value":"maxReminders"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CareSettingsQuery, CareSettingsQueryVariables>;
export const ConfigureCareDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfigureCare"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConfigureCareInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"configureCare"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CareSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pipeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reminderAfterDays"}},{"kind":"Field","name":{"kind":"Name","value":"reminderEveryDays"}},{"kind":"Field","name":{"kind":"Name","value":"maxReminders"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConfigureCareMutation, ConfigureCareMutationVariables>;
export const CatalogSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CatalogSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Store"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"all"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"priceMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"bookableOnline"}}]}},{"kind":"Field","name":{"kind":"Name","value":"materials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"stock"}},{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"lowStockThreshold"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CatalogSettingsQuery, CatalogSettingsQueryVariables>;
export const UpdateServiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateService"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateServiceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateService"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UpdateServiceMutation, UpdateServiceMutationVariables>;
export const RestockMaterialDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RestockMaterial"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RestockMaterialInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restockMaterial"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RestockMaterialMutation, RestockMaterialMutationVariables>;
export const CreateServiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateService"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateServiceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createService"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Service"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreateServiceMutation, CreateServiceMutationVariables>;
export const CreateMaterialDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateMaterial"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateMaterialInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createMaterial"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Material"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreateMaterialMutation, CreateMaterialMutationVariables>;
export const IntakeCatalogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IntakeCatalog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Store"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"priceMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"technicians"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"skills"}}]}}]}}]}}]}}]} as unknown as DocumentNode<IntakeCatalogQuery, IntakeCatalogQueryVariables>;
export const SearchCustomersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchCustomers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"storeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CustomerSummary"}},{"kind":"Field","name":{"kind":"Name","value":"shoes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"colour"}},{"kind":"Field","name":{"kind":"Name","value":"material"}},{"kind":"Field","name":{"kind":"Name","value":"size"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomerSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"visits"}},{"kind":"Field","name":{"kind":"Name","value":"lifetimeSpendMinor"}},{"kind":"Field","name":{"kind":"Name","value":"tier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SearchCustomersQuery, SearchCustomersQueryVariables>;
export const CustomerProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CustomerSummary"}},{"kind":"Field","name":{"kind":"Name","value":"preferences"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"shoes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeArchived"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"colour"}},{"kind":"Field","name":{"kind":"Name","value":"material"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"conditionNotes"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomerSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"visits"}},{"kind":"Field","name":{"kind":"Name","value":"lifetimeSpendMinor"}},{"kind":"Field","name":{"kind":"Name","value":"tier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CustomerProfileQuery, CustomerProfileQueryVariables>;
export const CustomerHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerTimeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<CustomerHistoryQuery, CustomerHistoryQueryVariables>;
export const RegisterCustomerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterCustomer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterCustomerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerCustomer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CustomerSummary"}},{"kind":"Field","name":{"kind":"Name","value":"shoes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"colour"}},{"kind":"Field","name":{"kind":"Name","value":"material"}},{"kind":"Field","name":{"kind":"Name","value":"size"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomerSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"visits"}},{"kind":"Field","name":{"kind":"Name","value":"lifetimeSpendMinor"}},{"kind":"Field","name":{"kind":"Name","value":"tier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<RegisterCustomerMutation, RegisterCustomerMutationVariables>;
export const AddShoeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddShoe"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddShoeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addShoe"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Shoe"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"colour"}},{"kind":"Field","name":{"kind":"Name","value":"material"}},{"kind":"Field","name":{"kind":"Name","value":"size"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AddShoeMutation, AddShoeMutationVariables>;
export const UpdateCustomerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCustomer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCustomerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCustomer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"preferences"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UpdateCustomerMutation, UpdateCustomerMutationVariables>;
export const AddCustomerNoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddCustomerNote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddCustomerNoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addCustomerNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AddCustomerNoteMutation, AddCustomerNoteMutationVariables>;
export const EnabledFeaturesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EnabledFeatures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Store"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"enabledFeatures"}}]}}]}}]}}]} as unknown as DocumentNode<EnabledFeaturesQuery, EnabledFeaturesQueryVariables>;
export const AwaitingIntakeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AwaitingIntake"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CustomerSummary"}},{"kind":"Field","name":{"kind":"Name","value":"shoes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"colour"}},{"kind":"Field","name":{"kind":"Name","value":"material"}},{"kind":"Field","name":{"kind":"Name","value":"size"}}]}},{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"active"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tagNumber"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingIntake"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"shoeId"}},{"kind":"Field","name":{"kind":"Name","value":"shoe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"colour"}},{"kind":"Field","name":{"kind":"Name","value":"material"}},{"kind":"Field","name":{"kind":"Name","value":"size"}}]}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"priceMinor"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"technician"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"promisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"conditionNotes"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomerSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"visits"}},{"kind":"Field","name":{"kind":"Name","value":"lifetimeSpendMinor"}},{"kind":"Field","name":{"kind":"Name","value":"tier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AwaitingIntakeQuery, AwaitingIntakeQueryVariables>;
export const CompleteIntakeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteIntake"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompleteIntakeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeIntake"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tagNumber"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActiveOrderExists"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CompleteIntakeMutation, CompleteIntakeMutationVariables>;
export const OrderForEditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrderForEdit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingIntake"}},{"kind":"Field","name":{"kind":"Name","value":"shoeId"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shoes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"colour"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"shoe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"colour"}},{"kind":"Field","name":{"kind":"Name","value":"material"}},{"kind":"Field","name":{"kind":"Name","value":"size"}}]}},{"kind":"Field","name":{"kind":"Name","value":"promisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"conditionNotes"}},{"kind":"Field","name":{"kind":"Name","value":"technician"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"intakePhotos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","alias":{"kind":"Name","value":"thumbnailUrl"},"name":{"kind":"Name","value":"url"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"variant"},"value":{"kind":"EnumValue","value":"thumbnail"}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"priceMinor"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"serviceCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"store"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"priceMinor"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrderForEditQuery, OrderForEditQueryVariables>;
export const EditWorkOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditWorkOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EditWorkOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"editWorkOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActiveOrderExists"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EditWorkOrderMutation, EditWorkOrderMutationVariables>;
export const PoolDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Pool"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unassignedOrders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"storeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderCard"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingIntake"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Store"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tagNumber"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingIntake"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}},{"kind":"Field","name":{"kind":"Name","value":"promisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"reworkCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"shoe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"colour"}}]}},{"kind":"Field","name":{"kind":"Name","value":"technician"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changeRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<PoolQuery, PoolQueryVariables>;
export const ClaimWorkOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClaimWorkOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ClaimWorkOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claimWorkOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tagNumber"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AlreadyClaimed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"technicianId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ClaimWorkOrderMutation, ClaimWorkOrderMutationVariables>;
export const WorkloadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Workload"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"storeWorkload"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"storeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"technicians"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"technician"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"orders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderCard"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"unassigned"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderCard"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tagNumber"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingIntake"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}},{"kind":"Field","name":{"kind":"Name","value":"promisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"reworkCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"shoe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"colour"}}]}},{"kind":"Field","name":{"kind":"Name","value":"technician"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changeRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<WorkloadQuery, WorkloadQueryVariables>;
export const StepMaterialsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StepMaterials"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Store"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"materials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"stock"}},{"kind":"Field","name":{"kind":"Name","value":"lowStockThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"low"}}]}}]}}]}}]}}]} as unknown as DocumentNode<StepMaterialsQuery, StepMaterialsQueryVariables>;
export const LowStockDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LowStock"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Store"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lowStockMaterials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"stock"}},{"kind":"Field","name":{"kind":"Name","value":"lowStockThreshold"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LowStockQuery, LowStockQueryVariables>;
export const FinishStepDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FinishStep"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FinishCareStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"finishCareStep"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CareStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FinishStepMutation, FinishStepMutationVariables>;
export const ComplaintAssignmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ComplaintAssignments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Store"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ComplaintAssignmentsQuery, ComplaintAssignmentsQueryVariables>;
export const AssignComplaintDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignComplaint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignComplaintInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignComplaint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Complaint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AssignComplaintMutation, AssignComplaintMutationVariables>;
export const FrontDeskSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FrontDeskSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"frontDeskSearch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"storeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"8"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"match"}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tagNumber"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}},{"kind":"Field","name":{"kind":"Name","value":"shoe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"model"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]}}]} as unknown as DocumentNode<FrontDeskSearchQuery, FrontDeskSearchQueryVariables>;
export const OrderCustomerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrderCustomer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrderCustomerQuery, OrderCustomerQueryVariables>;
export const StaffSignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffSignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignInWithPasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signInWithPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SignedIn"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<StaffSignInMutation, StaffSignInMutationVariables>;
export const StaffWorkspaceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffWorkspace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"isOwner"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"username"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"storeId"}},{"kind":"Field","name":{"kind":"Name","value":"store"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"stores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}}]}}]} as unknown as DocumentNode<StaffWorkspaceQuery, StaffWorkspaceQueryVariables>;
export const InboxCustomerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InboxCustomer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CustomerSummary"}},{"kind":"Field","name":{"kind":"Name","value":"preferences"}},{"kind":"Field","name":{"kind":"Name","value":"orders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tagNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"totalMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"shoe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"model"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomerSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"visits"}},{"kind":"Field","name":{"kind":"Name","value":"lifetimeSpendMinor"}},{"kind":"Field","name":{"kind":"Name","value":"tier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<InboxCustomerQuery, InboxCustomerQueryVariables>;
export const LabourDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Labour"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"storeIds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"granularity"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MetricsGranularity"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metrics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"storeIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"storeIds"}}},{"kind":"Argument","name":{"kind":"Name","value":"granularity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"granularity"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"labour"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"steps"}},{"kind":"Field","name":{"kind":"Name","value":"orders"}},{"kind":"Field","name":{"kind":"Name","value":"standardMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"ratioToStandard"}},{"kind":"Field","name":{"kind":"Name","value":"averageMinutesPerOrder"}}]}},{"kind":"Field","name":{"kind":"Name","value":"technicians"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"technician"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"orders"}},{"kind":"Field","name":{"kind":"Name","value":"standardMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"ratioToStandard"}}]}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"orders"}},{"kind":"Field","name":{"kind":"Name","value":"standardMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"averageMinutesPerOrder"}}]}},{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"8"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tagNumber"}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}},{"kind":"Field","name":{"kind":"Name","value":"shoe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"model"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"standardMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"ratioToStandard"}}]}},{"kind":"Field","name":{"kind":"Name","value":"materials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"materialSeries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"materials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<LabourQuery, LabourQueryVariables>;
export const PilotComparisonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PilotComparison"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"feature"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rollout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"feature"},"value":{"kind":"Variable","name":{"kind":"Name","value":"feature"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"on"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CohortFigures"}}]}},{"kind":"Field","name":{"kind":"Name","value":"off"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CohortFigures"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PilotFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MetricsFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ordersOpened"}},{"kind":"Field","name":{"kind":"Name","value":"revenueMinor"}},{"kind":"Field","name":{"kind":"Name","value":"averageOrderValueMinor"}},{"kind":"Field","name":{"kind":"Name","value":"complaintRate"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryRate"}},{"kind":"Field","name":{"kind":"Name","value":"averageFirstResponseSeconds"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CohortFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RolloutCohort"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PilotFigures"}}]}},{"kind":"Field","name":{"kind":"Name","value":"previous"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PilotFigures"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PilotComparisonQuery, PilotComparisonQueryVariables>;
export const RolloutFeatureNamesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RolloutFeatureNames"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rollout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<RolloutFeatureNamesQuery, RolloutFeatureNamesQueryVariables>;
export const InboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Inbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"assignedToMe"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unassigned"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"waiting"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"storeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"assignedToMe"},"value":{"kind":"Variable","name":{"kind":"Name","value":"assignedToMe"}}},{"kind":"Argument","name":{"kind":"Name","value":"unassigned"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unassigned"}}},{"kind":"Argument","name":{"kind":"Name","value":"waiting"},"value":{"kind":"Variable","name":{"kind":"Name","value":"waiting"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"15"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeId"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeName"}},{"kind":"Field","name":{"kind":"Name","value":"isMember"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"waitingSince"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessageAt"}},{"kind":"Field","name":{"kind":"Name","value":"workOrderId"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"internal"}},{"kind":"Field","name":{"kind":"Name","value":"recalled"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<InboxQuery, InboxQueryVariables>;
export const ThreadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Thread"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Conversation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeId"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeName"}},{"kind":"Field","name":{"kind":"Name","value":"isMember"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeq"}},{"kind":"Field","name":{"kind":"Name","value":"myReadSeq"}},{"kind":"Field","name":{"kind":"Name","value":"workOrderId"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"readSeq"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredSeq"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasOlder"}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ThreadMessage"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ThreadMessage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"internal"}},{"kind":"Field","name":{"kind":"Name","value":"fromMe"}},{"kind":"Field","name":{"kind":"Name","value":"senderName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"recalled"}},{"kind":"Field","name":{"kind":"Name","value":"clientMessageId"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"attachment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}}]}}]}}]} as unknown as DocumentNode<ThreadQuery, ThreadQueryVariables>;
export const CannedRepliesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CannedReplies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cannedReplies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"storeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]}}]} as unknown as DocumentNode<CannedRepliesQuery, CannedRepliesQueryVariables>;
export const SendMessageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SentMessage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sentMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ThreadMessage"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ThreadMessage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"internal"}},{"kind":"Field","name":{"kind":"Name","value":"fromMe"}},{"kind":"Field","name":{"kind":"Name","value":"senderName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"recalled"}},{"kind":"Field","name":{"kind":"Name","value":"clientMessageId"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"attachment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}}]}}]}}]} as unknown as DocumentNode<SendMessageMutation, SendMessageMutationVariables>;
export const MarkReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MarkConversationReadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markConversationRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<MarkReadMutation, MarkReadMutationVariables>;
export const JoinConversationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"JoinConversation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConversationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"joinConversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<JoinConversationMutation, JoinConversationMutationVariables>;
export const TransferConversationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TransferConversation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TransferConversationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transferConversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TransferConversationMutation, TransferConversationMutationVariables>;
export const RecallMessageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecallMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecallMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recallMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RecallMessageMutation, RecallMessageMutationVariables>;
export const MetricsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Metrics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"storeIds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"granularity"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MetricsGranularity"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metrics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"storeIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"storeIds"}}},{"kind":"Argument","name":{"kind":"Name","value":"granularity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"granularity"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BusinessFigures"}},{"kind":"Field","name":{"kind":"Name","value":"complaintsResolved"}},{"kind":"Field","name":{"kind":"Name","value":"slaBreaches"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryRate"}},{"kind":"Field","name":{"kind":"Name","value":"averageFirstResponseSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"callsStarted"}},{"kind":"Field","name":{"kind":"Name","value":"callsConnected"}},{"kind":"Field","name":{"kind":"Name","value":"callSuccessRate"}},{"kind":"Field","name":{"kind":"Name","value":"pushSuccessRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"previous"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BusinessFigures"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"series"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ordersOpened"}},{"kind":"Field","name":{"kind":"Name","value":"ordersCompleted"}},{"kind":"Field","name":{"kind":"Name","value":"revenueMinor"}},{"kind":"Field","name":{"kind":"Name","value":"complaints"}},{"kind":"Field","name":{"kind":"Name","value":"messagesSent"}},{"kind":"Field","name":{"kind":"Name","value":"callsStarted"}},{"kind":"Field","name":{"kind":"Name","value":"callsConnected"}},{"kind":"Field","name":{"kind":"Name","value":"slaBreaches"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BusinessFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MetricsFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ordersOpened"}},{"kind":"Field","name":{"kind":"Name","value":"ordersCompleted"}},{"kind":"Field","name":{"kind":"Name","value":"revenueMinor"}},{"kind":"Field","name":{"kind":"Name","value":"averageOrderValueMinor"}},{"kind":"Field","name":{"kind":"Name","value":"messagesSent"}},{"kind":"Field","name":{"kind":"Name","value":"complaints"}},{"kind":"Field","name":{"kind":"Name","value":"complaintRate"}}]}}]} as unknown as DocumentNode<MetricsQuery, MetricsQueryVariables>;
export const NotificationTemplatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NotificationTemplates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Store"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"notificationTemplates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"urgent"}},{"kind":"Field","name":{"kind":"Name","value":"variables"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NotificationTemplatesQuery, NotificationTemplatesQueryVariables>;
export const NotificationPreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NotificationPreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationKind"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"body"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notificationPreview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"storeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}},{"kind":"Argument","name":{"kind":"Name","value":"body"},"value":{"kind":"Variable","name":{"kind":"Name","value":"body"}}}]}]}}]} as unknown as DocumentNode<NotificationPreviewQuery, NotificationPreviewQueryVariables>;
export const SaveNotificationTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveNotificationTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveNotificationTemplateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveNotificationTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationTemplate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"urgent"}},{"kind":"Field","name":{"kind":"Name","value":"variables"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SaveNotificationTemplateMutation, SaveNotificationTemplateMutationVariables>;
export const ResetNotificationTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetNotificationTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResetNotificationTemplateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetNotificationTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationTemplate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"urgent"}},{"kind":"Field","name":{"kind":"Name","value":"variables"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ResetNotificationTemplateMutation, ResetNotificationTemplateMutationVariables>;
export const BoardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Board"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Store"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"careSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pipeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"workOrders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"storeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"active"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderCard"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tagNumber"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingIntake"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}},{"kind":"Field","name":{"kind":"Name","value":"promisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"reworkCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"shoe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"colour"}}]}},{"kind":"Field","name":{"kind":"Name","value":"technician"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changeRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<BoardQuery, BoardQueryVariables>;
export const OrderDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrderDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tagNumber"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingIntake"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}},{"kind":"Field","name":{"kind":"Name","value":"promisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"reworkCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"shoe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"colour"}}]}},{"kind":"Field","name":{"kind":"Name","value":"technician"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changeRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderCard"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingIntake"}},{"kind":"Field","name":{"kind":"Name","value":"allowedMoves"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"conditionNotes"}},{"kind":"Field","name":{"kind":"Name","value":"conditionAcknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"readyAt"}},{"kind":"Field","name":{"kind":"Name","value":"pickedUpAt"}},{"kind":"Field","name":{"kind":"Name","value":"remindersSent"}},{"kind":"Field","name":{"kind":"Name","value":"tagQr"}},{"kind":"Field","name":{"kind":"Name","value":"store"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shoe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"colour"}},{"kind":"Field","name":{"kind":"Name","value":"material"}},{"kind":"Field","name":{"kind":"Name","value":"size"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"priceMinor"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"changeRequestId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"intakePhotos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","alias":{"kind":"Name","value":"thumbnailUrl"},"name":{"kind":"Name","value":"url"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"variant"},"value":{"kind":"EnumValue","value":"thumbnail"}}]},{"kind":"Field","name":{"kind":"Name","value":"fileName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"serviceCode"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"labourMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"technician"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"materials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"beforePhotos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","alias":{"kind":"Name","value":"thumbnailUrl"},"name":{"kind":"Name","value":"url"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"variant"},"value":{"kind":"EnumValue","value":"thumbnail"}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"afterPhotos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","alias":{"kind":"Name","value":"thumbnailUrl"},"name":{"kind":"Name","value":"url"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"variant"},"value":{"kind":"EnumValue","value":"thumbnail"}}]}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"changeRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"serviceName"}},{"kind":"Field","name":{"kind":"Name","value":"serviceCode"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"priceMinor"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"answerNote"}},{"kind":"Field","name":{"kind":"Name","value":"photos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","alias":{"kind":"Name","value":"thumbnailUrl"},"name":{"kind":"Name","value":"url"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"variant"},"value":{"kind":"EnumValue","value":"thumbnail"}}]}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<OrderDetailQuery, OrderDetailQueryVariables>;
export const StoreTechniciansDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StoreTechnicians"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Store"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]}}]} as unknown as DocumentNode<StoreTechniciansQuery, StoreTechniciansQueryVariables>;
export const OrderByTagDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrderByTag"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tag"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderByTag"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"storeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"tag"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tag"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<OrderByTagQuery, OrderByTagQueryVariables>;
export const MoveOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MoveOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderDetail"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidTransition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tagNumber"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingIntake"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}},{"kind":"Field","name":{"kind":"Name","value":"promisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"reworkCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"shoe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"colour"}}]}},{"kind":"Field","name":{"kind":"Name","value":"technician"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changeRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderCard"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingIntake"}},{"kind":"Field","name":{"kind":"Name","value":"allowedMoves"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"conditionNotes"}},{"kind":"Field","name":{"kind":"Name","value":"conditionAcknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"readyAt"}},{"kind":"Field","name":{"kind":"Name","value":"pickedUpAt"}},{"kind":"Field","name":{"kind":"Name","value":"remindersSent"}},{"kind":"Field","name":{"kind":"Name","value":"tagQr"}},{"kind":"Field","name":{"kind":"Name","value":"store"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shoe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"colour"}},{"kind":"Field","name":{"kind":"Name","value":"material"}},{"kind":"Field","name":{"kind":"Name","value":"size"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"priceMinor"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"changeRequestId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"intakePhotos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","alias":{"kind":"Name","value":"thumbnailUrl"},"name":{"kind":"Name","value":"url"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"variant"},"value":{"kind":"EnumValue","value":"thumbnail"}}]},{"kind":"Field","name":{"kind":"Name","value":"fileName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"serviceCode"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"labourMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"technician"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"materials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"beforePhotos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","alias":{"kind":"Name","value":"thumbnailUrl"},"name":{"kind":"Name","value":"url"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"variant"},"value":{"kind":"EnumValue","value":"thumbnail"}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"afterPhotos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","alias":{"kind":"Name","value":"thumbnailUrl"},"name":{"kind":"Name","value":"url"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"variant"},"value":{"kind":"EnumValue","value":"thumbnail"}}]}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"changeRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"serviceName"}},{"kind":"Field","name":{"kind":"Name","value":"serviceCode"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"priceMinor"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"answerNote"}},{"kind":"Field","name":{"kind":"Name","value":"photos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","alias":{"kind":"Name","value":"thumbnailUrl"},"name":{"kind":"Name","value":"url"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"variant"},"value":{"kind":"EnumValue","value":"thumbnail"}}]}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<MoveOrderMutation, MoveOrderMutationVariables>;
export const AssignTechnicianDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignTechnician"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignTechnicianInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignTechnician"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderDetail"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tagNumber"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingIntake"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}},{"kind":"Field","name":{"kind":"Name","value":"promisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"reworkCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"shoe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"colour"}}]}},{"kind":"Field","name":{"kind":"Name","value":"technician"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changeRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderCard"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingIntake"}},{"kind":"Field","name":{"kind":"Name","value":"allowedMoves"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"conditionNotes"}},{"kind":"Field","name":{"kind":"Name","value":"conditionAcknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"readyAt"}},{"kind":"Field","name":{"kind":"Name","value":"pickedUpAt"}},{"kind":"Field","name":{"kind":"Name","value":"remindersSent"}},{"kind":"Field","name":{"kind":"Name","value":"tagQr"}},{"kind":"Field","name":{"kind":"Name","value":"store"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shoe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"colour"}},{"kind":"Field","name":{"kind":"Name","value":"material"}},{"kind":"Field","name":{"kind":"Name","value":"size"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"priceMinor"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"changeRequestId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"intakePhotos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","alias":{"kind":"Name","value":"thumbnailUrl"},"name":{"kind":"Name","value":"url"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"variant"},"value":{"kind":"EnumValue","value":"thumbnail"}}]},{"kind":"Field","name":{"kind":"Name","value":"fileName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"serviceCode"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"labourMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"technician"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"materials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"beforePhotos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","alias":{"kind":"Name","value":"thumbnailUrl"},"name":{"kind":"Name","value":"url"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"variant"},"value":{"kind":"EnumValue","value":"thumbnail"}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"afterPhotos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","alias":{"kind":"Name","value":"thumbnailUrl"},"name":{"kind":"Name","value":"url"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"variant"},"value":{"kind":"EnumValue","value":"thumbnail"}}]}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"changeRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"serviceName"}},{"kind":"Field","name":{"kind":"Name","value":"serviceCode"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"priceMinor"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"answerNote"}},{"kind":"Field","name":{"kind":"Name","value":"photos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","alias":{"kind":"Name","value":"thumbnailUrl"},"name":{"kind":"Name","value":"url"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"variant"},"value":{"kind":"EnumValue","value":"thumbnail"}}]}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<AssignTechnicianMutation, AssignTechnicianMutationVariables>;
export const StartCareStepDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartCareStep"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartCareStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startCareStep"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CareStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<StartCareStepMutation, StartCareStepMutationVariables>;
export const FinishCareStepDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FinishCareStep"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FinishCareStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"finishCareStep"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CareStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FinishCareStepMutation, FinishCareStepMutationVariables>;
export const RaiseChangeRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RaiseChangeRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RaiseChangeRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"raiseChangeRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<RaiseChangeRequestMutation, RaiseChangeRequestMutationVariables>;
export const PickUpOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PickUpOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PickUpOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pickUpOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PickUpOrderMutation, PickUpOrderMutationVariables>;
export const OpenWorkOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenWorkOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenWorkOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openWorkOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tagNumber"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IntakePending"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderId"}}]}}]}}]}}]} as unknown as DocumentNode<OpenWorkOrderMutation, OpenWorkOrderMutationVariables>;
export const UploadAttachmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UploadAttachment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UploadAttachmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uploadAttachment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attachment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","alias":{"kind":"Name","value":"thumbnailUrl"},"name":{"kind":"Name","value":"url"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"variant"},"value":{"kind":"EnumValue","value":"thumbnail"}}]}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UploadAttachmentMutation, UploadAttachmentMutationVariables>;
export const OrderAcceptancesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrderAcceptances"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"acceptances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrderAcceptancesQuery, OrderAcceptancesQueryVariables>;
export const RequestAcceptanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestAcceptance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestAcceptanceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestAcceptance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Acceptance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RequestAcceptanceMutation, RequestAcceptanceMutationVariables>;
export const StoresOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StoresOverview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"storesOverview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StoresOverview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"stores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"store"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inProgress"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"waitingForCustomer"}},{"kind":"Field","name":{"kind":"Name","value":"readyForPickup"}},{"kind":"Field","name":{"kind":"Name","value":"complaintsOpen"}},{"kind":"Field","name":{"kind":"Name","value":"complaintsPastSla"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentsToday"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentsCheckedIn"}},{"kind":"Field","name":{"kind":"Name","value":"today"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revenueMinor"}},{"kind":"Field","name":{"kind":"Name","value":"ordersOpened"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"week"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revenueMinor"}},{"kind":"Field","name":{"kind":"Name","value":"ordersOpened"}}]}},{"kind":"Field","name":{"kind":"Name","value":"series"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revenueMinor"}}]}}]}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<StoresOverviewQuery, StoresOverviewQueryVariables>;
export const StoreShiftsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StoreShifts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fromDate"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toDate"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Store"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"technicians"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shifts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"technicianId"}},{"kind":"Field","name":{"kind":"Name","value":"weekday"}},{"kind":"Field","name":{"kind":"Name","value":"starts"}},{"kind":"Field","name":{"kind":"Name","value":"ends"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shiftExceptions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fromDate"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fromDate"}}},{"kind":"Argument","name":{"kind":"Name","value":"toDate"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toDate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"technicianId"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"starts"}},{"kind":"Field","name":{"kind":"Name","value":"ends"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}}]}}]} as unknown as DocumentNode<StoreShiftsQuery, StoreShiftsQueryVariables>;
export const SetShiftTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetShiftTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetShiftTemplateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setShiftTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationSetShiftTemplateSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"technicianId"}},{"kind":"Field","name":{"kind":"Name","value":"weekday"}},{"kind":"Field","name":{"kind":"Name","value":"starts"}},{"kind":"Field","name":{"kind":"Name","value":"ends"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SetShiftTemplateMutation, SetShiftTemplateMutationVariables>;
export const AddShiftExceptionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddShiftException"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddShiftExceptionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addShiftException"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ShiftException"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AddShiftExceptionMutation, AddShiftExceptionMutationVariables>;
export const RemoveShiftExceptionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveShiftException"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveShiftExceptionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeShiftException"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ShiftException"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RemoveShiftExceptionMutation, RemoveShiftExceptionMutationVariables>;
export const StoreSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StoreSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Store"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"openingHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekday"}},{"kind":"Field","name":{"kind":"Name","value":"opens"}},{"kind":"Field","name":{"kind":"Name","value":"closes"}}]}}]}}]}}]}}]} as unknown as DocumentNode<StoreSettingsQuery, StoreSettingsQueryVariables>;
export const StoreStaffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StoreStaff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Store"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]}}]} as unknown as DocumentNode<StoreStaffQuery, StoreStaffQueryVariables>;
export const StoreFeaturesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StoreFeatures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Store"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"features"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"defaultEnabled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"featureHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feature"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}},{"kind":"Field","name":{"kind":"Name","value":"changedBy"}}]}}]}}]}}]}}]} as unknown as DocumentNode<StoreFeaturesQuery, StoreFeaturesQueryVariables>;
export const UpdateStoreDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateStore"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateStoreInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateStore"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Store"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"openingHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekday"}},{"kind":"Field","name":{"kind":"Name","value":"opens"}},{"kind":"Field","name":{"kind":"Name","value":"closes"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateStoreMutation, UpdateStoreMutationVariables>;
export const AddStaffMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddStaffMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddStaffMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addStaffMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Store"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInput"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<AddStaffMemberMutation, AddStaffMemberMutationVariables>;
export const RemoveStaffMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveStaffMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveStaffMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeStaffMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Store"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RemoveStaffMemberMutation, RemoveStaffMemberMutationVariables>;
export const SwitchFeatureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SwitchFeature"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SwitchFeatureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"switchFeature"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationSwitchFeatureSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"features"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SwitchFeatureMutation, SwitchFeatureMutationVariables>;
export const RolloutMatrixDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RolloutMatrix"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"features"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"defaultEnabled"}}]}}]}}]}}]} as unknown as DocumentNode<RolloutMatrixQuery, RolloutMatrixQueryVariables>;