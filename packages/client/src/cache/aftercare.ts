import { gql } from '@urql/core';
import type { Cache, FieldInfo } from '@urql/exchange-graphcache';
import { localId } from '../ids.ts';
import type { Appliers } from './apply.ts';
import { entityApplier, keyOf } from './entities.ts';
import { type ListRules, listsCouldHold, placeInLists } from './lists.ts';
import { viewerRoles } from './viewer.ts';

/** A complaint as the console's after-sales list and the customer's complaint list show it. */
export const COMPLAINT_CARD = gql`
  query LacewireComplaint($id: ID!) {
    node(id: $id) {
      __typename
      ... on Complaint {
        id
        category
        severity
        status
        description
        createdAt
        firstResponseAt
        firstResponseDueAt
        firstResponseBreached
        resolutionDueAt
        resolutionBreached
        resolvedAt
        closedAt
        resolution
        allowedMoves
        assignedAs
        assignee {
          accountId
          displayName
        }
        assignments {
          at
          note
          by {
            displayName
          }
          from {
            displayName
          }
          to {
            displayName
          }
        }
        store {
          id
          name
          timeZone
        }
        order {
          id
          tagNumber
          customerName
        }
        updates {
          at
          fromStatus
          toStatus
          note
          author {
            displayName
          }
        }
      }
    }
  }
`;

/** A follow-up task as the after-sales list shows it. */
export const FOLLOW_UP_CARD = gql`
  query LacewireFollowUp($id: ID!) {
    node(id: $id) {
      __typename
      ... on FollowUpTask {
        id
        kind
        status
        dueAt
        doneAt
        note
        order {
          id
          tagNumber
          customerName
        }
      }
    }
  }
`;

/** A review as the store's reviews and the order's review card show it. */
export const REVIEW_CARD = gql`
  query LacewireReview($id: ID!) {
    node(id: $id) {
      __typename
      ... on Review {
        id
        orderId
        rating
        text
        createdAt
        reply
        repliedAt
        repliedBy {
          displayName
        }
      }
    }
  }
`;

interface Facts {
  storeId: string;
  customerId: string;
  key: string;
}

const statusIn = (args: Record<string, any>, cache: Cache, key: string) => {
  if (!args.statuses) return true;
  const status = cache.resolve(key, 'status');
  return typeof status === 'string' ? args.statuses.includes(status) : undefined;
};

/** The store's complaints (technicians: those assigned to them), the customer's own; newest first. */
const COMPLAINT_LISTS: ListRules<Facts> = {
  complaints: {
    at: 'front',
    belongs(args, c, cache) {
      if (localId(String(args.storeId)) !== c.storeId) return false;
      const viewer = viewerRoles(cache, c.storeId);
      if (!viewer) return undefined;
      if (viewer.technicianOnly) {
        const assignee = cache.resolve(c.key, 'assignee') as string | null | undefined;
        const holder = assignee ? cache.resolve(assignee, 'accountId') : assignee;
        if (holder === undefined) return undefined;
        if (holder === null || localId(String(holder)) !== viewer.accountId) return false;
      }
      return statusIn(args, cache, c.key);
    },
  },
  myComplaints: { at: 'front', belongs: () => true },
};

/** The customer's complaints on their record (`Customer.complaints`). */
const CUSTOMER_COMPLAINTS: ListRules<Facts> = { complaints: { at: 'front', belongs: () => true } };

/** The store's follow-up tasks, by due time. */
const FOLLOW_UP_LISTS: ListRules<Facts> = {
  followUpTasks: {
    at: 'end',
    belongs: (args, t, cache) => (localId(String(args.storeId)) !== t.storeId ? false : statusIn(args, cache, t.key)),
  },
};

/** The store's reviews, newest first (`Store.reviews`). */
const STORE_REVIEWS: ListRules<Facts> = { reviews: { at: 'front', belongs: () => true } };

const facts = (payload: Record<string, any>, key: string): Facts => ({
  storeId: String(payload.storeId),
  customerId: String(payload.customerId),
  key,
});
const ofStore = (storeId: string) => (f: FieldInfo) => localId(String(f.arguments?.storeId)) === storeId;

const complaints = entityApplier({
  typename: 'Complaint',
  card: COMPLAINT_CARD,
  id: (p) => p.complaintId,
  place(cache, key, event, placement) {
    const f = facts(event.payload, key);
    const inQueries = placeInLists(cache, 'Query', key, COMPLAINT_LISTS, f, placement);
    return placeInLists(cache, keyOf(cache, 'Customer', f.customerId), key, CUSTOMER_COMPLAINTS, f, placement) && inQueries;
  },
  couldHold: (cache, event) =>
    listsCouldHold(
      cache,
      'Query',
      COMPLAINT_LISTS,
      (f) => f.fieldName === 'myComplaints' || ofStore(String(event.payload.storeId))(f),
    ) || listsCouldHold(cache, keyOf(cache, 'Customer', String(event.payload.customerId)), CUSTOMER_COMPLAINTS),
});

const followUps = entityApplier({
  typename: 'FollowUpTask',
  card: FOLLOW_UP_CARD,
  id: (p) => p.taskId,
  change: (event) => (event.type === 'followUp.due' ? { values: { status: 'due' }, stale: [] } : {}),
  place: (cache, key, event, placement) =>
    placeInLists(cache, 'Query', key, FOLLOW_UP_LISTS, facts(event.payload, key), placement),
  couldHold: (cache, event) => listsCouldHold(cache, 'Query', FOLLOW_UP_LISTS, ofStore(String(event.payload.storeId))),
});

/** An order's review (`WorkOrder.review`): the order shows the review once it exists. */
function linkToOrder(cache: Cache, orderId: string, review: string): void {
  const order = keyOf(cache, 'WorkOrder', orderId);
  if (cache.inspectFields(order).some((f) => f.fieldName === 'review')) cache.link(order, 'review', review);
}

const reviews = entityApplier({
  typename: 'Review',
  card: REVIEW_CARD,
  id: (p) => p.reviewId,
  place(cache, key, event, placement) {
    const store = keyOf(cache, 'Store', String(event.payload.storeId));
    if (!placeInLists(cache, store, key, STORE_REVIEWS, facts(event.payload, key), placement)) return false;
    linkToOrder(cache, String(event.payload.orderId), key);
    return true;
  },
  couldHold(cache, event) {
    const order = keyOf(cache, 'WorkOrder', String(event.payload.orderId));
    return (
      listsCouldHold(cache, keyOf(cache, 'Store', String(event.payload.storeId)), STORE_REVIEWS) ||
      cache.inspectFields(order).some((f) => f.fieldName === 'review')
    );
  },
});

export const aftercareAppliers: Appliers = {
  'complaint.*': complaints,
  'followUp.*': followUps,
  'review.*': reviews,
};
