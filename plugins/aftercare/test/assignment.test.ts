/**
 * Complaints assigned and transferred by hand (issue 18, point 5): clerks and admins assign, the
 * assignee transfers on, every hand-over is kept (who, when, from, to) and the new assignee is told.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { carePlugin } from '@lacewire/plugin-care';
import { filesPlugin } from '@lacewire/plugin-files';
import { createTestPlatform, globalId, type TestPlatform, type TestStore } from '@lacewire/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { aftercarePlugin } from '../src/index.ts';

let t: TestPlatform;
let dir: string;
let store: TestStore;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lw-aftercare-assign-'));
  t = await createTestPlatform({
    plugins: [filesPlugin, carePlugin, aftercarePlugin],
    settings: { files: { directory: dir, secret: 'aftercare-secret-aftercare-secret!!' } },
  });
  store = await t.store();
});
afterAll(async () => {
  await t?.close();
  await rm(dir, { recursive: true, force: true });
});

/** A staff member as the API names them. */
const account = (staff: { accountId: string }) => globalId('Account', staff.accountId);

const ASSIGN = `mutation($input: AssignComplaintInput!) { assignComplaint(input: $input) { __typename
  ... on Complaint { assignee { accountId } assignedAs assignments { from { accountId } to { accountId } by { accountId } note at } }
  ... on Error { message } } }`;

it('a clerk assigns a complaint, the assignee transfers it on; history kept, the assignee notified, bad input changes nothing', async () => {
  const admin = await t.staff(store, 'storeAdmin');
  const clerk = await t.staff(store, 'clerk');
  const [a, b] = [await t.staff(store, 'technician', '甲'), await t.staff(store, 'technician', '乙')];
  const outsider = await t.staff(await t.store(), 'clerk');
  const customer = await t.customer();
  const { submitComplaint } = await customer.query(
    `mutation($input: SubmitComplaintInput!) { submitComplaint(input: $input) { ... on Complaint { id assignee { accountId } } } }`,
    { input: { storeId: store.globalId, category: 'delay', severity: 'low', description: '说好周五取，还没做好' } },
  );
  const complaintId = submitComplaint.id;
  expect(submitComplaint.assignee.accountId).toBe(account(admin));

  const aLive = a.subscribe(
    `subscription($s: ID!) { storeAftercareEvents(storeId: $s) { type complaint { assignee { accountId } } } }`,
    {
      s: store.globalId,
    },
  );
  await aLive.ready();
  const assigned = await clerk.query(ASSIGN, { input: { complaintId, assigneeId: account(a), note: '你负责的订单' } });
  expect(assigned.assignComplaint).toMatchObject({
    __typename: 'Complaint',
    assignee: { accountId: account(a) },
    assignedAs: 'manual',
    assignments: [
      {
        from: { accountId: account(admin) },
        to: { accountId: account(a) },
        by: { accountId: account(clerk) },
        note: '你负责的订单',
      },
    ],
  });
  expect((await aLive.next()).storeAftercareEvents).toEqual({
    type: 'complaint.assigned',
    complaint: { assignee: { accountId: account(a) } },
  });

  // Neither another technician nor another store's clerk may take it; nor may it go outside the store.
  expect((await b.query(ASSIGN, { input: { complaintId, assigneeId: account(b) } })).assignComplaint.__typename).toBe('NotFound');
  expect(
    (await outsider.query(ASSIGN, { input: { complaintId, assigneeId: account(outsider) } })).assignComplaint.__typename,
  ).toBe('NotFound');
  const foreign = await clerk.query(ASSIGN, { input: { complaintId, assigneeId: account(outsider) } });
  expect(foreign.assignComplaint).toMatchObject({ __typename: 'InvalidInput' });
  const bogus = await clerk.query(ASSIGN, { input: { complaintId, assigneeId: 'not-an-id' } });
  expect(bogus.assignComplaint.__typename).toBe('InvalidInput');
  // The id of something else than an account (here the store) is refused as such.
  const wrongType = await clerk.query(ASSIGN, { input: { complaintId, assigneeId: store.globalId } });
  expect(wrongType.assignComplaint).toMatchObject({ __typename: 'InvalidInput', message: expect.stringContaining('Account') });

  // The assignee transfers it on; the history shows both hand-overs in order.
  const transferred = await a.query(ASSIGN, { input: { complaintId, assigneeId: account(b), note: '乙更熟悉麂皮' } });
  const history = transferred.assignComplaint.assignments;
  expect(history.map((h: any) => [h.from.accountId, h.to.accountId, h.by.accountId])).toEqual([
    [account(admin), account(a), account(clerk)],
    [account(a), account(b), account(a)],
  ]);
  expect(new Date(history[1].at) >= new Date(history[0].at)).toBe(true);
  const seen = await b.query(`query($id: ID!) { node(id: $id) { ... on Complaint { assignee { accountId } } } }`, {
    id: complaintId,
  });
  expect(seen.node.assignee.accountId).toBe(account(b));
  // The customer does not see internal hand-overs.
  const mine = await customer.query(`query($id: ID!) { node(id: $id) { ... on Complaint { assignments { at } } } }`, {
    id: complaintId,
  });
  expect(mine.node.assignments).toEqual([]);
  await aLive.close();
});
