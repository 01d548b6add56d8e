/**
 * Where nodes go: new ones on free spots on rings around a centre, each at least a spacing away from every node
 * already there and from each other, so an expansion never drops a node onto another; paths in rows; a force-directed
 * arrangement on request; and the camera fitting what was placed without zooming in past a readable scale.
 */
(function (tiegraph) {
  'use strict';

  /** Centre-to-centre distance between placed nodes: a node (30 px, a group 46 px) and room for most labels. */
  const SPACING = 90;
  const FIRST_RING = 140;
  const MAX_RINGS = 400;
  const MAX_FIT_ZOOM = 1.25;

  /**
   * `count` positions around `centre`, none closer than `spacing` to a position of `occupied` or to another; rings grow
   * outwards, and a ring with room to spare spreads its nodes evenly around it.
   */
  function freeSpots(centre, count, occupied, { spacing = SPACING, firstRing = FIRST_RING } = {}) {
    const taken = occupied.map(p => ({ x: p.x, y: p.y }));
    const spots = [];
    const free = spot => taken.every(p => (p.x - spot.x) ** 2 + (p.y - spot.y) ** 2 >= spacing * spacing);
    if (firstRing === 0 && count > 0 && free(centre)) {
      spots.push({ ...centre });
      taken.push({ ...centre });
    }
    for (let ring = 0; spots.length < count && ring < MAX_RINGS; ring++) {
      const radius = Math.max(firstRing, spacing) + ring * spacing * 0.8;
      const capacity = Math.max(1, Math.floor((2 * Math.PI * radius) / spacing));
      const slots = Math.min(capacity, count - spots.length);
      const offset = ring * 0.37;
      for (let i = 0; i < slots; i++) {
        const angle = offset + (2 * Math.PI * i) / slots;
        const spot = { x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) };
        if (free(spot)) {
          spots.push(spot);
          taken.push(spot);
        }
      }
    }
    return spots;
  }

  /**
   * Positions for the entities of paths as rows read left to right: the start on the left and the end on the right,
   * both centred; every other entity in the column and row (rank) of the first path that reaches it, so no two share
   * a place.
   */
  function pathPositions(paths) {
    const places = new Map();
    const first = paths.length > 0 ? paths[0].nodes || [] : [];
    const lastColumn = Math.max(1, ...paths.map(path => (path.nodes || []).length - 1));
    const middleRow = (paths.length - 1) / 2;
    if (first.length > 0) {
      places.set(first[0].id, { column: 0, row: middleRow });
      places.set(first[first.length - 1].id, { column: lastColumn, row: middleRow });
    }
    paths.forEach((path, row) => {
      (path.nodes || []).forEach((entity, column) => {
        if (!places.has(entity.id)) {
          places.set(entity.id, { column, row });
        }
      });
    });
    return new Map([...places].map(([id, place]) => [id, { x: place.column * 200, y: place.row * 80 }]));
  }

  /** Moves the nodes of a Cytoscape canvas and its camera. */
  class CanvasPlacement {
    constructor(cy) {
      this.cy = cy;
    }

    /** Puts `nodes` on free spots around `centre`; with `firstRing` 0 the centre itself comes first if free. */
    place(centre, nodes, firstRing) {
      const others = this.cy.nodes().difference(nodes).map(node => node.position());
      const spots = freeSpots(centre, nodes.length, others, firstRing === undefined ? {} : { firstRing });
      nodes.forEach((node, i) => node.position(spots[i] || centre));
    }

    /** Puts a node on the free spot nearest the middle of the view. */
    placeInView(node) {
      const extent = this.cy.extent();
      this.place({ x: extent.x1 + extent.w / 2, y: extent.y1 + extent.h / 2 }, node, 0);
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

    fit() {
      this.focus(this.cy.elements().filter(':visible'));
    }

    /** A force-directed arrangement of everything shown. */
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

    /** Lays paths out as rows read left to right (see pathPositions); `nodeOf` finds an entity's node, or null. */
    arrangePaths(paths, nodeOf) {
      this.cy.batch(() => {
        for (const [id, position] of pathPositions(paths)) {
          const node = nodeOf(id);
          if (node) {
            node.position(position);
          }
        }
      });
      this.fit();
    }
  }

  Object.assign(tiegraph, { CanvasPlacement, freeSpots });
})(window.tiegraph = window.tiegraph || {});
