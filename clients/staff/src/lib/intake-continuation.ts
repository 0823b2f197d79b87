import { useQuery } from '@urql/vue';
import { computed, type Ref, ref, watch } from 'vue';
import { useRoute } from 'vue-router';
import { AwaitingIntakeDocument, type AwaitingIntakeQuery, OrderCustomerDocument } from '../gql/graphql.ts';

type CustomerNode = Extract<NonNullable<AwaitingIntakeQuery['node']>, { __typename: 'Customer' }>;
export type AwaitingOrder = CustomerNode['orders'][number];

/** The description a check-in gives a pair nobody has registered yet (care's placeholder). */
export const UNREGISTERED = '待登记';

/**
 * Intake continuing what a check-in opened: the customer's orders that wait for intake, the one
 * being completed (chosen by `?order=`, or the only one), and the customer to pick when the page
 * was opened for a customer (`?customer=`) or an order (`?order=`). While an order waits the
 * server opens no second one for the customer (IntakePending): the counter completes it instead.
 */
export function useIntakeContinuation(picked: Ref<{ id: string } | null>) {
  const route = useRoute();
  const wantedOrder = ref(typeof route.query.order === 'string' ? route.query.order : null);
  const ofOrder = useQuery({
    query: OrderCustomerDocument,
    variables: computed(() => ({ id: wantedOrder.value ?? '' })),
    pause: computed(() => !wantedOrder.value || !!picked.value),
  });
  const customerId = computed(() => {
    if (picked.value) return picked.value.id;
    if (typeof route.query.customer === 'string') return route.query.customer;
    const node = ofOrder.data.value?.node;
    return node?.__typename === 'WorkOrder' ? (node.customer?.id ?? null) : null;
  });
  const query = useQuery({
    query: AwaitingIntakeDocument,
    variables: computed(() => ({ customerId: customerId.value ?? '' })),
    pause: computed(() => !customerId.value),
    requestPolicy: 'network-only',
  });
  // The order a check-in opens arrives a moment after the check-in: it shows up here by itself
  // (its event puts it into the customer's cached orders, @lacewire/client).
  const customer = computed(() => (query.data.value?.node?.__typename === 'Customer' ? query.data.value.node : null));
  const awaiting = computed(() => customer.value?.orders.filter((o) => o.awaitingIntake) ?? []);
  const continuing = ref<AwaitingOrder | null>(null);

  watch(awaiting, (list) => {
    const wanted = list.find((o) => o.id === wantedOrder.value);
    if (wanted) continuing.value = wanted;
    else if (!list.some((o) => o.id === continuing.value?.id)) continuing.value = list.length === 1 ? list[0] : null;
  });

  return {
    /** The customer as the intake form shows them (to pick when the page was opened for them). */
    customer,
    awaiting,
    continuing,
    /** After IntakePending: continue that order. */
    continueOrder(orderId: string) {
      wantedOrder.value = orderId;
      query.executeQuery({ requestPolicy: 'network-only' });
    },
    refetch: () => query.executeQuery({ requestPolicy: 'network-only' }),
  };
}
