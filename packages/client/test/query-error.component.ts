import { mount } from '@vue/test-utils';
import { expect, it } from 'vitest';
import QueryError from '../src/QueryError.vue';

const labels = { timeout: 'Took too long', network: 'Offline', other: 'Failed', retry: 'Retry' };

it('says why a query failed and offers a retry; shows nothing without an error', async () => {
  const wrapper = mount(QueryError, {
    props: { error: { graphQLErrors: [{ extensions: { code: 'Timeout' } }] }, labels },
  });
  expect(wrapper.find('[role="alert"]').text()).toContain('Took too long');
  await wrapper.find('button').trigger('click');
  expect(wrapper.emitted('retry')).toHaveLength(1);

  await wrapper.setProps({ error: { networkError: new DOMException('signal timed out', 'TimeoutError'), graphQLErrors: [] } });
  expect(wrapper.text()).toContain('Took too long');
  await wrapper.setProps({ error: { networkError: new Error('Failed to fetch'), graphQLErrors: [] } });
  expect(wrapper.text()).toContain('Offline');
  await wrapper.setProps({ error: { graphQLErrors: [{ extensions: { code: 'NotAllowed' } }] } });
  expect(wrapper.text()).toContain('Failed');
  await wrapper.setProps({ error: null });
  expect(wrapper.find('[role="alert"]').exists()).toBe(false);
});
