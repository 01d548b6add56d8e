/**
 * Groups of leaves: when an expansion brings many entities tied to nothing else in view (a hub's depth-1
 * neighbourhood), those sharing a type (or a relation to the hub) are drawn as one labelled box tied to the hub;
 * opening a box puts its entities back, closing it again gathers them into the box. Grouped entities stay part of the
 * view (counts, filters lists, exports).
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

  function groupName(size, bucket) {
    return `${size} × ${bucket}`;
  }

  class LeafGroups {
    constructor(cy, schema) {
      this.cy = cy;
      this.schema = schema;
      this.groups = new Map();
      /** Groups opened and not closed since, by id: what closing one needs to draw its box again. */
      this.opened = new Map();
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
      node.data({ name: groupName(group.members.size, group.bucket), count: group.members.size });
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
      const box = this.cy.getElementById(id);
      this.opened.set(id, {
        anchorId: group.anchorId, anchorNodeId: box.incomers('node').id(), bucket: group.bucket, by: group.by,
        memberNodeIds: [...group.members.values()].map(member => member.node.data.id), position: { ...box.position() },
      });
      this.groups.delete(id);
      this.cy.remove(box);
      return this.restore([...group.members.values()]);
    }

    /**
     * Gathers the members of an opened group into its box again, those still tied to nothing but the anchor (one
     * expanded since stays out); returns the box, where it stood when opened (null: it is drawn already) and how many
     * went back, or null when no member is left.
     */
    close(id) {
      const opened = this.opened.get(id);
      if (!opened) {
        return null;
      }
      this.opened.delete(id);
      const anchor = this.cy.getElementById(opened.anchorNodeId);
      const members = this.cy.collection(opened.memberNodeIds.map(nodeId => this.cy.getElementById(nodeId)))
        .filter(node => {
          const others = node.neighborhood().nodes();
          return others.length === 1 && others.same(anchor);
        });
      if (members.empty()) {
        return null;
      }
      const alreadyDrawn = this.groups.has(id);
      const box = this.make(anchor, opened.bucket, opened.by, members);
      return { box, position: alreadyDrawn ? null : opened.position, gathered: members.length };
    }

    /** An opened group as { id, name, by, anchorId, members } (the entities of it still in view), or null. */
    openedGroup(id) {
      const opened = this.opened.get(id);
      if (!opened) {
        return null;
      }
      const members = opened.memberNodeIds.map(nodeId => this.cy.getElementById(nodeId)).filter(node => node.nonempty());
      return {
        id, name: groupName(opened.memberNodeIds.length, opened.bucket), by: opened.by, anchorId: opened.anchorId,
        members: members.map(node => node.data('entity')),
      };
    }

    /** The opened group a node came out of (see openedGroup), or null. */
    openedGroupOf(node) {
      const id = [...this.opened.keys()].find(key => this.opened.get(key).memberNodeIds.includes(node.id()));
      return id === undefined ? null : this.openedGroup(id);
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

    /** Drops the groups hanging from an anchor that leaves the view, opened ones included. */
    dropAnchor(anchorId) {
      for (const [id, group] of this.groups) {
        if (group.anchorId === anchorId) {
          this.groups.delete(id);
          this.cy.remove(this.cy.getElementById(id));
        }
      }
      for (const [id, opened] of this.opened) {
        if (opened.anchorId === anchorId) {
          this.opened.delete(id);
        }
      }
    }

    clear() {
      this.groups.clear();
      this.opened.clear();
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
