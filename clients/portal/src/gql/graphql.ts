/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AcceptanceMarkInput = {
  comment: string;
  height: number;
  photoId: string | number;
  width: number;
  x: number;
  y: number;
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

export type AnswerAcceptanceInput = {
  accept: boolean;
  acceptanceId: string | number;
  comment?: string | null | undefined;
  marks?: Array<AcceptanceMarkInput> | null | undefined;
};

export type AnswerChangeRequestInput = {
  approve: boolean;
  changeRequestId: string | number;
  note?: string | null | undefined;
};

export type AppointmentStatus =
  | 'booked'
  | 'cancelled'
  | 'checkedIn'
  | 'confirmed'
  | 'noShow';

export type AttachmentKind =
  | 'audio'
  | 'file'
  | 'image'
  | 'video';

export type BookAppointmentInput = {
  /** Makes retries safe: a key the client makes (a uuid; 8–64 of A–Z a–z 0–9 . _ : -). The same key from the same account within 24 hours answers with the first result and writes nothing new. */
  idempotencyKey?: string | null | undefined;
  note?: string | null | undefined;
  serviceIds: Array<string | number>;
  shoeIds?: Array<string | number> | null | undefined;
  startsAt: string;
  storeId: string | number;
};

export type CancelAppointmentInput = {
  appointmentId: string | number;
  reason?: string | null | undefined;
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

/** customer: a customer and a store; order: a thread about one work order; staffGroup: staff only; vip: a VIP customer and a senior technician. */
export type ConversationKind =
  | 'customer'
  | 'order'
  | 'staffGroup'
  | 'vip';

export type MarkConversationReadInput = {
  conversationId: string | number;
  seq: number;
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

export type OpenConversationInput = {
  /** Global id of the Customer (staff only). */
  customerId?: string | number | null | undefined;
  storeId: string | number;
};

export type PostReviewInput = {
  /** Makes retries safe: a key the client makes (a uuid; 8–64 of A–Z a–z 0–9 . _ : -). The same key from the same account within 24 hours answers with the first result and writes nothing new. */
  idempotencyKey?: string | null | undefined;
  orderId: string | number;
  photoIds?: Array<string | number> | null | undefined;
  rating: number;
  text?: string | null | undefined;
};

export type RequestSignInCodeInput = {
  phone: string;
};

export type RescheduleAppointmentInput = {
  appointmentId: string | number;
  startsAt: string;
  /** Staff only. */
  technicianId?: string | number | null | undefined;
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

export type ServiceLineState =
  | 'approved'
  | 'declined'
  | 'pending'
  | 'quoted';

export type SetNotificationPreferenceInput = {
  enabled: boolean;
  kind: NotificationKind;
};

export type SignInWithCodeInput = {
  code: string;
  phone: string;
};

export type StageState =
  | 'current'
  | 'done'
  | 'upcoming';

export type SubmitComplaintInput = {
  category: ComplaintCategory;
  description: string;
  /** Makes retries safe: a key the client makes (a uuid; 8–64 of A–Z a–z 0–9 . _ : -). The same key from the same account within 24 hours answers with the first result and writes nothing new. */
  idempotencyKey?: string | null | undefined;
  orderId?: string | number | null | undefined;
  photoIds?: Array<string | number> | null | undefined;
  severity: ComplaintSeverity;
  /** When the complaint is not about one order. */
  storeId?: string | number | null | undefined;
};

export type UpdateMyProfileInput = {
  name?: string | null | undefined;
  preferences?: Array<string> | null | undefined;
  preferredTechnicianId?: string | number | null | undefined;
};

export type UploadAttachmentInput = {
  file: File;
  /** Makes retries safe: a key the client makes (a uuid; 8–64 of A–Z a–z 0–9 . _ : -). The same key from the same account within 24 hours answers with the first result and writes nothing new. */
  idempotencyKey?: string | null | undefined;
  /** Accept only these kinds (e.g. [image] for a photo). */
  kinds?: Array<AttachmentKind> | null | undefined;
  /** The store whose staff may see it. */
  storeId?: string | number | null | undefined;
};

export type UnreadMessagesQueryVariables = Exact<{ [key: string]: never; }>;


export type UnreadMessagesQuery = { unreadMessageCount: number };

export type AttachmentQueryVariables = Exact<{
  id: string | number;
}>;


export type AttachmentQuery = { node:
    | { __typename: 'Acceptance' }
    | { __typename: 'Account' }
    | { __typename: 'Appointment' }
    | { __typename: 'Attachment', id: string, kind: AttachmentKind, url: string | null, thumbnailUrl: string | null, fileName: string, byteSize: number, contentType: string }
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
    | { __typename: 'WorkOrder' }
   | null };

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
    | { __typename: 'WorkOrder', id: string, store: { id: string, enabledFeatures: Array<string> }, acceptances: Array<{ id: string, round: number, status: string, requestedAt: string, afterPhotos: Array<{ id: string, thumbnailUrl: string | null, url: string | null }> }> }
   | null };

export type OrderPromiseQueryVariables = Exact<{
  id: string | number;
}>;


export type OrderPromiseQuery = { node:
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
    | { __typename: 'WorkOrder', id: string, promisedAt: string | null, store: { id: string, timeZone: string } }
   | null };

export type OrderPromiseHistoryQueryVariables = Exact<{
  id: string | number;
}>;


export type OrderPromiseHistoryQuery = { node:
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
    | { __typename: 'WorkOrder', id: string, timeline: Array<{ kind: string, at: string }> }
   | null };

export type OrderReviewQueryVariables = Exact<{
  id: string | number;
}>;


export type OrderReviewQuery = { node:
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
    | { __typename: 'WorkOrder', id: string, review: { id: string, rating: number, text: string | null, reply: string | null, repliedBy: { displayName: string } | null } | null }
   | null };

export type PostReviewMutationVariables = Exact<{
  input: PostReviewInput;
}>;


export type PostReviewMutation = { postReview:
    | { __typename: 'AlreadyReviewed', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'Conflict', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'FeatureDisabled', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'InvalidInput', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'NotAllowed', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'NotFound', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'RateLimited', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'Review', id: string, rating: number }
    | { __typename: 'Timeout', code: string, message: string, params: Array<{ name: string, value: string }> }
   };

export type NotificationPreferencesQueryVariables = Exact<{ [key: string]: never; }>;


export type NotificationPreferencesQuery = { notificationPreferences: Array<{ kind: NotificationKind, enabled: boolean, optional: boolean }> };

export type SetNotificationPreferenceMutationVariables = Exact<{
  input: SetNotificationPreferenceInput;
}>;


export type SetNotificationPreferenceMutation = { setNotificationPreference:
    | { __typename: 'Conflict', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'FeatureDisabled', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'InvalidInput', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'NotAllowed', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'NotFound', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'NotificationPreference', kind: NotificationKind, enabled: boolean }
    | { __typename: 'RateLimited', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'Timeout', code: string, message: string, params: Array<{ name: string, value: string }> }
   };

export type UploadAttachmentMutationVariables = Exact<{
  input: UploadAttachmentInput;
}>;


export type UploadAttachmentMutation = { uploadAttachment:
    | { __typename: 'Attachment', id: string, kind: AttachmentKind, url: string | null, thumbnailUrl: string | null, fileName: string }
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

export type AcceptanceQueryVariables = Exact<{
  id: string | number;
}>;


export type AcceptanceQuery = { node:
    | { __typename: 'Acceptance', id: string, round: number, status: string, note: string | null, beforePhotos: Array<{ id: string, url: string | null, thumbnailUrl: string | null, width: number | null, height: number | null }>, afterPhotos: Array<{ id: string, url: string | null, thumbnailUrl: string | null, width: number | null, height: number | null }>, videos: Array<{ id: string, url: string | null }>, order: { id: string, tagNumber: string, shoe: { brand: string, model: string | null }, store: { name: string } } }
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
    | { __typename: 'WorkOrder' }
   | null };

export type AnswerAcceptanceMutationVariables = Exact<{
  input: AnswerAcceptanceInput;
}>;


export type AnswerAcceptanceMutation = { answerAcceptance:
    | { __typename: 'Acceptance', id: string, status: string }
    | { __typename: 'Conflict', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'FeatureDisabled', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'InvalidInput', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'NotAllowed', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'NotFound', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'RateLimited', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'Timeout', code: string, message: string, params: Array<{ name: string, value: string }> }
   };

export type BookingQueryVariables = Exact<{ [key: string]: never; }>;


export type BookingQuery = { stores: Array<{ id: string, name: string, address: string, phone: string, timeZone: string, enabledFeatures: Array<string> }>, viewer: { customer: { id: string, appointments: Array<{ id: string, startsAt: string, endsAt: string, status: AppointmentStatus, priceMinor: number, currency: string, technicianName: string, store: { id: string, name: string, phone: string, timeZone: string, enabledFeatures: Array<string>, bookingSettings: { cancelCutoffMinutes: number } }, services: Array<{ id: string, name: string }> }> } | null } | null };

export type UpcomingAppointmentFragment = { id: string, startsAt: string, endsAt: string, status: AppointmentStatus, priceMinor: number, currency: string, technicianName: string, store: { id: string, name: string, phone: string, timeZone: string, enabledFeatures: Array<string>, bookingSettings: { cancelCutoffMinutes: number } }, services: Array<{ id: string, name: string }> };

export type StoreServicesQueryVariables = Exact<{
  id: string | number;
}>;


export type StoreServicesQuery = { node:
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
    | { __typename: 'Store', id: string, name: string, address: string, phone: string, timeZone: string, openingHours: Array<{ weekday: number, opens: string, closes: string }>, bookingSettings: { maxHorizonDays: number }, services: Array<{ id: string, name: string, description: string | null, durationMinutes: number, priceMinor: number, currency: string }> }
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
    | { __typename: 'QueryAvailableSlotsSuccess', data: Array<{ startsAt: string, local: string, freeTechnicians: number }> }
    | { __typename: 'RateLimited', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'Timeout', code: string, message: string, params: Array<{ name: string, value: string }> }
   };

export type BookAppointmentMutationVariables = Exact<{
  input: BookAppointmentInput;
}>;


export type BookAppointmentMutation = { bookAppointment:
    | { __typename: 'Appointment', id: string, startsAt: string, endsAt: string, status: AppointmentStatus, priceMinor: number, currency: string, technicianName: string, store: { id: string, name: string, phone: string, timeZone: string, enabledFeatures: Array<string>, bookingSettings: { cancelCutoffMinutes: number } }, services: Array<{ id: string, name: string }> }
    | { __typename: 'Conflict', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'FeatureDisabled', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'InvalidAppointmentStatus', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'InvalidInput', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'NotAllowed', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'NotFound', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'RateLimited', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'SlotTaken', message: string, startsAt: string, code: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'Timeout', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'TooLateToChange', code: string, message: string, params: Array<{ name: string, value: string }> }
   };

export type RescheduleAppointmentMutationVariables = Exact<{
  input: RescheduleAppointmentInput;
}>;


export type RescheduleAppointmentMutation = { rescheduleAppointment:
    | { __typename: 'Appointment', id: string, startsAt: string, endsAt: string, status: AppointmentStatus, priceMinor: number, currency: string, technicianName: string, store: { id: string, name: string, phone: string, timeZone: string, enabledFeatures: Array<string>, bookingSettings: { cancelCutoffMinutes: number } }, services: Array<{ id: string, name: string }> }
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
    | { __typename: 'Appointment', id: string, status: AppointmentStatus }
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

export type ChatQueryVariables = Exact<{
  id: string | number;
}>;


export type ChatQuery = { node:
    | { __typename: 'Acceptance' }
    | { __typename: 'Account' }
    | { __typename: 'Appointment' }
    | { __typename: 'Attachment' }
    | { __typename: 'CallSession' }
    | { __typename: 'CannedReply' }
    | { __typename: 'CareStep' }
    | { __typename: 'ChangeRequest' }
    | { __typename: 'Complaint' }
    | { __typename: 'Conversation', id: string, kind: ConversationKind, title: string | null, lastSeq: number, myReadSeq: number | null, unreadCount: number, store: { id: string, name: string, timeZone: string }, members: Array<{ accountId: string, displayName: string, deliveredSeq: number, readSeq: number }>, messages: { hasOlder: boolean, messages: Array<{ id: string, seq: number, kind: MessageKind, body: string | null, fromMe: boolean, senderId: string | null, senderName: string | null, clientMessageId: string | null, attachmentId: string | null, durationSeconds: number | null, recalled: boolean, createdAt: string, attachment: { id: string, kind: AttachmentKind, url: string | null, thumbnailUrl: string | null, fileName: string, byteSize: number } | null, link: { kind: MessageLinkKind, id: string } | null }> } }
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
   | null, viewer: { account: { id: string, displayName: string } } | null };

export type ChatMessageFragment = { id: string, seq: number, kind: MessageKind, body: string | null, fromMe: boolean, senderId: string | null, senderName: string | null, clientMessageId: string | null, attachmentId: string | null, durationSeconds: number | null, recalled: boolean, createdAt: string, attachment: { id: string, kind: AttachmentKind, url: string | null, thumbnailUrl: string | null, fileName: string, byteSize: number } | null, link: { kind: MessageLinkKind, id: string } | null };

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
    | { __typename: 'SentMessage', created: boolean, sentMessage: { id: string, seq: number, kind: MessageKind, body: string | null, fromMe: boolean, senderId: string | null, senderName: string | null, clientMessageId: string | null, attachmentId: string | null, durationSeconds: number | null, recalled: boolean, createdAt: string, attachment: { id: string, kind: AttachmentKind, url: string | null, thumbnailUrl: string | null, fileName: string, byteSize: number } | null, link: { kind: MessageLinkKind, id: string } | null } }
    | { __typename: 'Timeout', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'TooLarge', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'TypeNotAllowed', code: string, message: string, params: Array<{ name: string, value: string }> }
   };

export type MarkConversationReadMutationVariables = Exact<{
  input: MarkConversationReadInput;
}>;


export type MarkConversationReadMutation = { markConversationRead:
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

export type MyComplaintsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyComplaintsQuery = { myComplaints: Array<{ id: string, category: ComplaintCategory, severity: ComplaintSeverity, status: ComplaintStatus, description: string, createdAt: string, resolution: string | null, store: { id: string, name: string, timeZone: string }, order: { id: string, tagNumber: string } | null, assignee: { displayName: string } | null, updates: Array<{ at: string, fromStatus: string, toStatus: string, note: string | null, author: { displayName: string } | null }> }>, myOrders: Array<{ id: string, tagNumber: string, shoe: { brand: string, model: string | null }, store: { id: string, name: string } }> };

export type SubmitComplaintMutationVariables = Exact<{
  input: SubmitComplaintInput;
}>;


export type SubmitComplaintMutation = { submitComplaint:
    | { __typename: 'Complaint', id: string, status: ComplaintStatus }
    | { __typename: 'Conflict', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'FeatureDisabled', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'InvalidInput', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'NotAllowed', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'NotFound', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'RateLimited', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'Timeout', code: string, message: string, params: Array<{ name: string, value: string }> }
   };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { viewer: { customerId: string | null, account: { id: string, displayName: string, phone: string | null, locale: string } } | null };

export type MyConversationsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyConversationsQuery = { conversations: { edges: Array<{ node: { id: string, kind: ConversationKind, title: string | null, unreadCount: number, lastMessageAt: string | null, lastMessage: { kind: MessageKind, body: string | null, fromMe: boolean, recalled: boolean } | null, store: { id: string, name: string, timeZone: string } } }> }, stores: Array<{ id: string, name: string, address: string }> };

export type OpenConversationMutationVariables = Exact<{
  input: OpenConversationInput;
}>;


export type OpenConversationMutation = { openConversation:
    | { __typename: 'Conflict', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'Conversation', id: string }
    | { __typename: 'FeatureDisabled', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'InvalidInput', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'NotAllowed', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'NotFound', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'RateLimited', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'Timeout', code: string, message: string, params: Array<{ name: string, value: string }> }
   };

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
    | { __typename: 'WorkOrder', id: string, tagNumber: string, status: string, statusLabel: string, pickupCode: string | null, pickupQr: string | null, totalMinor: number, currency: string, promisedAt: string | null, conditionNotes: string | null, shoe: { brand: string, model: string | null, colour: string | null, material: string | null, size: string | null }, store: { id: string, name: string, phone: string, timeZone: string }, technician: { displayName: string } | null, services: Array<{ code: string, name: string, priceMinor: number, state: ServiceLineState }>, stages: Array<{ key: string, label: string, state: StageState }>, changeRequests: Array<{ id: string, description: string, serviceName: string, priceMinor: number, status: string, raisedAt: string, photos: Array<{ id: string, url: string | null, thumbnailUrl: string | null }> }>, steps: Array<{ id: string, stage: string, startedAt: string, finishedAt: string | null, beforePhotos: Array<{ id: string, url: string | null, thumbnailUrl: string | null }>, afterPhotos: Array<{ id: string, url: string | null, thumbnailUrl: string | null }> }>, timeline: Array<{ kind: string, text: string, at: string }> }
   | null };

export type AnswerChangeRequestMutationVariables = Exact<{
  input: AnswerChangeRequestInput;
}>;


export type AnswerChangeRequestMutation = { answerChangeRequest:
    | { __typename: 'ChangeRequest', id: string, status: string }
    | { __typename: 'Conflict', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'FeatureDisabled', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'InvalidInput', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'NotAllowed', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'NotFound', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'RateLimited', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'Timeout', code: string, message: string, params: Array<{ name: string, value: string }> }
   };

export type MyOrdersQueryVariables = Exact<{ [key: string]: never; }>;


export type MyOrdersQuery = { myOrders: Array<{ id: string, tagNumber: string, status: string, statusLabel: string, createdAt: string, shoe: { brand: string, model: string | null, colour: string | null }, store: { id: string, name: string, timeZone: string }, changeRequests: Array<{ id: string, status: string }>, stages: Array<{ key: string, state: StageState }>, intakePhotos: Array<{ id: string, thumbnailUrl: string | null }> }> };

export type MyProfileQueryVariables = Exact<{ [key: string]: never; }>;


export type MyProfileQuery = { viewer: { account: { id: string, phone: string | null }, customer: { id: string, name: string, phone: string | null, preferences: Array<string>, visits: number, tier: { code: string, name: string }, shoes: Array<{ id: string, brand: string, model: string | null, size: string | null, material: string | null, colour: string | null, conditionNotes: string | null }> } | null } | null };

export type UpdateMyProfileMutationVariables = Exact<{
  input: UpdateMyProfileInput;
}>;


export type UpdateMyProfileMutation = { updateMyProfile:
    | { __typename: 'Conflict', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'Customer', id: string, name: string, preferences: Array<string> }
    | { __typename: 'FeatureDisabled', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'InvalidInput', code: string, message: string, params: Array<{ name: string, value: string }> }
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
    | { __typename: 'Shoe', id: string }
    | { __typename: 'Timeout', code: string, message: string, params: Array<{ name: string, value: string }> }
   };

export type RequestSignInCodeMutationVariables = Exact<{
  input: RequestSignInCodeInput;
}>;


export type RequestSignInCodeMutation = { requestSignInCode:
    | { __typename: 'Conflict', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'FeatureDisabled', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'InvalidInput', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'NotAllowed', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'NotFound', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'RateLimited', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'SignInCodeSent', expiresAt: string }
    | { __typename: 'Timeout', code: string, message: string, params: Array<{ name: string, value: string }> }
   };

export type SignInWithCodeMutationVariables = Exact<{
  input: SignInWithCodeInput;
}>;


export type SignInWithCodeMutation = { signInWithCode:
    | { __typename: 'Conflict', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'FeatureDisabled', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'InvalidInput', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'NotAllowed', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'NotFound', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'RateLimited', code: string, message: string, params: Array<{ name: string, value: string }> }
    | { __typename: 'SignedIn', token: string, expiresAt: string, viewer: { customerId: string | null, account: { id: string, phone: string | null, locale: string } } }
    | { __typename: 'Timeout', code: string, message: string, params: Array<{ name: string, value: string }> }
   };

export const UpcomingAppointmentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UpcomingAppointment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priceMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"technicianName"}},{"kind":"Field","name":{"kind":"Name","value":"store"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"enabledFeatures"}},{"kind":"Field","name":{"kind":"Name","value":"bookingSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelCutoffMinutes"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<UpcomingAppointmentFragment, unknown>;
export const ChatMessageFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChatMessage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"fromMe"}},{"kind":"Field","name":{"kind":"Name","value":"senderId"}},{"kind":"Field","name":{"kind":"Name","value":"senderName"}},{"kind":"Field","name":{"kind":"Name","value":"clientMessageId"}},{"kind":"Field","name":{"kind":"Name","value":"attachmentId"}},{"kind":"Field","name":{"kind":"Name","value":"attachment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"byteSize"}}]}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"recalled"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"link"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ChatMessageFragment, unknown>;
export const UnreadMessagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnreadMessages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadMessageCount"}}]}}]} as unknown as DocumentNode<UnreadMessagesQuery, UnreadMessagesQueryVariables>;
export const AttachmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Attachment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attachment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"byteSize"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}}]}}]}}]}}]} as unknown as DocumentNode<AttachmentQuery, AttachmentQueryVariables>;
export const OrderAcceptancesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrderAcceptances"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"store"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"enabledFeatures"}}]}},{"kind":"Field","name":{"kind":"Name","value":"acceptances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"afterPhotos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrderAcceptancesQuery, OrderAcceptancesQueryVariables>;
export const OrderPromiseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrderPromise"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"promisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"store"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrderPromiseQuery, OrderPromiseQueryVariables>;
export const OrderPromiseHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrderPromiseHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrderPromiseHistoryQuery, OrderPromiseHistoryQueryVariables>;
export const OrderReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrderReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"repliedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrderReviewQuery, OrderReviewQueryVariables>;
export const PostReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PostReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PostReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Review"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PostReviewMutation, PostReviewMutationVariables>;
export const NotificationPreferencesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NotificationPreferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notificationPreferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"optional"}}]}}]}}]} as unknown as DocumentNode<NotificationPreferencesQuery, NotificationPreferencesQueryVariables>;
export const SetNotificationPreferenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetNotificationPreference"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetNotificationPreferenceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setNotificationPreference"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationPreference"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SetNotificationPreferenceMutation, SetNotificationPreferenceMutationVariables>;
export const UploadAttachmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UploadAttachment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UploadAttachmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uploadAttachment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attachment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UploadAttachmentMutation, UploadAttachmentMutationVariables>;
export const AcceptanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Acceptance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Acceptance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"beforePhotos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}}]}},{"kind":"Field","name":{"kind":"Name","value":"afterPhotos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}}]}},{"kind":"Field","name":{"kind":"Name","value":"videos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tagNumber"}},{"kind":"Field","name":{"kind":"Name","value":"shoe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"model"}}]}},{"kind":"Field","name":{"kind":"Name","value":"store"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AcceptanceQuery, AcceptanceQueryVariables>;
export const AnswerAcceptanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AnswerAcceptance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnswerAcceptanceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerAcceptance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Acceptance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AnswerAcceptanceMutation, AnswerAcceptanceMutationVariables>;
export const BookingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Booking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"enabledFeatures"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"appointments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"upcoming"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpcomingAppointment"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UpcomingAppointment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priceMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"technicianName"}},{"kind":"Field","name":{"kind":"Name","value":"store"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"enabledFeatures"}},{"kind":"Field","name":{"kind":"Name","value":"bookingSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelCutoffMinutes"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<BookingQuery, BookingQueryVariables>;
export const StoreServicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StoreServices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Store"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"openingHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekday"}},{"kind":"Field","name":{"kind":"Name","value":"opens"}},{"kind":"Field","name":{"kind":"Name","value":"closes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bookingSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxHorizonDays"}}]}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"priceMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]}}]} as unknown as DocumentNode<StoreServicesQuery, StoreServicesQueryVariables>;
export const AvailableSlotsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AvailableSlots"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"serviceIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"availableSlots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"storeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"serviceIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"serviceIds"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QueryAvailableSlotsSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"local"}},{"kind":"Field","name":{"kind":"Name","value":"freeTechnicians"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AvailableSlotsQuery, AvailableSlotsQueryVariables>;
export const BookAppointmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BookAppointment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BookAppointmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bookAppointment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpcomingAppointment"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SlotTaken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UpcomingAppointment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priceMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"technicianName"}},{"kind":"Field","name":{"kind":"Name","value":"store"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"enabledFeatures"}},{"kind":"Field","name":{"kind":"Name","value":"bookingSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelCutoffMinutes"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<BookAppointmentMutation, BookAppointmentMutationVariables>;
export const RescheduleAppointmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RescheduleAppointment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RescheduleAppointmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rescheduleAppointment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpcomingAppointment"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UpcomingAppointment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priceMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"technicianName"}},{"kind":"Field","name":{"kind":"Name","value":"store"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"enabledFeatures"}},{"kind":"Field","name":{"kind":"Name","value":"bookingSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelCutoffMinutes"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<RescheduleAppointmentMutation, RescheduleAppointmentMutationVariables>;
export const CancelAppointmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelAppointment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelAppointmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelAppointment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CancelAppointmentMutation, CancelAppointmentMutationVariables>;
export const ChatDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Chat"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Conversation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeq"}},{"kind":"Field","name":{"kind":"Name","value":"myReadSeq"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"store"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredSeq"}},{"kind":"Field","name":{"kind":"Name","value":"readSeq"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasOlder"}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChatMessage"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChatMessage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"fromMe"}},{"kind":"Field","name":{"kind":"Name","value":"senderId"}},{"kind":"Field","name":{"kind":"Name","value":"senderName"}},{"kind":"Field","name":{"kind":"Name","value":"clientMessageId"}},{"kind":"Field","name":{"kind":"Name","value":"attachmentId"}},{"kind":"Field","name":{"kind":"Name","value":"attachment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"byteSize"}}]}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"recalled"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"link"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ChatQuery, ChatQueryVariables>;
export const SendMessageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SentMessage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"sentMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChatMessage"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChatMessage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"fromMe"}},{"kind":"Field","name":{"kind":"Name","value":"senderId"}},{"kind":"Field","name":{"kind":"Name","value":"senderName"}},{"kind":"Field","name":{"kind":"Name","value":"clientMessageId"}},{"kind":"Field","name":{"kind":"Name","value":"attachmentId"}},{"kind":"Field","name":{"kind":"Name","value":"attachment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"byteSize"}}]}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"recalled"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"link"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SendMessageMutation, SendMessageMutationVariables>;
export const MarkConversationReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkConversationRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MarkConversationReadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markConversationRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<MarkConversationReadMutation, MarkConversationReadMutationVariables>;
export const MyComplaintsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyComplaints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myComplaints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"store"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tagNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"myOrders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tagNumber"}},{"kind":"Field","name":{"kind":"Name","value":"shoe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"model"}}]}},{"kind":"Field","name":{"kind":"Name","value":"store"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<MyComplaintsQuery, MyComplaintsQueryVariables>;
export const SubmitComplaintDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitComplaint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitComplaintInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitComplaint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Complaint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SubmitComplaintMutation, SubmitComplaintMutationVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}}]}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const MyConversationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyConversations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessageAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"fromMe"}},{"kind":"Field","name":{"kind":"Name","value":"recalled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"store"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"stores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}}]}}]} as unknown as DocumentNode<MyConversationsQuery, MyConversationsQueryVariables>;
export const OpenConversationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenConversation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenConversationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openConversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Conversation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OpenConversationMutation, OpenConversationMutationVariables>;
export const OrderDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrderDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tagNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"pickupCode"}},{"kind":"Field","name":{"kind":"Name","value":"pickupQr"}},{"kind":"Field","name":{"kind":"Name","value":"totalMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"promisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"conditionNotes"}},{"kind":"Field","name":{"kind":"Name","value":"shoe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"colour"}},{"kind":"Field","name":{"kind":"Name","value":"material"}},{"kind":"Field","name":{"kind":"Name","value":"size"}}]}},{"kind":"Field","name":{"kind":"Name","value":"store"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"technician"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"priceMinor"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changeRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"serviceName"}},{"kind":"Field","name":{"kind":"Name","value":"priceMinor"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"photos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"beforePhotos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"afterPhotos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrderDetailQuery, OrderDetailQueryVariables>;
export const AnswerChangeRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AnswerChangeRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnswerChangeRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerChangeRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AnswerChangeRequestMutation, AnswerChangeRequestMutationVariables>;
export const MyOrdersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyOrders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myOrders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tagNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"shoe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"colour"}}]}},{"kind":"Field","name":{"kind":"Name","value":"store"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changeRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"intakePhotos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}}]}}]}}]}}]} as unknown as DocumentNode<MyOrdersQuery, MyOrdersQueryVariables>;
export const MyProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"preferences"}},{"kind":"Field","name":{"kind":"Name","value":"tier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"visits"}},{"kind":"Field","name":{"kind":"Name","value":"shoes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"material"}},{"kind":"Field","name":{"kind":"Name","value":"colour"}},{"kind":"Field","name":{"kind":"Name","value":"conditionNotes"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyProfileQuery, MyProfileQueryVariables>;
export const UpdateMyProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMyProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMyProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMyProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"preferences"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UpdateMyProfileMutation, UpdateMyProfileMutationVariables>;
export const AddShoeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddShoe"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddShoeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addShoe"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Shoe"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AddShoeMutation, AddShoeMutationVariables>;
export const RequestSignInCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestSignInCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestSignInCodeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestSignInCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SignInCodeSent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RequestSignInCodeMutation, RequestSignInCodeMutationVariables>;
export const SignInWithCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignInWithCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignInWithCodeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signInWithCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SignedIn"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SignInWithCodeMutation, SignInWithCodeMutationVariables>;