/**
 * What is ours in a page. The page cannot forge either: the guard is a symbol on the content scripts' global, and
 * our elements are known by identity, kept in a set that lives in the content script's world — not by a tag name
 * or an attribute a page could give its own elements (`<policy-lens-mark>` around text it wants us to skip).
 */

/** Set on the content scripts' global while the full content script runs in a page: one instance per page. */
export const GUARD = Symbol.for('policy-lens.content');

const OURS = new WeakSet<Node>();

/** Records an element Policy Lens adds to the page; returns it. */
export function ours<T extends Element>(element: T): T {
  OURS.add(element);
  return element;
}

/** Whether `node` is itself an element Policy Lens added; for a walk that skips what lies inside ours already. */
export function isOurElement(node: Node): boolean {
  return OURS.has(node);
}

/** Whether `node` is, or lies inside, an element Policy Lens added (its tooltip, its highlight marks). */
export function isOurs(node: Node | null): boolean {
  for (let at = node; at; at = at.parentNode) if (OURS.has(at)) return true;
  return false;
}
