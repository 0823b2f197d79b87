/** GraphQL documents of the Agora API (see docs/api/agora.md). */
export const AGORA_SESSION = /* GraphQL */ `
  query AgoraSession($storeId: ID) {
    agoraSession(storeId: $storeId) { enabled reason appId rtmUserId rtcUid rtmToken expiresAt renewAt }
  }
`;

export const AGORA_EVENT = /* GraphQL */ `
  query AgoraEvent($cursor: String!) { agoraEvent(cursor: $cursor) { cursor type at payload } }
`;

export const CALL_TOKEN = /* GraphQL */ `
  query CallToken($callId: ID!) {
    callToken(callId: $callId) {
      __typename
      ... on RtcCredentials { appId channel uid role token expiresAt renewAt }
      ... on Error { code message params { name value } }
    }
  }
`;

const CALL = `__typename ... on CallSession { id status channel purpose connectedAt endedAt durationSeconds participants { accountId displayName role state rtcUid joinConfirmed } } ... on Error { code message params { name value } }`;
export const START_CALL = `mutation StartCall($input: StartCallInput!) { startCall(input: $input) { ${CALL} } }`;
export const ACCEPT_CALL = `mutation AcceptCall($input: AcceptCallInput!) { acceptCall(input: $input) { ${CALL} } }`;
export const DECLINE_CALL = `mutation DeclineCall($input: DeclineCallInput!) { declineCall(input: $input) { ${CALL} } }`;
export const REPORT_CALL_JOINED = `mutation ReportCallJoined($input: ReportCallJoinedInput!) { reportCallJoined(input: $input) { ${CALL} } }`;
export const REPORT_CALL_LEFT = `mutation ReportCallLeft($input: ReportCallLeftInput!) { reportCallLeft(input: $input) { ${CALL} } }`;
export const END_CALL = `mutation EndCall($input: EndCallInput!) { endCall(input: $input) { ${CALL} } }`;

/** Event types of calls, for `stream.on(...)` or `events(types:)`. */
export const CALL_EVENT_TYPES = [
  'agora.callInvited',
  'agora.callAccepted',
  'agora.callDeclined',
  'agora.callMissed',
  'agora.callJoined',
  'agora.callLeft',
  'agora.callEnded',
  'agora.callRecordingAttached',
] as const;
