import { useQuery } from '@urql/vue';
import { computed } from 'vue';
import { EnabledFeaturesDocument } from '../gql/graphql.ts';
import { useWorkspace } from './workspace.ts';

/**
 * The features switched on in the current store, kept live (store.featureSwitched events write
 * them into the cache, @lacewire/client): a screen hides a feature's entry
 * point (a call button, a request for remote acceptance) before anyone starts what the server
 * would refuse with FeatureDisabled. Until the answer is in, nothing is shown as on.
 */
export function useStoreFeatures() {
  const workspace = useWorkspace();
  const storeId = computed(() => workspace.current.value?.id ?? '');
  const query = useQuery({
    query: EnabledFeaturesDocument,
    variables: computed(() => ({ storeId: storeId.value })),
    pause: computed(() => !storeId.value),
  });
  const enabled = computed(() =>
    query.data.value?.node?.__typename === 'Store' ? new Set(query.data.value.node.enabledFeatures) : new Set<string>(),
  );
  return { enabled: (feature: string) => enabled.value.has(feature) };
}
