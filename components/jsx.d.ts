/**
 * The kit's tags as JSX intrinsic elements (React 19's `react` module JSX, and the global JSX namespace of React
 * 18, Preact, Solid). The attributes, properties and `on<event>` handlers of each tag are generated from
 * custom-elements.json by `npm run analyze` (components/types/jsx.d.ts); Vue users import
 * components/types/vue.js, which declares them as Vue global components.
 */
import type { CustomElements } from './types/jsx.js';

declare global {
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends CustomElements {}
  }
}

declare module 'react' {
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends CustomElements {}
  }
}
