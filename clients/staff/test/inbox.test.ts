import { globalId } from '@lacewire/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { eventually, FakeApi, type Mounted, mountConsole, STORE_A, workspaceFor } from './helpers.ts';

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const CONVERSATION = globalId('Conversation', 'c1');

function inboxApi() {
  let uploads = 0;
  return (
    new FakeApi()
      .on('StaffWorkspace', () => workspaceFor('clerk'))
      .on('Inbox', () => ({ conversations: { __typename: 'ConversationConnection', edges: [] } }))
      .on('CannedReplies', () => ({ cannedReplies: [] }))
      .on('StoreTechnicians', () => ({ node: { __typename: 'Store', id: STORE_A, staff: [] } }))
      // The thread's call button asks what the store has on (an unanswered query would be asked again on every cache change).
      .on('EnabledFeatures', () => ({ node: { __typename: 'Store', id: STORE_A, enabledFeatures: ['calls'] } }))
      .on('MarkRead', () => ({ markConversationRead: { __typename: 'MutationMarkConversationReadSuccess' } }))
      .on('Thread', () => ({
        node: {
          __typename: 'Conversation',
          id: CONVERSATION,
          kind: 'direct',
          title: null,
          customerId: null,
          customerName: '王先生',
          assigneeId: null,
          assigneeName: null,
          isMember: true,
          lastSeq: 0,
          myReadSeq: 0,
          workOrderId: null,
          members: [],
          messages: { __typename: 'MessagePage', hasOlder: false, messages: [] },
        },
      }))
      .on('UploadAttachment', () => ({
        uploadAttachment: { __typename: 'Attachment', id: `att${++uploads}`, url: '/files/x', thumbnailUrl: null },
      }))
      .on('SendMessage', (v) => ({
        sendMessage: {
          __typename: 'SentMessage',
          sentMessage: { __typename: 'Message', id: 'm1', seq: 1, clientMessageId: v.input.clientMessageId },
        },
      }))
  );
}

function choose(root: HTMLElement, selector: string, file: File) {
  const input = root.querySelector(selector) as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  input.dispatchEvent(new Event('change'));
}

describe('inbox attachments', () => {
  it('uploads a file as a multipart request, then sends it as a file message', async () => {
    const api = inboxApi();
    mounted = await mountConsole(api, { signedIn: true, path: `/inbox/${CONVERSATION}` });
    const root = mounted.root;
    await eventually(() => expect(root.querySelector('input[data-test=send-file]')).not.toBeNull());
    choose(root, 'input[data-test=send-file]', new File(['%PDF-1.4'], '报价单.pdf', { type: 'application/pdf' }));
    await eventually(() => expect(api.calls('SendMessage').length).toBe(1));
    const uploadCall = api.calls('UploadAttachment')[0];
    expect(uploadCall.variables.input.kinds).toEqual(['image', 'video', 'audio', 'file']);
    expect(uploadCall.variables.input.storeId).toBe(STORE_A);
    expect(uploadCall.headers['x-lacewire-csrf']).toBe('1');
    expect(Object.values(uploadCall.files ?? {})[0]?.name).toBe('报价单.pdf');
    expect(api.calls('SendMessage')[0].variables.input).toMatchObject({
      conversationId: CONVERSATION,
      kind: 'file',
      attachmentId: 'att1',
      durationSeconds: null,
    });
  });

  it('records a voice note and sends it with its duration; a failed upload is retried', async () => {
    let now = 1_000_000;
    vi.spyOn(Date, 'now').mockImplementation(() => now);
    class FakeRecorder {
      state = 'inactive';
      mimeType = 'audio/webm';
      ondataavailable: ((e: { data: Blob }) => void) | null = null;
      onstop: (() => void) | null = null;
      start() {
        this.state = 'recording';
      }
      stop() {
        this.state = 'inactive';
        this.ondataavailable?.({ data: new Blob(['voice'], { type: 'audio/webm' }) });
        this.onstop?.();
      }
    }
    vi.stubGlobal('MediaRecorder', FakeRecorder);
    const track = { stop: vi.fn() };
    Object.defineProperty(navigator, 'mediaDevices', {
      value: { getUserMedia: async () => ({ getTracks: () => [track] }) },
      configurable: true,
    });
    const api = inboxApi();
    let failUpload = true;
    const upload = api.handlers.get('UploadAttachment');
    api.on('UploadAttachment', (v) =>
      failUpload ? { uploadAttachment: { __typename: 'FileTooLarge', message: '文件太大' } } : upload?.(v),
    );
    mounted = await mountConsole(api, { signedIn: true, path: `/inbox/${CONVERSATION}` });
    const root = mounted.root;
    await eventually(() => expect(root.querySelector('[data-test=voice]')).not.toBeNull());
    (root.querySelector('[data-test=voice]') as HTMLElement).click();
    await eventually(() => expect(root.querySelector('[data-test=voice]')?.classList.contains('el-button--danger')).toBe(true));
    now += 7_000;
    (root.querySelector('[data-test=voice]') as HTMLElement).click();
    await eventually(() => expect(api.calls('UploadAttachment').length).toBe(1));
    expect(track.stop).toHaveBeenCalled();
    expect(api.calls('UploadAttachment')[0].variables.input.kinds).toEqual(['audio', 'video']);
    await eventually(() => expect(root.querySelector('.msg[data-state=failed]')).not.toBeNull());
    expect(root.querySelector('.msg[data-state=failed]')?.textContent).toContain('7″');
    expect(api.calls('SendMessage').length).toBe(0);

    failUpload = false;
    (root.querySelector('.msg[data-state=failed] .el-button') as HTMLElement).click();
    await eventually(() => expect(api.calls('SendMessage').length).toBe(1));
    expect(api.calls('UploadAttachment').length).toBe(2);
    expect(api.calls('SendMessage')[0].variables.input).toMatchObject({
      kind: 'voice',
      attachmentId: 'att1',
      durationSeconds: 7,
    });
  });
});

describe('the inbox applies message events', () => {
  const customerMessage = (id: string, seq: number, body: string) => ({
    __typename: 'Message',
    id: globalId('Message', id),
    seq,
    kind: 'text',
    body,
    internal: false,
    fromMe: false,
    senderName: '王先生',
    createdAt: `2026-01-01T08:0${seq}:00.000Z`,
    recalled: false,
    clientMessageId: null,
    durationSeconds: null,
    attachment: null,
  });
  const row = (id: string, name: string, body: string) => ({
    __typename: 'Conversation',
    id: globalId('Conversation', id),
    kind: 'customer',
    title: null,
    customerId: globalId('Customer', `${id}-customer`),
    customerName: name,
    assigneeId: null,
    assigneeName: null,
    isMember: true,
    unreadCount: 0,
    waitingSince: null,
    lastMessageAt: '2026-01-01T08:01:00.000Z',
    workOrderId: null,
    lastMessage: customerMessage(`${id}-m1`, 1, body),
  });

  it("a customer's message moves their conversation to the top, with its preview, and joins the open thread: no request", async () => {
    const api = inboxApi()
      .on('Inbox', () => ({
        conversations: {
          __typename: 'QueryConversationsConnection',
          edges: [
            { __typename: 'QueryConversationsConnectionEdge', node: row('c2', '李女士', '在吗') },
            { __typename: 'QueryConversationsConnectionEdge', node: row('c1', '王先生', '你好') },
          ],
        },
      }))
      .on('Thread', () => ({
        node: {
          ...row('c1', '王先生', '你好'),
          customerId: globalId('Customer', 'c1-customer'),
          lastSeq: 1,
          myReadSeq: 1,
          members: [
            {
              __typename: 'ConversationMember',
              accountId: globalId('Account', 'c1-customer'),
              displayName: '王先生',
              role: 'customer',
              readSeq: 1,
              deliveredSeq: 1,
            },
          ],
          messages: { __typename: 'MessagePage', hasOlder: false, messages: [customerMessage('c1-m1', 1, '你好')] },
        },
      }));
    mounted = await mountConsole(api, { signedIn: true, path: `/inbox/${CONVERSATION}` });
    const { root, transport } = mounted;
    await eventually(() => expect(root.querySelectorAll('.conv')).toHaveLength(2));
    await eventually(() => expect(root.querySelector('[data-message="你好"]')).not.toBeNull());
    transport.connect();
    // Connecting without a cursor re-reads what the stream cannot replay (the store's features).
    await eventually(() => expect(api.calls('EnabledFeatures')).toHaveLength(2));
    await new Promise((r) => setTimeout(r, 100));
    const before = api.requests.length;

    transport.push('1', 'message.sent', {
      storeId: 'a',
      conversationKind: 'customer',
      message: {
        id: 'c1-m2',
        conversationId: 'c1',
        seq: 2,
        senderId: 'c1-customer',
        clientMessageId: 'x',
        kind: 'text',
        body: '明天能取吗',
        attachmentId: null,
        durationSeconds: null,
        linkKind: null,
        linkId: null,
        meta: null,
        internal: false,
        recalledAt: null,
        createdAt: '2026-01-01T08:02:00.000Z',
      },
    });
    await eventually(() => expect(root.querySelector('.conv')?.getAttribute('data-conversation')).toBe('王先生'));
    expect(root.querySelector('.conv .preview')?.textContent).toBe('明天能取吗');
    await eventually(() => expect(root.querySelector('[data-message="明天能取吗"]')).not.toBeNull());
    await new Promise((r) => setTimeout(r, 100));
    expect(api.requests.slice(before).map((r) => r.operationName)).toEqual(['MarkRead']);
  });
});
