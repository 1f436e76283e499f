/** Set on the content scripts' global while the full content script runs in a page: one instance per page. */
export const GUARD = Symbol.for('policy-lens.content');
