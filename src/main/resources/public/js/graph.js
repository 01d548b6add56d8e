/**
 * The graph canvas: a Cytoscape.js instance holding the entities and relations in view, styled by catalogue type
 * (colour, shape) and by modality (line style), with filters, path highlighting, placement of new neighbours and
 * export of what is shown. Keeps the API's own node and edge objects so exports carry the evidence.
 */
(function (tiegraph) {
  'use strict';

  const NODE_PREFIX = 'n:';
  const EDGE_PREFIX = 'e:';
  const MAX_FIT_ZOOM = 1.25;

  /** The year of an edge as a number, from `year`, `years` or its evidence; null when the text gives none. */
  function edgeYear(edge) {
    const candidates = [edge.year, ...(edge.years || []), ...(edge.evidence || []).map(ev => ev.year)];
    for (const value of candidates) {
      const match = value === undefined || value === null ? null : String(value).match(/\d{4}/);
      if (match) {
        return Number(match[0]);
      }
    }
    return null;
  }

  function evidenceCount(edge) {
    if (Array.isArray(edge.evidence) && edge.evidence.length > 0) {
      return edge.evidence.length;
    }
    return Number(edge.evidenceCount) || 1;
  }

  function styles() {
    return [
      {
        selector: 'node',
        style: {
          'background-color': 'data(color)',
          shape: 'data(shape)',
          width: 30,
          height: 30,
          'border-width': 1.5,
          'border-color': '#30343b',
          label: 'data(name)',
          'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
          'font-size': 12,
          color: '#1d2025',
          'text-valign': 'bottom',
          'text-margin-y': 5,
          'text-wrap': 'wrap',
          'text-max-width': 130,
          'text-background-color': '#ffffff',
          'text-background-opacity': 0.85,
          'text-background-padding': 2,
          'text-background-shape': 'roundrectangle',
        },
      },
      { selector: 'node[?expanded]', style: { 'border-width': 3, 'border-style': 'double' } },
      { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#0b5cad', 'font-weight': 'bold' } },
      { selector: 'node.endpoint', style: { width: 40, height: 40 } },
      {
        selector: 'edge',
        style: {
          width: 'mapData(evidenceCount, 1, 6, 1.6, 5)',
          'line-color': '#7d8590',
          'target-arrow-color': '#7d8590',
          'target-arrow-shape': 'triangle',
          'arrow-scale': 0.9,
          'curve-style': 'bezier',
          label: 'data(type)',
          'font-size': 9,
          color: '#3b4048',
          'text-rotation': 'autorotate',
          'text-background-color': '#ffffff',
          'text-background-opacity': 0.8,
          'text-background-padding': 1,
        },
      },
      { selector: 'edge[modality = "reported"]', style: { 'line-style': 'dashed' } },
      { selector: 'edge[modality = "planned"]', style: { 'line-style': 'dotted' } },
      { selector: 'edge[modality = "possible"]', style: { 'line-style': 'dotted' } },
      {
        selector: 'edge[modality = "denied"]',
        style: { 'line-style': 'dotted', 'line-color': '#c0392b', 'target-arrow-color': '#c0392b' },
      },
      {
        selector: 'edge:selected',
        style: { 'line-color': '#0b5cad', 'target-arrow-color': '#0b5cad', width: 5, 'font-weight': 'bold' },
      },
      { selector: '.on-path', style: { 'z-index': 10 } },
      { selector: 'edge.on-path', style: { 'line-color': '#0b5cad', 'target-arrow-color': '#0b5cad' } },
      { selector: '.faded', style: { opacity: 0.18 } },
      { selector: '.filtered-out', style: { display: 'none' } },
    ];
  }

  class GraphView {
    constructor(container, schema, handlers) {
      this.schema = schema;
      this.handlers = handlers;
      this.filters = { hiddenEntityTypes: new Set(), hiddenEdgeTypes: new Set(), yearFrom: null, yearTo: null, undated: true };
      this.cy = window.cytoscape({
        container,
        style: styles(),
        minZoom: 0.15,
        maxZoom: 3,
        selectionType: 'single',
        boxSelectionEnabled: false,
      });
      this.cy.on('tap', 'node', event => handlers.onNodeTap(event.target.data('entity').id));
      this.cy.on('tap', 'edge', event => handlers.onEdgeTap(event.target.data('edge').id));
      this.cy.on('tap', event => {
        if (event.target === this.cy) {
          handlers.onBackgroundTap();
        }
      });
    }

    setSchema(schema) {
      this.schema = schema;
      this.cy.nodes().forEach(node => {
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

    /** Adds nodes and edges not yet in view (merging richer copies of known ones); returns the ids added. */
    add(graph) {
      const addedNodes = [];
      const addedEdges = [];
      this.cy.batch(() => {
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
      return { addedNodes, addedEdges };
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
      }
    }

    clear() {
      this.cy.elements().remove();
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

    /** Places the ids just added on rings around an anchor node so the rest of the picture does not move. */
    placeAround(anchorId, newIds) {
      const anchor = this.node(anchorId);
      const nodes = newIds.map(id => this.node(id)).filter(Boolean);
      if (!anchor || nodes.length === 0) {
        return;
      }
      const centre = anchor.position();
      const perRing = 14;
      nodes.forEach((node, i) => {
        const ring = Math.floor(i / perRing);
        const inRing = Math.min(perRing, nodes.length - ring * perRing);
        const angle = (2 * Math.PI * (i % perRing)) / inRing + ring * 0.3;
        const radius = 150 + ring * 95;
        node.position({ x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) });
      });
      this.focus(anchor.closedNeighborhood().filter(':visible'));
    }

    /** Fits the elements in view without zooming in past a readable scale (a handful of nodes would fill the screen). */
    focus(elements) {
      if (elements.empty()) {
        return;
      }
      this.cy.stop();
      this.cy.fit(elements, 50);
      if (this.cy.zoom() > MAX_FIT_ZOOM) {
        this.cy.zoom(MAX_FIT_ZOOM);
        this.cy.center(elements);
      }
    }

    /** A force-directed arrangement of everything in view. */
    arrange() {
      const visible = this.cy.elements().filter(':visible');
      if (visible.empty()) {
        return;
      }
      visible.layout({
        name: 'cose',
        animate: false,
        randomize: true,
        nodeRepulsion: () => 400000,
        idealEdgeLength: () => 120,
        nodeOverlap: 20,
        nodeDimensionsIncludeLabels: true,
        fit: false,
      }).run();
      this.focus(visible);
    }

    /**
   * Lays paths out as rows read left to right: the start on the left and the end on the right, both centred; every
   * other entity in the column and row (rank) of the first path that reaches it, so no two share a place.
   */
  arrangePaths(paths) {
    const positions = new Map();
    const first = paths.length > 0 ? paths[0].nodes || [] : [];
    const lastColumn = Math.max(1, ...paths.map(path => (path.nodes || []).length - 1));
    const middleRow = (paths.length - 1) / 2;
    if (first.length > 0) {
      positions.set(first[0].id, { column: 0, row: middleRow });
      positions.set(first[first.length - 1].id, { column: lastColumn, row: middleRow });
    }
    paths.forEach((path, row) => {
      (path.nodes || []).forEach((entity, column) => {
        if (!positions.has(entity.id)) {
          positions.set(entity.id, { column, row });
        }
      });
    });
    this.cy.batch(() => {
      for (const [id, place] of positions) {
        const node = this.node(id);
        if (node) {
          node.position({ x: place.column * 200, y: place.row * 80 });
        }
      }
    });
    this.focus(this.cy.elements().filter(':visible'));
  }

  fit() {
      this.focus(this.cy.elements().filter(':visible'));
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
      this.filters = filters;
      this.applyFilters();
    }

    edgePassesFilters(data) {
      const f = this.filters;
      if (f.hiddenEdgeTypes.has(data.type)) {
        return false;
      }
      if (data.year === null || data.year === undefined) {
        return f.undated;
      }
      return (f.yearFrom === null || data.year >= f.yearFrom) && (f.yearTo === null || data.year <= f.yearTo);
    }

    applyFilters() {
      this.cy.batch(() => {
        this.cy.nodes().forEach(node => {
          const lineage = this.schema.lineage(node.data('type'));
          node.toggleClass('filtered-out', lineage.some(type => this.filters.hiddenEntityTypes.has(type)));
        });
        this.cy.edges().forEach(edge => {
          edge.toggleClass('filtered-out', !this.edgePassesFilters(edge.data()));
        });
      });
    }

    counts() {
      const visible = this.cy.elements().filter(':visible');
      return {
        nodes: this.cy.nodes().length,
        edges: this.cy.edges().length,
        visibleNodes: visible.nodes().length,
        visibleEdges: visible.edges().length,
      };
    }

    countBy(collection, key) {
      const counts = new Map();
      collection.forEach(element => counts.set(element.data(key), (counts.get(element.data(key)) || 0) + 1));
      return counts;
    }

    entityTypeCounts() {
      return this.countBy(this.cy.nodes(), 'type');
    }

    edgeTypeCounts() {
      return this.countBy(this.cy.edges(), 'type');
    }

    years() {
      return this.cy.edges().map(edge => edge.data('year')).filter(year => year !== null && year !== undefined);
    }

    /** Relations in view touching an entity, visible ones first. */
    relationsOf(id) {
      const node = this.node(id);
      if (!node) {
        return [];
      }
      return node.connectedEdges().sort((a, b) => Number(b.visible()) - Number(a.visible()))
        .map(edge => ({ edge: edge.data('edge'), visible: edge.visible() }));
    }

    /** Visible entities ordered by name: what the arrow keys walk through. */
    visibleEntitiesByName() {
      return this.cy.nodes(':visible').sort((a, b) => a.data('name').localeCompare(b.data('name')))
        .map(node => node.data('entity'));
    }

    selectedEntityId() {
      const selected = this.cy.nodes(':selected');
      return selected.nonempty() ? selected.first().data('entity').id : null;
    }

    /** What is shown, in the API's own shapes (nodes, edges with their evidence). */
    toJson() {
      const visible = this.cy.elements().filter(':visible');
      return {
        nodes: visible.nodes().map(node => node.data('entity')),
        edges: visible.edges().map(edge => edge.data('edge')),
      };
    }

    toPng() {
      return this.cy.png({ output: 'blob', bg: '#ffffff', full: true, scale: 2, maxWidth: 6000, maxHeight: 6000 });
    }
  }

  Object.assign(tiegraph, { edgeYear, GraphView });
})(window.tiegraph = window.tiegraph || {});
