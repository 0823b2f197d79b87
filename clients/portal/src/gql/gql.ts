/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query UnreadMessages {\n    unreadMessageCount\n  }\n": typeof types.UnreadMessagesDocument,
    "\n  query Attachment($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Attachment { id kind url thumbnailUrl fileName byteSize contentType }\n    }\n  }\n": typeof types.AttachmentDocument,
    "\n  query OrderAcceptances($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on WorkOrder { id store { id enabledFeatures } acceptances { id round status requestedAt afterPhotos { id thumbnailUrl url } } }\n    }\n  }\n": typeof types.OrderAcceptancesDocument,
    "\n  query OrderPromise($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on WorkOrder { id promisedAt store { id timeZone } }\n    }\n  }\n": typeof types.OrderPromiseDocument,
    "\n  query OrderPromiseHistory($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on WorkOrder { id timeline { kind at } }\n    }\n  }\n": typeof types.OrderPromiseHistoryDocument,
    "\n  query OrderReview($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on WorkOrder { id review { id rating text reply repliedBy { displayName } } }\n    }\n  }\n": typeof types.OrderReviewDocument,
    "\n  mutation PostReview($input: PostReviewInput!) {\n    postReview(input: $input) {\n      __typename\n      ... on Review { id rating }\n      ... on Error { code message params { name value } }\n    }\n  }\n": typeof types.PostReviewDocument,
    "\n  query NotificationPreferences {\n    notificationPreferences { kind enabled optional }\n  }\n": typeof types.NotificationPreferencesDocument,
    "\n  mutation SetNotificationPreference($input: SetNotificationPreferenceInput!) {\n    setNotificationPreference(input: $input) {\n      __typename\n      ... on NotificationPreference { kind enabled }\n      ... on Error { code message params { name value } }\n    }\n  }\n": typeof types.SetNotificationPreferenceDocument,
    "\n  mutation UploadAttachment($input: UploadAttachmentInput!) {\n    uploadAttachment(input: $input) {\n      __typename\n      ... on Attachment { id kind url thumbnailUrl fileName }\n      ... on Error { code message params { name value } }\n    }\n  }\n": typeof types.UploadAttachmentDocument,
    "\n  query Acceptance($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Acceptance {\n        id\n        round\n        status\n        note\n        beforePhotos { id url thumbnailUrl width height }\n        afterPhotos { id url thumbnailUrl width height }\n        videos { id url }\n        order { id tagNumber shoe { brand model } store { name } }\n      }\n    }\n  }\n": typeof types.AcceptanceDocument,
    "\n  mutation AnswerAcceptance($input: AnswerAcceptanceInput!) {\n    answerAcceptance(input: $input) {\n      __typename\n      ... on Acceptance { id status }\n      ... on Error { code message params { name value } }\n    }\n  }\n": typeof types.AnswerAcceptanceDocument,
    "\n  query Booking {\n    stores { id name address phone timeZone enabledFeatures }\n    viewer {\n      customer {\n        id\n        appointments(upcoming: true) { ...UpcomingAppointment }\n      }\n    }\n  }\n  fragment UpcomingAppointment on Appointment {\n    id\n    startsAt\n    endsAt\n    status\n    priceMinor\n    currency\n    technicianName\n    store { id name phone timeZone enabledFeatures bookingSettings { cancelCutoffMinutes } }\n    services { id name }\n  }\n": typeof types.BookingDocument,
    "\n  query StoreServices($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Store {\n        id name address phone timeZone\n        openingHours { weekday opens closes }\n        bookingSettings { maxHorizonDays }\n        services { id name description durationMinutes priceMinor currency }\n      }\n    }\n  }\n": typeof types.StoreServicesDocument,
    "\n  query AvailableSlots($storeId: ID!, $serviceIds: [ID!]!, $from: DateTime!, $to: DateTime!) {\n    availableSlots(storeId: $storeId, serviceIds: $serviceIds, from: $from, to: $to) {\n      __typename\n      ... on QueryAvailableSlotsSuccess { data { startsAt local freeTechnicians } }\n      ... on Error { code message params { name value } }\n    }\n  }\n": typeof types.AvailableSlotsDocument,
    "\n  mutation BookAppointment($input: BookAppointmentInput!) {\n    bookAppointment(input: $input) {\n      __typename\n      ... on Appointment { ...UpcomingAppointment }\n      ... on SlotTaken { message startsAt }\n      ... on Error { code message params { name value } }\n    }\n  }\n": typeof types.BookAppointmentDocument,
    "\n  mutation RescheduleAppointment($input: RescheduleAppointmentInput!) {\n    rescheduleAppointment(input: $input) {\n      __typename\n      ... on Appointment { ...UpcomingAppointment }\n      ... on Error { code message params { name value } }\n    }\n  }\n": typeof types.RescheduleAppointmentDocument,
    "\n  mutation CancelAppointment($input: CancelAppointmentInput!) {\n    cancelAppointment(input: $input) {\n      __typename\n      ... on Appointment { id status }\n      ... on Error { code message params { name value } }\n    }\n  }\n": typeof types.CancelAppointmentDocument,
    "\n  query Chat($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Conversation {\n        id\n        kind\n        title\n        lastSeq\n        myReadSeq\n        unreadCount\n        store { id name timeZone }\n        members { accountId displayName deliveredSeq readSeq }\n        messages(limit: 100) {\n          hasOlder\n          messages { ...ChatMessage }\n        }\n      }\n    }\n    viewer { account { id displayName } }\n  }\n  fragment ChatMessage on Message {\n    id\n    seq\n    kind\n    body\n    fromMe\n    senderId\n    senderName\n    clientMessageId\n    attachmentId\n    attachment { id kind url thumbnailUrl fileName byteSize }\n    durationSeconds\n    recalled\n    createdAt\n    link { kind id }\n  }\n": typeof types.ChatDocument,
    "\n  mutation SendMessage($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      __typename\n      ... on SentMessage { created sentMessage { ...ChatMessage } }\n      ... on Error { code message params { name value } }\n    }\n  }\n": typeof types.SendMessageDocument,
    "\n  mutation MarkConversationRead($input: MarkConversationReadInput!) {\n    markConversationRead(input: $input) { __typename }\n  }\n": typeof types.MarkConversationReadDocument,
    "\n  query MyComplaints {\n    myComplaints {\n      id\n      category\n      severity\n      status\n      description\n      createdAt\n      resolution\n      store { id name timeZone }\n      order { id tagNumber }\n      assignee { displayName }\n      updates { at fromStatus toStatus note author { displayName } }\n    }\n    myOrders { id tagNumber shoe { brand model } store { id name } }\n  }\n": typeof types.MyComplaintsDocument,
    "\n  mutation SubmitComplaint($input: SubmitComplaintInput!) {\n    submitComplaint(input: $input) {\n      __typename\n      ... on Complaint { id status }\n      ... on Error { code message params { name value } }\n    }\n  }\n": typeof types.SubmitComplaintDocument,
    "\n  query Me {\n    viewer { customerId account { id displayName phone locale } }\n  }\n": typeof types.MeDocument,
    "\n  query MyConversations {\n    conversations(first: 50) {\n      edges {\n        node {\n          id\n          kind\n          title\n          unreadCount\n          lastMessageAt\n          lastMessage { kind body fromMe recalled }\n          store { id name timeZone }\n        }\n      }\n    }\n    stores { id name address }\n  }\n": typeof types.MyConversationsDocument,
    "\n  mutation OpenConversation($input: OpenConversationInput!) {\n    openConversation(input: $input) {\n      __typename\n      ... on Conversation { id }\n      ... on Error { code message params { name value } }\n    }\n  }\n": typeof types.OpenConversationDocument,
    "\n  query OrderDetail($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on WorkOrder {\n        id\n        tagNumber\n        status\n        statusLabel\n        pickupCode\n        pickupQr\n        totalMinor\n        currency\n        promisedAt\n        conditionNotes\n        shoe { brand model colour material size }\n        store { id name phone timeZone }\n        technician { displayName }\n        services { code name priceMinor state }\n        stages { key label state }\n        changeRequests {\n          id\n          description\n          serviceName\n          priceMinor\n          status\n          raisedAt\n          photos { id url thumbnailUrl }\n        }\n        steps { id stage startedAt finishedAt beforePhotos { id url thumbnailUrl } afterPhotos { id url thumbnailUrl } }\n        timeline { kind text at }\n      }\n    }\n  }\n": typeof types.OrderDetailDocument,
    "\n  mutation AnswerChangeRequest($input: AnswerChangeRequestInput!) {\n    answerChangeRequest(input: $input) {\n      __typename\n      ... on ChangeRequest { id status }\n      ... on Error { code message params { name value } }\n    }\n  }\n": typeof types.AnswerChangeRequestDocument,
    "\n  query MyOrders {\n    myOrders {\n      id\n      tagNumber\n      status\n      statusLabel\n      createdAt\n      shoe { brand model colour }\n      store { id name timeZone }\n      changeRequests { id status }\n      stages { key state }\n      intakePhotos { id thumbnailUrl }\n    }\n  }\n": typeof types.MyOrdersDocument,
    "\n  query MyProfile {\n    viewer {\n      account { id phone }\n      customer {\n        id\n        name\n        phone\n        preferences\n        tier { code name }\n        visits\n        shoes { id brand model size material colour conditionNotes }\n      }\n    }\n  }\n": typeof types.MyProfileDocument,
    "\n  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      __typename\n      ... on Customer { id name preferences }\n      ... on Error { code message params { name value } }\n    }\n  }\n": typeof types.UpdateMyProfileDocument,
    "\n  mutation AddShoe($input: AddShoeInput!) {\n    addShoe(input: $input) {\n      __typename\n      ... on Shoe { id }\n      ... on Error { code message params { name value } }\n    }\n  }\n": typeof types.AddShoeDocument,
    "\n  mutation RequestSignInCode($input: RequestSignInCodeInput!) {\n    requestSignInCode(input: $input) {\n      __typename\n      ... on SignInCodeSent { expiresAt }\n      ... on Error { code message params { name value } }\n    }\n  }\n": typeof types.RequestSignInCodeDocument,
    "\n  mutation SignInWithCode($input: SignInWithCodeInput!) {\n    signInWithCode(input: $input) {\n      __typename\n      ... on SignedIn { token expiresAt viewer { customerId account { id phone locale } } }\n      ... on Error { code message params { name value } }\n    }\n  }\n": typeof types.SignInWithCodeDocument,
};
const documents: Documents = {
    "\n  query UnreadMessages {\n    unreadMessageCount\n  }\n": types.UnreadMessagesDocument,
    "\n  query Attachment($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Attachment { id kind url thumbnailUrl fileName byteSize contentType }\n    }\n  }\n": types.AttachmentDocument,
    "\n  query OrderAcceptances($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on WorkOrder { id store { id enabledFeatures } acceptances { id round status requestedAt afterPhotos { id thumbnailUrl url } } }\n    }\n  }\n": types.OrderAcceptancesDocument,
    "\n  query OrderPromise($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on WorkOrder { id promisedAt store { id timeZone } }\n    }\n  }\n": types.OrderPromiseDocument,
    "\n  query OrderPromiseHistory($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on WorkOrder { id timeline { kind at } }\n    }\n  }\n": types.OrderPromiseHistoryDocument,
    "\n  query OrderReview($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on WorkOrder { id review { id rating text reply repliedBy { displayName } } }\n    }\n  }\n": types.OrderReviewDocument,
    "\n  mutation PostReview($input: PostReviewInput!) {\n    postReview(input: $input) {\n      __typename\n      ... on Review { id rating }\n      ... on Error { code message params { name value } }\n    }\n  }\n": types.PostReviewDocument,
    "\n  query NotificationPreferences {\n    notificationPreferences { kind enabled optional }\n  }\n": types.NotificationPreferencesDocument,
    "\n  mutation SetNotificationPreference($input: SetNotificationPreferenceInput!) {\n    setNotificationPreference(input: $input) {\n      __typename\n      ... on NotificationPreference { kind enabled }\n      ... on Error { code message params { name value } }\n    }\n  }\n": types.SetNotificationPreferenceDocument,
    "\n  mutation UploadAttachment($input: UploadAttachmentInput!) {\n    uploadAttachment(input: $input) {\n      __typename\n      ... on Attachment { id kind url thumbnailUrl fileName }\n      ... on Error { code message params { name value } }\n    }\n  }\n": types.UploadAttachmentDocument,
    "\n  query Acceptance($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Acceptance {\n        id\n        round\n        status\n        note\n        beforePhotos { id url thumbnailUrl width height }\n        afterPhotos { id url thumbnailUrl width height }\n        videos { id url }\n        order { id tagNumber shoe { brand model } store { name } }\n      }\n    }\n  }\n": types.AcceptanceDocument,
    "\n  mutation AnswerAcceptance($input: AnswerAcceptanceInput!) {\n    answerAcceptance(input: $input) {\n      __typename\n      ... on Acceptance { id status }\n      ... on Error { code message params { name value } }\n    }\n  }\n": types.AnswerAcceptanceDocument,
    "\n  query Booking {\n    stores { id name address phone timeZone enabledFeatures }\n    viewer {\n      customer {\n        id\n        appointments(upcoming: true) { ...UpcomingAppointment }\n      }\n    }\n  }\n  fragment UpcomingAppointment on Appointment {\n    id\n    startsAt\n    endsAt\n    status\n    priceMinor\n    currency\n    technicianName\n    store { id name phone timeZone enabledFeatures bookingSettings { cancelCutoffMinutes } }\n    services { id name }\n  }\n": types.BookingDocument,
    "\n  query StoreServices($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Store {\n        id name address phone timeZone\n        openingHours { weekday opens closes }\n        bookingSettings { maxHorizonDays }\n        services { id name description durationMinutes priceMinor currency }\n      }\n    }\n  }\n": types.StoreServicesDocument,
    "\n  query AvailableSlots($storeId: ID!, $serviceIds: [ID!]!, $from: DateTime!, $to: DateTime!) {\n    availableSlots(storeId: $storeId, serviceIds: $serviceIds, from: $from, to: $to) {\n      __typename\n      ... on QueryAvailableSlotsSuccess { data { startsAt local freeTechnicians } }\n      ... on Error { code message params { name value } }\n    }\n  }\n": types.AvailableSlotsDocument,
    "\n  mutation BookAppointment($input: BookAppointmentInput!) {\n    bookAppointment(input: $input) {\n      __typename\n      ... on Appointment { ...UpcomingAppointment }\n      ... on SlotTaken { message startsAt }\n      ... on Error { code message params { name value } }\n    }\n  }\n": types.BookAppointmentDocument,
    "\n  mutation RescheduleAppointment($input: RescheduleAppointmentInput!) {\n    rescheduleAppointment(input: $input) {\n      __typename\n      ... on Appointment { ...UpcomingAppointment }\n      ... on Error { code message params { name value } }\n    }\n  }\n": types.RescheduleAppointmentDocument,
    "\n  mutation CancelAppointment($input: CancelAppointmentInput!) {\n    cancelAppointment(input: $input) {\n      __typename\n      ... on Appointment { id status }\n      ... on Error { code message params { name value } }\n    }\n  }\n": types.CancelAppointmentDocument,
    "\n  query Chat($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Conversation {\n        id\n        kind\n        title\n        lastSeq\n        myReadSeq\n        unreadCount\n        store { id name timeZone }\n        members { accountId displayName deliveredSeq readSeq }\n        messages(limit: 100) {\n          hasOlder\n          messages { ...ChatMessage }\n        }\n      }\n    }\n    viewer { account { id displayName } }\n  }\n  fragment ChatMessage on Message {\n    id\n    seq\n    kind\n    body\n    fromMe\n    senderId\n    senderName\n    clientMessageId\n    attachmentId\n    attachment { id kind url thumbnailUrl fileName byteSize }\n    durationSeconds\n    recalled\n    createdAt\n    link { kind id }\n  }\n": types.ChatDocument,
    "\n  mutation SendMessage($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      __typename\n      ... on SentMessage { created sentMessage { ...ChatMessage } }\n      ... on Error { code message params { name value } }\n    }\n  }\n": types.SendMessageDocument,
    "\n  mutation MarkConversationRead($input: MarkConversationReadInput!) {\n    markConversationRead(input: $input) { __typename }\n  }\n": types.MarkConversationReadDocument,
    "\n  query MyComplaints {\n    myComplaints {\n      id\n      category\n      severity\n      status\n      description\n      createdAt\n      resolution\n      store { id name timeZone }\n      order { id tagNumber }\n      assignee { displayName }\n      updates { at fromStatus toStatus note author { displayName } }\n    }\n    myOrders { id tagNumber shoe { brand model } store { id name } }\n  }\n": types.MyComplaintsDocument,
    "\n  mutation SubmitComplaint($input: SubmitComplaintInput!) {\n    submitComplaint(input: $input) {\n      __typename\n      ... on Complaint { id status }\n      ... on Error { code message params { name value } }\n    }\n  }\n": types.SubmitComplaintDocument,
    "\n  query Me {\n    viewer { customerId account { id displayName phone locale } }\n  }\n": types.MeDocument,
    "\n  query MyConversations {\n    conversations(first: 50) {\n      edges {\n        node {\n          id\n          kind\n          title\n          unreadCount\n          lastMessageAt\n          lastMessage { kind body fromMe recalled }\n          store { id name timeZone }\n        }\n      }\n    }\n    stores { id name address }\n  }\n": types.MyConversationsDocument,
    "\n  mutation OpenConversation($input: OpenConversationInput!) {\n    openConversation(input: $input) {\n      __typename\n      ... on Conversation { id }\n      ... on Error { code message params { name value } }\n    }\n  }\n": types.OpenConversationDocument,
    "\n  query OrderDetail($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on WorkOrder {\n        id\n        tagNumber\n        status\n        statusLabel\n        pickupCode\n        pickupQr\n        totalMinor\n        currency\n        promisedAt\n        conditionNotes\n        shoe { brand model colour material size }\n        store { id name phone timeZone }\n        technician { displayName }\n        services { code name priceMinor state }\n        stages { key label state }\n        changeRequests {\n          id\n          description\n          serviceName\n          priceMinor\n          status\n          raisedAt\n          photos { id url thumbnailUrl }\n        }\n        steps { id stage startedAt finishedAt beforePhotos { id url thumbnailUrl } afterPhotos { id url thumbnailUrl } }\n        timeline { kind text at }\n      }\n    }\n  }\n": types.OrderDetailDocument,
    "\n  mutation AnswerChangeRequest($input: AnswerChangeRequestInput!) {\n    answerChangeRequest(input: $input) {\n      __typename\n      ... on ChangeRequest { id status }\n      ... on Error { code message params { name value } }\n    }\n  }\n": types.AnswerChangeRequestDocument,
    "\n  query MyOrders {\n    myOrders {\n      id\n      tagNumber\n      status\n      statusLabel\n      createdAt\n      shoe { brand model colour }\n      store { id name timeZone }\n      changeRequests { id status }\n      stages { key state }\n      intakePhotos { id thumbnailUrl }\n    }\n  }\n": types.MyOrdersDocument,
    "\n  query MyProfile {\n    viewer {\n      account { id phone }\n      customer {\n        id\n        name\n        phone\n        preferences\n        tier { code name }\n        visits\n        shoes { id brand model size material colour conditionNotes }\n      }\n    }\n  }\n": types.MyProfileDocument,
    "\n  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      __typename\n      ... on Customer { id name preferences }\n      ... on Error { code message params { name value } }\n    }\n  }\n": types.UpdateMyProfileDocument,
    "\n  mutation AddShoe($input: AddShoeInput!) {\n    addShoe(input: $input) {\n      __typename\n      ... on Shoe { id }\n      ... on Error { code message params { name value } }\n    }\n  }\n": types.AddShoeDocument,
    "\n  mutation RequestSignInCode($input: RequestSignInCodeInput!) {\n    requestSignInCode(input: $input) {\n      __typename\n      ... on SignInCodeSent { expiresAt }\n      ... on Error { code message params { name value } }\n    }\n  }\n": types.RequestSignInCodeDocument,
    "\n  mutation SignInWithCode($input: SignInWithCodeInput!) {\n    signInWithCode(input: $input) {\n      __typename\n      ... on SignedIn { token expiresAt viewer { customerId account { id phone locale } } }\n      ... on Error { code message params { name value } }\n    }\n  }\n": types.SignInWithCodeDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadMessages {\n    unreadMessageCount\n  }\n"): (typeof documents)["\n  query UnreadMessages {\n    unreadMessageCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Attachment($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Attachment { id kind url thumbnailUrl fileName byteSize contentType }\n    }\n  }\n"): (typeof documents)["\n  query Attachment($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Attachment { id kind url thumbnailUrl fileName byteSize contentType }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrderAcceptances($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on WorkOrder { id store { id enabledFeatures } acceptances { id round status requestedAt afterPhotos { id thumbnailUrl url } } }\n    }\n  }\n"): (typeof documents)["\n  query OrderAcceptances($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on WorkOrder { id store { id enabledFeatures } acceptances { id round status requestedAt afterPhotos { id thumbnailUrl url } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrderPromise($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on WorkOrder { id promisedAt store { id timeZone } }\n    }\n  }\n"): (typeof documents)["\n  query OrderPromise($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on WorkOrder { id promisedAt store { id timeZone } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrderPromiseHistory($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on WorkOrder { id timeline { kind at } }\n    }\n  }\n"): (typeof documents)["\n  query OrderPromiseHistory($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on WorkOrder { id timeline { kind at } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrderReview($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on WorkOrder { id review { id rating text reply repliedBy { displayName } } }\n    }\n  }\n"): (typeof documents)["\n  query OrderReview($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on WorkOrder { id review { id rating text reply repliedBy { displayName } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PostReview($input: PostReviewInput!) {\n    postReview(input: $input) {\n      __typename\n      ... on Review { id rating }\n      ... on Error { code message params { name value } }\n    }\n  }\n"): (typeof documents)["\n  mutation PostReview($input: PostReviewInput!) {\n    postReview(input: $input) {\n      __typename\n      ... on Review { id rating }\n      ... on Error { code message params { name value } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationPreferences {\n    notificationPreferences { kind enabled optional }\n  }\n"): (typeof documents)["\n  query NotificationPreferences {\n    notificationPreferences { kind enabled optional }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetNotificationPreference($input: SetNotificationPreferenceInput!) {\n    setNotificationPreference(input: $input) {\n      __typename\n      ... on NotificationPreference { kind enabled }\n      ... on Error { code message params { name value } }\n    }\n  }\n"): (typeof documents)["\n  mutation SetNotificationPreference($input: SetNotificationPreferenceInput!) {\n    setNotificationPreference(input: $input) {\n      __typename\n      ... on NotificationPreference { kind enabled }\n      ... on Error { code message params { name value } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UploadAttachment($input: UploadAttachmentInput!) {\n    uploadAttachment(input: $input) {\n      __typename\n      ... on Attachment { id kind url thumbnailUrl fileName }\n      ... on Error { code message params { name value } }\n    }\n  }\n"): (typeof documents)["\n  mutation UploadAttachment($input: UploadAttachmentInput!) {\n    uploadAttachment(input: $input) {\n      __typename\n      ... on Attachment { id kind url thumbnailUrl fileName }\n      ... on Error { code message params { name value } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Acceptance($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Acceptance {\n        id\n        round\n        status\n        note\n        beforePhotos { id url thumbnailUrl width height }\n        afterPhotos { id url thumbnailUrl width height }\n        videos { id url }\n        order { id tagNumber shoe { brand model } store { name } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Acceptance($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Acceptance {\n        id\n        round\n        status\n        note\n        beforePhotos { id url thumbnailUrl width height }\n        afterPhotos { id url thumbnailUrl width height }\n        videos { id url }\n        order { id tagNumber shoe { brand model } store { name } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerAcceptance($input: AnswerAcceptanceInput!) {\n    answerAcceptance(input: $input) {\n      __typename\n      ... on Acceptance { id status }\n      ... on Error { code message params { name value } }\n    }\n  }\n"): (typeof documents)["\n  mutation AnswerAcceptance($input: AnswerAcceptanceInput!) {\n    answerAcceptance(input: $input) {\n      __typename\n      ... on Acceptance { id status }\n      ... on Error { code message params { name value } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Booking {\n    stores { id name address phone timeZone enabledFeatures }\n    viewer {\n      customer {\n        id\n        appointments(upcoming: true) { ...UpcomingAppointment }\n      }\n    }\n  }\n  fragment UpcomingAppointment on Appointment {\n    id\n    startsAt\n    endsAt\n    status\n    priceMinor\n    currency\n    technicianName\n    store { id name phone timeZone enabledFeatures bookingSettings { cancelCutoffMinutes } }\n    services { id name }\n  }\n"): (typeof documents)["\n  query Booking {\n    stores { id name address phone timeZone enabledFeatures }\n    viewer {\n      customer {\n        id\n        appointments(upcoming: true) { ...UpcomingAppointment }\n      }\n    }\n  }\n  fragment UpcomingAppointment on Appointment {\n    id\n    startsAt\n    endsAt\n    status\n    priceMinor\n    currency\n    technicianName\n    store { id name phone timeZone enabledFeatures bookingSettings { cancelCutoffMinutes } }\n    services { id name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StoreServices($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Store {\n        id name address phone timeZone\n        openingHours { weekday opens closes }\n        bookingSettings { maxHorizonDays }\n        services { id name description durationMinutes priceMinor currency }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StoreServices($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Store {\n        id name address phone timeZone\n        openingHours { weekday opens closes }\n        bookingSettings { maxHorizonDays }\n        services { id name description durationMinutes priceMinor currency }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AvailableSlots($storeId: ID!, $serviceIds: [ID!]!, $from: DateTime!, $to: DateTime!) {\n    availableSlots(storeId: $storeId, serviceIds: $serviceIds, from: $from, to: $to) {\n      __typename\n      ... on QueryAvailableSlotsSuccess { data { startsAt local freeTechnicians } }\n      ... on Error { code message params { name value } }\n    }\n  }\n"): (typeof documents)["\n  query AvailableSlots($storeId: ID!, $serviceIds: [ID!]!, $from: DateTime!, $to: DateTime!) {\n    availableSlots(storeId: $storeId, serviceIds: $serviceIds, from: $from, to: $to) {\n      __typename\n      ... on QueryAvailableSlotsSuccess { data { startsAt local freeTechnicians } }\n      ... on Error { code message params { name value } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BookAppointment($input: BookAppointmentInput!) {\n    bookAppointment(input: $input) {\n      __typename\n      ... on Appointment { ...UpcomingAppointment }\n      ... on SlotTaken { message startsAt }\n      ... on Error { code message params { name value } }\n    }\n  }\n"): (typeof documents)["\n  mutation BookAppointment($input: BookAppointmentInput!) {\n    bookAppointment(input: $input) {\n      __typename\n      ... on Appointment { ...UpcomingAppointment }\n      ... on SlotTaken { message startsAt }\n      ... on Error { code message params { name value } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RescheduleAppointment($input: RescheduleAppointmentInput!) {\n    rescheduleAppointment(input: $input) {\n      __typename\n      ... on Appointment { ...UpcomingAppointment }\n      ... on Error { code message params { name value } }\n    }\n  }\n"): (typeof documents)["\n  mutation RescheduleAppointment($input: RescheduleAppointmentInput!) {\n    rescheduleAppointment(input: $input) {\n      __typename\n      ... on Appointment { ...UpcomingAppointment }\n      ... on Error { code message params { name value } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelAppointment($input: CancelAppointmentInput!) {\n    cancelAppointment(input: $input) {\n      __typename\n      ... on Appointment { id status }\n      ... on Error { code message params { name value } }\n    }\n  }\n"): (typeof documents)["\n  mutation CancelAppointment($input: CancelAppointmentInput!) {\n    cancelAppointment(input: $input) {\n      __typename\n      ... on Appointment { id status }\n      ... on Error { code message params { name value } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Chat($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Conversation {\n        id\n        kind\n        title\n        lastSeq\n        myReadSeq\n        unreadCount\n        store { id name timeZone }\n        members { accountId displayName deliveredSeq readSeq }\n        messages(limit: 100) {\n          hasOlder\n          messages { ...ChatMessage }\n        }\n      }\n    }\n    viewer { account { id displayName } }\n  }\n  fragment ChatMessage on Message {\n    id\n    seq\n    kind\n    body\n    fromMe\n    senderId\n    senderName\n    clientMessageId\n    attachmentId\n    attachment { id kind url thumbnailUrl fileName byteSize }\n    durationSeconds\n    recalled\n    createdAt\n    link { kind id }\n  }\n"): (typeof documents)["\n  query Chat($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Conversation {\n        id\n        kind\n        title\n        lastSeq\n        myReadSeq\n        unreadCount\n        store { id name timeZone }\n        members { accountId displayName deliveredSeq readSeq }\n        messages(limit: 100) {\n          hasOlder\n          messages { ...ChatMessage }\n        }\n      }\n    }\n    viewer { account { id displayName } }\n  }\n  fragment ChatMessage on Message {\n    id\n    seq\n    kind\n    body\n    fromMe\n    senderId\n    senderName\n    clientMessageId\n    attachmentId\n    attachment { id kind url thumbnailUrl fileName byteSize }\n    durationSeconds\n    recalled\n    createdAt\n    link { kind id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendMessage($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      __typename\n      ... on SentMessage { created sentMessage { ...ChatMessage } }\n      ... on Error { code message params { name value } }\n    }\n  }\n"): (typeof documents)["\n  mutation SendMessage($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      __typename\n      ... on SentMessage { created sentMessage { ...ChatMessage } }\n      ... on Error { code message params { name value } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkConversationRead($input: MarkConversationReadInput!) {\n    markConversationRead(input: $input) { __typename }\n  }\n"): (typeof documents)["\n  mutation MarkConversationRead($input: MarkConversationReadInput!) {\n    markConversationRead(input: $input) { __typename }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyComplaints {\n    myComplaints {\n      id\n      category\n      severity\n      status\n      description\n      createdAt\n      resolution\n      store { id name timeZone }\n      order { id tagNumber }\n      assignee { displayName }\n      updates { at fromStatus toStatus note author { displayName } }\n    }\n    myOrders { id tagNumber shoe { brand model } store { id name } }\n  }\n"): (typeof documents)["\n  query MyComplaints {\n    myComplaints {\n      id\n      category\n      severity\n      status\n      description\n      createdAt\n      resolution\n      store { id name timeZone }\n      order { id tagNumber }\n      assignee { displayName }\n      updates { at fromStatus toStatus note author { displayName } }\n    }\n    myOrders { id tagNumber shoe { brand model } store { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitComplaint($input: SubmitComplaintInput!) {\n    submitComplaint(input: $input) {\n      __typename\n      ... on Complaint { id status }\n      ... on Error { code message params { name value } }\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitComplaint($input: SubmitComplaintInput!) {\n    submitComplaint(input: $input) {\n      __typename\n      ... on Complaint { id status }\n      ... on Error { code message params { name value } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    viewer { customerId account { id displayName phone locale } }\n  }\n"): (typeof documents)["\n  query Me {\n    viewer { customerId account { id displayName phone locale } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyConversations {\n    conversations(first: 50) {\n      edges {\n        node {\n          id\n          kind\n          title\n          unreadCount\n          lastMessageAt\n          lastMessage { kind body fromMe recalled }\n          store { id name timeZone }\n        }\n      }\n    }\n    stores { id name address }\n  }\n"): (typeof documents)["\n  query MyConversations {\n    conversations(first: 50) {\n      edges {\n        node {\n          id\n          kind\n          title\n          unreadCount\n          lastMessageAt\n          lastMessage { kind body fromMe recalled }\n          store { id name timeZone }\n        }\n      }\n    }\n    stores { id name address }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenConversation($input: OpenConversationInput!) {\n    openConversation(input: $input) {\n      __typename\n      ... on Conversation { id }\n      ... on Error { code message params { name value } }\n    }\n  }\n"): (typeof documents)["\n  mutation OpenConversation($input: OpenConversationInput!) {\n    openConversation(input: $input) {\n      __typename\n      ... on Conversation { id }\n      ... on Error { code message params { name value } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrderDetail($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on WorkOrder {\n        id\n        tagNumber\n        status\n        statusLabel\n        pickupCode\n        pickupQr\n        totalMinor\n        currency\n        promisedAt\n        conditionNotes\n        shoe { brand model colour material size }\n        store { id name phone timeZone }\n        technician { displayName }\n        services { code name priceMinor state }\n        stages { key label state }\n        changeRequests {\n          id\n          description\n          serviceName\n          priceMinor\n          status\n          raisedAt\n          photos { id url thumbnailUrl }\n        }\n        steps { id stage startedAt finishedAt beforePhotos { id url thumbnailUrl } afterPhotos { id url thumbnailUrl } }\n        timeline { kind text at }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrderDetail($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on WorkOrder {\n        id\n        tagNumber\n        status\n        statusLabel\n        pickupCode\n        pickupQr\n        totalMinor\n        currency\n        promisedAt\n        conditionNotes\n        shoe { brand model colour material size }\n        store { id name phone timeZone }\n        technician { displayName }\n        services { code name priceMinor state }\n        stages { key label state }\n        changeRequests {\n          id\n          description\n          serviceName\n          priceMinor\n          status\n          raisedAt\n          photos { id url thumbnailUrl }\n        }\n        steps { id stage startedAt finishedAt beforePhotos { id url thumbnailUrl } afterPhotos { id url thumbnailUrl } }\n        timeline { kind text at }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerChangeRequest($input: AnswerChangeRequestInput!) {\n    answerChangeRequest(input: $input) {\n      __typename\n      ... on ChangeRequest { id status }\n      ... on Error { code message params { name value } }\n    }\n  }\n"): (typeof documents)["\n  mutation AnswerChangeRequest($input: AnswerChangeRequestInput!) {\n    answerChangeRequest(input: $input) {\n      __typename\n      ... on ChangeRequest { id status }\n      ... on Error { code message params { name value } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyOrders {\n    myOrders {\n      id\n      tagNumber\n      status\n      statusLabel\n      createdAt\n      shoe { brand model colour }\n      store { id name timeZone }\n      changeRequests { id status }\n      stages { key state }\n      intakePhotos { id thumbnailUrl }\n    }\n  }\n"): (typeof documents)["\n  query MyOrders {\n    myOrders {\n      id\n      tagNumber\n      status\n      statusLabel\n      createdAt\n      shoe { brand model colour }\n      store { id name timeZone }\n      changeRequests { id status }\n      stages { key state }\n      intakePhotos { id thumbnailUrl }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyProfile {\n    viewer {\n      account { id phone }\n      customer {\n        id\n        name\n        phone\n        preferences\n        tier { code name }\n        visits\n        shoes { id brand model size material colour conditionNotes }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyProfile {\n    viewer {\n      account { id phone }\n      customer {\n        id\n        name\n        phone\n        preferences\n        tier { code name }\n        visits\n        shoes { id brand model size material colour conditionNotes }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      __typename\n      ... on Customer { id name preferences }\n      ... on Error { code message params { name value } }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      __typename\n      ... on Customer { id name preferences }\n      ... on Error { code message params { name value } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddShoe($input: AddShoeInput!) {\n    addShoe(input: $input) {\n      __typename\n      ... on Shoe { id }\n      ... on Error { code message params { name value } }\n    }\n  }\n"): (typeof documents)["\n  mutation AddShoe($input: AddShoeInput!) {\n    addShoe(input: $input) {\n      __typename\n      ... on Shoe { id }\n      ... on Error { code message params { name value } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestSignInCode($input: RequestSignInCodeInput!) {\n    requestSignInCode(input: $input) {\n      __typename\n      ... on SignInCodeSent { expiresAt }\n      ... on Error { code message params { name value } }\n    }\n  }\n"): (typeof documents)["\n  mutation RequestSignInCode($input: RequestSignInCodeInput!) {\n    requestSignInCode(input: $input) {\n      __typename\n      ... on SignInCodeSent { expiresAt }\n      ... on Error { code message params { name value } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignInWithCode($input: SignInWithCodeInput!) {\n    signInWithCode(input: $input) {\n      __typename\n      ... on SignedIn { token expiresAt viewer { customerId account { id phone locale } } }\n      ... on Error { code message params { name value } }\n    }\n  }\n"): (typeof documents)["\n  mutation SignInWithCode($input: SignInWithCodeInput!) {\n    signInWithCode(input: $input) {\n      __typename\n      ... on SignedIn { token expiresAt viewer { customerId account { id phone locale } } }\n      ... on Error { code message params { name value } }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;