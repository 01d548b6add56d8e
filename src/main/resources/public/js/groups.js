/**
 * Groups of leaves: when an expansion brings many entities tied to nothing else in view (a hub's depth-1
 * neighbourhood), those sharing a type (or a relation to the hub) are drawn as one labelled box tied to the hub;
 * opening a box puts its entities back. Grouped entities stay part of the view (counts, filters lists, exports).
 */
(function (tiegraph) {
  'use strict';

  const GROUP_PREFIX = 'g:';
  /** An expansion bringing fewer new leaves than this is drawn whole. */
  const MIN_LEAVES = 16;
  /** A bucket with fewer leaves than this stays as single entities. */
  const MIN_GROUP = 3;

  /** The bucket of a leaf: its type, or the relations joining it to the anchor with their direction. */
  function bucketOf(leaf, anchor, by) {
    if (by === 'type') {
      return leaf.data('type') || 'unknown';
    }
    return leaf.connectedEdges().map(edge => (edge.source().same(anchor) ? `${edge.data('type')} →` : `← ${edge.data('type')}`))
      .sort().filter((label, i, all) => all.indexOf(label) === i).join(' · ');
  }

  class LeafGroups {
    constructor(cy, schema) {
      this.cy = cy;
      this.schema = schema;
      this.groups = new Map();
    }

    setSchema(schema) {
      this.schema = schema;
    }

    /** Groups the new leaves of an anchor by 'type' or 'relation' ('none': no grouping); returns the group nodes made. */
    group(anchorNode, newNodes, by) {
      if (by !== 'type' && by !== 'relation') {
        return this.cy.collection();
      }
      const leaves = newNodes.filter(node => {
        const others = node.neighborhood().nodes();
        return others.length === 1 && others.same(anchorNode);
      });
      if (leaves.length < MIN_LEAVES) {
        return this.cy.collection();
      }
      const buckets = new Map();
      leaves.forEach(leaf => {
        const bucket = bucketOf(leaf, anchorNode, by);
        buckets.set(bucket, (buckets.get(bucket) || this.cy.collection()).union(leaf));
      });
      let made = this.cy.collection();
      for (const [bucket, members] of buckets) {
        if (members.length >= MIN_GROUP) {
          made = made.union(this.make(anchorNode, bucket, by, members));
        }
      }
      return made;
    }

    make(anchorNode, bucket, by, members) {
      const anchorId = anchorNode.data('entity').id;
      const id = `${GROUP_PREFIX}${anchorId}|${by}|${bucket}`;
      const saved = new Map();
      members.forEach(node => saved.set(node.data('entity').id, { node: node.json(), edges: node.connectedEdges().jsons() }));
      this.cy.remove(members);
      const existing = this.groups.get(id);
      if (existing) {
        saved.forEach((value, key) => existing.members.set(key, value));
        this.relabel(id);
        return this.cy.getElementById(id);
      }
      this.groups.set(id, { anchorId, bucket, by, members: saved });
      const type = by === 'type' ? bucket : null;
      const group = this.cy.add({
        group: 'nodes',
        classes: 'group',
        data: {
          id, name: '', type, groupBy: by, bucket,
          color: type ? this.schema.color(type) : '#c9ced6', shape: 'round-rectangle',
        },
      });
      this.cy.add({ group: 'edges', classes: 'group-edge', data: { id: `ge:${id}`, source: anchorNode.id(), target: id } });
      this.relabel(id);
      return group;
    }

    relabel(id) {
      const group = this.groups.get(id);
      const node = this.cy.getElementById(id);
      node.data({ name: `${group.members.size} × ${group.bucket}`, count: group.members.size });
    }

    isGroup(elementId) {
      return this.groups.has(elementId);
    }

    /** Puts every member of a group back in the view (the caller places them); returns the member nodes. */
    open(id) {
      const group = this.groups.get(id);
      if (!group) {
        return this.cy.collection();
      }
      this.groups.delete(id);
      this.cy.remove(this.cy.getElementById(id));
      return this.restore([...group.members.values()]);
    }

    /** Takes entities out of their groups (an answer names them again); returns the member nodes put back. */
    release(entityIds) {
      const back = [];
      for (const [id, group] of this.groups) {
        for (const entityId of entityIds) {
          if (group.members.has(entityId)) {
            back.push(group.members.get(entityId));
            group.members.delete(entityId);
          }
        }
        if (group.members.size === 0) {
          this.groups.delete(id);
          this.cy.remove(this.cy.getElementById(id));
        } else {
          this.relabel(id);
        }
      }
      return this.restore(back);
    }

    restore(saved) {
      let nodes = this.cy.collection();
      for (const { node } of saved) {
        nodes = nodes.union(this.cy.add(node));
      }
      for (const { edges } of saved) {
        for (const edge of edges) {
          if (this.cy.getElementById(edge.data.id).empty() && this.cy.getElementById(edge.data.source).nonempty()
            && this.cy.getElementById(edge.data.target).nonempty()) {
            this.cy.add(edge);
          }
        }
      }
      return nodes;
    }

    /** Drops the groups hanging from an anchor that leaves the view. */
    dropAnchor(anchorId) {
      for (const [id, group] of this.groups) {
        if (group.anchorId === anchorId) {
          this.groups.delete(id);
          this.cy.remove(this.cy.getElementById(id));
        }
      }
    }

    clear() {
      this.groups.clear();
    }

    /** The grouped entities (API node objects). */
    entities() {
      return [...this.groups.values()].flatMap(group => [...group.members.values()].map(m => m.node.data.entity));
    }

    /** The relations of grouped entities (API edge objects), each once. */
    relations() {
      const byId = new Map();
      for (const group of this.groups.values()) {
        for (const member of group.members.values()) {
          member.edges.forEach(edge => byId.set(edge.data.id, edge.data.edge));
        }
      }
      return [...byId.values()];
    }

    /** The relations of an anchor held in its groups. */
    relationsOf(entityId) {
      return this.relations().filter(edge => edge.source === entityId || edge.target === entityId);
    }

    size() {
      return this.groups.size;
    }
  }

  Object.assign(tiegraph, { LeafGroups });
})(window.tiegraph = window.tiegraph || {});
