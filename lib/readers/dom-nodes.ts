/**
 * Node types by their numbers in the DOM standard. Readers get documents from
 * the browser or, in the CLI, from happy-dom, which leaves Node's globals
 * without `Node` or `NodeFilter`; comparing `nodeType` with these works in both.
 */
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

export const isElement = (node: Node): node is Element => node.nodeType === ELEMENT_NODE;
export const isText = (node: Node): node is Text => node.nodeType === TEXT_NODE;

/** Script, style and template contents are not text anyone reads on the page. */
const UNSHOWN_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/** `root` and every node under it in document order, leaving out script, style, noscript and template elements and what they hold. */
export function* shownNodes(root: Node): Generator<Node> {
  const pending: Node[] = [root];
  while (pending.length > 0) {
    const node = pending.pop()!;
    if (isElement(node) && UNSHOWN_TAGS.has(node.tagName.toUpperCase())) continue;
    yield node;
    // Pushed in reverse so they come off the stack in document order.
    for (let child = node.lastChild; child; child = child.previousSibling) pending.push(child);
  }
}
