/**
 * The graph canvas: a Cytoscape.js instance holding the entities and relations in view (styled by graph-style.js),
 * with filters (hiding entities they leave without a relation), groups of leaves, placement of new nodes on free spots
 * (placement.js), labels that would collide left to hover (labels.js), path highlighting and export of what is shown.
 * Keeps the API's own node and edge objects so exports carry the evidence.
 */
(function (tiegraph) {
  'use strict';

  const { CanvasPlacement, declutterLabels, edgeYear, evidenceCount, graphStyles, LeafGroups, ViewFilters } = tiegraph;

  const NODE_PREFIX = 'n:';
  const EDGE_PREFIX = 'e:';

  class GraphView {
    constructor(container, schema, handlers) {
      this.schema = schema;
      this.handlers = handlers;
      this.filters = new ViewFilters();
      this.cy = window.cytoscape({
        container,
        style: graphStyles(),
        minZoom: 0.15,
        maxZoom: 3,
        selectionType: 'single',
        boxSelectionEnabled: false,
      });
      this.groups = new LeafGroups(this.cy, schema);
      this.placement = new CanvasPlacement(this.cy);
      this.cy.on('dragfree', 'node', () => declutterLabels(this.cy));
      this.cy.on('tap', 'node', event => (event.target.hasClass('group')
        ? handlers.onGroupTap(event.target.id()) : handlers.onNodeTap(event.target.data('entity').id)));
      this.cy.on('mouseover', 'node, edge', event => event.target.addClass('hover'));
      this.cy.on('mouseout', 'node, edge', event => event.target.removeClass('hover'));
      this.cy.on('tap', 'edge', event => handlers.onEdgeTap(event.target.data('edge').id));
      this.cy.on('tap', event => {
        if (event.target === this.cy) {
          handlers.onBackgroundTap();
        }
      });
    }

    setSchema(schema) {
      this.schema = schema;
      this.groups.setSchema(schema);
      this.cy.nodes().not('.group').forEach(node => {
        const type = node.data('type');
        node.data({ color: schema.color(type), shape: schema.shape(type) });
      });
    }

    node(id) {
      const element = this.cy.getElementById(NODE_PREFIX + id);
      return element.nonempty() ? element : null;
    }

    edge(id) {
      const element = this.cy.getElementById(EDGE_PREFIX + id);
      return element.nonempty() ? element : null;
    }

    entity(id) {
      const node = this.node(id);
      return node ? node.data('entity') : null;
    }

    relation(id) {
      const edge = this.edge(id);
      return edge ? edge.data('edge') : null;
    }

    isEmpty() {
      return this.cy.elements().empty();
    }

    /** The entity nodes on the canvas (not the group boxes). */
    entityNodes() {
      return this.cy.nodes().not('.group');
    }

    /** The relations on the canvas (not the lines to group boxes). */
    relationEdges() {
      return this.cy.edges().not('.group-edge');
    }

    /**
     * Adds nodes and edges not yet in view (merging richer copies of known ones); returns the ids added, and those of
     * grouped entities the answer named again, back on the canvas but still to be placed.
     */
    add(graph) {
      const addedNodes = [];
      const addedEdges = [];
      const released = [];
      this.cy.batch(() => {
        const named = new Set([...(graph.nodes || []).map(n => n.id),
          ...(graph.edges || []).flatMap(e => [e.source, e.target])]);
        released.push(...this.groups.release(named).map(node => node.data('entity').id));
        for (const entity of graph.nodes || []) {
          const existing = this.node(entity.id);
          if (existing) {
            existing.data('entity', { ...existing.data('entity'), ...entity });
            continue;
          }
          this.cy.add({
            group: 'nodes',
            data: {
              id: NODE_PREFIX + entity.id,
              entity,
              name: entity.name || entity.id,
              type: entity.type,
              color: this.schema.color(entity.type),
              shape: this.schema.shape(entity.type),
            },
          });
          addedNodes.push(entity.id);
        }
        for (const relation of graph.edges || []) {
          const existing = this.edge(relation.id);
          if (existing) {
            const known = existing.data('edge');
            if ((relation.evidence || []).length > (known.evidence || []).length) {
              existing.data({ edge: relation, evidenceCount: evidenceCount(relation) });
            }
            continue;
          }
          if (!this.node(relation.source) || !this.node(relation.target)) {
            continue; // an edge whose end the API did not send cannot be drawn
          }
          this.cy.add({
            group: 'edges',
            data: {
              id: EDGE_PREFIX + relation.id,
              source: NODE_PREFIX + relation.source,
              target: NODE_PREFIX + relation.target,
              edge: relation,
              type: relation.type,
              modality: relation.modality || 'asserted',
              year: edgeYear(relation),
              evidenceCount: evidenceCount(relation),
            },
          });
          addedEdges.push(relation.id);
        }
      });
      this.applyFilters();
      return { addedNodes, addedEdges, released };
    }

    markExpanded(id) {
      const node = this.node(id);
      if (node) {
        node.data('expanded', true);
      }
    }

    remove(id) {
      const node = this.node(id);
      if (node) {
        this.cy.remove(node);
        this.groups.dropAnchor(id);
        declutterLabels(this.cy);
      }
    }

    clear() {
      this.cy.elements().remove();
      this.groups.clear();
    }

    select(kind, id) {
      this.cy.elements().unselect();
      const element = kind === 'node' ? this.node(id) : this.edge(id);
      if (!element) {
        return;
      }
      element.select();
      if (!element.visible() || this.cy.animated()) {
        return;
      }
      const box = element.renderedBoundingBox();
      const outside = box.x2 < 0 || box.y2 < 0 || box.x1 > this.cy.width() || box.y1 > this.cy.height();
      if (outside) {
        this.cy.animate({ center: { eles: element }, duration: 250 });
      }
    }

    unselect() {
      this.cy.elements().unselect();
    }

    /**
     * Settles the entities an expansion of `anchorId` added: many leaves become groups (by 'type' or 'relation';
     * 'none' keeps them single), then the new nodes and groups go on free spots around the anchor. Returns the number
     * of groups made and of entities in them.
     */
    settleAround(anchorId, newIds, groupBy) {
      const anchor = this.node(anchorId);
      let fresh = this.cy.collection(newIds.map(id => this.node(id)).filter(Boolean));
      if (!anchor || fresh.empty()) {
        return { groups: 0, grouped: 0 };
      }
      const before = fresh.length;
      const groups = this.groups.group(anchor, fresh, groupBy);
      fresh = fresh.filter(node => node.inside()).union(groups);
      this.placement.place(anchor.position(), fresh);
      this.applyFilters();
      this.placement.focus(anchor.closedNeighborhood().filter(':visible'));
      return { groups: groups.length, grouped: before - (fresh.length - groups.length) };
    }

    /** Opens a group box: its entities go back on free spots around where it stood; returns how many. */
    openGroup(groupId) {
      const box = this.cy.getElementById(groupId);
      if (box.empty()) {
        return 0;
      }
      const centre = { ...box.position() };
      const members = this.groups.open(groupId);
      this.placement.place(centre, members);
      this.applyFilters();
      this.placement.focus(members.closedNeighborhood().filter(':visible'));
      return members.length;
    }

    /**
     * Closes an opened group: its members go back in the box, drawn where it stood (or on the free spot nearest);
     * returns how many went back.
     */
    closeGroup(groupId) {
      const closed = this.groups.close(groupId);
      if (!closed) {
        return 0;
      }
      if (closed.position) {
        this.placement.place(closed.position, closed.box, 0);
      }
      this.applyFilters();
      this.placement.focus(closed.box.incomers('node').closedNeighborhood().filter(':visible'));
      return closed.gathered;
    }

    /** An opened group as { id, name, by, anchorId, members } (the entities of it still in view), or null. */
    openedGroup(groupId) {
      return this.groups.openedGroup(groupId);
    }

    /** The opened group an entity came out of (see openedGroup), or null. */
    openedGroupOf(id) {
      const node = this.node(id);
      return node ? this.groups.openedGroupOf(node) : null;
    }

    /** Puts an entity placed from a search on the free spot nearest the middle of the view. */
    placeInView(id) {
      const node = this.node(id);
      if (node) {
        this.placement.placeInView(node);
        declutterLabels(this.cy);
      }
    }

    /** A force-directed arrangement of everything in view. */
    arrange() {
      this.placement.arrange();
      declutterLabels(this.cy);
    }

    /** Lays paths out as rows read left to right. */
    arrangePaths(paths) {
      this.placement.arrangePaths(paths, id => this.node(id));
      declutterLabels(this.cy);
    }

    fit() {
      this.placement.fit();
    }

    /** Emphasises one path (its nodes and edges) and fades the rest; null clears the emphasis. */
    highlightPath(path) {
      this.cy.batch(() => {
        this.cy.elements().removeClass('on-path faded endpoint');
        if (!path) {
          return;
        }
        const nodes = path.nodes || [];
        const ids = new Set([...nodes.map(n => NODE_PREFIX + n.id), ...(path.edges || []).map(e => EDGE_PREFIX + e.id)]);
        this.cy.elements().forEach(element => element.addClass(ids.has(element.id()) ? 'on-path' : 'faded'));
        for (const end of [nodes[0], nodes[nodes.length - 1]]) {
          const node = end && this.node(end.id);
          if (node) {
            node.addClass('endpoint');
          }
        }
      });
    }

    setFilters(filters) {
      this.filters.set(filters);
      this.applyFilters();
    }

    /** Shows what the filters let through, then leaves out the labels that now collide. */
    applyFilters() {
      this.filters.apply(this.cy, this.schema);
      declutterLabels(this.cy);
    }

    nodeShown(node) {
      return this.filters.nodeShown(node);
    }

    edgeShown(edge) {
      return this.filters.edgeShown(edge);
    }

    /** Entities and relations in the view (grouped ones included) and how many of them are shown. */
    counts() {
      const nodes = this.entityNodes();
      const edges = this.relationEdges();
      const grouped = this.groups.entities().length;
      const groupedEdges = this.groups.relations().length;
      return {
        nodes: nodes.length + grouped,
        edges: edges.length + groupedEdges,
        visibleNodes: nodes.filter(node => this.nodeShown(node)).length,
        visibleEdges: edges.filter(edge => this.edgeShown(edge) && this.nodeShown(edge.source())
          && this.nodeShown(edge.target())).length,
        grouped,
        groupedEdges,
        groups: this.groups.size(),
      };
    }

    countBy(collection, key) {
      const counts = new Map();
      collection.forEach(element => counts.set(element.data(key), (counts.get(element.data(key)) || 0) + 1));
      return counts;
    }

    entityTypeCounts() {
      const counts = this.countBy(this.entityNodes(), 'type');
      this.groups.entities().forEach(entity => counts.set(entity.type, (counts.get(entity.type) || 0) + 1));
      return counts;
    }

    edgeTypeCounts() {
      const counts = this.countBy(this.relationEdges(), 'type');
      this.groups.relations().forEach(edge => counts.set(edge.type, (counts.get(edge.type) || 0) + 1));
      return counts;
    }

    years() {
      return this.relationEdges().map(edge => edge.data('year')).filter(year => year !== null && year !== undefined);
    }

    /** Relations in view touching an entity, shown ones first, then those hidden by filters, then grouped ones. */
    relationsOf(id) {
      const node = this.node(id);
      if (!node) {
        return [];
      }
      const drawn = node.connectedEdges().not('.group-edge').map(edge => ({ edge: edge.data('edge'),
        visible: this.edgeShown(edge) && this.nodeShown(edge.source()) && this.nodeShown(edge.target()) }));
      const grouped = this.groups.relationsOf(id).map(edge => ({ edge, visible: false, grouped: true }));
      return [...drawn.sort((a, b) => Number(b.visible) - Number(a.visible)), ...grouped];
    }

    /** Visible entities ordered by name: what the arrow keys walk through. */
    visibleEntitiesByName() {
      return this.entityNodes().filter(node => this.nodeShown(node))
        .sort((a, b) => a.data('name').localeCompare(b.data('name')))
        .map(node => node.data('entity'));
    }

    selectedEntityId() {
      const selected = this.entityNodes().filter(':selected');
      return selected.nonempty() ? selected.first().data('entity').id : null;
    }

    /** What is shown, grouped entities included, in the API's own shapes (nodes, edges with their evidence). */
    toJson() {
      const nodes = this.entityNodes().filter(node => this.nodeShown(node));
      const edges = this.relationEdges().filter(edge => this.edgeShown(edge) && this.nodeShown(edge.source())
        && this.nodeShown(edge.target()));
      return {
        nodes: [...nodes.map(node => node.data('entity')), ...this.groups.entities()],
        edges: [...edges.map(edge => edge.data('edge')), ...this.groups.relations()],
      };
    }

    toPng() {
      return this.cy.png({ output: 'blob', bg: '#ffffff', full: true, scale: 2, maxWidth: 6000, maxHeight: 6000 });
    }
  }

  Object.assign(tiegraph, { GraphView });
})(window.tiegraph = window.tiegraph || {});
