/**
 * The catalogue's display vocabulary as the page uses it: per entity type its colour (from the catalogue), its parent
 * and a node shape shared by all types under the same top-level type, read from GET /api/schema.
 */
(function (tiegraph) {
  'use strict';

  const SHAPES = ['ellipse', 'round-rectangle', 'diamond', 'hexagon', 'round-tag', 'round-triangle', 'octagon', 'star',
    'barrel', 'vee', 'round-pentagon', 'rhomboid', 'concave-hexagon', 'tag', 'round-diamond', 'cut-rectangle'];

  /** Accepts a list of objects (with `name` or `type`) or an object keyed by name; returns a list with `name` set. */
  function listOf(section) {
    if (!section) {
      return [];
    }
    if (Array.isArray(section)) {
      return section.map(item => (typeof item === 'string' ? { name: item } : { ...item, name: item.name || item.type }));
    }
    return Object.entries(section).map(([name, item]) => ({ ...(item || {}), name }));
  }

  /** A stable colour for a type the catalogue does not know (should not happen, but the page must not break). */
  function fallbackColor(name) {
    let hash = 0;
    for (const ch of name) {
      hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
    }
    return `hsl(${hash % 360}, 45%, 55%)`;
  }

  class Schema {
    constructor(entityTypes, edgeTypes) {
      this.entityTypes = new Map(entityTypes.map(t => [t.name, t]));
      this.edgeTypes = new Map(edgeTypes.map(t => [t.name, t]));
      const roots = entityTypes.filter(t => !t.parent).map(t => t.name);
      this.rootShapes = new Map(roots.map((name, i) => [name, SHAPES[i % SHAPES.length]]));
    }

    static from(json) {
      const source = json || {};
      return new Schema(listOf(source.entityTypes || source.entities), listOf(source.edgeTypes || source.relationships));
    }

    static empty() {
      return new Schema([], []);
    }

    /** The type and its ancestors (the type first). */
    lineage(type) {
      const chain = [type];
      for (let t = this.entityTypes.get(type); t && t.parent && !chain.includes(t.parent); t = this.entityTypes.get(t.parent)) {
        chain.push(t.parent);
      }
      return chain;
    }

    root(type) {
      let current = type;
      const seen = new Set();
      while (this.entityTypes.has(current) && this.entityTypes.get(current).parent && !seen.has(current)) {
        seen.add(current);
        current = this.entityTypes.get(current).parent;
      }
      return current;
    }

    color(type) {
      const known = this.entityTypes.get(type);
      return (known && known.color) || fallbackColor(String(type || 'unknown'));
    }

    shape(type) {
      return this.rootShapes.get(this.root(type)) || 'ellipse';
    }

    /** Types in catalogue order, each with its depth in the hierarchy (for an indented legend). */
    typesInOrder() {
      const depth = name => {
        let d = 0;
        for (let t = this.entityTypes.get(name); t && t.parent && d < 10; t = this.entityTypes.get(t.parent)) {
          d++;
        }
        return d;
      };
      const ordered = [];
      const visit = name => {
        ordered.push({ name, depth: depth(name), ...this.entityTypes.get(name) });
        for (const child of this.entityTypes.values()) {
          if (child.parent === name) {
            visit(child.name);
          }
        }
      };
      for (const t of this.entityTypes.values()) {
        if (!t.parent || !this.entityTypes.has(t.parent)) {
          visit(t.name);
        }
      }
      return ordered;
    }

    edgeDescription(type) {
      const known = this.edgeTypes.get(type);
      return (known && known.description) || '';
    }
  }

  const SVG = 'http://www.w3.org/2000/svg';

  function polygon(sides, rotation, radius = 6.5, cx = 8, cy = 8) {
    const points = [];
    for (let i = 0; i < sides; i++) {
      const angle = rotation + (2 * Math.PI * i) / sides;
      points.push(`${(cx + radius * Math.cos(angle)).toFixed(2)},${(cy + radius * Math.sin(angle)).toFixed(2)}`);
    }
    return points.join(' ');
  }

  function star() {
    const points = [];
    for (let i = 0; i < 10; i++) {
      const r = i % 2 === 0 ? 7 : 3;
      const angle = -Math.PI / 2 + (Math.PI * i) / 5;
      points.push(`${(8 + r * Math.cos(angle)).toFixed(2)},${(8 + r * Math.sin(angle)).toFixed(2)}`);
    }
    return points.join(' ');
  }

  /** A 16px legend swatch approximating the Cytoscape shape used for a type, filled with its colour. */
  function swatch(shape, color) {
    const svg = document.createElementNS(SVG, 'svg');
    svg.setAttribute('width', '16');
    svg.setAttribute('height', '16');
    svg.setAttribute('viewBox', '0 0 16 16');
    svg.setAttribute('aria-hidden', 'true');
    svg.classList.add('swatch');
    let figure;
    const base = shape.replace(/^round-/, '');
    const sides = { triangle: 3, diamond: 4, pentagon: 5, hexagon: 6, octagon: 8, 'concave-hexagon': 6 }[base];
    if (base === 'ellipse') {
      figure = document.createElementNS(SVG, 'circle');
      figure.setAttribute('cx', '8');
      figure.setAttribute('cy', '8');
      figure.setAttribute('r', '6.5');
    } else if (base === 'star') {
      figure = document.createElementNS(SVG, 'polygon');
      figure.setAttribute('points', star());
    } else if (base === 'vee') {
      figure = document.createElementNS(SVG, 'polygon');
      figure.setAttribute('points', '1.5,2 8,7 14.5,2 8,14.5');
    } else if (base === 'rhomboid') {
      figure = document.createElementNS(SVG, 'polygon');
      figure.setAttribute('points', '4,2.5 14.5,2.5 12,13.5 1.5,13.5');
    } else if (base === 'tag') {
      figure = document.createElementNS(SVG, 'polygon');
      figure.setAttribute('points', '1.5,3 11,3 14.5,8 11,13 1.5,13');
    } else if (sides) {
      figure = document.createElementNS(SVG, 'polygon');
      figure.setAttribute('points', polygon(sides, sides === 4 ? 0 : -Math.PI / 2));
    } else {
      figure = document.createElementNS(SVG, 'rect');
      figure.setAttribute('x', '2');
      figure.setAttribute('y', '3');
      figure.setAttribute('width', '12');
      figure.setAttribute('height', '10');
      figure.setAttribute('rx', base === 'barrel' || shape.startsWith('round') ? '3' : '0.5');
    }
    figure.setAttribute('fill', color);
    figure.setAttribute('stroke', '#333');
    figure.setAttribute('stroke-width', '0.8');
    svg.appendChild(figure);
    return svg;
  }

  Object.assign(tiegraph, { Schema, swatch });
})(window.tiegraph = window.tiegraph || {});
