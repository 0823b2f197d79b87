// Lets tsc (which does not read .vue files) type imports of the call component.
declare module '*.vue' {
  import type { DefineComponent } from 'vue';

  const component: DefineComponent<object, object, any>;
  export default component;
}
