import { BLOCK, DEFINE, type GoTree } from "./tree";

/** A template body: the children of node `node` (a define or block) of `tree`. */
export interface GoBody {
  tree: GoTree;
  node: number;
}

const cache = new WeakMap<GoTree, Map<string, GoBody>>();

/**
 * The templates a document defines: `{{define}}` at its top level and `{{block}}` anywhere, a
 * later definition of a name replacing an earlier one (as Go's parser does). One pass over the
 * columns per parsed document; they are in document order already.
 */
export function goDefinitions(tree: GoTree): Map<string, GoBody> {
  let found = cache.get(tree);
  if (found) return found;
  found = new Map();
  if (tree.templates.length > 0) {
    for (let i = 0; i < tree.length; i++) {
      const kind = tree.kind(i);
      if (kind === DEFINE || kind === BLOCK) found.set(tree.template(i).name, { tree, node: i });
    }
  }
  cache.set(tree, found);
  return found;
}
